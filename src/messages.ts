/**
 * The one message catalogue: every code any finding or step can carry, in Persian and
 * English. Each domain declares its own table (codes prefixed with the domain); this
 * file merges them, and {@link MessageCode} is derived from the merge, never kept by hand.
 */
import { renderTemplate, type Bilingual, type MessageTemplate } from './core/text.js';
import { inputError } from './core/errors.js';
import { coreMessages } from './core/messages.js';
import { datesMessages } from './dates/messages.js';
import { eligibilityMessages } from './eligibility/messages.js';
import { examMessages } from './exam/messages.js';
import { disciplineMessages } from './discipline/messages.js';
import { feesMessages } from './fees/messages.js';
import { operationsMessages } from './operations/messages.js';
import { instructionMessages } from './instruction/messages.js';

/** Every domain's table, by domain (a test checks no code appears twice). */
export const MESSAGE_TABLES = {
  core: coreMessages,
  dates: datesMessages,
  eligibility: eligibilityMessages,
  exam: examMessages,
  discipline: disciplineMessages,
  fees: feesMessages,
  operations: operationsMessages,
  instruction: instructionMessages,
} as const;

/** The merged catalogue. */
export const MESSAGES = {
  ...coreMessages,
  ...datesMessages,
  ...eligibilityMessages,
  ...examMessages,
  ...disciplineMessages,
  ...feesMessages,
  ...operationsMessages,
  ...instructionMessages,
} as const;

/** Every message code: the union of every domain's codes, assembled here at the top only. */
export type MessageCode = keyof typeof MESSAGES;

// Each rule set's own code union (what its decisions' findings and steps can carry),
// declared beside its builders in its render.ts.
export type { DatesCode } from './dates/render.js';
export type { DisciplineCode } from './discipline/render.js';
export type { EligibilityCode } from './eligibility/render.js';
export type { ExamCode } from './exam/render.js';
export type { FeesCode } from './fees/render.js';
export type { InstructionCode } from './instruction/render.js';
export type { OperationsCode } from './operations/render.js';

/** The parameters a code's template takes (`undefined` when none). */
export type MessageParams<C extends MessageCode> = (typeof MESSAGES)[C] extends MessageTemplate<infer P> ? P : never;

/**
 * Render a message by code in both languages.
 *
 * @example
 * message('core.ruleSet', { id: 'regulation-1401', approved: '1401/05/23' }).en;
 * // 'Rule set regulation-1401 (approved 1401/05/23)'
 */
export function message<C extends MessageCode>(code: C, params: MessageParams<C>): Bilingual {
  if (typeof code !== 'string' || !Object.hasOwn(MESSAGES, code)) {
    throw inputError('code', { en: 'a message code of the catalogue (MESSAGES)', fa: 'کد پیامی از فهرست پیام‌ها (MESSAGES)' }, code);
  }
  try {
    return renderTemplate(MESSAGES[code] as MessageTemplate<MessageParams<C>>, params);
  } catch (e) {
    // A template read a parameter the caller did not give.
    if (e instanceof TypeError || e instanceof RangeError) throw inputError('params', { en: `the parameters of ${code}`, fa: `پارامترهای ${code}` }, params);
    throw e;
  }
}
