// A disciplinary case from the complaint to the last day to appeal (Arts. 13, 29–44, 33;
// docs/discipline.md, docs/deadlines.md), each decision printed with `explain` in Persian
// and English, its key answers asserted: first step by step (1–5), then in one call,
// `judgeCase` (6), which must give the same answers.
//
//   npm run build
//   node examples/disciplinary-case.mjs [--lang fa|en]
//
// The case (invented):
//   1403/02/20  the office takes 1,500,000 rials for a petition whose tariff is 1,100,000,
//               and gives the client no receipt;
//   1403/03/05  the client complains (Art. 21: to the first-instance board); the complaint
//               also says the office had not posted its tariff on 1401/01/20;
//   1403/03/10  the manager is absent without excuse, five days, to 1403/03/14 (found by
//               the inspection of Art. 17);
//   1403/03/20  the board summons the manager: an act of prosecution;
//   1403/06/20  the hearing. The manager has a prior conviction of grade 3, carried out on
//               1402/04/01; he shows remorse and has refunded the client;
//   1403/07/05  the ruling is notified. Thursday 1403/07/26 the offices are closed by an
//               order of the province (a closure only the caller can know of).
import assert from 'node:assert/strict';
import { checkFeeCollection } from '../dist/fees.js';
import {
  classifyAbsence,
  disciplinaryAppealDeadline,
  getOffence,
  judgeCase,
  prosecutionBars,
  sentence,
} from '../dist/discipline.js';
import { explain, fixedSolarHolidays } from '../dist/index.js';

const langArg = process.argv.find((a) => a.startsWith('--lang'));
const chosen = langArg === undefined ? null : langArg.includes('=') ? langArg.split('=')[1] : process.argv[process.argv.indexOf(langArg) + 1];
if (chosen !== null && chosen !== 'fa' && chosen !== 'en') {
  console.error('usage: node examples/disciplinary-case.mjs [--lang fa|en]');
  process.exit(2);
}
const LANGS = chosen === null ? ['fa', 'en'] : [chosen];

function show(title, decision) {
  for (const lang of LANGS) {
    console.log(`\n${'─'.repeat(78)}\n${title[lang]}\n${'─'.repeat(78)}`);
    console.log(explain(decision, { lang }));
  }
}

// ---------------------------------------------------------------------------
// 1. The fee taken on 1403/02/20 (Art. 13, Art. 38(ذ), Art. 35(ت)).
const fee = checkFeeCollection({
  serviceDate: '1403/02/20',
  service: 'petition',
  tariffs: [
    { effectiveFrom: '1402/01/01', services: { petition: 900_000 } },
    { effectiveFrom: '1403/01/01', services: { petition: 1_100_000 } },
  ],
  judicialCosts: 2_500_000,
  collected: { officeFee: 1_500_000, judicialCosts: 2_500_000, receiptIssued: false, method: 'centerMethod' },
});
assert.equal(fee.status, 'unlawful');
assert.equal(fee.value.overcharged, 400_000);
assert.deepEqual(fee.value.offences, [
  { citation: { article: 38, clause: 'ذ' }, grade: 5 },
  { citation: { article: 35, clause: 'ت' }, grade: 2 },
]);
show({ fa: '۱. وجه دریافتی در ۱۴۰۳/۰۲/۲۰', en: '1. The fee taken on 1403/02/20' }, fee);

// 2. Five days of unexcused absence (SPEC D9): Art. 38(چ), grade 5.
const absence = classifyAbsence({ days: 5 });
assert.equal(absence.value.offence?.id, 'art38-ch');
assert.equal(absence.value.grade, 5);
show({ fa: '۲. غیبت پنج‌روزه مدیر دفتر بدون عذر موجه', en: "2. The manager's five days of unexcused absence" }, absence);

// ---------------------------------------------------------------------------
// 3. On the day of the hearing, is anything a bar to prosecution (Art. 30)? The board's
// summons of 1403/03/20 is an act of prosecution; nothing is res judicata, the manager is
// in office and alive.
const HEARING = '1403/06/20';
const facts = { asOf: HEARING, prosecutionActs: ['1403/03/20'], resJudicata: false, permanentlySeparated: false, deceased: false };
const charges = [
  { id: 'art38-dh', offence: { committedOn: '1403/02/20' } },
  { id: 'art35-t', offence: { committedOn: '1403/02/20' } },
  { id: 'absence', offence: { committedOn: '1403/03/10', endedOn: '1403/03/14' } }, // a continuing offence: from its last day
  // The tariff not posted (Art. 34(ت)) on 1401/01/20: its two years ran out on 1403/01/20,
  // before the complaint; no act of prosecution came in time.
  { id: 'art34-t', offence: { committedOn: '1401/01/20' }, acts: [] },
];
const bars = charges.map((c) => ({ ...c, decision: prosecutionBars({ ...facts, offence: c.offence, prosecutionActs: c.acts ?? facts.prosecutionActs }) }));
assert.deepEqual(bars.map((b) => [b.id, b.decision.status]), [
  ['art38-dh', 'notBarred'],
  ['art35-t', 'notBarred'],
  ['absence', 'notBarred'],
  ['art34-t', 'barred'],
]);
assert.deepEqual(bars[3].decision.value.limitation, { start: '1401/01/20', lastDay: '1403/01/20', barredFrom: '1403/01/21' });
for (const b of bars) {
  const what = b.id === 'absence' ? { fa: 'غیبت', en: 'the absence' } : { fa: getOffence(b.id).text, en: getOffence(b.id).title };
  show({ fa: `۳. موانع تعقیب در روز رسیدگی: ${what.fa}`, en: `3. Bars to prosecution on the day of the hearing: ${what.en}` }, b.decision);
}

// ---------------------------------------------------------------------------
// 4. The sentence (SPEC D10): the offences not barred, judged together (Art. 44), the
// prior (Art. 43), the grounds of mitigation (Art. 32), and the board's choice checked:
// one grade of mitigation, grade 5, six months' suspension.
const ruling = sentence({
  asOf: HEARING,
  offences: [
    { id: 'art38-dh', date: '1403/02/20' },
    { id: 'art35-t', date: '1403/02/20' },
    { id: 'absence', days: absence.value.days, date: '1403/03/14' },
  ],
  priors: [{ grade: 3, carriedOut: '1402/04/01' }],
  mitigatingGrounds: ['remorse', 'compensation'],
  board: { aggravation: false, mitigation: 1, grade: 5, suspensionMonths: 6 },
});
assert.equal(ruling.status, 'lawful');
assert.equal(ruling.value.baseGrade, 5); // mixed grades 5, 2, 5: the highest (Art. 44)
assert.equal(ruling.value.repeat, true); // within two years of 1402/04/01 (Art. 43)
// The grade the law sets before the board's choices (it may go below it: a ground of Art. 32).
assert.equal(ruling.value.gradeBeforeChoices, 6);
assert.deepEqual(ruling.value.range, { min: 4, max: 7 });
assert.equal(ruling.value.imposed, 5);
assert.equal(ruling.value.penalty?.kind, 'suspension');
// Art. 33 follows the grade imposed: 5, appealable (grade 4 and up; the whole range here).
assert.equal(ruling.value.appeal?.appealable, true);
// The ledger: one step per offence, then Arts. 44, 43, 32, the range, the board's choice, Art. 33.
assert.deepEqual(
  ruling.steps.map((s) => s.citation),
  [
    { article: 38, clause: 'ذ' },
    { article: 35, clause: 'ت' },
    { article: 38, clause: 'چ' },
    { article: 44 },
    { article: 43 },
    { article: 32 },
    { article: 29 },
    { article: 29, grade: 5 },
    { article: 33 },
  ],
);
// Each step that applies a reading of the text says which (docs/interpretation.md).
assert.deepEqual(
  ruling.steps.filter((s) => s.data?.reading !== undefined).map((s) => [s.citation.article, s.data.reading]),
  [
    [44, 'literal'],
    [43, 'combined'],
    [33, 'imposed'],
  ],
);
show({ fa: '۴. مجازات و دفتر محاسبه آن', en: '4. The sentence and its ledger' }, ruling);

// ---------------------------------------------------------------------------
// 5. Appealability and the last day to appeal (Art. 33; SPEC D13): notified on
// 1403/07/05, the 20 days run 07/06–07/25; the day of acting is not counted, so the last
// day would be 07/26 — closed by the province's order — then Friday 07/27: it moves to
// Saturday 07/28.
const holidays = [...fixedSolarHolidays(1403), '1403/07/26'];
const appeal = disciplinaryAppealDeadline({
  ruling: 'conviction',
  grade: ruling.value.imposed,
  notifiedOn: '1403/07/05',
  holidays,
  asOf: '1403/07/28',
});
assert.equal(appeal.status, 'appealable');
assert.deepEqual(appeal.value.appellants, ['convictedManager', 'headOfCenter']);
assert.equal(appeal.value.lastDay, '1403/07/28');
assert.equal(appeal.value.inTime, true);
assert.equal(
  disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn: '1403/07/05', holidays, asOf: '1403/07/29' }).value.inTime,
  false,
);
// Without the province's closure the last day would have been the Thursday itself.
assert.equal(disciplinaryAppealDeadline({ ruling: 'conviction', grade: 5, notifiedOn: '1403/07/05' }).value.lastDay, '1403/07/26');
show({ fa: '۵. قابلیت اعتراض و آخرین روز مهلت', en: '5. Appealability and the last day to appeal' }, appeal);

// ---------------------------------------------------------------------------
// 6. The same case in one call (judgeCase): the bars of each offence on the day of the
// hearing (Art. 30), the offences still prosecutable, whether prosecution could have been
// suspended (Art. 31), the sentence with the board's choices, and the appeal's last day
// (Art. 33) — one decision, every step cited, each sub-decision kept in its value.
const whole = judgeCase({
  hearingDate: HEARING,
  offences: [
    { id: 'art38-dh', date: '1403/02/20' },
    { id: 'art35-t', date: '1403/02/20' },
    { id: 'absence', days: absence.value.days, date: '1403/03/10', endedOn: '1403/03/14' },
    { id: 'art34-t', date: '1401/01/20', prosecutionActs: [] },
  ].map((o) => ({ ...o, resJudicata: false })),
  // The summons of 1403/03/20 is an act of prosecution of every offence committed before it.
  prosecutionActs: ['1403/03/20'],
  permanentlySeparated: false,
  deceased: false,
  priors: [{ grade: 3, carriedOut: '1402/04/01' }],
  mitigatingGrounds: ['remorse', 'compensation'],
  board: { aggravation: false, mitigation: 1, grade: 5, suspensionMonths: 6 },
  appeal: { notifiedOn: '1403/07/05', holidays, asOf: '1403/07/28' },
});
assert.equal(whole.status, 'lawful');
assert.deepEqual(whole.value.barred, [3]); // the tariff not posted: time-barred, never sentenced
assert.deepEqual(whole.value.prosecutable, [0, 1, 2]);
assert.equal(whole.value.prosecutionSuspension?.value.available, false); // grade 5 offences (Art. 31: 1–4 only)
// The sentence is the one computed step by step above, and so is the last day.
assert.deepEqual(whole.value.sentence?.value, ruling.value);
assert.equal(whole.value.lastDayToAppeal, appeal.value.lastDay);
assert.deepEqual(whole.missing, []);
assert.deepEqual(whole.steps.slice(0, 2).map((s) => s.citation), [{ article: 30 }, { article: 31 }]);
show({ fa: '۶. همه پرونده در یک فراخوان (judgeCase)', en: '6. The whole case in one call (judgeCase)' }, whole);

console.log(
  LANGS.includes('en')
    ? `\nFrom the complaint (1403/03/05) to the last day to appeal (${appeal.value.lastDay}).`
    : `\nاز شکایت (۱۴۰۳/۰۳/۰۵) تا آخرین روز اعتراض (${appeal.value.lastDay.replace(/[0-9]/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)])}).`,
);
