/**
 * Messages of the exam domain (codes prefixed `exam.`): Art. 10(الف), the cut-off of a
 * sitting, and Art. 47(الف), the next sitting. Persian digits are applied to the
 * Persian text by the renderer.
 */
import { defineMessages, plural } from '../core/text.js';

/** A value that may be rounded: its decimal, and its exact fraction when it does not terminate. */
type Shown = { readonly value: string; readonly exact: boolean; readonly rational: string };

const faShown = (s: Shown): string => (s.exact ? s.value : `≈ ${s.value} (دقیقاً ${s.rational})`);
const enShown = (s: Shown): string => (s.exact ? s.value : `≈ ${s.value} (exactly ${s.rational})`);

type NParams = { readonly n: number };
type KParams = { readonly n: number; readonly k: number; readonly sharePercent: number };
type MeanParams = { readonly k: number; readonly sum: string; readonly mean: Shown };
type CutoffParams = { readonly passPercent: number; readonly mean: Shown; readonly cutoff: Shown };
type CompareParams = { readonly score: number; readonly cutoff: Shown; readonly margin: string; readonly passed: boolean };
type GradedParams = { readonly n: number; readonly passed: number; readonly failed: number; readonly cutoff: Shown };
type MissingParams = { readonly score: number; readonly cutoff: Shown; readonly pointsMissing: string; readonly exact: boolean };
type RoundedParams = { readonly places: number };
type RetakeParams = { readonly years: number };

/** Messages of the exam domain. */
export const examMessages = defineMessages({
  // --- steps -------------------------------------------------------------------------
  'exam.step.n': {
    fa: (p: NParams) => `شمار نمره‌های تراز این نوبت آزمون: n = ${p.n}.`,
    en: (p: NParams) => `Standardized scores in the sitting: n = ${p.n}.`,
  },
  'exam.step.k': {
    fa: (p: KParams) =>
      `«یک درصد حائزان بالاترین نمره تراز»: k = ⌈${p.n} × ${p.sharePercent}٪⌉ = ${p.k} نفر (دست‌کم یک نفر).`,
    en: (p: KParams) =>
      `"${p.sharePercent} per cent of those with the highest standardized scores": k = ⌈${p.n} × ${p.sharePercent}%⌉ = ${p.k} (at least 1).`,
  },
  'exam.step.topMean': {
    fa: (p: MeanParams) => `میانگین ${p.k} نمره تراز بالاتر: ${p.sum} ÷ ${p.k} = ${faShown(p.mean)}.`,
    en: (p: MeanParams) => `Mean of the ${p.k} highest standardized scores: ${p.sum} ÷ ${p.k} = ${enShown(p.mean)}.`,
  },
  'exam.step.cutoff': {
    fa: (p: CutoffParams) =>
      `حد نصاب قبولی: ${p.passPercent} درصد میانگین = ${faShown(p.cutoff)}؛ نمره برابر با حد نصاب قبول است («حداقل»).`,
    en: (p: CutoffParams) =>
      `Cut-off: ${p.passPercent}% of the mean = ${enShown(p.cutoff)}; a score equal to it passes ("at least").`,
  },
  'exam.step.compare': {
    fa: (p: CompareParams) =>
      `نمره ${p.score} ${p.passed ? 'دست‌کم برابر' : 'کمتر از'} حد نصاب ${faShown(p.cutoff)} است (تفاضل: ${p.margin}).`,
    en: (p: CompareParams) =>
      `The score ${p.score} is ${p.passed ? 'at least' : 'below'} the cut-off ${enShown(p.cutoff)} (difference: ${p.margin}).`,
  },
  'exam.step.graded': {
    fa: (p: GradedParams) =>
      `مقایسه ${p.n} نمره با حد نصاب ${faShown(p.cutoff)}: ${p.passed} نفر قبول و ${p.failed} نفر مردود.`,
    en: (p: GradedParams) =>
      `${plural(p.n, 'score')} compared with the cut-off ${enShown(p.cutoff)}: ${p.passed} passed, ${p.failed} failed.`,
  },
  // --- findings ------------------------------------------------------------------------
  'exam.score.met': {
    fa: (p: CompareParams) =>
      `شرط آزمون تخصصی احراز است: نمره ${p.score} دست‌کم برابر حد نصاب ${faShown(p.cutoff)} است (${p.margin} بالاتر).`,
    en: (p: CompareParams) =>
      `The specialist exam condition is met: the score ${p.score} reaches the cut-off ${enShown(p.cutoff)} (by ${p.margin}).`,
  },
  'exam.score.unmet': {
    fa: (p: MissingParams) =>
      `شرط آزمون تخصصی احراز نیست: نمره ${p.score} کمتر از حد نصاب ${faShown(p.cutoff)} است؛ ${p.pointsMissing} نمره${p.exact ? '' : ' (گردشده رو به بالا)'} کم دارد.`,
    en: (p: MissingParams) =>
      `The specialist exam condition is not met: the score ${p.score} is below the cut-off ${enShown(p.cutoff)}; ${plural(p.pointsMissing, 'point')} ${p.exact ? '' : '(rounded up) '}${Number(p.pointsMissing) === 1 ? 'is' : 'are'} missing.`,
  },
  'exam.retake': {
    fa: (p: RetakeParams) =>
      `آزمون دست‌کم هر ${p.years} سال یک بار برگزار می‌شود؛ در نوبت بعد، حد نصاب از نمره‌های همان نوبت دوباره محاسبه می‌شود.`,
    en: (p: RetakeParams) =>
      `The exam is held at least once every ${plural(p.years, 'year')}; at the next sitting the cut-off is computed again from that sitting's scores.`,
  },
  'exam.rounded': {
    fa: (p: RoundedParams) =>
      `میانگین یا حد نصاب عددی اعشاری نامختوم است: به صورت کسر دقیق داده شده و اعشار آن تا ${p.places} رقم گرد شده است؛ قبولی و ردی به‌طور دقیق تعیین شده است.`,
    en: (p: RoundedParams) =>
      `The mean or the cut-off is a non-terminating decimal: it is given as an exact fraction and rounded to ${p.places} decimal places; pass and fail are decided exactly.`,
  },
  // --- summaries -----------------------------------------------------------------------
  'exam.summary.cutoff': {
    fa: (p: { n: number; k: number; cutoff: Shown }) => `حد نصاب قبولی این نوبت: ${faShown(p.cutoff)} (n = ${p.n}، k = ${p.k}).`,
    en: (p: { n: number; k: number; cutoff: Shown }) => `Cut-off of the sitting: ${enShown(p.cutoff)} (n = ${p.n}, k = ${p.k}).`,
  },
  'exam.summary.sitting': {
    fa: (p: GradedParams) => `${p.passed} نفر از ${p.n} نفر حد نصاب ${faShown(p.cutoff)} را کسب کردند.`,
    en: (p: GradedParams) => `${p.passed} of ${plural(p.n, 'candidate')} reached the cut-off ${enShown(p.cutoff)}.`,
  },
  'exam.summary.passed': {
    fa: (p: CompareParams) => `قبول: نمره ${p.score}، حد نصاب ${faShown(p.cutoff)}.`,
    en: (p: CompareParams) => `Passed: score ${p.score}, cut-off ${enShown(p.cutoff)}.`,
  },
  'exam.summary.failed': {
    fa: (p: MissingParams) => `مردود: نمره ${p.score}، حد نصاب ${faShown(p.cutoff)}؛ ${p.pointsMissing} نمره کم است.`,
    en: (p: MissingParams) => `Failed: score ${p.score}, cut-off ${enShown(p.cutoff)}; ${plural(p.pointsMissing, 'point')} missing.`,
  },
});
