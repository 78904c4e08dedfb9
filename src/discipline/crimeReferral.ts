/**
 * A crime discovered in a disciplinary case (Art. 42).
 *
 * ماده ۴۲- چنانچه هیأتهای بدوی و تجدیدنظر حین رسیدگی به تخلفات، از وقوع جرم واجد جنبه عمومی
 * مطلع شوند، مکلفند مراتب را به مرجع قضایی صلاحیت دار اعلام کنند. رسیدگی به جرائم توسط مرجع
 * مذکور، مانع از رسیدگی به تخلف انتظامی نخواهد بود.
 */
import type { Decision } from './render.js';
import { makeDecision } from '../core/findings.js';
import { finding, message } from './render.js';

/** The decision of {@link crimeReferral}. */
export type CrimeReferralDecision = Decision<'discipline.crimeReferral', 'report', { readonly report: true; readonly disciplinaryCaseContinues: true }>;

/**
 * What a first-instance or appeal board must do when it learns, while hearing a case, of a
 * crime with a public aspect (Art. 42): report it to the competent judicial authority; the
 * criminal proceedings do not stop the disciplinary case.
 *
 * @returns a decision, status `report`, with two `info` findings cited to Art. 42
 * @example
 * crimeReferral().value; // { report: true, disciplinaryCaseContinues: true }
 * crimeReferral().findings.map((f) => f.code); // ['discipline.crime.report', 'discipline.crime.continues']
 */
export function crimeReferral(): CrimeReferralDecision {
  const citation = { article: 42 };
  return makeDecision({
    kind: 'discipline.crimeReferral',
    asOf: null,
    status: 'report',
    value: { report: true, disciplinaryCaseContinues: true },
    summary: message('discipline.summary.crime', undefined),
    findings: [
      finding({ code: 'discipline.crime.report', status: 'info', citation, params: undefined }),
      finding({ code: 'discipline.crime.continues', status: 'info', citation, params: undefined }),
    ],
  });
}
