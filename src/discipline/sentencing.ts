/**
 * Sentencing (SPEC D10): the grade the law requires, the range the board may lawfully
 * choose, and a ledger of steps each with its article.
 *
 * Order (D10): (1) each offence's statutory grade (Art. 41: the board's grade, 2–4);
 * (2) Art. 44 for several offences judged together; (3) Art. 43, the repeat; (4) Art. 32,
 * mitigation; (5) never below 1 nor above 7 — applied after every step (a grade above 7
 * does not exist, so an aggravation of grade 7 stays 7 and a later mitigation lowers from 7).
 */
import { addYears, formatDayNumber, type Overflow } from '../_lib/jalali.js';
import type { Citation } from '../core/citation.js';
import { collectMissing } from '../core/decision.js';
import type { Decision, Finding, Step } from './render.js';
import type { Bilingual } from '../core/text.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { appealabilityOf, type AppealabilityValue } from './appeals.js';
import { offenceById, unlistedBreach, UNLISTED_BREACH_ID, type PenaltyGrade } from './catalogue.js';
import { absenceBand, closureBand, DEFAULT_DAYS_PER_MONTH } from './dayCount.js';
import { penaltyAt, suspensionFinding, type Penalty } from './penalties.js';
import {
  MITIGATING_GROUNDS,
  SentenceInputSchema,
  type MitigatingGround,
  type SentenceInput,
} from './schemas.js';
import type * as z from 'zod/mini';
import { finding, message, step } from './render.js';

const GMIN = PARAMETERS.penaltyGrades.min;
const GMAX = PARAMETERS.penaltyGrades.max;
const STEP = PARAMETERS.aggravationGrades.value;
const MIT_MAX = PARAMETERS.mitigationGrades.max;

/** Keep a grade within 1–7 (Art. 29 has seven grades). */
export function clampGrade(g: number): PenaltyGrade {
  return (g < GMIN ? GMIN : g > GMAX ? GMAX : g) as PenaltyGrade;
}

/**
 * The grounds of Art. 32, as the text names them:
 * «هیأت میتواند با توجه به مدت فعالیت دفتر، نداشتن سابقه محکومیت انتظامی، ملاحظه وضعیت
 * فردی و اجتماعی، اوضاع و احوال وقوع تخلف، پیش بینی اصلاح، اظهار ندامت و جبران خسارت
 * شاکی یا گذشت وی، مجازات مرتکب را یک تا دو درجه تخفیف دهد.»
 */
export const MITIGATING_GROUND_LABELS: Readonly<Record<MitigatingGround, Bilingual>> = {
  officeActivityPeriod: { fa: 'مدت فعالیت دفتر', en: "the length of the office's activity" },
  noDisciplinaryRecord: { fa: 'نداشتن سابقه محکومیت انتظامی', en: 'no record of disciplinary conviction' },
  personalSocialSituation: { fa: 'ملاحظه وضعیت فردی و اجتماعی', en: 'the personal and social situation' },
  circumstancesOfOffence: { fa: 'اوضاع و احوال وقوع تخلف', en: 'the circumstances of the offence' },
  prospectOfReform: { fa: 'پیش بینی اصلاح', en: 'the prospect of reform' },
  remorse: { fa: 'اظهار ندامت', en: 'expression of remorse' },
  compensation: { fa: 'جبران خسارت شاکی', en: "compensation of the complainant's loss" },
  complainantForgiveness: { fa: 'گذشت شاکی', en: "the complainant's forgiveness" },
};

// ---------------------------------------------------------------------------
// The grade computation (pure arithmetic, shared by the explained path and tests)

/** Which reading of Art. 44 applies to mixed grades (see {@link art44}). */
export type MultipleOffencesReading = 'highestGroup' | 'literal';

/** The outcome of Art. 44 on the statutory grades. */
export interface Art44Outcome {
  readonly kind: 'single' | 'same' | 'mixed' | 'highestGroup';
  readonly highest: number;
  /** How many offences carry the highest grade. */
  readonly sharing: number;
  /** The mandatory grade after Art. 44 (within 1–7). */
  readonly base: PenaltyGrade;
  /** Whether the board may add one grade (Art. 44, last sentence). */
  readonly optional: boolean;
}

/**
 * ماده ۴۴: «در مواردی که مدیر دفتر مرتکب تخلفات متعدد شود، چنانچه تخلفات ارتكابی مستوجب
 * مجازات از یک درجه باشند، مجازات وی یک درجه تشدید می شود و در غیر این صورت، به مجازات
 * درجه بالاتر محکوم میشود. در این مورد، هیات می تواند مجازات وی را یک درجه تشدید کند.»
 *
 * One offence: its grade. Several of one grade: that grade + 1 (mandatory). Mixed grades:
 * the highest, and the board may add 1 (SPEC D10). The default (`literal`) follows the
 * text: any mix of grades is "not of one grade". Note what the text implies: two offences
 * of grade 4 give a mandatory 5, while two of grade 4 and one of grade 3 give a mandatory 4
 * (the board may add 1). The option `highestGroup` reads offences sharing the highest
 * grade as "offences of one grade" (+1 mandatory even beside lower ones), which makes
 * every grade monotone in the offences judged; it is harsher than the text and not the
 * default.
 */
export function art44(grades: readonly number[], reading?: MultipleOffencesReading): Art44Outcome {
  let highest = 0;
  let lowest = Infinity;
  let sharing = 0;
  for (const g of grades) {
    if (g > highest) {
      highest = g;
      sharing = 1;
    } else if (g === highest) sharing++;
    lowest = Math.min(lowest, g);
  }
  if (grades.length === 1) return { kind: 'single', highest, sharing, base: clampGrade(highest), optional: false };
  if (lowest === highest) return { kind: 'same', highest, sharing, base: clampGrade(highest + STEP), optional: false };
  if (reading === 'highestGroup' && sharing >= 2) return { kind: 'highestGroup', highest, sharing, base: clampGrade(highest + STEP), optional: false };
  return { kind: 'mixed', highest, sharing, base: clampGrade(highest), optional: true };
}

/**
 * The grade before the board's choices and the lawful range. "Before the board's choices"
 * is the grade the law sets once Arts. 44 and 43 have applied, before Art. 44's optional
 * aggravation and Art. 32's mitigation: the board may lawfully go below it (not a
 * "mandatory" grade, whence the name).
 */
export interface GradeRange {
  readonly beforeChoices: PenaltyGrade;
  readonly min: PenaltyGrade;
  readonly max: PenaltyGrade;
}

/**
 * The grade a board's choices give (D10 order, clamped at every step).
 * @param base - the grade after Art. 44's mandatory part
 * @param aggravate - the optional aggravation of Art. 44 is used
 * @param repeat - Art. 43 applies
 * @param mitigation - grades of mitigation (Art. 32)
 */
export function gradeOf(base: number, aggravate: boolean, repeat: boolean, mitigation: number): PenaltyGrade {
  let g = clampGrade(base + (aggravate ? STEP : 0));
  g = clampGrade(g + (repeat ? STEP : 0));
  return clampGrade(g - mitigation);
}

/** The grade before the board's choices and the lawful range from the Art. 44 outcome, the repeat and the mitigation available. */
export function gradeRange(a: Art44Outcome, repeat: boolean, mitigationAvailable: boolean): GradeRange {
  return {
    beforeChoices: gradeOf(a.base, false, repeat, 0),
    min: gradeOf(a.base, false, repeat, mitigationAvailable ? MIT_MAX : 0),
    max: gradeOf(a.base, a.optional, repeat, 0),
  };
}

// ---------------------------------------------------------------------------
// The explained path

/** One offence as judged (plain data). */
export interface JudgedOffence {
  /** The reference given: a catalogue id, `art41`, `absence` or `closure`. */
  readonly ref: string;
  /** The catalogue id of the clause applied (for `absence`/`closure`, the clause the days fall in; `art41` for Art. 41). */
  readonly offenceId: string;
  readonly citation: Citation;
  readonly grade: PenaltyGrade;
  readonly date: string | null;
}

/** How Art. 33 reads for one grade of the lawful range. */
export interface AppealByGrade {
  readonly grade: PenaltyGrade;
  readonly appealable: boolean;
  readonly appellants: readonly AppealabilityValue['appellants'][number][];
}

/** The value of a sentencing decision. */
export interface SentenceValue {
  readonly offences: readonly JudgedOffence[];
  /**
   * The grade after Art. 44's mandatory part, before the repeat of the combined sentence
   * (under `repeatScope: 'perOffence'` the repeat is already in the offences' grades).
   */
  readonly baseGrade: PenaltyGrade;
  /** Whether the board may add one grade under Art. 44. */
  readonly optionalAggravation: boolean;
  /** Whether Art. 43 applies (to any offence judged); null when unknown. */
  readonly repeat: boolean | null;
  /** Whether the board may mitigate (a ground of Art. 32 is made out); null when unknown. */
  readonly mitigationAvailable: boolean | null;
  /** The grounds found that are made out. */
  readonly mitigatingGrounds: readonly MitigatingGround[];
  /**
   * The grade the law sets before the board's choices: Arts. 44 and 43 applied, without
   * Art. 44's optional aggravation and Art. 32's mitigation. The board may lawfully go
   * below it when a ground of mitigation is made out. Null when unknown.
   */
  readonly gradeBeforeChoices: PenaltyGrade | null;
  /**
   * @deprecated The same as {@link SentenceValue.gradeBeforeChoices}, kept so existing
   * callers do not break: it is not a "mandatory" (الزامی) grade when the board may
   * lawfully go below it. Will be removed in the next major version.
   */
  readonly mandatory: PenaltyGrade | null;
  /** The lawful range of the board's choice; null when unknown. */
  readonly range: { readonly min: PenaltyGrade; readonly max: PenaltyGrade } | null;
  /** The grade the board imposed (given, or following from its choices); null without board choices. */
  readonly imposed: PenaltyGrade | null;
  /** The penalty of the imposed grade, else of the grade before the board's choices. */
  readonly penalty: Penalty | null;
  /** Whether the board's choices are lawful; null without board choices or when unknown. */
  readonly lawful: boolean | null;
  /**
   * Appealability (Art. 33). Default reading (`appealGrade: 'imposed'`): of the grade
   * imposed; with no grade imposed, the same answer for every grade of the range (then
   * `grade` is null), or null when it depends on the grade the board chooses (see
   * `appealByGrade`). Option `appealGrade: 'statutory'`: of the grade before the board's
   * choices, whatever the board imposes. Null when unknown.
   */
  readonly appeal: AppealabilityValue | null;
  /** Art. 33 for each grade of the lawful range, lowest first; null when the range is unknown. */
  readonly appealByGrade: readonly AppealByGrade[] | null;
}

/** Status of a sentencing decision. */
export type SentenceStatus = 'computed' | 'lawful' | 'unlawful' | 'incomplete';

/** The decision of {@link sentence}. */
export type SentenceDecision = Decision<'discipline.sentence', SentenceStatus, SentenceValue>;

type Parsed = z.output<typeof SentenceInputSchema>;
type ParsedOffence = Parsed['offences'][number];

/** An offence resolved to its clause, grade and title. */
export interface Resolved {
  readonly judged: JudgedOffence;
  readonly title: Bilingual;
  readonly days: number | null;
}

function resolveOffence(o: ParsedOffence, daysPerMonth: number): Resolved {
  const date = o.date === undefined ? null : formatDayNumber(o.date);
  if (o.id === UNLISTED_BREACH_ID) {
    const grade = o.grade as PenaltyGrade;
    return {
      judged: { ref: o.id, offenceId: UNLISTED_BREACH_ID, citation: unlistedBreach.citation, grade, date },
      title: { fa: `${unlistedBreach.text} (درجه انتخابی هیات)`, en: `${unlistedBreach.title} (the board's grade)` },
      days: null,
    };
  }
  if (o.id === 'absence' || o.id === 'closure') {
    const days = o.days as number;
    const band = o.id === 'absence' ? absenceBand(days, daysPerMonth) : closureBand(days);
    const e = offenceById(band.id);
    return {
      judged: { ref: o.id, offenceId: e.id, citation: e.citation, grade: e.grade, date },
      title: { fa: e.text, en: e.title },
      days,
    };
  }
  const e = offenceById(o.id);
  return { judged: { ref: o.id, offenceId: e.id, citation: e.citation, grade: e.grade, date }, title: { fa: e.text, en: e.title }, days: null };
}

interface RepeatResult {
  readonly repeat: boolean | null;
  readonly finding: Finding;
}

/**
 * ماده ۴۳: «در صورتی که مدیر دفتر به محکومیتهای انتظامی مذکور در درجه یک تا چهار محکوم و
 * پس از اجرای حکم ظرف دو سال مجدداً مرتکب تخلف شود، مجازات وی یک درجه تشدید میشود.»
 *
 * A prior of grade 1–4 whose sentence was carried out on day C aggravates when an offence
 * was committed from C up to the date two years later (SPEC D3), both included (D10: "no
 * more than two years before the new offence"). An offence before C is not a repeat.
 */
function repeatOf(p: OffencesAndPriors, overflow: Overflow | undefined): RepeatResult {
  const citation: Citation = { article: 43 };
  if (p.priors === undefined) {
    return { repeat: null, finding: finding({ code: 'discipline.repeat.unknown', status: 'unknown', citation, params: undefined, missing: ['priors'] }) };
  }
  if (p.priors.length === 0) {
    return { repeat: false, finding: finding({ code: 'discipline.repeat.noPriors', status: 'info', citation, params: undefined }) };
  }
  const missing: string[] = [];
  const undated: string[] = [];
  p.offences.forEach((o, j) => {
    if (o.date === undefined) undated.push(`offences[${j}].date`);
  });
  for (const [i, prior] of p.priors.entries()) {
    if (prior.grade > PARAMETERS.repeatPriorMaxGrade.value) continue;
    if (prior.carriedOut === undefined) {
      missing.push(`priors[${i}].carriedOut`);
      continue;
    }
    const from = prior.carriedOut;
    const to = addYears(from, PARAMETERS.repeatWindowYears.value, overflow);
    for (const o of p.offences) {
      // An undated offence (NaN) falls in no window.
      const date = o.date ?? Number.NaN;
      if (date >= from && (Number.isNaN(to) || date <= to)) {
        const params = {
          priorGrade: prior.grade,
          carriedOut: formatDayNumber(from),
          offenceDate: formatDayNumber(date),
          windowEnd: Number.isNaN(to) ? '-' : formatDayNumber(to),
        };
        return { repeat: true, finding: finding({ code: 'discipline.repeat.applies', status: 'info', citation, params, data: { ...params, priorIndex: i } }) };
      }
    }
    // An undated offence might fall in this prior's window.
    missing.push(...undated);
  }
  if (missing.length > 0) {
    return { repeat: null, finding: finding({ code: 'discipline.repeat.unknown', status: 'unknown', citation, params: undefined, missing: [...new Set(missing)] }) };
  }
  return { repeat: false, finding: finding({ code: 'discipline.repeat.none', status: 'info', citation, params: { count: p.priors.length } }) };
}


/** What Arts. 43 and 44 read: the offences judged together and the priors. */
export interface OffencesAndPriors {
  readonly offences: readonly ParsedOffence[];
  readonly priors?: Parsed['priors'];
}

/** Which reading of Art. 43 applies when several offences are judged together (see {@link lawGradeOf}). */
export type RepeatScope = 'combined' | 'perOffence';

/** Which grade Art. 33's «مجازات درجه چهار تا هفت» reads (see {@link sentence}). */
export type AppealGradeReading = 'imposed' | 'statutory';

interface PerOffenceRepeat {
  /** For each offence: whether it is itself a repeat (null when unknown). */
  readonly flags: readonly (boolean | null)[];
  readonly repeat: boolean | null;
  readonly findings: readonly Finding[];
}

/**
 * Art. 43 read per offence (option `repeatScope: 'perOffence'`): «پس از اجرای حکم ظرف دو سال
 * مجدداً مرتکب تخلف شود» — only an offence committed in a prior's window is a repeat, and it
 * is that offence's grade that is aggravated, before Art. 44 combines the grades.
 */
function repeatPerOffence(p: OffencesAndPriors, overflow: Overflow | undefined): PerOffenceRepeat {
  const citation: Citation = { article: 43 };
  const n = p.offences.length;
  if (p.priors === undefined) {
    return { flags: new Array<null>(n).fill(null), repeat: null, findings: [finding({ code: 'discipline.repeat.unknown', status: 'unknown', citation, params: undefined, missing: ['priors'] })] };
  }
  if (p.priors.length === 0) {
    return { flags: new Array<boolean>(n).fill(false), repeat: false, findings: [finding({ code: 'discipline.repeat.noPriors', status: 'info', citation, params: undefined })] };
  }
  const findings: Finding[] = [];
  const missing: string[] = [];
  const flags = p.offences.map((o, j): boolean | null => {
    const own: string[] = [];
    for (const [i, prior] of (p.priors ?? []).entries()) {
      if (prior.grade > PARAMETERS.repeatPriorMaxGrade.value) continue;
      if (prior.carriedOut === undefined) {
        own.push(`priors[${i}].carriedOut`);
        continue;
      }
      if (o.date === undefined) {
        own.push(`offences[${j}].date`);
        continue;
      }
      const from = prior.carriedOut;
      const to = addYears(from, PARAMETERS.repeatWindowYears.value, overflow);
      if (o.date >= from && (Number.isNaN(to) || o.date <= to)) {
        const params = { priorGrade: prior.grade, carriedOut: formatDayNumber(from), offenceDate: formatDayNumber(o.date), windowEnd: Number.isNaN(to) ? '-' : formatDayNumber(to) };
        findings.push(finding({ code: 'discipline.repeat.applies', status: 'info', citation, params, data: { ...params, priorIndex: i, offenceIndex: j, reading: 'perOffence' } }));
        return true;
      }
    }
    missing.push(...own);
    return own.length > 0 ? null : false;
  });
  const repeat = flags.includes(true) ? (flags.includes(null) ? null : true) : flags.includes(null) ? null : false;
  if (missing.length > 0) findings.push(finding({ code: 'discipline.repeat.unknown', status: 'unknown', citation, params: undefined, missing: [...new Set(missing)] }));
  else if (!flags.includes(true)) findings.push(finding({ code: 'discipline.repeat.none', status: 'info', citation, params: { count: p.priors.length } }));
  return { flags, repeat, findings };
}

/** Options of {@link lawGradeOf}: the readings of Arts. 43 and 44 and the day counts. */
export interface LawGradeOptions {
  readonly overflow?: Overflow | undefined;
  readonly multipleOffences?: MultipleOffencesReading | undefined;
  readonly repeatScope?: RepeatScope | undefined;
  readonly daysPerMonth?: number | undefined;
}

/** The grade the law sets for offences judged together, before the board's choices. */
export interface LawGrade {
  readonly resolved: readonly Resolved[];
  /** Art. 44 on the offences' grades (under `perOffence`, their grades after Art. 43). */
  readonly art44: Art44Outcome;
  /** Whether Art. 43 aggravates the combined sentence (always false, once known, under `perOffence`); null when unknown. */
  readonly combinedRepeat: boolean | null;
  /** Whether Art. 43 applies to any offence; null when unknown. */
  readonly repeat: boolean | null;
  /** The grade before Art. 44's optional aggravation and Art. 32's mitigation; null when unknown. */
  readonly beforeChoices: PenaltyGrade | null;
  /** The facts Art. 43 still needs. */
  readonly missing: readonly string[];
  readonly findings: readonly Finding[];
  readonly steps: readonly Step[];
}

/**
 * Steps (1)–(3) of SPEC D10 — each offence's grade, Art. 44, Art. 43 — shared by
 * `sentence`, `suspendProsecution` (its option `suspensionGrade: 'combined'`) and
 * `judgeCase`. Readings: Art. 44 `literal` (default) or `highestGroup`; Art. 43 on the
 * combined sentence (`combined`, default) or on each repeat offence before Art. 44
 * (`perOffence`). Each step that applies a reading carries `data.reading`.
 *
 * @param p - the parsed offences and priors
 * @param o - the readings and day counts
 * @returns the grade before the board's choices, with its findings and steps
 * @example
 * // internal: lawGradeOf(parsed, { repeatScope: 'perOffence' }).beforeChoices
 */
export function lawGradeOf(p: OffencesAndPriors, o: LawGradeOptions): LawGrade {
  const scope: RepeatScope = o.repeatScope ?? 'combined';
  const reading44: MultipleOffencesReading = o.multipleOffences ?? 'literal';
  const findings: Finding[] = [];
  const steps: Step[] = [];
  const resolved = p.offences.map((x) => resolveOffence(x, o.daysPerMonth ?? DEFAULT_DAYS_PER_MONTH));
  for (const r of resolved) {
    steps.push(step({ code: 'discipline.offence.grade', citation: r.judged.citation, params: { title: r.title, days: r.days, grade: r.judged.grade }, data: { offenceId: r.judged.offenceId, grade: r.judged.grade } }));
  }
  let grades = resolved.map((r) => r.judged.grade as number);
  const c43: Citation = { article: 43 };

  // Art. 43 per offence, before Art. 44 (option).
  let per: PerOffenceRepeat | null = null;
  if (scope === 'perOffence') {
    per = repeatPerOffence(p, o.overflow);
    findings.push(...per.findings);
    const flags = per.flags;
    const changed = resolved.flatMap((r, j) => (flags[j] === true ? [{ ref: r.judged.offenceId, from: r.judged.grade, to: clampGrade(r.judged.grade + STEP) }] : []));
    grades = grades.map((g, j) => (flags[j] === true ? clampGrade(g + STEP) : g));
    steps.push(step({ code: 'discipline.step.repeatPerOffence', citation: c43, params: { applies: per.repeat === true ? 'yes' : per.repeat === null ? (changed.length > 0 ? 'yes' : 'unknown') : changed.length > 0 ? 'yes' : 'no', offences: changed, unknown: per.repeat === null }, data: { reading: 'perOffence', offences: changed.map((c) => c.ref) } }));
  }

  // Art. 44
  const a = art44(grades, reading44);
  const c44: Citation = { article: 44 };
  if (a.kind === 'single') steps.push(step({ code: 'discipline.step.single', citation: c44, params: { grade: a.base } }));
  else if (a.kind === 'same') steps.push(step({ code: 'discipline.step.multipleSame', citation: c44, params: { count: grades.length, grade: a.highest, result: a.base, capped: a.highest + STEP > GMAX }, data: { base: a.base, reading: reading44 } }));
  else if (a.kind === 'highestGroup') {
    steps.push(step({ code: 'discipline.step.multipleHighestGroup', citation: c44, params: { count: grades.length, highest: a.highest, sharing: a.sharing, result: a.base, capped: a.highest + STEP > GMAX }, data: { base: a.base, reading: a.kind } }));
  } else {
    const optionalMax = clampGrade(a.highest + STEP);
    steps.push(step({ code: 'discipline.step.multipleMixed', citation: c44, params: { count: grades.length, highest: a.highest, optionalMax, capped: a.highest + STEP > GMAX }, data: { base: a.base, optionalMax, reading: reading44 } }));
    // L14: the literal reading is not monotone — lighter offences beside several of the
    // highest grade take away the mandatory aggravation those would get alone.
    if (a.sharing >= 2 && a.highest + STEP <= GMAX) {
      const lighter = grades.filter((g) => g < a.highest).length;
      const without = clampGrade(a.highest + STEP);
      findings.push(finding({ code: 'discipline.art44.lighterLowers', status: 'info', citation: c44, params: { highest: a.highest, sharing: a.sharing, lighter, without }, data: { reading: 'literal', grade: a.base, withoutLighter: without } }));
    }
  }

  // Art. 43 on the combined sentence (default).
  let combinedRepeat: boolean | null;
  let repeat: boolean | null;
  if (per === null) {
    const rep = repeatOf(p, o.overflow);
    findings.push(rep.finding);
    combinedRepeat = rep.repeat;
    repeat = rep.repeat;
    steps.push(
      step({
        code: 'discipline.step.repeat',
        citation: c43,
        params: {
          applies: rep.repeat === null ? 'unknown' : rep.repeat ? 'yes' : 'no',
          from: a.base,
          // The message names these only when the repeat applies.
          to: clampGrade(a.base + STEP),
          capped: a.base + STEP > GMAX,
        },
        data: { reading: 'combined' },
      }),
    );
  } else {
    repeat = per.repeat;
    combinedRepeat = per.repeat === null ? null : false;
  }
  return {
    resolved,
    art44: a,
    combinedRepeat,
    repeat,
    beforeChoices: combinedRepeat === null ? null : gradeOf(a.base, false, combinedRepeat, 0),
    missing: collectMissing(findings),
    findings,
    steps,
  };
}

/**
 * The grade the law requires for the offences judged together, the range the board may
 * lawfully choose, and a ledger of steps each with its article (SPEC D10):
 * 1. each offence's grade (Arts. 34–40; Art. 41 the board's grade 2–4; `absence` and
 *    `closure` classified from their days, D9);
 * 2. Art. 44 for several offences: all of one grade → + 1 (mandatory); mixed grades → the
 *    highest, and the board may add 1 (default, as the text reads; option
 *    `multipleOffences: 'highestGroup'` makes + 1 mandatory when several offences share the highest grade);
 * 3. Art. 43: a prior of grade 1–4 carried out no more than two years before an offence → + 1;
 * 4. Art. 32: the board may lower by 1 or 2 grades, only on a ground the article names
 *    (`noDisciplinaryRecord` is not made out when a prior is given);
 * 5. never below 1 nor above 7, after every step.
 *
 * Readings (each step that applies one carries `data.reading`; docs/interpretation.md):
 * - Art. 44: `multipleOffences: 'literal'` (default) or `'highestGroup'`; when the literal
 *   reading gives less than the same offences without the lighter ones, a cited finding
 *   (`discipline.art44.lighterLowers`) says so;
 * - Art. 43: `repeatScope: 'combined'` (default: + 1 on the combined sentence when any
 *   offence is a repeat) or `'perOffence'` (+ 1 on each repeat offence's own grade, before Art. 44);
 * - Art. 33: `appealGrade: 'imposed'` (default: the appeal follows the grade imposed, and
 *   with no grade imposed `appealByGrade` says it per grade of the range) or `'statutory'`
 *   (the grade the law sets before the board's choices).
 *
 * `gradeBeforeChoices` is the grade once Arts. 44 and 43 apply, before the board's
 * optional aggravation and mitigation (`mandatory` is its deprecated alias).
 *
 * `priors` left out makes the repeat unknown and the decision `incomplete` (pass `[]` for
 * none); `mitigatingGrounds` left out means none found. With `board`, the board's actual
 * choices are checked (status `lawful` or `unlawful`, the defects as unmet findings).
 * Findings also carry Art. 29's note (the manager bears responsibility).
 *
 * @param input - `{ asOf, offences, priors?, mitigatingGrounds?, board?, options? }`
 * @returns a decision: status `computed`, `lawful`, `unlawful` or `incomplete`; value with
 *   `gradeBeforeChoices`, `range`, `imposed`, `penalty`, `lawful`, `appeal`, `appealByGrade`; steps, each cited
 * @throws {InputError} for an unknown offence id, an Art. 41 grade outside 2–4, mitigation
 *   without a ground, an offence or prior dated after `asOf`, non-positive days
 * @example
 * const d = sentence({ asOf: '1403/05/01', offences: [{ id: 'art37-j' }, { id: 'art37-ch' }], priors: [] });
 * d.value.gradeBeforeChoices; // 5   (two grade 4 offences: Art. 44 adds one grade)
 * d.value.range;     // { min: 5, max: 5 }
 * sentence({ asOf: '1403/05/01', offences: [{ id: 'art38-dh' }], priors: [],
 *   mitigatingGrounds: ['remorse'], board: { mitigation: 2, grade: 3 } }).status; // 'lawful'
 * // Range 3–5 with no grade chosen: grade 3 would be final, 4 and 5 appealable (Art. 33).
 * sentence({ asOf: '1403/05/01', offences: [{ id: 'art38-dh' }], priors: [], mitigatingGrounds: ['remorse'] })
 *   .value.appealByGrade?.map((x) => [x.grade, x.appealable]); // [[3, false], [4, true], [5, true]]
 */
export function sentence(input: SentenceInput): SentenceDecision {
  const p = parseInput(SentenceInputSchema, input);
  const findings: Finding[] = [];
  const boardDefects: Finding[] = [];

  // Art. 29 note: «مسئولیت تخلفات انتظامی در دفاتر به عهده مدیر دفتر است.»
  findings.push(finding({ code: 'discipline.responsibility', status: 'info', citation: { article: 29, note: 1 }, params: undefined }));

  // (1)–(3): each offence's grade, Art. 44, Art. 43 (in the order the reading of Art. 43 puts them)
  const law = lawGradeOf(p, p.options ?? {});
  findings.push(...law.findings);
  const steps: Step[] = [...law.steps];
  const a = law.art44;
  const c44: Citation = { article: 44 };

  // (4) Art. 32: the grounds found, and whether each is made out
  const c32: Citation = { article: 32 };
  const found = MITIGATING_GROUNDS.filter((g) => p.mitigatingGrounds?.includes(g));
  const priorCount = p.priors?.length;
  const valid: MitigatingGround[] = [];
  let unknownGround = false;
  for (const g of found) {
    const ground = MITIGATING_GROUND_LABELS[g];
    if (g === 'noDisciplinaryRecord' && priorCount === undefined) {
      unknownGround = true;
      findings.push(finding({ code: 'discipline.mitigation.groundUnknown', status: 'unknown', citation: c32, params: { ground }, missing: ['priors'], data: { ground: g } }));
    } else if (g === 'noDisciplinaryRecord' && (priorCount ?? 0) > 0) {
      findings.push(finding({ code: 'discipline.mitigation.groundExcluded', status: 'unmet', citation: c32, params: { ground }, data: { ground: g } }));
    } else {
      valid.push(g);
      findings.push(finding({ code: 'discipline.mitigation.ground', status: 'met', citation: c32, params: { ground }, data: { ground: g } }));
    }
  }
  if (found.length === 0) findings.push(finding({ code: 'discipline.mitigation.none', status: 'info', citation: c32, params: undefined }));
  const mitigationAvailable: boolean | null = valid.length > 0 ? true : unknownGround ? null : false;
  steps.push(
    step({
      code: 'discipline.step.mitigation',
      citation: c32,
      params: { state: mitigationAvailable === null ? 'unknown' : mitigationAvailable ? 'yes' : 'no', maxGrades: MIT_MAX },
    }),
  );

  // (5) the range
  // Mitigation is unknown only when `priors` is left out, which leaves the repeat unknown
  // too: the range is known exactly when the repeat is.
  const range = law.combinedRepeat !== null ? gradeRange(a, law.combinedRepeat, mitigationAvailable === true) : null;
  if (range !== null) {
    const data = { beforeChoices: range.beforeChoices, mandatory: range.beforeChoices, min: range.min, max: range.max };
    steps.push(step({ code: 'discipline.step.range', citation: { article: 29 }, params: { beforeChoices: range.beforeChoices, min: range.min, max: range.max }, data }));
  }

  // The board's actual choices
  let imposed: PenaltyGrade | null = null;
  let boardUnknown = false;
  const b = p.board;
  if (b !== undefined) {
    const check = (f: Finding): void => {
      findings.push(f);
      if (f.status === 'unmet') boardDefects.push(f);
      if (f.status === 'unknown') boardUnknown = true;
    };
    if (b.aggravation === true) {
      check(finding({ code: a.optional ? 'discipline.board.aggravation.lawful' : 'discipline.board.aggravation.unavailable', status: a.optional ? 'met' : 'unmet', citation: c44, params: undefined }));
    }
    const m = b.mitigation ?? 0;
    if (m > 0) {
      const status = mitigationAvailable === true ? 'met' : mitigationAvailable === null ? 'unknown' : 'unmet';
      const code = status === 'met' ? 'discipline.board.mitigation.lawful' : status === 'unknown' ? 'discipline.board.mitigation.unknown' : 'discipline.board.mitigation.unlawful';
      check(finding({ code, status, citation: c32, params: { grades: m }, ...(status === 'unknown' ? { missing: ['priors'] } : {}) }));
    }
    const choicesGiven = b.aggravation !== undefined || b.mitigation !== undefined;
    const fromChoices = law.combinedRepeat === null ? null : gradeOf(a.base, b.aggravation === true, law.combinedRepeat, m);
    if (b.grade !== undefined) {
      imposed = b.grade;
      if (range === null) {
        check(finding({ code: 'discipline.board.grade.unknown', status: 'unknown', citation: { article: 29 }, params: { grade: b.grade }, missing: law.missing }));
      } else {
        const inRange = b.grade >= range.min && b.grade <= range.max;
        check(finding({ code: inRange ? 'discipline.board.grade.inRange' : 'discipline.board.grade.outOfRange', status: inRange ? 'met' : 'unmet', citation: { article: 29 }, params: { grade: b.grade, min: range.min, max: range.max } }));
      }
      if (choicesGiven && fromChoices !== null && fromChoices !== b.grade) {
        check(finding({ code: 'discipline.board.grade.mismatch', status: 'unmet', citation: { article: 29 }, params: { grade: b.grade, computed: fromChoices } }));
      }
    } else if (choicesGiven) {
      imposed = fromChoices;
    }
    // A grade is imposed only when the board gave it, its aggravation or its mitigation.
    if (imposed !== null) {
      steps.push(step({ code: 'discipline.step.board', citation: { article: 29, grade: imposed }, params: { grade: imposed, aggravation: b.aggravation === true, mitigation: m } }));
    }
    if (b.suspensionMonths !== undefined) {
      const months = b.suspensionMonths;
      if (imposed === null) {
        check(finding({ code: 'discipline.board.suspension.unknown', status: 'unknown', citation: { article: 29 }, params: { months }, missing: ['board.grade'] }));
      } else if (imposed === 5 || imposed === 6) {
        check(suspensionFinding(imposed, months));
      } else {
        check(finding({ code: 'discipline.board.suspension.notSuspension', status: 'unmet', citation: { article: 29, grade: imposed }, params: { grade: imposed, months } }));
      }
    }
  }

  // Art. 33: «مگر در مجازات درجه چهار تا هفت» — the grade imposed (default) or the grade
  // the law sets before the board's choices (option `appealGrade: 'statutory'`).
  const appealReading: AppealGradeReading = p.options?.appealGrade ?? 'imposed';
  const appealByGrade: AppealByGrade[] | null = range === null ? null : gradesBetween(range.min, range.max).map(appealOfGrade);
  const appeal = appealOf(appealReading, imposed, range, appealByGrade);
  const appealStep = appealStepOf(appealReading, imposed, range, appealByGrade, appeal);
  if (appealStep !== null) steps.push(appealStep);

  const shown = imposed ?? range?.beforeChoices ?? null;
  // A suspension length alone is not counted: without the grade its finding is unknown, so
  // lawfulness is null and the status incomplete either way.
  const boardGiven = b !== undefined && (b.aggravation !== undefined || b.mitigation !== undefined || b.grade !== undefined);
  const lawful = !boardGiven ? null : boardDefects.length > 0 ? false : boardUnknown || range === null ? null : true;
  const status: SentenceStatus = boardDefects.length > 0 ? 'unlawful' : range === null || boardUnknown ? 'incomplete' : boardGiven ? 'lawful' : 'computed';

  const value: SentenceValue = {
    offences: law.resolved.map((r) => r.judged),
    baseGrade: a.base,
    optionalAggravation: a.optional,
    repeat: law.repeat,
    mitigationAvailable,
    mitigatingGrounds: valid,
    gradeBeforeChoices: range?.beforeChoices ?? null,
    mandatory: range?.beforeChoices ?? null,
    range: range === null ? null : { min: range.min, max: range.max },
    imposed,
    penalty: shown === null ? null : penaltyAt(shown),
    lawful,
    appeal,
    appealByGrade,
  };
  // Past `unlawful` and `incomplete` the range is known, and a grade is imposed exactly when `lawful`.
  const known = range as GradeRange;
  const summary =
    status === 'unlawful'
      ? message('discipline.summary.sentenceUnlawful', { count: boardDefects.length })
      : status === 'incomplete'
        ? message('discipline.summary.sentenceIncomplete', { facts: collectMissing(findings) })
        : status === 'lawful'
          ? message('discipline.summary.sentenceLawful', { grade: imposed as PenaltyGrade, min: known.min, max: known.max })
          : message('discipline.summary.sentence', { beforeChoices: known.beforeChoices, min: known.min, max: known.max });
  return makeDecision({ kind: 'discipline.sentence', asOf: p.asOf, status, value, summary, findings, steps });
}

function gradesBetween(min: PenaltyGrade, max: PenaltyGrade): PenaltyGrade[] {
  const out: PenaltyGrade[] = [];
  for (let g = min; g <= max; g++) out.push(g as PenaltyGrade);
  return out;
}

function appealOfGrade(grade: PenaltyGrade): AppealByGrade {
  const v = appealabilityOf('conviction', grade);
  return { grade, appealable: v.appealable === true, appellants: v.appellants };
}

/** `value.appeal` (see {@link SentenceValue.appeal}). */
function appealOf(reading: AppealGradeReading, imposed: PenaltyGrade | null, range: GradeRange | null, byGrade: readonly AppealByGrade[] | null): AppealabilityValue | null {
  if (reading === 'statutory') return range === null ? null : appealabilityOf('conviction', range.beforeChoices);
  if (imposed !== null) return appealabilityOf('conviction', imposed);
  if (range === null || byGrade === null) return null;
  const first = byGrade[0] as AppealByGrade;
  // The same answer for every grade the board may choose: it does not depend on the choice.
  return byGrade.every((x) => x.appealable === first.appealable) ? { ...appealabilityOf('conviction', range.min), grade: null } : null;
}

/** The step that says how Art. 33 was read and what it gives. */
function appealStepOf(reading: AppealGradeReading, imposed: PenaltyGrade | null, range: GradeRange | null, byGrade: readonly AppealByGrade[] | null, appeal: AppealabilityValue | null): Step | null {
  const citation: Citation = { article: 33 };
  const threshold = PARAMETERS.appealableMinGrade.value;
  const appellants = appealabilityOf('conviction', GMAX).appellants;
  if (appeal !== null && appeal.grade !== null) {
    const basis = reading === 'statutory' ? 'statutory' : 'imposed';
    return step({ code: 'discipline.step.appeal', citation, params: { basis, grade: appeal.grade, appealable: appeal.appealable === true, min: appeal.grade, max: appeal.grade, threshold, appellants }, data: { reading, grade: appeal.grade, appealable: appeal.appealable } });
  }
  if (range === null || byGrade === null || imposed !== null) return null;
  const basis = appeal === null ? 'depends' : 'range';
  return step({
    code: 'discipline.step.appeal',
    citation,
    params: { basis, grade: null, appealable: appeal?.appealable ?? null, min: range.min, max: range.max, threshold, appellants },
    data: { reading, grade: null, appealable: appeal?.appealable ?? null, appealableGrades: byGrade.filter((x) => x.appealable).map((x) => x.grade) },
  });
}
