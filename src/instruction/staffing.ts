/**
 * The office's staff under the earlier instruction (its Art. 3).
 *
 * ماده۳- هر دفتر علاوه بر مدیر دفتر که باید به صورت تماموقت در دفتر حضور داشته باشد،
 * حداقل دارای یک کارشناس حقوقی و یک کارشناس فناوری اطلاعات و دو کارمند دفتری خواهد بود.
 * تبصره در صورتی که حجم خدمات وسعت پیدا کند، اداره کل، دفاتر را مکلف بهافزایش منابع انسانی خواهد کرد.
 */
import { INSTRUCTION_1392 } from '../core/decision.js';
import type { Decision, Finding } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { finding, message } from './render.js';
import { complianceOf, compareIds, type ComplianceStatus } from '../operations/shared.js';
import { iArt, iNote } from './cite.js';
import { decideUnderInstruction, type InstructionEligibilityDecision } from './eligibility.js';
import { INSTRUCTION_PARAMETERS } from './params.js';
import { INSTRUCTION_POSTS, InstructionStaffingInputSchema, type InstructionPost, type InstructionStaffingInput } from './schemas.js';

/** The least number of each post (Art. 3): one manager, one legal expert, one IT expert, two clerical staff. */
const MINIMUM: Readonly<Record<InstructionPost, number>> = {
  manager: INSTRUCTION_PARAMETERS.managers.value,
  legalExpert: INSTRUCTION_PARAMETERS.legalExpertsMin.value,
  itExpert: INSTRUCTION_PARAMETERS.itExpertsMin.value,
  clerical: INSTRUCTION_PARAMETERS.clericalMin.value,
};

/** What the staff list shows. */
export interface InstructionStaffingValue {
  /** How many people hold each post. */
  readonly counts: Readonly<Record<InstructionPost, number>>;
  /** The least Art. 3 asks of each post. */
  readonly minimum: Readonly<Record<InstructionPost, number>>;
  /** People (by id) listed in more than one post, with their posts in Art. 3's order. */
  readonly dualRoles: readonly { readonly id: string; readonly posts: readonly InstructionPost[] }[];
  /** Each person whose facts were given, with the decision on the conditions of their post (Arts. 4–8). */
  readonly people: readonly {
    readonly index: number;
    readonly id: string | null;
    readonly post: InstructionPost;
    readonly eligibility: InstructionEligibilityDecision;
  }[];
}

/** The decision of {@link instructionStaffing}. */
export type InstructionStaffingDecision = Decision<'instruction.staffing', ComplianceStatus, InstructionStaffingValue>;

/**
 * Check an office's staff list against the instruction's Art. 3: besides the manager, who
 * must be present full time, at least one legal expert, one IT expert and two clerical
 * staff. By default one person may not fill two posts (option `allowDualRoles`). Where a
 * person's facts are given, the conditions of their post (Arts. 4–8) are checked on `asOf`
 * with {@link checkEligibilityUnderInstruction}: one finding per person (eligible → met,
 * ineligible → unmet, incomplete → unknown, the missing facts as `staff[i].…`). The note of
 * Art. 3 (the Directorate-General may require more staff) is an `info` finding.
 *
 * @param input - `{ asOf, staff: [{ id?, post, fullTime?, person?, experience? }], options?: { allowDualRoles, overflow, daysPerYear, art7Degree } }`
 * @returns a decision `compliant`, `noncompliant` or `incomplete` (ruleSet `instruction-1392`)
 * @throws {InputError} for a bad date, an unknown post or malformed facts, naming the field (`staff[2].person.birthDate`)
 * @example
 * instructionStaffing({
 *   asOf: '1395/01/01',
 *   staff: [
 *     { id: 'm', post: 'manager', fullTime: true },
 *     { id: 'l', post: 'legalExpert' },
 *     { id: 'c', post: 'clerical' },
 *   ],
 * }).value.counts;
 * // { manager: 1, legalExpert: 1, itExpert: 0, clerical: 1 } — noncompliant: no IT expert, one clerical short
 */
export function instructionStaffing(input: InstructionStaffingInput): InstructionStaffingDecision {
  const p = parseInput(InstructionStaffingInputSchema, input);
  const allowDual = p.options?.allowDualRoles ?? false;
  const counts: Record<InstructionPost, number> = { manager: 0, legalExpert: 0, itExpert: 0, clerical: 0 };
  const postsById = new Map<string, Set<InstructionPost>>();
  for (const m of p.staff) {
    counts[m.post]++;
    if (m.id !== undefined) {
      const set = postsById.get(m.id) ?? new Set<InstructionPost>();
      set.add(m.post);
      postsById.set(m.id, set);
    }
  }

  const findings: Finding[] = [];
  // «علاوه بر مدیر دفتر … حداقل دارای یک کارشناس حقوقی و یک کارشناس فناوری اطلاعات و دو کارمند دفتری»
  for (const post of INSTRUCTION_POSTS) {
    const min = MINIMUM[post];
    findings.push(
      finding({
        code: 'instruction.staffing.post',
        status: counts[post] >= min ? 'met' : 'unmet',
        citation: iArt(3),
        params: { post, count: counts[post], min },
        data: { post, count: counts[post], min },
      }),
    );
  }
  // «مدیر دفتر که باید به صورت تماموقت در دفتر حضور داشته باشد»: each manager listed.
  p.staff.forEach((m, index) => {
    if (m.post !== 'manager') return;
    const code = m.fullTime === undefined ? 'instruction.staffing.fullTime.unknown' : m.fullTime ? 'instruction.staffing.fullTime.met' : 'instruction.staffing.fullTime.unmet';
    const status = m.fullTime === undefined ? 'unknown' : m.fullTime ? 'met' : 'unmet';
    findings.push(
      m.fullTime === undefined
        ? finding({ code, status, citation: iArt(3), params: undefined, missing: [`staff[${index}].fullTime`] })
        : finding({ code, status, citation: iArt(3), params: undefined }),
    );
  });

  const dualRoles = [...postsById.entries()]
    .filter(([, posts]) => posts.size > 1)
    .map(([id, posts]) => ({ id, posts: INSTRUCTION_POSTS.filter((x) => posts.has(x)) }))
    .sort((a, b) => compareIds(a.id, b.id));
  for (const d of dualRoles) {
    findings.push(finding({ code: 'instruction.staffing.dualRole', status: allowDual ? 'info' : 'unmet', citation: iArt(3), params: { id: d.id, posts: d.posts, allowed: allowDual } }));
  }

  // Arts. 4–8: the conditions of each person's post, where the facts are given.
  const people: { index: number; id: string | null; post: InstructionPost; eligibility: InstructionEligibilityDecision }[] = [];
  // An option left out stays undefined, and the eligibility check applies its default.
  const options = { overflow: p.options?.overflow, daysPerYear: p.options?.daysPerYear, art7Degree: p.options?.art7Degree };
  p.staff.forEach((m, index) => {
    const id = m.id ?? null;
    if (m.person === undefined) {
      findings.push(finding({ code: 'instruction.staffing.personNotChecked', status: 'info', citation: iArt(4), params: { index, id, post: m.post } }));
      return;
    }
    const eligibility = decideUnderInstruction(
      { post: m.post, asOf: p.asOf, person: m.person, experience: m.experience, options },
      `staff[${index}].experience.periods`,
    );
    people.push({ index, id, post: m.post, eligibility });
    findings.push(
      finding({
        code: 'instruction.staffing.person',
        status: eligibility.status === 'eligible' ? 'met' : eligibility.status === 'ineligible' ? 'unmet' : 'unknown',
        citation: iArt(4),
        params: { index, id, post: m.post, status: eligibility.status },
        missing: eligibility.missing.map((f) => (f.startsWith('person.') ? `staff[${index}].${f}` : f)),
      }),
    );
  });

  // تبصره: the Directorate-General may require more staff.
  findings.push(finding({ code: 'instruction.staffing.more', status: 'info', citation: iNote(3, 1), params: undefined }));

  const status = complianceOf(findings);
  return makeDecision({
    kind: 'instruction.staffing',
    ruleSet: INSTRUCTION_1392,
    asOf: p.asOf,
    status,
    value: { counts, minimum: MINIMUM, dualRoles, people },
    summary: message('instruction.staffing.summary', { status }),
    findings,
  });
}
