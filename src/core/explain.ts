import { toPersianDigits } from '../_lib/digits.js';
import { cite, type Lang } from './citation.js';
import type { Decision, FindingStatus } from './decision.js';

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
