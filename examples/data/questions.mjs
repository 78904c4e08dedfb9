// The facts of the ten questions applicants asked (../../../shared/questions.md), as the
// library's input: one place for them, read by examples/questions.mjs (which answers and
// checks them in Node) and by the applicants' page in examples/page/ (whose one-click
// examples fill its form with them). Plain data, no imports: it runs in Node and in a
// browser alike.
//
// A fact a question leaves open is left out, so the answer lists it as unknown.

/** The day the questions are answered: every answer speaks of a date (no hidden clock). */
export const ASKED_ON = '1404/07/01';

const bachelorOf = (field) => ({ kind: 'university', level: 'bachelor', field, awarded: true });
const masterOf = (field) => ({ kind: 'university', level: 'master', field, awarded: true });

/**
 * The ten questions, in order. `check` names the call that answers the question:
 * `licence` is `checkLicence(input)` (Art. 10 with Arts. 9 and 11, the manager's),
 * `eligibility` is `checkEligibility(input)` (Arts. 9 and 11 for `input.role`).
 * `asked` is what the applicant asked, shortened, in both languages.
 */
export const QUESTIONS = Object.freeze([
  {
    id: 'Q1',
    asked: { fa: 'لیسانس حقوق، پنج گواهی آموزشی، پروانه مشاور املاک و ۲۰ سال سابقه', en: 'Bachelor of law, five certificates, a real-estate agency licence, 20 years' },
    check: 'licence',
    input: {
      asOf: ASKED_ON,
      person: {
        degrees: [bachelorOf('law')],
        // Running a real-estate agency is brokerage, a commercial activity (Commercial Code Art. 2).
        engagedInCommerce: true,
        // computerSkillsCertificate: left out — a training certificate is held, but whether its
        // issuer is a recognised body (Art. 9(ح): «از مراجع معتبر») is not said.
      },
      // 20 years of real-estate work (ASKED_ON less 20 years), still going on; whether it is
      // *related* (Art. 10(ب)) is the caller's fact, not said: left out.
      experience: { periods: [{ start: '1384/07/01' }] },
    },
  },
  {
    id: 'Q2',
    asked: { fa: 'لیسانس فقه و حقوق، دو سال کار در دادگستری استان', en: 'Bachelor of fiqh and law, two years at a provincial justice department' },
    check: 'licence',
    input: {
      asOf: ASKED_ON,
      person: { degrees: [bachelorOf('fiqhAndFoundationsOfIslamicLaw')], stateEmployee: true },
      // Two years of work at the justice department (ASKED_ON less 2 years), still going on,
      // taken as related (the caller's fact).
      experience: { periods: [{ start: '1402/07/01', related: true }] },
    },
  },
  {
    id: 'Q3',
    asked: { fa: 'متولد ۱۳۶۳/۱۱/۱۷؛ حداقل سن ۲۵ سال است؟ کارمندان رسمی هم می‌توانند؟', en: 'Born 1363/11/17: is the minimum age 25? Can official employees hold a licence?' },
    check: 'eligibility',
    input: { role: 'manager', asOf: ASKED_ON, person: { birthDate: '1363/11/17' } },
  },
  {
    id: 'Q4',
    asked: { fa: 'کارمند دادگستری هستم؛ می‌توانم دفتر ثبت کنم؟', en: 'I work for the justice department: can I register an office?' },
    check: 'eligibility',
    input: { role: 'manager', asOf: ASKED_ON, person: { stateEmployee: true } },
  },
  {
    id: 'Q5',
    asked: { fa: 'کارشناسی تکنولوژی مهندسی نرم‌افزار', en: 'Bachelor of software-engineering technology' },
    check: 'eligibility',
    input: { role: 'manager', asOf: ASKED_ON, person: { degrees: [bachelorOf('softwareEngineering')] } },
  },
  {
    id: 'Q6',
    asked: { fa: 'روحانی و مبلغ؛ پارسال ثبت‌نام کرده‌ام و هنوز پاسخی نگرفته‌ام', en: 'Cleric and preacher, registered last year, still waiting' },
    check: 'licence',
    // A seminary degree whose level is not said.
    input: { asOf: ASKED_ON, person: { degrees: [{ kind: 'seminary', awarded: true }] } },
  },
  {
    id: 'Q7',
    asked: { fa: 'کارشناسی ارشد حقوق بین‌الملل، شهر ۱۰۰ هزار نفری', en: 'Master of international law, a town of 100,000 people' },
    check: 'licence',
    // International law is law (a specialisation of a related field, SPEC D4).
    input: { asOf: ASKED_ON, person: { degrees: [masterOf('law')] } },
  },
  {
    id: 'Q8',
    asked: { fa: 'کارشناسی ارشد حقوق، مرکز استان', en: 'Master of law, a provincial capital' },
    check: 'licence',
    // The place is not a fact of the regulation: nothing to give.
    input: { asOf: ASKED_ON, person: { degrees: [masterOf('law')] } },
  },
  {
    id: 'Q9',
    asked: { fa: 'لیسانس حقوق، متأهل', en: 'Bachelor of law, married' },
    check: 'licence',
    // Marital status is not a fact of the regulation: a key it does not know is dropped.
    input: { asOf: ASKED_ON, person: { degrees: [bachelorOf('law')], maritalStatus: 'married' } },
  },
  {
    id: 'Q10',
    asked: { fa: 'دانشجوی ارشد علوم سیاسی، شهر ۲۵ هزار نفری بدون دفتر', en: "Master's student of political science, a town of 25,000 without an office" },
    check: 'eligibility',
    input: {
      role: 'manager',
      asOf: ASKED_ON,
      person: { degrees: [{ kind: 'university', level: 'master', field: 'politicalScience', awarded: false }] },
    },
  },
]);

/** One question by id (`'Q1'` … `'Q10'`); throws for an id that is not one of them. */
export function question(id) {
  const q = QUESTIONS.find((x) => x.id === id);
  if (q === undefined) throw new Error(`no question ${id}`);
  return q;
}
