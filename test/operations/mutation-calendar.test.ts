// Tests written to kill Stryker's survivors in src/operations/calendar.ts: every duty's
// entry (due date, what it runs from, when done, state), each finding's status, missing
// facts and message, the decision's kind and summary, and the input errors' codes.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/decision.js';
import { isInputError } from '../../src/core/errors.js';
import { centerCalendar, type CenterCalendarInput } from '../../src/operations/index.js';

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
