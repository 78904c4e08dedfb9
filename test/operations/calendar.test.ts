import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { isInputError } from '../../src/core/errors.js';
import { centerCalendar, type CenterCalendarInput, type CenterDuty } from '../../src/operations/index.js';
import { type Finding } from '../../src/core/decision.js';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error('no error');
}

const duty = (input: CenterCalendarInput, name: CenterDuty) => centerCalendar(input).value.duties.find((d) => d.duty === name);

describe("Arts. 7, 12, 14, 47, 49, 53: the Center's calendar", () => {
  it('TSDoc example: centerCalendar on 1401/10/01 after communication on 1401/06/05', () => {
    const d = centerCalendar({
      asOf: '1401/10/01',
      communicatedOn: '1401/06/05',
      lastExamOn: '1400/08/20',
      done: { officeAdministrationInstructionOn: '1401/07/05', kioskInstructionOn: null },
    });
    expect(d.value.duties.map((x) => [x.duty, x.dueBy, x.state])).toEqual([
      ['servicesIdentification', '1402/05/23', 'notDue'],
      ['officeAdministrationInstruction', '1401/07/05', 'done'],
      ['exemptionEnquiry', '1401/12/05', 'notDue'],
      ['kioskInstruction', '1401/07/05', 'overdue'],
      ['exam', '1403/06/05', 'notDue'],
      ['yearlyPublication', null, 'unknown'],
      ['yearlyReport', null, 'unknown'],
    ]);
    expect(d.status).toBe('late');
  });

  it('Art. 7: within one year of the approval (1401/05/23), whatever the communication date: 1402/05/23 in time, 1402/05/24 late', () => {
    const on = (d: string) => duty({ asOf: '1403/01/01', done: { servicesIdentificationOn: d } }, 'servicesIdentification');
    expect(on('1402/05/23')?.state).toBe('done');
    expect(on('1402/05/24')?.state).toBe('late');
    expect(on('1402/05/23')?.from).toBe('approval');
    expect(on('1402/05/23')?.citation).toEqual({ article: 7 });
  });

  it('Art. 12: the instruction within one month after communication: the due day in time, the next day late', () => {
    const base = { asOf: '1402/01/01', communicatedOn: '1401/06/05' };
    expect(duty({ ...base, done: { officeAdministrationInstructionOn: '1401/07/05' } }, 'officeAdministrationInstruction')?.state).toBe('done');
    expect(duty({ ...base, done: { officeAdministrationInstructionOn: '1401/07/06' } }, 'officeAdministrationInstruction')?.state).toBe('late');
  });

  it('Art. 49: the kiosk instruction within one month: not done on the due day is not yet late; the day after it is overdue', () => {
    const input = (asOf: string): CenterCalendarInput => ({ asOf, communicatedOn: '1401/06/05', done: { kioskInstructionOn: null } });
    expect(duty(input('1401/07/05'), 'kioskInstruction')?.state).toBe('notDue');
    expect(duty(input('1401/07/06'), 'kioskInstruction')?.state).toBe('overdue');
    expect(duty(input('1401/07/06'), 'kioskInstruction')?.citation).toEqual({ article: 49 });
  });

  it('Art. 14 para. 2: six months from communication, by SPEC D3 (Shahrivar 31 + 6 months → Farvardin 1; clamp → Esfand 29)', () => {
    const input: CenterCalendarInput = { asOf: '1401/07/01', communicatedOn: '1401/06/31' };
    const e = duty(input, 'exemptionEnquiry');
    expect(e?.dueBy).toBe('1402/01/01');
    expect(e?.citation).toEqual({ article: 14, paragraph: 2 });
    expect(duty({ ...input, options: { overflow: 'clamp' } }, 'exemptionEnquiry')?.dueBy).toBe('1401/12/29');
  });

  it('Art. 47(الف): an exam at least every two years: due two years after the last; the due day is in time, the next day overdue', () => {
    expect(duty({ asOf: '1403/08/20', lastExamOn: '1401/08/20' }, 'exam')?.state).toBe('notDue');
    expect(duty({ asOf: '1403/08/21', lastExamOn: '1401/08/20' }, 'exam')?.state).toBe('overdue');
    const first = duty({ asOf: '1402/01/01', communicatedOn: '1401/06/05', lastExamOn: null }, 'exam');
    expect(first?.dueBy).toBe('1403/06/05');
    expect(first?.from).toBe('communication');
  });

  it('Arts. 47(ب), 53: yearly duties: a year after the last, the first a year after communication', () => {
    const input: CenterCalendarInput = { asOf: '1402/06/06', communicatedOn: '1401/06/05', lastPublicationOn: null, lastReportOn: '1402/03/01' };
    expect(duty(input, 'yearlyPublication')).toEqual({ duty: 'yearlyPublication', citation: { article: 47, clause: 'ب' }, from: 'communication', dueBy: '1402/06/05', doneOn: null, state: 'overdue', earlierAct: null });
    expect(duty(input, 'yearlyReport')).toEqual({ duty: 'yearlyReport', citation: { article: 53 }, from: 'lastReport', dueBy: '1403/03/01', doneOn: '1402/03/01', state: 'notDue', earlierAct: null });
  });

  it('missing facts make the calendar incomplete and are listed', () => {
    const d = centerCalendar({ asOf: '1403/01/01' });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual([
      'done.servicesIdentificationOn',
      'communicatedOn',
      'done.officeAdministrationInstructionOn',
      'done.exemptionEnquiryOn',
      'done.kioskInstructionOn',
      'lastExamOn',
      'lastPublicationOn',
      'lastReportOn',
    ]);
    const all = centerCalendar({
      asOf: '1401/06/10',
      communicatedOn: '1401/06/05',
      lastExamOn: null,
      lastPublicationOn: null,
      lastReportOn: null,
    });
    expect(all.status).toBe('onSchedule');
    expect(all.missing).toEqual([]);
  });

  it('bad input is an InputError naming the field', () => {
    expect(fieldsOf(() => centerCalendar({ asOf: '1403/01/01', communicatedOn: '1401/05/22' }))).toEqual(['communicatedOn']);
    expect(fieldsOf(() => centerCalendar({ asOf: '1403/01/01', lastExamOn: '1403/01/02' }))).toEqual(['lastExamOn']);
    expect(fieldsOf(() => centerCalendar({ asOf: '1403/01/01', done: { kioskInstructionOn: '1404/01/01' } }))).toEqual(['done.kioskInstructionOn']);
    expect(fieldsOf(() => centerCalendar({ asOf: '1403/01/01', done: { other: null } as never }))).toEqual(['done']);
  });

  it('(property) a one-off duty done on its due date is in time and the next day late; due dates never go back as communication moves on', () => {
    const approval = toDayNumber(1401, 5, 23);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }), (offset, later) => {
        const comm = formatDayNumber(approval + offset);
        const comm2 = formatDayNumber(approval + offset + later);
        const asOf = formatDayNumber(approval + offset + later + 400);
        const a = centerCalendar({ asOf, communicatedOn: comm, lastExamOn: null, lastPublicationOn: null, lastReportOn: null });
        const b = centerCalendar({ asOf, communicatedOn: comm2, lastExamOn: null, lastPublicationOn: null, lastReportOn: null });
        a.value.duties.forEach((x, i) => {
          const y = b.value.duties[i];
          expect((y?.dueBy ?? '') >= (x.dueBy ?? '')).toBe(true);
        });
        const due = a.value.duties.find((x) => x.duty === 'kioskInstruction')?.dueBy as string;
        const dueDay = toDayNumber(...(due.split('/').map(Number) as [number, number, number]));
        const at = (d: number) =>
          duty({ asOf: formatDayNumber(Math.max(d, approval + offset + later + 400)), communicatedOn: comm, done: { kioskInstructionOn: formatDayNumber(d) } }, 'kioskInstruction')?.state;
        expect(at(dueDay)).toBe('done');
        expect(at(dueDay + 1)).toBe('late');
      }),
    );
  });

  it('every finding is cited and bilingual', () => {
    const d = centerCalendar({ asOf: '1401/10/01', communicatedOn: '1401/06/05', lastExamOn: '1400/08/20', done: { kioskInstructionOn: null } });
    for (const f of [...d.findings, { message: d.summary }]) {
      expect(f.message.fa.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(/[0-9]/.test(f.message.fa)).toBe(false);
    }
    expect(d.findings.find((f) => f.citation.article === 49)?.message.en).toBe(
      'The instruction on kiosks: due by 1401/07/05 (from the communication); overdue.',
    );
  });

  it('does not mutate its input', () => {
    const input = { asOf: '1401/10/01', communicatedOn: '1401/06/05', done: { kioskInstructionOn: null } };
    const copy = structuredClone(input);
    centerCalendar(input);
    expect(input).toEqual(copy);
  });
});

describe('Art. 47(الف), Art. 47(ب), Art. 53, Art. 54: no duty of this regulation falls due before it existed', () => {
  const issue: CenterCalendarInput = { asOf: '1402/01/01', communicatedOn: '1401/06/05', lastExamOn: '1399/01/01' };

  it("Art. 47(الف): an exam of 1399/01/01 is not an exam of this regulation — the first is due two years after communication, 1403/06/05, not overdue on 1402/01/01 (the issue's call)", () => {
    const d = centerCalendar(issue);
    const e = d.value.duties.find((x) => x.duty === 'exam');
    expect(e).toEqual({ duty: 'exam', citation: { article: 47, clause: 'الف' }, from: 'communication', dueBy: '1403/06/05', doneOn: '1399/01/01', state: 'notDue', earlierAct: 'ignore' });
    const f = d.findings.find((x) => x.code === 'operations.calendar.duty' && x.citation.clause === 'الف');
    expect(f?.data).toEqual({ reading: 'earlierActIgnored' });
    expect(f?.message.en).toContain("predates this regulation's approval (1401/05/23)");
  });

  it('Art. 47(الف): anchored at the communication: notDue on 1403/06/05, overdue on 1403/06/06 (pair)', () => {
    expect(duty({ ...issue, asOf: '1403/06/05' }, 'exam')?.state).toBe('notDue');
    expect(duty({ ...issue, asOf: '1403/06/06' }, 'exam')?.state).toBe('overdue');
  });

  it('Art. 54: an exam on the approval day (1401/05/23) is one of this regulation; the day before is not (pair)', () => {
    const on = (lastExamOn: string) => duty({ ...issue, asOf: '1403/05/24', lastExamOn }, 'exam');
    expect(on('1401/05/23')).toMatchObject({ from: 'lastExam', dueBy: '1403/05/23', state: 'overdue', earlierAct: null });
    expect(on('1401/05/22')).toMatchObject({ from: 'communication', dueBy: '1403/06/05', state: 'notDue', earlierAct: 'ignore' });
  });

  it('Art. 47(ب), Art. 53: a publication or report before the approval does not start the yearly period (default)', () => {
    const d = centerCalendar({ asOf: '1402/06/05', communicatedOn: '1401/06/05', lastPublicationOn: '1400/01/01', lastReportOn: '1401/05/22' });
    expect(d.value.duties.filter((x) => x.duty === 'yearlyPublication' || x.duty === 'yearlyReport').map((x) => [x.duty, x.from, x.dueBy, x.state])).toEqual([
      ['yearlyPublication', 'communication', '1402/06/05', 'notDue'],
      ['yearlyReport', 'communication', '1402/06/05', 'notDue'],
    ]);
  });

  it("Art. 47(الف) option earlierActs 'count': the period runs from the earlier exam but never ends before the communication", () => {
    const count = (over: Partial<CenterCalendarInput>) => duty({ ...issue, ...over, options: { earlierActs: 'count' } }, 'exam');
    // 1399/01/01 + 2 years = 1401/01/01, before the communication: due on the communication day.
    expect(count({})).toMatchObject({ from: 'communication', dueBy: '1401/06/05', state: 'overdue', earlierAct: 'count' });
    expect(count({ asOf: '1401/06/05' })?.state).toBe('notDue');
    // 1400/08/20 + 2 years = 1402/08/20, after the communication: due then.
    expect(count({ lastExamOn: '1400/08/20', asOf: '1402/08/20' })).toMatchObject({ from: 'lastExam', dueBy: '1402/08/20', state: 'notDue' });
    expect(count({ lastExamOn: '1400/08/20', asOf: '1402/08/21' })?.state).toBe('overdue');
    // Without the communication date the due date cannot be placed.
    const { communicatedOn: _, ...noComm } = issue;
    const u = centerCalendar({ ...noComm, options: { earlierActs: 'count' } });
    expect(u.value.duties.find((x) => x.duty === 'exam')).toMatchObject({ dueBy: null, state: 'unknown' });
    expect(u.missing).toContain('communicatedOn');
    expect(u.findings.find((x) => x.citation.clause === 'الف')?.data).toEqual({ reading: 'earlierActCounted' });
  });

  it('Art. 47, Art. 53 (property): under either reading no recurring duty is due before the communication, nor before the approval', () => {
    const day = (y: number, m: number, d: number) => `${y}/${String(m).padStart(2, '0')}/${String(d).padStart(2, '0')}`;
    const date = (minY: number, maxY: number) => fc.tuple(fc.integer({ min: minY, max: maxY }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 29 })).map(([y, m, d]) => day(y, m, d));
    fc.assert(
      fc.property(date(1390, 1404), date(1402, 1403), fc.constantFrom('ignore' as const, 'count' as const), (last, comm, earlierActs) => {
        const d = centerCalendar({ asOf: '1405/01/01', communicatedOn: comm, lastExamOn: last, lastPublicationOn: last, lastReportOn: last, options: { earlierActs } });
        for (const x of d.value.duties.filter((e) => e.duty === 'exam' || e.duty === 'yearlyPublication' || e.duty === 'yearlyReport')) {
          expect(x.dueBy).not.toBeNull();
          if (last >= '1401/05/23') expect(x.earlierAct).toBeNull();
          else {
            expect(x.earlierAct).toBe(earlierActs);
            expect((x.dueBy as string) >= comm).toBe(true);
          }
          expect((x.dueBy as string) > '1401/05/23').toBe(true);
        }
      }),
    );
  });
});

describe('Art. 54: the approval date in the parameters', () => {
  it('Art. 54: REGULATION_DATES.approval is 1401/05/23, the rule set\'s approval, cited to Art. 54', async () => {
    const { REGULATION_DATES } = await import('../../src/params.js');
    const { REGULATION_1401 } = await import('../../src/core/decision.js');
    expect(REGULATION_DATES.approval.value).toBe('1401/05/23');
    expect(REGULATION_DATES.approval.value).toBe(REGULATION_1401.approved);
    expect(REGULATION_DATES.approval.citation).toEqual({ article: 54 });
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).

// Tests written to kill Stryker's survivors in src/operations/calendar.ts: every duty's
// entry (due date, what it runs from, when done, state), each finding's status, missing
// facts and message, the decision's kind and summary, and the input errors' codes.
function issuesOf(fn: () => unknown): { field: string; code: string }[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => ({ field: i.field, code: i.code }));
    throw e;
  }
  throw new Error('no error');
}

/** status, citation and missing facts of a finding. */
const brief = (f: Finding): unknown[] => [f.code, f.status, f.citation, f.missing ?? []];

describe("Arts. 7, 12, 14, 47, 49, 53: every entry and finding of the Center's calendar", () => {
  it('Arts. 7, 12, 14, 49, 47, 53: done, late, overdue, unknown and not yet due, side by side', () => {
    const d = centerCalendar({
      asOf: '1402/06/10',
      communicatedOn: '1401/06/05',
      lastExamOn: '1401/08/01',
      lastPublicationOn: null,
      done: { servicesIdentificationOn: '1402/05/23', officeAdministrationInstructionOn: '1401/07/06', exemptionEnquiryOn: null },
    });
    expect(d.kind).toBe('operations.centerCalendar');
    expect(d.status).toBe('late');
    expect(d.value.duties).toEqual([
      { duty: 'servicesIdentification', citation: { article: 7 }, from: 'approval', dueBy: '1402/05/23', doneOn: '1402/05/23', state: 'done', earlierAct: null },
      { duty: 'officeAdministrationInstruction', citation: { article: 12 }, from: 'communication', dueBy: '1401/07/05', doneOn: '1401/07/06', state: 'late', earlierAct: null },
      { duty: 'exemptionEnquiry', citation: { article: 14, paragraph: 2 }, from: 'communication', dueBy: '1401/12/05', doneOn: null, state: 'overdue', earlierAct: null },
      { duty: 'kioskInstruction', citation: { article: 49 }, from: 'communication', dueBy: '1401/07/05', doneOn: null, state: 'unknown', earlierAct: null },
      { duty: 'exam', citation: { article: 47, clause: 'الف' }, from: 'lastExam', dueBy: '1403/08/01', doneOn: '1401/08/01', state: 'notDue', earlierAct: null },
      { duty: 'yearlyPublication', citation: { article: 47, clause: 'ب' }, from: 'communication', dueBy: '1402/06/05', doneOn: null, state: 'overdue', earlierAct: null },
      { duty: 'yearlyReport', citation: { article: 53 }, from: 'lastReport', dueBy: null, doneOn: null, state: 'unknown', earlierAct: null },
    ]);
    expect(d.findings.map(brief)).toEqual([
      ['operations.calendar.duty', 'met', { article: 7 }, []],
      ['operations.calendar.duty', 'unmet', { article: 12 }, []],
      ['operations.calendar.duty', 'unmet', { article: 14, paragraph: 2 }, []],
      ['operations.calendar.duty', 'unknown', { article: 49 }, ['done.kioskInstructionOn']],
      ['operations.calendar.duty', 'info', { article: 47, clause: 'الف' }, []],
      ['operations.calendar.duty', 'unmet', { article: 47, clause: 'ب' }, []],
      ['operations.calendar.duty', 'unknown', { article: 53 }, ['lastReportOn']],
    ]);
    expect(d.findings.map((f) => f.message.en)).toEqual([
      'Identifying and providing the electronic services and enquiries: due by 1402/05/23 (from the approval); done on 1402/05/23.',
      'The instruction on running an office whose manager cannot be present: due by 1401/07/05 (from the communication); done late, on 1401/07/06.',
      'The electronic enquiry of the exempt groups: due by 1401/12/05 (from the communication); overdue.',
      'The instruction on kiosks: due by 1401/07/05 (from the communication); where it stands is unknown.',
      'Holding the exam: due by 1403/08/01 (from the last exam); not yet due.',
      'The yearly publication of the information for opening an office: due by 1402/06/05 (from the communication); overdue.',
      'The yearly report of the implementation to the Head of the Judiciary: due date (from the last report) unknown; where it stands is unknown.',
    ]);
    expect(d.findings[1]?.message.fa).toBe('دستورالعمل نحوه اداره دفتر در صورت عدم امکان حضور مدیر: موعد ۱۴۰۱/۰۷/۰۵ (از تاریخ ابلاغ)؛ با تأخیر در ۱۴۰۱/۰۷/۰۶ انجام شد.');
    expect(d.summary).toEqual({
      en: 'Late: the instruction on running an office whose manager cannot be present, the electronic enquiry of the exempt groups, the yearly publication of the information for opening an office.',
      fa: 'وظایف با تأخیر: دستورالعمل نحوه اداره دفتر در صورت عدم امکان حضور مدیر، فراهم کردن استعلام الکترونیک افراد معاف، انتشار سالانه اطلاعات مؤثر برای تأسیس دفتر.',
    });
  });

  const onTime: CenterCalendarInput = {
    asOf: '1401/08/01',
    communicatedOn: '1401/06/05',
    lastExamOn: null,
    lastPublicationOn: null,
    lastReportOn: null,
    done: { servicesIdentificationOn: null, officeAdministrationInstructionOn: '1401/07/01', exemptionEnquiryOn: null, kioskInstructionOn: '1401/07/01' },
  };

  it('Arts. 7–53: every duty done in time or not yet due is on schedule', () => {
    const d = centerCalendar(onTime);
    expect(d.status).toBe('onSchedule');
    expect(d.value.duties.map((x) => [x.from, x.dueBy, x.state])).toEqual([
      ['approval', '1402/05/23', 'notDue'],
      ['communication', '1401/07/05', 'done'],
      ['communication', '1401/12/05', 'notDue'],
      ['communication', '1401/07/05', 'done'],
      ['communication', '1403/06/05', 'notDue'],
      ['communication', '1402/06/05', 'notDue'],
      ['communication', '1402/06/05', 'notDue'],
    ]);
    expect(d.summary).toEqual({ en: "The Center's dated duties are on schedule.", fa: 'وظایف زمان‌دار مرکز طبق برنامه است.' });
  });

  it('Art. 12: one duty done late, none overdue, is late all the same', () => {
    const d = centerCalendar({ ...onTime, done: { ...onTime.done, officeAdministrationInstructionOn: '1401/07/10' } });
    expect(d.status).toBe('late');
    expect(d.summary.en).toBe('Late: the instruction on running an office whose manager cannot be present.');
  });

  it('Art. 53: one fact unknown among duties on schedule makes the calendar incomplete', () => {
    const { lastReportOn: _, ...rest } = onTime;
    const d = centerCalendar(rest);
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['lastReportOn']);
    expect(d.summary).toEqual({ en: "Where some of the Center's dated duties stand is unknown.", fa: 'وضعیت برخی وظایف زمان‌دار مرکز معلوم نیست.' });
  });

  it('Arts. 12, 14, 49, 47(الف): with the communication date unknown, the periods from it are unknown; a record given is not missing', () => {
    const d = centerCalendar({ asOf: '1403/01/01', lastExamOn: null, done: { officeAdministrationInstructionOn: null, exemptionEnquiryOn: '1402/01/01' } });
    expect(d.value.duties.map((x) => [x.duty, x.from, x.dueBy, x.doneOn, x.state])).toEqual([
      ['servicesIdentification', 'approval', '1402/05/23', null, 'unknown'],
      ['officeAdministrationInstruction', 'communication', null, null, 'unknown'],
      ['exemptionEnquiry', 'communication', null, '1402/01/01', 'unknown'],
      ['kioskInstruction', 'communication', null, null, 'unknown'],
      ['exam', 'communication', null, null, 'unknown'],
      ['yearlyPublication', 'lastPublication', null, null, 'unknown'],
      ['yearlyReport', 'lastReport', null, null, 'unknown'],
    ]);
    expect(d.findings.map((f) => f.missing ?? [])).toEqual([
      ['done.servicesIdentificationOn'],
      ['communicatedOn'],
      ['communicatedOn'],
      ['communicatedOn', 'done.kioskInstructionOn'],
      ['communicatedOn'],
      ['lastPublicationOn'],
      ['lastReportOn'],
    ]);
    expect(d.findings[4]?.message.en).toBe('Holding the exam: due date (from the communication) unknown; where it stands is unknown.');
  });

  it('Arts. 12, 14, 47(الف): a due date past the supported years (1600) is never reached: not yet due, and a duty done is in time', () => {
    const d = centerCalendar({ asOf: '1600/12/20', communicatedOn: '1600/12/15', lastExamOn: null, done: { kioskInstructionOn: '1600/12/18' } });
    const by = (duty: string) => d.value.duties.find((x) => x.duty === duty);
    expect(by('officeAdministrationInstruction')).toMatchObject({ dueBy: null, doneOn: null, state: 'notDue' });
    expect(by('kioskInstruction')).toMatchObject({ dueBy: null, doneOn: '1600/12/18', state: 'done' });
    expect(by('exam')).toMatchObject({ from: 'communication', dueBy: null, state: 'notDue' });
    expect(d.findings[1] && brief(d.findings[1])).toEqual(['operations.calendar.duty', 'info', { article: 12 }, []]);
  });

  it('input errors carry their codes and fields; a date on asOf itself is allowed', () => {
    expect(issuesOf(() => centerCalendar({ asOf: '1402/01/01', communicatedOn: '1402/01/02' }))).toEqual([{ field: 'communicatedOn', code: 'after_as_of' }]);
    expect(issuesOf(() => centerCalendar({ asOf: '1402/01/01', communicatedOn: '1401/05/22' }))).toEqual([{ field: 'communicatedOn', code: 'before_approval' }]);
    expect(issuesOf(() => centerCalendar({ asOf: '1402/01/01', lastPublicationOn: '1402/01/02' }))).toEqual([{ field: 'lastPublicationOn', code: 'after_as_of' }]);
    expect(issuesOf(() => centerCalendar({ asOf: '1402/01/01', lastReportOn: '1402/01/02' }))).toEqual([{ field: 'lastReportOn', code: 'after_as_of' }]);
    const same = '1402/01/01';
    const d = centerCalendar({
      asOf: same,
      communicatedOn: same,
      lastExamOn: same,
      lastPublicationOn: same,
      lastReportOn: same,
      done: { servicesIdentificationOn: same, officeAdministrationInstructionOn: same, exemptionEnquiryOn: same, kioskInstructionOn: same },
    });
    expect(d.status).toBe('onSchedule');
    expect(centerCalendar({ asOf: '1401/05/23', communicatedOn: '1401/05/23' }).value.duties[1]?.dueBy).toBe('1401/06/23');
  });
});
