// The ten questions applicants asked (../shared/questions.md), each answered through the
// public API and printed in Persian and English with `explain`. A fact a question leaves
// open is left out of the input, so the answer lists it as unknown («اطلاعات ناقص» /
// "Still unknown") instead of guessing. Key answers are asserted, so CI catches drift.
//
//   npm run build
//   node examples/questions.mjs [--lang fa|en]
import assert from 'node:assert/strict';
import {
  addJalaliYears,
  ageOn,
  cite,
  dateOfAge,
  explain,
  PARAMETERS,
} from '../dist/index.js';
import { checkEligibility, checkLicence } from '../dist/eligibility.js';
// The facts of the ten questions, shared with the applicants' page (examples/page/).
import { ASKED_ON, question } from './data/questions.mjs';

const langArg = process.argv.find((a) => a.startsWith('--lang'));
const chosen = langArg === undefined ? null : langArg.includes('=') ? langArg.split('=')[1] : process.argv[process.argv.indexOf(langArg) + 1];
if (chosen !== null && chosen !== 'fa' && chosen !== 'en') {
  console.error('usage: node examples/questions.mjs [--lang fa|en]');
  process.exit(2);
}
const LANGS = chosen === null ? ['fa', 'en'] : [chosen];

/** Persian digits for Persian text (explain does the same for its own output). */
const faDigits = (text) => text.replace(/[0-9]/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]);
const finding = (d, code) => d.findings.find((f) => f.code === code);
const byClause = (d, article, clause) => d.findings.find((f) => f.citation.article === article && f.citation.clause === clause);
const bachelorOf = (field) => ({ kind: 'university', level: 'bachelor', field, awarded: true });

/**
 * Print one answer: the question, the main decision explained, then the notes (a line per
 * point, each `{ fa, en }`), in each language.
 */
function answer(q, asked, decision, notes) {
  for (const lang of LANGS) {
    console.log(`\n${'═'.repeat(78)}\n${q} — ${asked[lang]}\n${'═'.repeat(78)}`);
    console.log(explain(decision, { lang }));
    if (notes.length > 0) {
      console.log(lang === 'fa' ? '\nتوضیح:' : '\nNotes:');
      for (const n of notes) console.log(`  - ${n[lang]}`);
    }
  }
}

// ---------------------------------------------------------------------------
// Q1. A bachelor of law with training certificates (commercial law, family law,
// arbitration, computer skills), a real-estate agency licence, 20 years as a real-estate
// consultant and manager.
{
  // Law degree, a real-estate agency (commerce), 20 years of work whose relatedness is not said.
  const twentyYearsAgo = addJalaliYears(ASKED_ON, -20);
  const { input } = question('Q1');
  assert.equal(input.experience.periods[0].start, twentyYearsAgo);
  const d = checkLicence(input);
  assert.equal(d.status, 'ineligible');
  assert.equal(byClause(d, 11, 'ب')?.status, 'unmet');
  assert.equal(byClause(d, 9, 'ت')?.status, 'met');
  assert.equal(byClause(d, 10, 'الف')?.status, 'unknown'); // the exam is still required
  assert.equal(byClause(d, 10, 'ب')?.status, 'unknown');
  assert.ok(d.missing.includes('experience.periods[0].related'));
  assert.ok(d.missing.includes('person.computerSkillsCertificate'));
  assert.deepEqual(d.value.remedies.find((r) => r.condition === 'commerce')?.action, 'cease');

  // If the caller holds the real-estate work related, 20 years is far beyond the 3 a bachelor needs.
  const ifRelated = checkLicence({ ...input, experience: { periods: [{ start: twentyYearsAgo, related: true }] } });
  assert.equal(byClause(ifRelated, 10, 'ب')?.status, 'met');
  assert.equal(ifRelated.status, 'ineligible'); // the agency still bars him

  answer('Q1', { fa: 'لیسانس حقوق، پنج گواهی آموزشی، پروانه مشاور املاک و ۲۰ سال سابقه', en: 'Bachelor of law, five certificates, a real-estate agency licence, 20 years' }, d, [
    {
      fa: 'بند ب ماده ۱۱: اداره بنگاه مشاور املاک دلالی و از مصادیق تجارت (ماده ۲ قانون تجارت) است؛ تا زمانی که ادامه دارد، مانع مدیریت دفتر است.',
      en: 'Art. 11(b): running a real-estate agency is brokerage, a commercial activity (Commercial Code Art. 2); it bars the post of manager while it continues.',
    },
    {
      fa: `بند ب ماده ۱۰: مرتبط بودن سابقه املاک با کار دفتر را باید درخواست‌کننده روشن کند. اگر مرتبط شمرده شود: ${byClause(ifRelated, 10, 'ب')?.message.fa}`,
      en: `Art. 10(b): whether real-estate work is related is the caller's fact. If it is: ${byClause(ifRelated, 10, 'ب')?.message.en}`,
    },
    {
      fa: 'بند ح ماده ۹: گواهی مهارت رایانه باید از مراجع معتبر باشد؛ اعتبار صادرکننده گفته نشده است. گواهی‌های حقوق تجارت، خانواده و داوری شرط آیین‌نامه نیستند.',
      en: 'Art. 9(h): the computer-skills certificate must come from a recognised body, which is not said; the other certificates are not conditions of the regulation.',
    },
    {
      fa: 'بند الف ماده ۱۰: قبولی در آزمون تخصصی در هر حال لازم است؛ صدور پروانه فقط به شرایط مقرر در آیین‌نامه بستگی دارد.',
      en: 'Art. 10(a): the specialist exam is required in any case; the licence rests on the conditions of the text alone.',
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q2. A bachelor of fiqh and law, two years at a provincial justice department.
{
  // A state employee; two years of related work at the justice department, still going on.
  const { input } = question('Q2');
  assert.equal(input.experience.periods[0].start, addJalaliYears(ASKED_ON, -2));
  const d = checkLicence(input);
  assert.equal(d.status, 'ineligible');
  assert.equal(byClause(d, 11, 'الف')?.status, 'unmet');
  assert.deepEqual(d.value.experience, { requiredDays: 1095, countedDays: 732, shortfallDays: 363, reachedOn: '1405/06/30' });
  const experienceRemedy = d.value.remedies.find((r) => r.condition === 'experience');
  assert.equal(experienceRemedy?.on, '1405/06/30');

  answer('Q2', { fa: 'لیسانس فقه و حقوق، دو سال کار در دادگستری استان', en: 'Bachelor of fiqh and law, two years at a provincial justice department' }, d, [
    {
      fa: 'بند الف ماده ۱۱: مستخدم دستگاه دولتی تا زمانی که در خدمت است نمی‌تواند مدیر یا کارشناس حقوقی دفتر باشد.',
      en: 'Art. 11(a): a state employee is barred while employed.',
    },
    {
      fa: faDigits(`بند ب ماده ۱۰: برای کارشناسی ۳ سال سابقه مرتبط لازم است؛ ${d.value.experience.countedDays} روز احراز شده و ${d.value.experience.shortfallDays} روز کم است؛ اگر کار ادامه یابد، در ${d.value.experience.reachedOn} کامل می‌شود.`),
      en: `Art. 10(b): a bachelor needs 3 years of related work; ${d.value.experience.countedDays} days are counted, ${d.value.experience.shortfallDays} short; if the work goes on, three years are reached on ${d.value.experience.reachedOn}.`,
    },
    {
      fa: 'پس باید سه سال سابقه کامل شود و پیش از فعالیت در دفتر، اشتغال دولتی پایان یابد.',
      en: 'So the three years must be completed, and the state employment must end before working in an office.',
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q3. Born 1363/11/17: "the minimum age is 25: can I get a licence? Can official employees hold one?"
{
  const born = '1363/11/17';
  const minAge = PARAMETERS.managerMinAge.value;
  assert.equal(minAge, 24);
  assert.equal(ageOn(born, ASKED_ON), 40);
  assert.equal(dateOfAge(born, 24), '1387/11/17');
  assert.equal(ageOn(born, '1387/11/16'), 23); // the day before the 24th birthday
  assert.equal(dateOfAge(born, 25), '1388/11/17'); // the age the earlier instruction asked

  const d = checkEligibility(question('Q3').input);
  assert.equal(question('Q3').input.person.birthDate, born);
  assert.equal(byClause(d, 9, 'ث')?.status, 'met');
  assert.equal(d.value.age, 40);
  const employee = checkEligibility({ role: 'manager', asOf: ASKED_ON, person: { birthDate: born, stateEmployee: true } });
  assert.equal(employee.status, 'ineligible');
  assert.equal(byClause(employee, 11, 'الف')?.status, 'unmet');

  answer('Q3', { fa: 'متولد ۱۳۶۳/۱۱/۱۷؛ حداقل سن ۲۵ سال است؟ کارمندان رسمی هم می‌توانند؟', en: 'Born 1363/11/17: is the minimum age 25? Can official employees hold a licence?' }, d, [
    {
      fa: faDigits(`بند ث ماده ۹: حداقل سن مدیر دفتر در آیین‌نامه ۱۴۰۱، ۲۴ سال است (۲۵ سال شرط دستورالعمل پیشین بود). متولد ${born} در ${dateOfAge(born, 24)} به ۲۴ سالگی رسیده و در ${ASKED_ON}، ${ageOn(born, ASKED_ON)} سال تمام دارد.`),
      en: `${cite(PARAMETERS.managerMinAge.citation, 'en')}: a manager must be at least ${minAge} under the 1401 regulation (the earlier instruction asked 25). Born ${born}, the 24th birthday was ${dateOfAge(born, 24)} (the 25th, ${dateOfAge(born, 25)}); on ${ASKED_ON} the age is ${ageOn(born, ASKED_ON)} completed Jalali years.`,
    },
    {
      fa: 'بند الف ماده ۱۱: کارمندان دستگاه‌های دولتی تا زمانی که در خدمت‌اند نمی‌توانند مدیر یا کارشناس حقوقی دفتر باشند.',
      en: `Art. 11(a): official employees are barred while employed — ${employee.summary.en}`,
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q4. An employee of the justice department: "can I register an office?"
{
  const d = checkEligibility(question('Q4').input);
  assert.equal(d.status, 'ineligible');
  assert.deepEqual(d.value.remedies.filter((r) => r.action !== 'provideFacts').map((r) => [r.condition, r.action]), [['stateEmployment', 'cease']]);
  // The same bar applies to the legal expert's post (SPEC D8).
  assert.equal(checkEligibility({ role: 'legalExpert', asOf: ASKED_ON, person: { stateEmployee: true } }).status, 'ineligible');

  answer('Q4', { fa: 'کارمند دادگستری هستم؛ می‌توانم دفتر ثبت کنم؟', en: 'I work for the justice department: can I register an office?' }, d, [
    {
      fa: 'خیر، تا زمانی که مستخدم دستگاه دولتی هستید (بند الف ماده ۱۱)؛ همین منع برای کارشناس حقوقی دفتر هم هست.',
      en: 'No, not while employed by a state body (Art. 11(a)); the same bar applies to the post of legal expert.',
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q5. A bachelor of software-engineering technology.
{
  const d = checkEligibility(question('Q5').input);
  assert.equal(d.status, 'ineligible');
  assert.equal(byClause(d, 9, 'ت')?.status, 'unmet');
  assert.deepEqual(finding(d, 'eligibility.degree.unmet')?.data, { degrees: [{ index: 0, qualifies: 'no', reasons: ['field'] }] });

  answer('Q5', { fa: 'کارشناسی تکنولوژی مهندسی نرم‌افزار', en: 'Bachelor of software-engineering technology' }, d, [
    {
      fa: 'بند ت ماده ۹: رشته باید مرتبط با حقوق، فقه و مبانی حقوق اسلامی یا علوم قضایی باشد (یا سطح دو حوزه به بالا)؛ مهندسی نرم‌افزار مرتبط نیست.',
      en: 'Art. 9(t): the field must be related to law, fiqh and foundations of Islamic law or judicial sciences (or seminary level 2 or higher); software engineering is not.',
    },
    {
      fa: 'در دستورالعمل پیشین جایگاه کارشناس فناوری اطلاعات در کارکنان دفتر پیش‌بینی شده بود، اما نه به عنوان مدیر؛ آیین‌نامه ۱۴۰۱ چنین جایگاهی ندارد (ماده ۸: مدیر، کارشناس حقوقی و کارکنان دفتری).',
      en: "The earlier instruction had an IT expert post on an office's staff, but not as manager; the 1401 regulation has none (Art. 8: manager, legal expert, clerical staff).",
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q6. A cleric and preacher, registered last year, still waiting for an answer.
{
  // A seminary degree whose level is not said.
  const d = checkLicence(question('Q6').input);
  assert.equal(d.status, 'incomplete');
  assert.equal(byClause(d, 9, 'ت')?.status, 'unknown');
  assert.ok(d.missing.includes('person.degrees[0].level'));

  // What each level would mean.
  const byLevel = [1, 2, 3, 4].map((level) => {
    const l = checkLicence({ asOf: ASKED_ON, person: { degrees: [{ kind: 'seminary', level, awarded: true }] } });
    return { level, degree: byClause(l, 9, 'ت')?.status, requiredDays: l.value.experience.requiredDays };
  });
  assert.deepEqual(byLevel, [
    { level: 1, degree: 'unmet', requiredDays: null },
    { level: 2, degree: 'met', requiredDays: 1095 },
    { level: 3, degree: 'met', requiredDays: 730 },
    { level: 4, degree: 'met', requiredDays: 365 },
  ]);

  answer('Q6', { fa: 'روحانی و مبلغ؛ پارسال ثبت‌نام کرده‌ام و هنوز پاسخی نگرفته‌ام', en: 'Cleric and preacher, registered last year, still waiting' }, d, [
    {
      fa: 'بند ت ماده ۹: مدرک سطح دو حوزه یا بالاتر، در هر موضوعی، شرط مدرک را تأمین می‌کند؛ سطح یک کافی نیست. تا سطح معلوم نشود پاسخ «ناقص» است.',
      en: 'Art. 9(t): seminary level 2 or higher qualifies, whatever its subject; level 1 does not. Until the level is known the answer is incomplete.',
    },
    {
      fa: 'بند ب ماده ۱۰: سطح دو ← ۳ سال، سطح سه ← ۲ سال، سطح چهار ← ۱ سال سابقه کار مرتبط.',
      en: 'Art. 10(b): level 2 → 3 years of related work, level 3 → 2 years, level 4 → 1 year.',
    },
    {
      fa: 'آیین‌نامه برای پاسخ به درخواست پروانه مهلتی تعیین نکرده است (بند ت ماده ۱۵: بررسی درخواست با معاونت خدمات است)؛ آزمون دست‌کم هر دو سال یک بار برگزار می‌شود (بند الف ماده ۴۷).',
      en: 'The regulation sets no time to answer a licence application (Art. 15(t): the Deputy for Services reviews it); the exam is held at least once every two years (Art. 47(a)).',
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q7. A master of international law in a town of 100,000 people: "what must I do?"
const q7 = checkLicence(question('Q7').input);
{
  const d = q7;
  assert.equal(d.status, 'incomplete');
  assert.equal(byClause(d, 9, 'ت')?.status, 'met'); // international law is law
  assert.equal(d.value.experience.requiredDays, 730); // 2 years for a master's
  assert.ok(d.missing.includes('exam'));
  assert.ok(d.missing.includes('experience.periods'));
  assert.equal(d.missing.length, 18);

  answer('Q7', { fa: 'کارشناسی ارشد حقوق بین‌الملل، شهر ۱۰۰ هزار نفری', en: 'Master of international law, a town of 100,000 people' }, d, [
    {
      fa: 'کارشناسی ارشد حقوق رشته مرتبط است (بند ت ماده ۹)؛ ۲ سال سابقه کار مرتبط لازم است (بند ب ماده ۱۰) و قبولی در آزمون (بند الف ماده ۱۰).',
      en: "A master's in law is a related field (Art. 9(t)); 2 years of related work are needed (Art. 10(b)) and the exam (Art. 10(a)).",
    },
    {
      fa: faDigits(`آنچه هنوز باید روشن شود: ${d.missing.length} مورد (فهرست بالا).`),
      en: `Still to be established: ${d.missing.length} facts (listed above).`,
    },
    {
      fa: 'جمعیت شهر در آیین‌نامه شرط نیست.',
      en: "The town's population is not a condition of the regulation.",
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q8. A master of law in a provincial capital: "what steps?"
{
  const d = checkLicence(question('Q8').input);
  // The place plays no part: the same facts give the same decision as Q7.
  assert.deepEqual(d, q7);

  answer('Q8', { fa: 'کارشناسی ارشد حقوق، مرکز استان', en: 'Master of law, a provincial capital' }, d, [
    {
      fa: 'همانند پرسش ۷. آیین‌نامه ۱۴۰۱ مراکز استان را منع نکرده است (فراخوان ۱۳۹۹ آنها را مستثنا کرده بود، آیین‌نامه نه).',
      en: 'As Q7. Nothing in the 1401 regulation bars provincial capitals (the 2020 call for applications excluded them; the regulation does not).',
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q9. A bachelor of law, married: "what steps?"
{
  const { input } = question('Q9');
  assert.equal(input.person.maritalStatus, 'married');
  // Marital status is not a fact of the regulation: a key it does not know is dropped.
  const d = checkLicence(input);
  const { maritalStatus, ...unmarried } = input.person;
  assert.deepEqual(d, checkLicence({ ...input, person: unmarried }));
  assert.equal(d.value.experience.requiredDays, 1095); // 3 years for a bachelor

  answer('Q9', { fa: 'لیسانس حقوق، متأهل', en: 'Bachelor of law, married' }, d, [
    {
      fa: 'برای دارنده کارشناسی ۳ سال سابقه کار مرتبط لازم است (بند ب ماده ۱۰)؛ وضعیت تأهل شرط نیست.',
      en: 'A bachelor needs 3 years of related work (Art. 10(b)); marital status is not a condition.',
    },
  ]);
}

// ---------------------------------------------------------------------------
// Q10. A master's student of political science, a town of 25,000 without an office.
{
  const d = checkEligibility(question('Q10').input);
  assert.equal(d.status, 'ineligible');
  assert.deepEqual(finding(d, 'eligibility.degree.unmet')?.data, { degrees: [{ index: 0, qualifies: 'no', reasons: ['field', 'notAwarded'] }] });
  assert.deepEqual(d.value.remedies.find((r) => r.condition === 'degree')?.action, 'obtain');
  // With a related bachelor's (law), the degree condition would be met and 3 years of experience needed.
  const withLaw = checkLicence({ asOf: ASKED_ON, person: { degrees: [bachelorOf('law')] } });
  assert.equal(byClause(withLaw, 9, 'ت')?.status, 'met');
  assert.equal(withLaw.value.experience.requiredDays, 1095);

  answer('Q10', { fa: 'دانشجوی ارشد علوم سیاسی، شهر ۲۵ هزار نفری بدون دفتر', en: "Master's student of political science, a town of 25,000 without an office" }, d, [
    {
      fa: 'مدرکی که هنوز اخذ نشده حساب نمی‌شود و علوم سیاسی رشته مرتبط نیست (بند ت ماده ۹).',
      en: 'A degree still being studied does not count, and political science is not a related field (Art. 9(t)).',
    },
    {
      fa: 'نقطه شروع: مدرک کارشناسی (یا بالاتر) در حقوق، فقه و مبانی حقوق اسلامی یا علوم قضایی؛ سپس ۳ سال سابقه کار مرتبط و آزمون.',
      en: "Where to start: a bachelor's (or higher) in law, fiqh and foundations of Islamic law or judicial sciences; then 3 years of related work and the exam.",
    },
    {
      fa: 'نبودن دفتر در شهر در آیین‌نامه شرط یا امتیازی نیست.',
      en: 'A town without an office is neither a condition nor an advantage under the regulation.',
    },
  ]);
}

console.log(LANGS.includes('en') ? `\nAll ten questions answered (${ASKED_ON}).` : faDigits(`\nهر ده پرسش پاسخ داده شد (${ASKED_ON}).`));
