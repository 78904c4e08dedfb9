// The applicants' page: the form's facts go to the library as they are, and the answer
// shown is the library's decision (status, each finding with its citation, the date time
// alone would bring, what is still unknown). Imported as an app would import the package;
// .ci/build-page.mjs resolves `iran-judicial-eservices/*` to the built entries and bundles
// this for the browser. Nothing leaves the page: no request is made, and the page's
// Content-Security-Policy forbids any (connect-src 'none').
import { cite, dateOfAge, formatJalali, isInputError, PARAMETERS } from 'iran-judicial-eservices';
import { checkEligibility, checkLicence, DEGREE_FIELDS, MILITARY_STATUSES, SEMINARY_LEVELS, UNIVERSITY_LEVELS } from 'iran-judicial-eservices/eligibility';
import { compareRuleSets, INSTRUCTION_PARAMETERS } from 'iran-judicial-eservices/instruction';
import { getInstructionProvision, getProvision } from 'iran-judicial-eservices/text';
import { QUESTIONS } from '../data/questions.mjs';

// ---------------------------------------------------------------------------
// The page's own words (the answers' words are the library's).

const T = {
  fa: {
    title: 'شرایط مدیر و کارشناس حقوقی دفتر خدمات الکترونیک قضایی',
    intro:
      'بر پایه آیین نامه اجرایی دفاتر خدمات الکترونیک قضایی (مصوب ۱۴۰۱/۰۵/۲۳). هر چه را می‌دانید وارد کنید؛ هیچ خانه‌ای اجباری نیست و آنچه خالی بماند «نامعلوم» شمرده می‌شود. همه محاسبه در همین مرورگر انجام می‌شود و هیچ داده‌ای فرستاده نمی‌شود.',
    switchTo: 'English',
    examples: 'پرسش‌های متقاضیان',
    examplesHint: 'هر دکمه فرم را با واقعیت‌های یکی از ده پرسش پر می‌کند و پاسخ می‌دهد.',
    form: 'واقعیت‌ها',
    what: 'چه چیزی بررسی شود',
    role: 'سمت',
    'role.manager': 'مدیر دفتر',
    'role.legalExpert': 'کارشناس حقوقی',
    check: 'پرسش',
    'check.licence': 'پروانه دفتر (ماده ۱۰: مواد ۹ و ۱۱، آزمون و سابقه)',
    'check.post': 'شرایط سمت (مواد ۹ و ۱۱)',
    checkHint: 'پروانه از آن مدیر دفتر است؛ برای کارشناس حقوقی شرایط سمت بررسی می‌شود.',
    asOf: 'به تاریخ',
    dateHint: 'تاریخ شمسی، سال/ماه/روز؛ با رقم فارسی، عربی یا لاتین و «/» یا «-».',
    art9: 'ماده ۹: شخص',
    'f.birthDate': 'تاریخ تولد',
    'f.sex': 'جنس',
    'sex.male': 'مرد',
    'sex.female': 'زن',
    'f.militaryService': 'وضعیت نظام وظیفه',
    'f.iranianNationality': 'تابعیت ایران دارد',
    'f.adheresToConstitution': 'به قانون اساسی پایبند است',
    'f.religion': 'دین',
    'religion.islam': 'اسلام',
    'religion.other': 'دیگر',
    'f.practisesIslam': 'به احکام و اخلاق اسلامی ملتزم است',
    'f.computerSkillsCertificate': 'گواهی مهارت رایانه از مرجع معتبر دارد',
    'f.permanentDismissalConviction': 'به انفصال دائم از خدمات دولتی محکوم شده است',
    'f.effectiveCriminalRecord': 'سوء پیشینه مؤثر کیفری دارد',
    'f.drugAddiction': 'به مواد مخدر معتاد است',
    'f.opposingGroupAffiliation': 'عضو یا هوادار گروه‌های مخالف نظام است',
    degreesLegend: 'ماده ۹ بند ت: مدرک تحصیلی',
    degreesHint: 'هر مدرکی که دارید یا در حال تحصیل آن هستید. بدون هیچ ردیف: نامعلوم.',
    addDegree: 'افزودن مدرک',
    degreeN: 'مدرک {n}',
    'd.kind': 'نوع',
    'kind.university': 'دانشگاهی',
    'kind.seminary': 'حوزوی',
    'd.level': 'مقطع یا سطح',
    'd.field': 'رشته',
    'd.awarded': 'اخذ شده است',
    'd.awardedOn': 'تاریخ اخذ (اختیاری)',
    periodsLegend: 'ماده ۱۰ بند ب: سابقه کار',
    periodsHint: 'هر دوره کار؛ پایان خالی یعنی کار ادامه دارد. مرتبط بودن را خودتان تعیین می‌کنید.',
    addPeriod: 'افزودن دوره کار',
    periodN: 'دوره کار {n}',
    'p.start': 'آغاز',
    'p.end': 'پایان (خالی: ادامه دارد)',
    'p.related': 'کار مرتبط است',
    remove: 'حذف',
    examLegend: 'ماده ۱۰ بند الف: آزمون',
    'f.exam': 'نتیجه آزمون تخصصی',
    'exam.passed': 'قبول شده',
    'exam.failed': 'قبول نشده',
    art11: 'ماده ۱۱: منع اشتغال هم‌زمان',
    'f.stateEmployee': 'اکنون مستخدم دستگاه دولتی است',
    'f.engagedInCommerce': 'اکنون به تجارت (از جمله دلالی) اشتغال دارد',
    'f.attorney': 'اکنون وکیل دادگستری است',
    'f.officialExpert': 'اکنون کارشناس رسمی دادگستری است',
    submit: 'پاسخ',
    clear: 'پاک کردن فرم',
    result: 'پاسخ',
    resultEmpty: 'هنوز پاسخی نیست: فرم را پر کنید یا یکی از پرسش‌ها را بزنید.',
    comparison: 'زیر دستورالعمل پیشین',
    footer: 'این صفحه مشاوره حقوقی نیست؛ پاسخ همان است که کتابخانه iran-judicial-eservices از متن آیین نامه می‌دهد، با استناد به ماده و بند.',
    unknown: 'نامعلوم',
    yes: 'بله',
    no: 'خیر',
    'status.eligible': 'واجد شرایط',
    'status.ineligible': 'فاقد شرایط',
    'status.incomplete': 'هنوز معلوم نیست (اطلاعات ناقص)',
    'mark.met': 'تأمین است',
    'mark.unmet': 'تأمین نیست',
    'mark.unknown': 'نامعلوم',
    'mark.info': 'توضیح',
    findings: 'شرط به شرط',
    showText: 'متن {cite}',
    showTexts: 'متن هر دو',
    eligibleOn: 'اگر چیز دیگری تغییر نکند، در {date} واجد شرایط می‌شوید؛ تنها گذشت زمان مانع است.',
    dated: 'تاریخ‌هایی که با گذشت زمان می‌رسند',
    'on.age': 'سن لازم در {date} به دست می‌آید ({cite}).',
    'on.experience': 'سابقه لازم در {date} کامل می‌شود، اگر کار مرتبط ادامه یابد ({cite}).',
    missing: 'آنچه هنوز معلوم نیست',
    noMissing: 'همه واقعیت‌های لازم داده شده است.',
    error: 'ورودی پذیرفته نشد',
    'cmp.summary': 'همان واقعیت‌ها زیر دستورالعمل پیشین (مجموعه قواعد instruction-1392)، شرط به شرط؛ فقط شرط‌هایی که قاعده آنها در دو متن فرق دارد:',
    'cmp.ages': 'حداقل سن {post}: {reg} سال در آیین نامه ۱۴۰۱، {ins} سال در دستورالعمل پیشین. متولد {born}: {reg} سالگی در {regOn}، {ins} سالگی در {insOn}.',
    'cmp.none': 'این سمت در مقایسه نیست.',
    question: 'پرسش {n}',
    input: 'واقعیت‌ها همان‌گونه که به کتابخانه داده شد',
  },
  en: {
    title: 'Conditions for the manager and legal expert of a judicial e-services office',
    intro:
      "Under the Executive Regulation of Judicial Electronic Services Offices (approved 1401/05/23). Enter what you know; no field is required, and whatever is left empty counts as unknown. Everything is computed in this browser and nothing is sent anywhere.",
    switchTo: 'فارسی',
    examples: "Applicants' questions",
    examplesHint: 'Each button fills the form with the facts of one of the ten questions and answers it.',
    form: 'The facts',
    what: 'What to check',
    role: 'Post',
    'role.manager': 'Office manager',
    'role.legalExpert': 'Legal expert',
    check: 'Question',
    'check.licence': "The office's licence (Art. 10: Arts. 9 and 11, the exam and experience)",
    'check.post': "The post's conditions (Arts. 9 and 11)",
    checkHint: "The licence is the manager's; for a legal expert the post's conditions are checked.",
    asOf: 'As of',
    dateHint: 'A Jalali date, year/month/day; Persian, Arabic-Indic or Latin digits, with / or -.',
    art9: 'Art. 9: the person',
    'f.birthDate': 'Date of birth',
    'f.sex': 'Sex',
    'sex.male': 'Male',
    'sex.female': 'Female',
    'f.militaryService': 'Military service',
    'f.iranianNationality': 'Holds Iranian nationality',
    'f.adheresToConstitution': 'Adheres to the Constitution',
    'f.religion': 'Religion',
    'religion.islam': 'Islam',
    'religion.other': 'Other',
    'f.practisesIslam': 'Committed to Islamic precepts and ethics',
    'f.computerSkillsCertificate': 'Holds a computer-skills certificate from a recognised body',
    'f.permanentDismissalConviction': 'Convicted to permanent dismissal from state service',
    'f.effectiveCriminalRecord': 'Has an effective criminal record',
    'f.drugAddiction': 'Addicted to narcotics',
    'f.opposingGroupAffiliation': 'Member or supporter of groups opposed to the Islamic Republic',
    degreesLegend: 'Art. 9(t): degrees',
    degreesHint: 'Every degree held or being studied. No row at all: unknown.',
    addDegree: 'Add a degree',
    degreeN: 'Degree {n}',
    'd.kind': 'Kind',
    'kind.university': 'University',
    'kind.seminary': 'Seminary',
    'd.level': 'Level',
    'd.field': 'Field',
    'd.awarded': 'Awarded',
    'd.awardedOn': 'Awarded on (optional)',
    periodsLegend: 'Art. 10(b): work experience',
    periodsHint: 'Each period of work; an empty end means it goes on. Whether it is related is yours to say.',
    addPeriod: 'Add a period of work',
    periodN: 'Period of work {n}',
    'p.start': 'Start',
    'p.end': 'End (empty: goes on)',
    'p.related': 'Related work',
    remove: 'Remove',
    examLegend: 'Art. 10(a): the exam',
    'f.exam': 'Specialist exam',
    'exam.passed': 'Passed',
    'exam.failed': 'Not passed',
    art11: 'Art. 11: incompatible occupations',
    'f.stateEmployee': 'Now employed by a state body',
    'f.engagedInCommerce': 'Now engaged in commerce (brokerage included)',
    'f.attorney': 'Now a practising attorney',
    'f.officialExpert': 'Now an official expert of the judiciary',
    submit: 'Answer',
    clear: 'Clear the form',
    result: 'The answer',
    resultEmpty: 'No answer yet: fill in the form or pick one of the questions.',
    comparison: 'Under the earlier instruction',
    footer: 'This page is not legal advice; the answer is what the iran-judicial-eservices library derives from the regulation, cited by article and clause.',
    unknown: 'Unknown',
    yes: 'Yes',
    no: 'No',
    'status.eligible': 'Eligible',
    'status.ineligible': 'Not eligible',
    'status.incomplete': 'Not yet known (facts missing)',
    'mark.met': 'met',
    'mark.unmet': 'not met',
    'mark.unknown': 'unknown',
    'mark.info': 'note',
    findings: 'Condition by condition',
    showText: 'Text of {cite}',
    showTexts: 'Both texts',
    eligibleOn: 'If nothing else changes you become eligible on {date}: only time stands in the way.',
    dated: 'Dates that time alone brings',
    'on.age': 'The age required is reached on {date} ({cite}).',
    'on.experience': 'The experience required is complete on {date} if the related work goes on ({cite}).',
    missing: 'Still unknown',
    noMissing: 'Every fact needed was given.',
    error: 'The input was not accepted',
    'cmp.summary': 'The same facts under the earlier instruction (rule set instruction-1392), condition by condition; only the conditions whose rule differs between the two texts:',
    'cmp.ages': 'Minimum age of the {post}: {reg} under the 1401 regulation, {ins} under the earlier instruction. Born {born}: {reg} on {regOn}, {ins} on {insOn}.',
    'cmp.none': 'This post is not compared.',
    question: 'Question {n}',
    input: 'The facts as the library received them',
  },
};

const MILITARY = {
  fa: {
    completionCard: 'کارت پایان خدمت',
    permanentExemption: 'معافیت دائم',
    temporaryExemption: 'معافیت موقت',
    educationalExemption: 'معافیت تحصیلی',
    serving: 'در حال خدمت',
    notServed: 'خدمت نکرده',
    absentee: 'غایب',
    other: 'دیگر',
  },
  en: {
    completionCard: 'Completion card',
    permanentExemption: 'Permanent exemption',
    temporaryExemption: 'Temporary exemption',
    educationalExemption: 'Educational exemption',
    serving: 'Serving now',
    notServed: 'Not yet served',
    absentee: 'Absentee',
    other: 'Other',
  },
};

const FIELDS = {
  fa: {
    law: 'حقوق (هر گرایش)',
    fiqhAndFoundationsOfIslamicLaw: 'فقه و مبانی حقوق اسلامی',
    judicialSciences: 'علوم قضایی',
    politicalScience: 'علوم سیاسی',
    softwareEngineering: 'مهندسی نرم‌افزار',
    computerEngineering: 'مهندسی کامپیوتر',
    management: 'مدیریت',
    economics: 'اقتصاد',
    islamicStudies: 'معارف اسلامی',
    other: 'رشته دیگر',
  },
  en: {
    law: 'Law (any specialisation)',
    fiqhAndFoundationsOfIslamicLaw: 'Fiqh and foundations of Islamic law',
    judicialSciences: 'Judicial sciences',
    politicalScience: 'Political science',
    softwareEngineering: 'Software engineering',
    computerEngineering: 'Computer engineering',
    management: 'Management',
    economics: 'Economics',
    islamicStudies: 'Islamic studies',
    other: 'Another field',
  },
};

const LEVELS = {
  fa: { associate: 'کاردانی', bachelor: 'کارشناسی', master: 'کارشناسی ارشد', doctorate: 'دکتری', 1: 'سطح ۱', 2: 'سطح ۲', 3: 'سطح ۳', 4: 'سطح ۴' },
  en: { associate: 'Associate', bachelor: "Bachelor's", master: "Master's", doctorate: 'Doctorate', 1: 'Level 1', 2: 'Level 2', 3: 'Level 3', 4: 'Level 4' },
};

/** The yes/no facts of the person, by field id (the library's key). */
const YES_NO_FACTS = [
  'iranianNationality',
  'adheresToConstitution',
  'practisesIslam',
  'computerSkillsCertificate',
  'permanentDismissalConviction',
  'effectiveCriminalRecord',
  'drugAddiction',
  'opposingGroupAffiliation',
  'stateEmployee',
  'engagedInCommerce',
  'attorney',
  'officialExpert',
];
/** The facts of the person chosen from a list, by field id. */
const CHOICE_FACTS = ['sex', 'militaryService', 'religion'];
/** The date facts of the person. */
const DATE_FACTS = ['birthDate'];

// ---------------------------------------------------------------------------
// Small helpers

let lang = 'fa';
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
/** Persian digits for Persian text; English text as it is. */
const digits = (s) => (lang === 'fa' ? String(s).replace(/[0-9]/g, (c) => PERSIAN[Number(c)]) : String(s));
const t = (key, params = {}) => {
  const s = T[lang][key] ?? key;
  return s.replace(/\{(\w+)\}/g, (_, k) => String(params[k] ?? ''));
};
const el = (tag, props = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
};
const option = (value, text) => el('option', { value, text });
const citeOf = (c) => digits(cite(c, lang));

// ---------------------------------------------------------------------------
// The form: its lists, its rows, reading it and filling it

function fillVocab(select) {
  const kind = select.dataset.vocab;
  const value = select.value;
  select.replaceChildren(option('', t('unknown')));
  if (kind === 'yesNo') select.append(option('yes', t('yes')), option('no', t('no')));
  else if (kind === 'military') for (const s of MILITARY_STATUSES) select.append(option(s, MILITARY[lang][s]));
  else if (kind === 'field') for (const f of DEGREE_FIELDS) select.append(option(f, FIELDS[lang][f]));
  select.value = value;
}

function fillLevels(row) {
  const kind = row.querySelector('[data-name="kind"]').value;
  const select = row.querySelector('[data-name="level"]');
  const value = select.value;
  select.replaceChildren(option('', t('unknown')));
  for (const l of kind === 'seminary' ? SEMINARY_LEVELS : UNIVERSITY_LEVELS) select.append(option(String(l), LEVELS[lang][l]));
  select.value = [...select.options].some((o) => o.value === value) ? value : '';
}

let rowSerial = 0;
/** A new degree or period row, its fields labelled (each label names its row's number). */
function addRow(kind) {
  const template = /** @type {HTMLTemplateElement} */ ($(kind === 'degree' ? 'degree-row' : 'period-row'));
  const row = /** @type {HTMLElement} */ (template.content.firstElementChild.cloneNode(true));
  const serial = ++rowSerial;
  for (const field of row.querySelectorAll('[data-name]')) {
    const id = `${kind}-${serial}-${field.dataset.name}`;
    field.id = id;
    field.previousElementSibling.setAttribute('for', id);
    if (field.matches('input')) field.setAttribute('aria-describedby', 'date-hint');
  }
  for (const select of row.querySelectorAll('select[data-vocab]')) fillVocab(select);
  row.querySelector('.remove').addEventListener('click', () => {
    const list = row.parentElement;
    row.remove();
    renumber(list);
    $(kind === 'degree' ? 'add-degree' : 'add-period').focus();
  });
  if (kind === 'degree') {
    const kindSelect = row.querySelector('[data-name="kind"]');
    kindSelect.addEventListener('change', () => fillLevels(row));
    fillLevels(row);
  }
  const list = $(kind === 'degree' ? 'degrees' : 'periods');
  list.append(row);
  translate(row);
  renumber(list);
  return row;
}

function renumber(list) {
  const key = list.id === 'degrees' ? 'degreeN' : 'periodN';
  [...list.children].forEach((row, i) => {
    const n = digits(i + 1);
    row.querySelector('.item-legend').textContent = t(key, { n });
    row.querySelector('.remove').setAttribute('aria-label', `${t('remove')}: ${t(key, { n })}`);
  });
}

const blank = (s) => s.trim() === '';
const yesNo = (v) => (v === 'yes' ? true : v === 'no' ? false : undefined);
const fromYesNo = (b) => (b === true ? 'yes' : b === false ? 'no' : '');

/** The form's facts as the library's input: a field left empty is left out (unknown). */
function readForm() {
  const role = $('role').value;
  const check = role === 'manager' && $('check').value === 'licence' ? 'licence' : 'eligibility';
  const person = {};
  for (const k of DATE_FACTS) if (!blank($(k).value)) person[k] = $(k).value.trim();
  for (const k of CHOICE_FACTS) if ($(k).value !== '') person[k] = $(k).value;
  for (const k of YES_NO_FACTS) {
    const b = yesNo($(k).value);
    if (b !== undefined) person[k] = b;
  }
  const degreeRows = [...$('degrees').children];
  if (degreeRows.length > 0) {
    person.degrees = degreeRows.map((row) => {
      const v = (name) => row.querySelector(`[data-name="${name}"]`).value;
      const d = { kind: v('kind') };
      if (v('level') !== '') d.level = d.kind === 'seminary' ? Number(v('level')) : v('level');
      if (v('field') !== '') d.field = v('field');
      if (yesNo(v('awarded')) !== undefined) d.awarded = yesNo(v('awarded'));
      if (!blank(v('awardedOn'))) d.awardedOn = v('awardedOn').trim();
      return d;
    });
  }
  const input = { asOf: $('asOf').value.trim(), person };
  if (check === 'eligibility') return { check, input: { role, ...input } };
  const periodRows = [...$('periods').children];
  if (periodRows.length > 0) {
    input.experience = {
      periods: periodRows.map((row) => {
        const v = (name) => row.querySelector(`[data-name="${name}"]`).value;
        const p = { start: v('start').trim() };
        if (!blank(v('end'))) p.end = v('end').trim();
        if (yesNo(v('related')) !== undefined) p.related = yesNo(v('related'));
        return p;
      }),
    };
  }
  if ($('exam').value !== '') input.exam = { passed: $('exam').value === 'passed' };
  return { check, input };
}

/** Fill the form with a question's facts (dates written with the page's digits). */
function fillForm(q) {
  clearForm();
  const { input } = q;
  $('role').value = input.role ?? 'manager';
  $('check').value = q.check === 'licence' ? 'licence' : 'post';
  syncCheck();
  $('asOf').value = digits(input.asOf);
  const person = input.person ?? {};
  for (const k of DATE_FACTS) if (person[k] !== undefined) $(k).value = digits(person[k]);
  for (const k of CHOICE_FACTS) if (person[k] !== undefined) $(k).value = person[k];
  for (const k of YES_NO_FACTS) $(k).value = fromYesNo(person[k]);
  for (const d of person.degrees ?? []) {
    const row = addRow('degree');
    const set = (name, value) => {
      row.querySelector(`[data-name="${name}"]`).value = value;
    };
    set('kind', d.kind);
    fillLevels(row);
    if (d.level !== undefined) set('level', String(d.level));
    if (d.field !== undefined) set('field', d.field);
    set('awarded', fromYesNo(d.awarded));
    if (d.awardedOn !== undefined) set('awardedOn', digits(d.awardedOn));
  }
  for (const p of input.experience?.periods ?? []) {
    const row = addRow('period');
    row.querySelector('[data-name="start"]').value = digits(p.start);
    if (p.end !== undefined) row.querySelector('[data-name="end"]').value = digits(p.end);
    row.querySelector('[data-name="related"]').value = fromYesNo(p.related);
  }
  if (input.exam?.passed !== undefined) $('exam').value = input.exam.passed ? 'passed' : 'failed';
}

function clearForm() {
  for (const k of [...DATE_FACTS, ...CHOICE_FACTS, ...YES_NO_FACTS, 'exam']) $(k).value = '';
  $('degrees').replaceChildren();
  $('periods').replaceChildren();
}

/** The licence is the manager's: for a legal expert the question is the post's conditions. */
function syncCheck() {
  const expert = $('role').value === 'legalExpert';
  if (expert) $('check').value = 'post';
  $('check').disabled = expert;
}

// ---------------------------------------------------------------------------
// The answer

/** A readable name for a missing fact (a dotted input path), from the form's own labels. */
function factLabel(path) {
  const m = /^person\.degrees\[(\d+)\]\.(\w+)$/.exec(path);
  if (m) return `${t('degreeN', { n: digits(Number(m[1]) + 1) })}: ${t(`d.${m[2]}`)}`;
  const p = /^experience\.periods\[(\d+)\]\.(\w+)$/.exec(path);
  if (p) return `${t('periodN', { n: digits(Number(p[1]) + 1) })}: ${t(`p.${p[2]}`)}`;
  if (path === 'person.degrees') return t('degreesLegend');
  if (path === 'experience.periods') return t('periodsLegend');
  if (path === 'exam') return t('f.exam');
  const key = `f.${path.replace(/^person\./, '')}`;
  return key in T[lang] ? t(key) : path;
}

/** The clause's text (always the Persian as published), for a citation of either rule set. */
function provisionText(c) {
  try {
    const p = c.ruleSet === 'instruction-1392' ? getInstructionProvision(c) : getProvision(c);
    return p?.text ?? null;
  } catch {
    return null;
  }
}

function findingItem(f) {
  const li = el('li', { class: `finding ${f.status}`, 'data-status': f.status });
  li.append(
    el('span', { class: 'mark', 'aria-hidden': 'true', text: { met: '✓', unmet: '✗', unknown: '?', info: '•' }[f.status] }),
    el('span', { class: 'status-word', text: `${t(`mark.${f.status}`)}: ` }),
    el('cite', { text: citeOf(f.citation) }),
    ' — ',
    el('span', { class: 'message', text: digits(f.message[lang]) }),
  );
  const text = provisionText(f.citation);
  if (text !== null) {
    li.append(
      el(
        'details',
        { class: 'clause' },
        el('summary', { text: t('showText', { cite: citeOf(f.citation) }) }),
        el('blockquote', { lang: 'fa', dir: 'rtl', text }),
      ),
    );
  }
  return li;
}

let last = null;

/** Compute and show the answer for the form's facts. */
function answer() {
  const { check, input } = readForm();
  last = { check, input };
  render();
}

function render() {
  const body = $('result-body');
  const result = $('result');
  $('result-empty').hidden = last !== null;
  if (last === null) {
    body.replaceChildren();
    result.dataset.status = 'none';
    $('comparison').hidden = true;
    return;
  }
  const { check, input } = last;
  let d;
  try {
    d = check === 'licence' ? checkLicence(input) : checkEligibility(input);
  } catch (e) {
    if (!isInputError(e)) throw e;
    result.dataset.status = 'error';
    body.replaceChildren(
      el('p', { class: 'status error', role: 'alert', text: t('error') }),
      el('ul', {}, ...e.issues.map((i) => el('li', { 'data-field': i.field, text: digits(i.message[lang]) }))),
    );
    $('comparison').hidden = true;
    return;
  }
  result.dataset.status = d.status;
  result.dataset.kind = d.kind;
  const parts = [
    el('p', { class: `status ${d.status}`, id: 'status', text: t(`status.${d.status}`) }),
    el('p', { class: 'summary', text: `${digits(d.summary[lang])} (${digits(t('asOf'))} ${digits(d.asOf)})` }),
  ];
  if (d.status !== 'eligible' && d.value.eligibleOn !== null) {
    parts.push(el('p', { class: 'eligible-on', id: 'eligible-on', 'data-date': d.value.eligibleOn, text: t('eligibleOn', { date: digits(d.value.eligibleOn) }) }));
  }
  const dated = d.value.remedies.filter((r) => r.on !== undefined && (r.condition === 'age' || r.condition === 'experience'));
  if (dated.length > 0) {
    parts.push(
      el('h3', { text: t('dated') }),
      el('ul', { class: 'dated' }, ...dated.map((r) => el('li', { 'data-condition': r.condition, 'data-date': r.on, text: t(`on.${r.condition}`, { date: digits(r.on), cite: citeOf(r.citation) }) }))),
    );
  }
  parts.push(el('h3', { text: t('findings') }), el('ol', { class: 'findings' }, ...d.findings.map(findingItem)));
  parts.push(el('h3', { text: t('missing') }));
  parts.push(
    d.missing.length === 0
      ? el('p', { text: t('noMissing') })
      : el('ul', { class: 'missing', id: 'missing' }, ...d.missing.map((m) => el('li', { 'data-fact': m }, factLabel(m), ' ', el('code', { dir: 'ltr', text: m })))),
  );
  // The facts exactly as the library received them: what a front end would send it.
  parts.push(
    el(
      'details',
      { class: 'input' },
      el('summary', { text: t('input') }),
      el('pre', { id: 'input', dir: 'ltr', lang: 'en', text: `${check === 'licence' ? 'checkLicence' : 'checkEligibility'}(${JSON.stringify(input, null, 2)})` }),
    ),
  );
  body.replaceChildren(...parts);
  renderComparison(input);
}

/** The same facts under the earlier instruction (Q3: 24 under the regulation, 25 under it). */
function renderComparison(input) {
  const post = input.role ?? 'manager';
  const box = $('comparison-body');
  let c;
  try {
    c = compareRuleSets({ post, asOf: input.asOf, person: input.person, experience: input.experience, exam: input.exam });
  } catch (e) {
    if (!isInputError(e)) throw e;
    $('comparison').hidden = true;
    return;
  }
  const parts = [el('p', { class: 'summary', id: 'comparison-summary', 'data-status': c.status, text: digits(c.summary[lang]) })];
  const reg = post === 'manager' ? PARAMETERS.managerMinAge.value : PARAMETERS.legalExpertMinAge.value;
  const ins = post === 'manager' ? INSTRUCTION_PARAMETERS.managerMinAge.value : INSTRUCTION_PARAMETERS.legalExpertMinAge.value;
  const born = input.person.birthDate;
  if (born !== undefined && reg !== ins) {
    parts.push(
      el('p', {
        id: 'ages',
        'data-regulation': dateOfAge(born, reg),
        'data-instruction': dateOfAge(born, ins),
        text: t('cmp.ages', {
          post: t(`role.${post}`),
          reg: digits(reg),
          ins: digits(ins),
          born: digits(formatJalali(born)),
          regOn: digits(dateOfAge(born, reg)),
          insOn: digits(dateOfAge(born, ins)),
        }),
      }),
    );
  }
  parts.push(el('p', { text: t('cmp.summary') }));
  const rows = c.findings.filter((f) => f.data.sameRule === false);
  parts.push(
    el(
      'ul',
      { class: 'comparison-rows' },
      ...rows.map((f) => {
        const li = el('li', { 'data-condition': f.data.condition, 'data-differs': String(f.data.outcomeDiffers) }, digits(f.message[lang]));
        // Both texts on demand: the regulation's provision and the instruction's (either may be the list it is absent from).
        const texts = [f.data.regulationCitation, f.data.instructionCitation]
          .map((c) => ({ c, text: provisionText(c) }))
          .filter((x) => x.text !== null);
        if (texts.length > 0) {
          li.append(
            el(
              'details',
              { class: 'clause' },
              el('summary', { text: t('showTexts') }),
              ...texts.flatMap(({ c, text }) => [el('p', {}, el('cite', { text: citeOf(c) })), el('blockquote', { lang: 'fa', dir: 'rtl', text })]),
            ),
          );
        }
        return li;
      }),
    ),
  );
  box.replaceChildren(...parts);
  $('comparison').hidden = false;
}

// ---------------------------------------------------------------------------
// Language

function translate(root = document) {
  for (const e of root.querySelectorAll('[data-t]')) e.textContent = t(e.dataset.t);
  for (const s of root.querySelectorAll('select[data-vocab]')) fillVocab(s);
  for (const row of root.querySelectorAll('#degrees > .item')) fillLevels(row);
}

function setLang(next) {
  // Dates already typed keep their meaning whatever their digits; shown in the page's digits.
  lang = next;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'fa' ? 'rtl' : 'ltr';
  const sw = $('lang');
  sw.textContent = t('switchTo');
  sw.lang = lang === 'fa' ? 'en' : 'fa';
  sw.dir = lang === 'fa' ? 'ltr' : 'rtl';
  translate();
  renumber($('degrees'));
  renumber($('periods'));
  renderExamples();
  render();
}

function renderExamples() {
  $('examples').replaceChildren(
    ...QUESTIONS.map((q) =>
      el(
        'li',
        {},
        el('button', { type: 'button', class: 'example', id: `example-${q.id}`, 'data-question': q.id }, el('strong', { text: t('question', { n: digits(q.id.slice(1)) }) }), ' ', q.asked[lang]),
      ),
    ),
  );
}

// ---------------------------------------------------------------------------
// Start

/** Today's Jalali date from the browser's clock (the library itself never reads a clock). */
function today() {
  const now = new Date();
  return formatJalali(new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate())));
}

function start() {
  $('lang').addEventListener('click', () => setLang(lang === 'fa' ? 'en' : 'fa'));
  $('add-degree').addEventListener('click', () => addRow('degree').querySelector('select').focus());
  $('add-period').addEventListener('click', () => addRow('period').querySelector('input').focus());
  $('role').addEventListener('change', syncCheck);
  $('clear').addEventListener('click', () => {
    clearForm();
    last = null;
    render();
  });
  $('facts').addEventListener('submit', (e) => {
    e.preventDefault();
    answer();
  });
  $('examples').addEventListener('click', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button[data-question]') : null;
    if (button === null) return;
    fillForm(QUESTIONS.find((q) => q.id === button.dataset.question));
    answer();
  });
  $('asOf').value = digits(today());
  setLang('fa');
}

start();
