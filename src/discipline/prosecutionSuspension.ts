/**
 * Suspension of prosecution (Art. 31; SPEC D11).
 *
 * ماده ۳۱- در تخلفات مشمول مجازاتهای درجه یک تا چهار، هیات می تواند با ملاحظه وضعیت فردی و
 * اجتماعی مدیر دفتر، سوابق و اوضاع و احوالی که موجب تخلف شده است، پیش بینی اصلاح، اظهار
 * ندامت وی، جبران خسارت شاکی یا گذشت وی، تعقیب انتظامی را به مدت یک تا دو سال معلق کند.
 * هرگاه مدیر دفتر از تاریخ صدور قرار تعلیق تعقیب تا پایان آن مرتکب تخلف منجر به محکومیت
 * قطعی شود، هیات قرار تعلیق تعقیب را لغو و به موضوع رسیدگی میکند و در صورت محکومیت، مطابق
 * ماده ۴۴ این آیین نامه عمل میشود.
 */
import { addMonths, formatDayNumber, type Overflow } from '../_lib/jalali.js';
import type { Citation } from '../core/citation.js';
import type { Decision, Finding, Step } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { offenceById, UNLISTED_BREACH_ID, type PenaltyGrade } from './catalogue.js';
import { absenceBand, closureBand, DEFAULT_DAYS_PER_MONTH } from './dayCount.js';
import { lawGradeOf } from './sentencing.js';
import { SuspendProsecutionInputSchema, type SuspendProsecutionInput } from './schemas.js';
import { finding, message, step } from './render.js';

/** Status of {@link suspendProsecution}. */
export type ProsecutionSuspensionStatus = 'available' | 'unavailable' | 'revoked' | 'incomplete';

/** The value of {@link suspendProsecution}. */
export interface ProsecutionSuspensionValue {
  /**
   * Whether the offences allow a suspension: every one of grade 1–4 (default reading), or
   * their grade after Arts. 44 and 43 of 1–4 (option `suspensionGrade: 'combined'`; null
   * when that grade is unknown, e.g. without `priors`).
   */
  readonly available: boolean | null;
  /** The highest statutory grade among the offences. */
  readonly highestGrade: PenaltyGrade;
  /** Under `suspensionGrade: 'combined'`: the grade after Arts. 44 and 43 (null when unknown, or under the default reading). */
  readonly combinedGrade: PenaltyGrade | null;
  /** The period in months, when given. */
  readonly months: number | null;
  /** Whether the period is within one to two years; null when not given. */
  readonly periodLawful: boolean | null;
  /** The day the order is issued and the day the period ends (SPEC D3), when known. */
  readonly from: string | null;
  readonly end: string | null;
  /** Whether the order is revoked by a new offence ending in a final conviction; null when unknown. */
  readonly revoked: boolean | null;
}

/** The decision of {@link suspendProsecution}. */
export type ProsecutionSuspensionDecision = Decision<'discipline.prosecutionSuspension', ProsecutionSuspensionStatus, ProsecutionSuspensionValue>;

/**
 * Whether the board may suspend prosecution (Art. 31; SPEC D11): only for offences of
 * grade 1–4 (each offence's statutory grade; Art. 41 breaches always qualify), for one to
 * two years (12 to 24 months, `years` and `months` added). The period runs from the day
 * the order is issued (`decidedOn`) to the same day that many months later (SPEC D3), both
 * included. A new offence committed in that period that ends in a final conviction revokes
 * the order: the board hears the case, and if it convicts, both offences are sentenced
 * together under Art. 44 (use `sentence` with both).
 *
 * «در تخلفات مشمول مجازاتهای درجه یک تا چهار» is read, by default, on each offence's own
 * grade (`suspensionGrade: 'eachOffence'`); the option `'combined'` reads the grade the
 * offences carry together after Arts. 44 and 43 (as `sentence` computes it before the
 * board's choices, with the same options `multipleOffences` and `repeatScope`), which needs
 * `priors`: left out, the decision is `incomplete`. The availability finding carries
 * `data.reading`.
 *
 * @param input - `{ offences, decidedOn?, years?, months?, newOffence?: { committedOn?, finalConviction? }, priors?, options? }`
 * @returns a decision, status `available`, `unavailable`, `revoked` or `incomplete`
 * @throws {InputError} for an unknown offence id, an offence dated after `decidedOn`, negative periods
 * @example
 * suspendProsecution({ offences: [{ id: 'art36-b' }], decidedOn: '1403/02/10', years: 1 }).value.end; // '1404/02/10'
 * suspendProsecution({ offences: [{ id: 'art38-dh' }] }).status; // 'unavailable' (grade 5)
 * suspendProsecution({ offences: [{ id: 'art36-b' }], decidedOn: '1403/02/10', years: 1,
 *   newOffence: { committedOn: '1403/09/01', finalConviction: true } }).status; // 'revoked'
 * // Two grade 4 offences: each may be suspended, but together (Art. 44) they carry grade 5.
 * suspendProsecution({ offences: [{ id: 'art37-a' }, { id: 'art37-b' }], priors: [], options: { suspensionGrade: 'combined' } }).status; // 'unavailable'
 */
export function suspendProsecution(input: SuspendProsecutionInput): ProsecutionSuspensionDecision {
  const r = parseInput(SuspendProsecutionInputSchema, input);
  // Left out, addMonths takes its default, 'nextMonth' (SPEC D3).
  const overflow: Overflow | undefined = r.options?.overflow;
  const dpm = r.options?.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH;
  const c31: Citation = { article: 31 };
  const findings: Finding[] = [];
  const steps: Step[] = [];

  // «در تخلفات مشمول مجازاتهای درجه یک تا چهار» — each offence's statutory grade (D11).
  let highest = 1 as PenaltyGrade;
  for (const o of r.offences) {
    let g: PenaltyGrade;
    if (o.id === UNLISTED_BREACH_ID) g = o.grade as PenaltyGrade;
    else if (o.id === 'absence') g = offenceById(absenceBand(o.days as number, dpm).id).grade;
    else if (o.id === 'closure') g = offenceById(closureBand(o.days as number).id).grade;
    else g = offenceById(o.id).grade;
    highest = Math.max(highest, g) as PenaltyGrade;
  }
  const maxGrade = PARAMETERS.prosecutionSuspensionMaxGrade.value;
  let available: boolean | null;
  let combinedGrade: PenaltyGrade | null = null;
  if (r.options?.suspensionGrade === 'combined') {
    // Option: the grade the offences carry together, after Arts. 44 and 43 (needs the priors).
    const law = lawGradeOf(r, r.options);
    findings.push(...law.findings);
    steps.push(...law.steps);
    combinedGrade = law.beforeChoices;
    available = combinedGrade === null ? null : combinedGrade <= maxGrade;
    const data = { highestGrade: highest, combinedGrade, reading: 'combined' };
    if (combinedGrade === null) {
      findings.push(finding({ code: 'discipline.prosecutionSuspension.combinedUnknown', status: 'unknown', citation: c31, params: { max: maxGrade }, missing: law.missing, data }));
    } else {
      findings.push(
        finding({
          code: available === true ? 'discipline.prosecutionSuspension.combinedAvailable' : 'discipline.prosecutionSuspension.combinedUnavailable',
          status: available === true ? 'met' : 'unmet',
          citation: c31,
          params: { grade: combinedGrade, max: maxGrade },
          data,
        }),
      );
    }
  } else {
    available = highest <= maxGrade;
    findings.push(
      finding({
        code: available ? 'discipline.prosecutionSuspension.available' : 'discipline.prosecutionSuspension.unavailable',
        status: available ? 'met' : 'unmet',
        citation: c31,
        params: { highest, max: maxGrade },
        data: { highestGrade: highest, reading: 'eachOffence' },
      }),
    );
  }

  // «به مدت یک تا دو سال»
  const P = PARAMETERS.prosecutionSuspensionYears;
  const minMonths = P.min * 12;
  const maxMonths = P.max * 12;
  const months = r.years === undefined && r.months === undefined ? null : (r.years ?? 0) * 12 + (r.months ?? 0);
  let periodLawful: boolean | null = null;
  if (months !== null) {
    periodLawful = months >= minMonths && months <= maxMonths;
    findings.push(
      finding({
        code: periodLawful ? 'discipline.prosecutionSuspension.periodInRange' : 'discipline.prosecutionSuspension.periodOutOfRange',
        status: periodLawful ? 'met' : 'unmet',
        citation: c31,
        params: { months, min: minMonths, max: maxMonths },
      }),
    );
  }
  // Without the order date (read as NaN) there is no end: addMonths of NaN is NaN, as is
  // an end past the supported years.
  const decidedOn = r.decidedOn ?? Number.NaN;
  let end: number | null = null;
  if (months !== null) {
    const e = addMonths(decidedOn, months, overflow);
    end = Number.isNaN(e) ? null : e;
    if (end !== null) steps.push(step({ code: 'discipline.prosecutionSuspension.end', citation: c31, params: { from: formatDayNumber(decidedOn), months, end: formatDayNumber(end) } }));
  }

  // «هرگاه مدیر دفتر از تاریخ صدور قرار تعلیق تعقیب تا پایان آن مرتکب تخلف منجر به محکومیت قطعی شود …»
  let revoked: boolean | null = false;
  const n = r.newOffence;
  if (n !== undefined && available === true && periodLawful !== false) {
    if (r.decidedOn === undefined || months === null || n.committedOn === undefined) {
      revoked = null;
      const missing = [
        ...(r.decidedOn === undefined ? ['decidedOn'] : []),
        ...(months === null ? ['years'] : []),
        ...(n.committedOn === undefined ? ['newOffence.committedOn'] : []),
      ];
      findings.push(finding({ code: 'discipline.prosecutionSuspension.periodUnknown', status: 'unknown', citation: c31, params: undefined, missing }));
    } else {
      const committedOn = formatDayNumber(n.committedOn);
      const within = n.committedOn >= r.decidedOn && (end === null || n.committedOn <= end);
      if (!within) {
        findings.push(finding({ code: 'discipline.prosecutionSuspension.outside', status: 'info', citation: c31, params: { committedOn, from: formatDayNumber(r.decidedOn), end: end === null ? '-' : formatDayNumber(end) } }));
      } else if (n.finalConviction === undefined) {
        revoked = null;
        findings.push(finding({ code: 'discipline.prosecutionSuspension.convictionUnknown', status: 'unknown', citation: c31, params: { committedOn }, missing: ['newOffence.finalConviction'] }));
      } else if (!n.finalConviction) {
        findings.push(finding({ code: 'discipline.prosecutionSuspension.pending', status: 'info', citation: c31, params: { committedOn } }));
      } else {
        revoked = true;
        findings.push(finding({ code: 'discipline.prosecutionSuspension.revoked', status: 'info', citation: c31, params: { committedOn } }));
        findings.push(finding({ code: 'discipline.prosecutionSuspension.art44', status: 'info', citation: { article: 44 }, params: undefined }));
      }
    }
  }

  const status: ProsecutionSuspensionStatus =
    available === false || periodLawful === false ? 'unavailable' : available === null || revoked === null ? 'incomplete' : revoked === true ? 'revoked' : 'available';
  return makeDecision({
    kind: 'discipline.prosecutionSuspension',
    asOf: r.decidedOn ?? null,
    status,
    value: {
      available,
      highestGrade: highest,
      combinedGrade,
      months,
      periodLawful,
      from: r.decidedOn === undefined ? null : formatDayNumber(r.decidedOn),
      end: end === null ? null : formatDayNumber(end),
      revoked,
    },
    summary: message('discipline.summary.prosecutionSuspension', { status }),
    findings,
    steps,
  });
}
