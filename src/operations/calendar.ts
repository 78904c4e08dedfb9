/**
 * The Center's calendar (Arts. 7, 12, 14, 47, 49, 53): the due dates of the Center's
 * duties under the regulation, and where each stands on `asOf`.
 *
 * The regulation was approved on 1401/05/23 (Art. 54); the day it was communicated
 * (ابلاغ), from which most of these periods run, is the caller's fact.
 *
 * Periods are added by SPEC D3 (the same day N months or years later; a day the month
 * lacks becomes the 1st of the next month, option `clamp`). "Within a period" includes
 * its last day: a duty done on the due date is in time, the next day is late.
 */
import { addMonths, addYears, formatDayNumber, type Overflow } from '../_lib/jalali.js';
import { art, type Citation } from '../core/citation.js';
import type { Decision, Finding } from './render.js';
import { parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { PARAMETERS } from '../params.js';
import { finding, message } from './render.js';
import { APPROVED, type CenterCalendarInput, CenterCalendarInputSchema, type CenterDuty } from './schemas.js';

/**
 * Where a duty stands on `asOf`: `done` in time, `late` (done after the due date),
 * `notDue` (not done, or not known to be done, and the due date not passed),
 * `overdue` (not done and the due date passed), `unknown` (the facts are missing).
 */
export type CenterDutyState = 'done' | 'late' | 'notDue' | 'overdue' | 'unknown';

/** One duty on the calendar. */
export interface CenterDutyEntry {
  readonly duty: CenterDuty;
  readonly citation: Citation;
  /** What the period runs from. */
  readonly from: 'approval' | 'communication' | 'lastExam' | 'lastPublication' | 'lastReport';
  /** The last day to do it (`YYYY/MM/DD`), or null when unknown. */
  readonly dueBy: string | null;
  /** When it was done (one-off duties) or last done (recurring ones), or null. */
  readonly doneOn: string | null;
  readonly state: CenterDutyState;
  /**
   * For a recurring duty last done before the approval (1401/05/23): the reading applied
   * (`ignore`: the period ran from the communication; `count`: from the earlier act, never
   * due before the communication); null otherwise.
   */
  readonly earlierAct: 'ignore' | 'count' | null;
}

/** Whether the Center is on schedule. */
export type CenterCalendarStatus = 'onSchedule' | 'late' | 'incomplete';

/** The answer of {@link centerCalendar}. */
export type CenterCalendarDecision = Decision<'operations.centerCalendar', CenterCalendarStatus, { readonly duties: readonly CenterDutyEntry[] }>;

type OneOff = 'servicesIdentification' | 'officeAdministrationInstruction' | 'exemptionEnquiry' | 'kioskInstruction';
type Recurring = 'exam' | 'yearlyPublication' | 'yearlyReport';

/**
 * The due dates of the Center's duties and where each stands on `asOf`:
 * - Art. 7: identify and provide the electronic services and enquiries within one year of
 *   the regulation's **approval** (the text says «از تاريخ تصويب»), so by 1402/05/23;
 * - Art. 12: the instruction on running an office whose manager cannot be present, within
 *   one month after communication;
 * - Art. 14 para. 2: the electronic enquiry of the exempt groups, within six months of
 *   communication;
 * - Art. 49: the instruction on kiosks (باجه), within one month after communication;
 * - Art. 47(الف): the exam at least once every two years: the next by two years after the
 *   last (the first by two years after communication when none has been held since);
 * - Art. 47(ب) and Art. 53: yearly, read like Art. 47(الف): the next by one year after
 *   the last (the first by one year after communication).
 *
 * No duty of this regulation falls due before it existed: an exam, publication or report
 * dated before the approval (1401/05/23) is not one of this regulation, so by default the
 * first due date is the period after the communication (option `earlierActs: 'count'`: the
 * period runs from the earlier act, but never ends before the communication). Each entry's
 * `earlierAct` says which reading was applied.
 *
 * @param input - `{ asOf, communicatedOn?, lastExamOn?, lastPublicationOn?, lastReportOn?, done?, options? }`
 * @returns a decision `onSchedule`, `late` (a duty overdue or done late) or `incomplete`
 * @throws InputError for a bad date, a date after `asOf`, or a communication before the approval
 * @example
 * const d = centerCalendar({
 *   asOf: '1401/10/01',
 *   communicatedOn: '1401/06/05',
 *   lastExamOn: '1400/08/20', // before the approval: not an exam of this regulation
 *   done: { officeAdministrationInstructionOn: '1401/07/05', kioskInstructionOn: null },
 * });
 * d.value.duties.map((x) => [x.duty, x.dueBy, x.state]);
 * // [['servicesIdentification', '1402/05/23', 'notDue'],
 * //  ['officeAdministrationInstruction', '1401/07/05', 'done'],
 * //  ['exemptionEnquiry', '1401/12/05', 'notDue'],
 * //  ['kioskInstruction', '1401/07/05', 'overdue'],
 * //  ['exam', '1403/06/05', 'notDue'],
 * //  ['yearlyPublication', null, 'unknown'],
 * //  ['yearlyReport', null, 'unknown']]
 * d.status; // 'late'
 */
export function centerCalendar(input: CenterCalendarInput): CenterCalendarDecision {
  const p = parseInput(CenterCalendarInputSchema, input);
  // Absent: the default of addMonths/addYears, 'nextMonth' (SPEC D3).
  const overflow: Overflow | undefined = p.options?.overflow;
  const earlierActs = p.options?.earlierActs ?? 'ignore';
  const asOf = p.asOf;
  const comm = p.communicatedOn;
  const done = p.done;
  const entries: CenterDutyEntry[] = [];
  const findings: Finding[] = [];

  const oneOff = (
    duty: OneOff,
    citation: Citation,
    from: 'approval' | 'communication',
    due: number | null,
    doneOn: number | null | undefined,
  ): void => {
    const path = `done.${duty}On`;
    // A due date past the supported years (1600) is as good as never reached.
    const dueAt = Number.isNaN(due) ? Infinity : due;
    let state: CenterDutyState;
    const missing: string[] = [];
    if (dueAt === null) {
      // The due date is unknown (only a period from the communication can be, when the
      // communication date is), so whether the duty was done in time is unknown.
      state = 'unknown';
      missing.push('communicatedOn');
      if (doneOn === undefined) missing.push(path);
    } else if (typeof doneOn === 'number') state = doneOn <= dueAt ? 'done' : 'late';
    else if (asOf <= dueAt) state = 'notDue';
    else if (doneOn === null) state = 'overdue';
    else {
      state = 'unknown';
      missing.push(path);
    }
    const entry: CenterDutyEntry = {
      duty,
      citation,
      from,
      dueBy: due === null || Number.isNaN(due) ? null : formatDayNumber(due),
      doneOn: typeof doneOn === 'number' ? formatDayNumber(doneOn) : null,
      state,
      earlierAct: null,
    };
    entries.push(entry);
    findings.push(dutyFinding(entry, missing));
  };

  const recurring = (
    duty: Recurring,
    citation: Citation,
    from: 'lastExam' | 'lastPublication' | 'lastReport',
    years: number,
    last: number | null | undefined,
    lastPath: string,
  ): void => {
    let due: number | null = null;
    let fromKind: CenterDutyEntry['from'] = from;
    const missing: string[] = [];
    // An act before the approval is not one of this regulation (default) or starts the
    // period but cannot make the duty due before the communication (`count`).
    const earlier = typeof last === 'number' && last < APPROVED ? earlierActs : null;
    if (typeof last === 'number' && earlier !== 'ignore') {
      due = addYears(last, years, overflow);
      if (earlier === 'count') {
        if (comm === undefined) {
          due = null;
          missing.push('communicatedOn');
        } else if (!(due >= comm)) {
          due = comm;
          fromKind = 'communication';
        }
      }
    } else if (last === undefined) missing.push(lastPath);
    else {
      // None since the communication (null), or only one before the approval: the first is
      // due the period after the communication.
      fromKind = 'communication';
      if (comm !== undefined) due = addYears(comm, years, overflow);
      else missing.push('communicatedOn');
    }
    // A due date past the supported years (1600) is as good as never reached.
    const state: CenterDutyState = due === null ? 'unknown' : Number.isNaN(due) || asOf <= due ? 'notDue' : 'overdue';
    const entry: CenterDutyEntry = {
      duty,
      citation,
      from: fromKind,
      dueBy: due === null || Number.isNaN(due) ? null : formatDayNumber(due),
      doneOn: typeof last === 'number' ? formatDayNumber(last) : null,
      state,
      earlierAct: earlier,
    };
    entries.push(entry);
    findings.push(dutyFinding(entry, missing));
  };

  // ماده ۷ - مرکز موظف است ... ظرف یک سال از تاریخ تصویب این آیین نامه، نسبت به شناسایی و ارائه
  // خدمات و استعلامات الکترونیکی از طریق دفاتر یا درگاه اقدام کند.
  oneOff(
    'servicesIdentification',
    art(7),
    'approval',
    addYears(APPROVED, PARAMETERS.servicesIdentificationYears.value, overflow),
    done?.servicesIdentificationOn,
  );

  // ماده ۱۲- ... نحوه اداره دفتر به موجب دستورالعملی است که توسط رییس مرکز ظرف یک ماه پس از ابلاغ
  // این آیین نامه تهیه و ابلاغ می شود.
  const afterComm = (months: number): number | null => (comm === undefined ? null : addMonths(comm, months, overflow));
  oneOff(
    'officeAdministrationInstruction',
    art(12),
    'communication',
    afterComm(PARAMETERS.officeAdministrationInstructionMonths.value),
    done?.officeAdministrationInstructionOn,
  );

  // ماده ۱۴ (بند دوم)- مرکز مکلف است ظرف شش ماه از تاریخ ابلاغ این آیین نامه، با هماهنگی مراجع
  // مذکور، امکان استعلام الکترونیک افراد تحت پوشش را فراهم کند.
  oneOff(
    'exemptionEnquiry',
    { article: 14, paragraph: 2 },
    'communication',
    afterComm(PARAMETERS.exemptionEnquiryMonths.value),
    done?.exemptionEnquiryOn,
  );

  // ماده ۴۹- ... دستورالعمل تأسیس باجه ظرف یک ماه پس از ابلاغ این آیین نامه، توسط رئیس مرکز تهیه و
  // ابلاغ خواهد شد.
  oneOff(
    'kioskInstruction',
    art(49),
    'communication',
    afterComm(PARAMETERS.kioskInstructionMonths.value),
    done?.kioskInstructionOn,
  );

  // ماده ۴۷ بند الف- حداقل هر دو سال یک نوبت آزمون موضوع این آیین نامه را از طریق مراجع صلاحیت دار
  // برگزار کند.
  recurring('exam', art(47, 'الف'), 'lastExam', PARAMETERS.examIntervalYears.value, p.lastExamOn, 'lastExamOn');

  // ماده ۴۷ بند ب- سالانه اطلاعات مربوط به ... را به صورت عمومی در پایگاه اطلاع رسانی مرکز منتشر نماید.
  recurring('yearlyPublication', art(47, 'ب'), 'lastPublication', PARAMETERS.yearlyPublicationYears.value, p.lastPublicationOn, 'lastPublicationOn');

  // ماده ۵۳- گزارش اقدامات اجرایی آیین نامه هر سال یک بار توسط مرکز به رئیس قوه قضائیه ارائه میشود.
  recurring('yearlyReport', art(53), 'lastReport', PARAMETERS.yearlyReportYears.value, p.lastReportOn, 'lastReportOn');

  let status: CenterCalendarStatus = 'onSchedule';
  if (entries.some((e) => e.state === 'late' || e.state === 'overdue')) status = 'late';
  else if (entries.some((e) => e.state === 'unknown')) status = 'incomplete';

  return makeDecision({
    kind: 'operations.centerCalendar',
    asOf,
    status,
    value: { duties: entries },
    summary: message('operations.calendar.summary', {
      status,
      overdue: entries.filter((e) => e.state === 'overdue' || e.state === 'late').map((e) => e.duty),
    }),
    findings,
  });
}

function dutyFinding(e: CenterDutyEntry, missing: readonly string[]): Finding {
  const status = e.state === 'done' ? 'met' : e.state === 'late' || e.state === 'overdue' ? 'unmet' : e.state === 'notDue' ? 'info' : 'unknown';
  return finding({
    code: 'operations.calendar.duty',
    status,
    citation: e.citation,
    params: { duty: e.duty, state: e.state, dueBy: e.dueBy, doneOn: e.doneOn, from: e.from, earlierAct: e.earlierAct },
    missing,
    ...(e.earlierAct === null ? {} : { data: { reading: e.earlierAct === 'ignore' ? 'earlierActIgnored' : 'earlierActCounted' } }),
  });
}
