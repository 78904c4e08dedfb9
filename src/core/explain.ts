import { toPersianDigits } from '../_lib/digits.js';
import { cite, type Lang } from './citation.js';
import type { Decision, FindingStatus } from './decision.js';
import { inputError } from './errors.js';

/** Options of {@link explain}. */
export interface ExplainOptions {
  /** `fa` (Persian, Persian digits) or `en`. Default `en`. */
  readonly lang?: Lang;
}

const MARK: Readonly<Record<FindingStatus, string>> = { met: '✓', unmet: '✗', unknown: '?', info: '•' };

const LABELS = {
  en: { ruleSet: 'Rule set', approved: 'approved', reported: 'approval date as publicly reported; the text states none', asOf: 'as of', findings: 'Findings', steps: 'Steps', missing: 'Still unknown', status: 'Status' },
  fa: { ruleSet: 'مجموعه قواعد', approved: 'مصوب', reported: 'تاریخ تصویب به گزارش منابع عمومی؛ متن تاریخی ندارد', asOf: 'به تاریخ', findings: 'یافته‌ها', steps: 'مراحل', missing: 'اطلاعات ناقص', status: 'وضعیت' },
} as const;

/**
 * Render any decision as readable text: its summary, rule set and date, each finding
 * with its mark (✓ met, ✗ unmet, ? unknown, • consequence) and citation, each step
 * numbered, and the facts still unknown. Persian text uses Persian digits.
 *
 * @param decision - any decision this library returns
 * @param options - `{ lang: 'fa' | 'en' }`
 * @returns multi-line text
 * @example
 * explain(appealDeadline({ notifiedOn: '1403/01/10' }), { lang: 'en' });
 * // 'Last day to appeal: 1403/02/01 ...'
 */
export function explain(decision: Decision, options: ExplainOptions = {}): string {
  checkExplainInput(decision, options);
  const lang = options.lang ?? 'en';
  const l = LABELS[lang];
  const digits = lang === 'fa' ? toPersianDigits : (s: string) => s;
  const lines: string[] = [];
  lines.push(lang === 'fa' ? decision.summary.fa : decision.summary.en);
  const when = decision.asOf === null ? '' : `${lang === 'fa' ? '، ' : ', '}${l.asOf} ${digits(decision.asOf)}`;
  const approval =
    decision.ruleSet.approvedSource === 'publicReport'
      ? `${decision.ruleSet.approved}: ${l.reported}`
      : `${l.approved} ${decision.ruleSet.approved}`;
  // The rule set's id is a code: its digits stay Latin in Persian text.
  lines.push(`${l.ruleSet} ${decision.ruleSet.id} (${digits(approval)})` + when);
  if (lang === 'en') lines.push(`${l.status}: ${decision.status}`);
  if (decision.findings.length > 0) {
    lines.push('', `${l.findings}:`);
    for (const f of decision.findings) {
      lines.push(`  ${MARK[f.status]} [${cite(f.citation, lang)}] ${lang === 'fa' ? f.message.fa : f.message.en}`);
    }
  }
  if (decision.steps.length > 0) {
    lines.push('', `${l.steps}:`);
    decision.steps.forEach((s, i) => {
      lines.push(`  ${digits(String(i + 1))}. [${cite(s.citation, lang)}] ${lang === 'fa' ? s.message.fa : s.message.en}`);
    });
  }
  if (decision.missing.length > 0) {
    lines.push('', `${l.missing}: ${decision.missing.join(lang === 'fa' ? '، ' : ', ')}`);
  }
  return lines.join('\n');
}

const isBilingual = (x: unknown): boolean =>
  typeof x === 'object' && x !== null && typeof (x as { fa?: unknown }).fa === 'string' && typeof (x as { en?: unknown }).en === 'string';

/** Refuse what is not a decision of this library, naming the field. */
function checkExplainInput(d: Decision, options: ExplainOptions): void {
  if (typeof options !== 'object' || options === null) throw inputError('options', { en: "an object { lang?: 'fa' | 'en' }", fa: "شیء { lang?: 'fa' | 'en' }" }, options);
  if (options.lang !== undefined && options.lang !== 'fa' && options.lang !== 'en') throw inputError('options.lang', { en: "'fa' or 'en'", fa: "'fa' یا 'en'" }, options.lang);
  const expected = { en: 'a decision returned by this library', fa: 'تصمیمی که این کتابخانه برگردانده است' };
  if (typeof d !== 'object' || d === null) throw inputError('decision', expected, d);
  if (!isBilingual(d.summary)) throw inputError('decision.summary', expected, d.summary);
  const rs = d.ruleSet as unknown as { id?: unknown; approved?: unknown } | null;
  if (typeof rs !== 'object' || rs === null || typeof rs.id !== 'string' || typeof rs.approved !== 'string') throw inputError('decision.ruleSet', expected, d.ruleSet);
  if (d.asOf !== null && typeof d.asOf !== 'string') throw inputError('decision.asOf', expected, d.asOf);
  for (const k of ['findings', 'steps', 'missing'] as const) if (!Array.isArray(d[k])) throw inputError(`decision.${k}`, expected, d[k]);
  // Indexed loops, not forEach: forEach skips the holes of a sparse array, which the
  // rendering loops then read as undefined.
  for (let i = 0; i < d.findings.length; i++) {
    const f = d.findings[i];
    if (typeof f !== 'object' || f === null || typeof f.status !== 'string' || !Object.hasOwn(MARK, f.status) || !isBilingual(f.message)) throw inputError(`decision.findings[${i}]`, expected, f);
  }
  for (let i = 0; i < d.steps.length; i++) {
    const s = d.steps[i];
    if (typeof s !== 'object' || s === null || !isBilingual(s.message)) throw inputError(`decision.steps[${i}]`, expected, s);
  }
}
