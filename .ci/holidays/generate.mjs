#!/usr/bin/env node
// Builds src/calendar/data.ts: Iran's official public holidays for the Jalali years covered,
// each with its date, names (fa, en), Hijri date (lunar) and the sources that give that date.
//
//   node .ci/holidays/generate.mjs            # writes src/calendar/data.ts
//   node .ci/holidays/generate.mjs --check    # exits 1 when src/calendar/data.ts is not what it would write
//
// The facts come from files kept beside this script (each written by its own extractor, with
// its provenance) and one development dependency:
//
//   sources/calendar-center.json       the official Hijri calendar of Iran (Calendar Center,
//                                      Institute of Geophysics, University of Tehran) up to the
//                                      calendar of 1404, as transcribed by roozbehp/qamari (CC0)
//   sources/calendar-center-1405.json  the official calendar of 1405, as transcribed in
//                                      persian-calendar/calendar (the authority for 1405)
//   sources/python-holidays-iran.json  Python's `holidays` (vacanza/holidays), Iran: the
//                                      second source for every date; its own special closures
//   date-holidays (npm, IR)            a computed calendar: compared, never the authority
//
// The rule (docs/calendar.md): the official calendar is the authority for every lunar date; a
// solar holiday is fixed by law; a date where the sources disagree is written in
// SOURCE_DISAGREEMENTS with the date kept and why. Nothing here is typed by hand but the
// list of holidays the law names, their names and the sources' descriptions.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { getDate, getMonth, getYear } from 'date-fns-jalali';

const require = createRequire(import.meta.url);
const here = import.meta.dirname;
const root = resolve(here, '../..');
const read = (f) => JSON.parse(readFileSync(resolve(here, 'sources', f), 'utf8'));

const center = read('calendar-center.json');
const center1405 = read('calendar-center-1405.json');
const python = read('python-holidays-iran.json');
const dateHolidaysVersion = require('date-holidays/package.json').version;
const DateHolidays = require('date-holidays');

/** Covered Jalali years: where the official lunar calendar and a second source both reach. */
const FIRST_YEAR = 1390;
const LAST_YEAR = 1405;

// ---------------------------------------------------------------------------------------
// Day arithmetic: day numbers are days since 1970-01-01 (UTC), as src/_lib/jalali.ts counts.
const DAY = 86_400_000;
const isoToDay = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
};
const dayToIso = (n) => new Date(n * DAY).toISOString().slice(0, 10);
/** The Jalali date of a day number, by date-fns-jalali (the tests' calendar authority). */
const dayToJalali = (n) => {
  const u = new Date(n * DAY);
  // noon local on the same calendar day: date-fns-jalali reads local fields
  const local = new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), 12);
  return { year: getYear(local), month: getMonth(local) + 1, day: getDate(local) };
};
const fmt = ({ year, month, day }) => `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}`;
const jalaliYearStart = (() => {
  const cache = new Map();
  return (year) => {
    if (cache.has(year)) return cache.get(year);
    // Farvardin 1 falls on 20 or 21 (or 22) March of Gregorian year year + 621
    for (let d = isoToDay(`${year + 621}-03-19`); ; d++) {
      const j = dayToJalali(d);
      if (j.year === year && j.month === 1 && j.day === 1) {
        cache.set(year, d);
        return d;
      }
    }
  };
})();
const jalaliToDay = (year, month, day) => jalaliYearStart(year) + (month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;

// ---------------------------------------------------------------------------------------
// The holidays the law names (the Legal Bill on the official holidays, 1359, as amended).
const SOLAR = [
  { id: 'nowruz-1', month: 1, day: 1, fa: 'جشن نوروز (آغاز سال)', en: 'Nowruz (New Year)' },
  { id: 'nowruz-2', month: 1, day: 2, fa: 'عید نوروز', en: 'Nowruz' },
  { id: 'nowruz-3', month: 1, day: 3, fa: 'عید نوروز', en: 'Nowruz' },
  { id: 'nowruz-4', month: 1, day: 4, fa: 'عید نوروز', en: 'Nowruz' },
  { id: 'islamic-republic-day', month: 1, day: 12, fa: 'روز جمهوری اسلامی', en: 'Islamic Republic Day' },
  { id: 'nature-day', month: 1, day: 13, fa: 'روز طبیعت', en: 'Nature Day (Sizdah Bedar)' },
  { id: 'khomeini-demise', month: 3, day: 14, fa: 'رحلت امام خمینی', en: 'Demise of Imam Khomeini' },
  { id: 'khordad-15-uprising', month: 3, day: 15, fa: 'قیام ۱۵ خرداد', en: 'Uprising of 15 Khordad' },
  { id: 'revolution-day', month: 11, day: 22, fa: 'پیروزی انقلاب اسلامی', en: 'Victory of the Islamic Revolution' },
  { id: 'oil-nationalization', month: 12, day: 29, fa: 'روز ملی شدن صنعت نفت', en: 'Oil Nationalisation Day' },
  // «از ۲۹ اسفند تا چهارم فروردین»: in a leap year the 30th of Esfand lies between them
  { id: 'esfand-30', month: 12, day: 30, leapOnly: true, fa: '۳۰ اسفند (سال کبیسه؛ میان ۲۹ اسفند و ۴ فروردین)', en: '30 Esfand (leap year; between 29 Esfand and 4 Farvardin)' },
];
/** Lunar holidays: Hijri month and day; `last` = the last day of the month, whatever its length. */
const LUNAR = [
  { id: 'tasua', month: 1, day: 9, fa: 'تاسوعای حسینی', en: 'Tasua' },
  { id: 'ashura', month: 1, day: 10, fa: 'عاشورای حسینی', en: 'Ashura' },
  { id: 'arbaeen', month: 2, day: 20, fa: 'اربعین حسینی', en: 'Arbaeen' },
  { id: 'prophet-demise', month: 2, day: 28, fa: 'رحلت رسول اکرم؛ شهادت امام حسن مجتبی', en: 'Demise of the Prophet; martyrdom of Imam Hasan' },
  { id: 'imam-reza-martyrdom', month: 2, day: 'last', fa: 'شهادت امام رضا', en: 'Martyrdom of Imam Reza' },
  { id: 'imam-hasan-askari-martyrdom', month: 3, day: 8, fa: 'شهادت امام حسن عسکری', en: 'Martyrdom of Imam Hasan al-Askari' },
  { id: 'prophet-birthday', month: 3, day: 17, fa: 'میلاد رسول اکرم و امام جعفر صادق', en: 'Birthday of the Prophet and Imam Sadiq' },
  { id: 'fatima-martyrdom', month: 6, day: 3, fa: 'شهادت حضرت فاطمه زهرا', en: 'Martyrdom of Fatimah' },
  { id: 'imam-ali-birthday', month: 7, day: 13, fa: 'ولادت امام علی', en: 'Birthday of Imam Ali' },
  { id: 'mabath', month: 7, day: 27, fa: 'مبعث رسول اکرم', en: "Mab'ath (the Prophet's mission)" },
  { id: 'mahdi-birthday', month: 8, day: 15, fa: 'ولادت حضرت قائم (نیمه شعبان)', en: 'Birthday of the Mahdi (15 Shaban)' },
  { id: 'imam-ali-martyrdom', month: 9, day: 21, fa: 'شهادت حضرت علی', en: 'Martyrdom of Imam Ali' },
  { id: 'eid-al-fitr', month: 10, day: 1, fa: 'عید سعید فطر', en: 'Eid al-Fitr' },
  { id: 'eid-al-fitr-2', month: 10, day: 2, fa: 'تعطیل به مناسبت عید سعید فطر', en: 'Holiday for Eid al-Fitr' },
  { id: 'imam-sadiq-martyrdom', month: 10, day: 25, fa: 'شهادت امام جعفر صادق', en: 'Martyrdom of Imam Sadiq' },
  { id: 'eid-al-adha', month: 12, day: 10, fa: 'عید سعید قربان', en: 'Eid al-Adha' },
  { id: 'eid-al-ghadir', month: 12, day: 18, fa: 'عید سعید غدیر خم', en: 'Eid al-Ghadir' },
];

// The second source's names for the same holidays.
const PYTHON_IDS = {
  'جشن نوروز': ['nowruz-1'],
  'عیدنوروز': ['nowruz-2', 'nowruz-3', 'nowruz-4'],
  'روز جمهوری اسلامی': ['islamic-republic-day'],
  'روز طبیعت': ['nature-day'],
  'رحلت حضرت امام خمینی': ['khomeini-demise'],
  'قیام 15 خرداد': ['khordad-15-uprising'],
  'پیروزی انقلاب اسلامی': ['revolution-day'],
  'روز ملی شدن صنعت نفت ایران': ['oil-nationalization'],
  'آخرین روز سال': ['esfand-30'],
  'تاسوعای حسینی': ['tasua'],
  'عاشورای حسینی': ['ashura'],
  'اربعین حسینی': ['arbaeen'],
  'رحلت رسول اکرم؛شهادت امام حسن مجتبی علیه السلام': ['prophet-demise'],
  'شهادت امام رضا علیه السلام': ['imam-reza-martyrdom'],
  'شهادت امام حسن عسکری علیه السلام': ['imam-hasan-askari-martyrdom'],
  'میلاد رسول اکرم و امام جعفر صادق علیه السلام': ['prophet-birthday'],
  'شهادت حضرت فاطمه زهرا سلام الله علیها': ['fatima-martyrdom'],
  'ولادت امام علی علیه السلام و روز پدر': ['imam-ali-birthday'],
  'مبعث رسول اکرم (ص)': ['mabath'],
  'ولادت حضرت قائم عجل الله تعالی فرجه و جشن نیمه شعبان': ['mahdi-birthday'],
  'شهادت حضرت علی علیه السلام': ['imam-ali-martyrdom'],
  'عید سعید فطر': ['eid-al-fitr'],
  'تعطیل به مناسبت عید سعید فطر': ['eid-al-fitr-2'],
  'شهادت امام جعفر صادق علیه السلام': ['imam-sadiq-martyrdom'],
  'عید سعید قربان': ['eid-al-adha'],
  'عید سعید غدیر خم': ['eid-al-ghadir'],
  'تعطیلی عمومی': ['closure'],
};
// date-holidays names each holiday by its rule ("9 Muharram", "1 Farvardin").
const HIJRI_MONTHS = ['Muharram', 'Safar', 'Rabi al-awwal', 'Rabi al-thani', 'Jumada al-awwal', 'Jumada al-thani', 'Rajab', 'Shaban', 'Ramadan', 'Shawwal', 'Dhu al-Qidah', 'Dhu al-Hijjah'];
const SOLAR_MONTHS = ['Farvardin', 'Ordibehesht', 'Khordad', 'Tir', 'Mordad', 'Shahrivar', 'Mehr', 'Aban', 'Azar', 'Dey', 'Bahman', 'Esfand'];
const DH_IDS = new Map();
for (const h of SOLAR) DH_IDS.set(`${h.day} ${SOLAR_MONTHS[h.month - 1]}`, h.id);
for (const h of LUNAR) DH_IDS.set(`${h.day === 'last' ? 30 : h.day} ${HIJRI_MONTHS[h.month - 1]}`, h.id);

// ---------------------------------------------------------------------------------------
// The official Hijri month starts: the Calendar Center up to 1404, then its 1405 calendar.
const monthStart = new Map(); // 'YYYY/MM' -> { day, source }
for (const m of center.months) monthStart.set(m.hijri, { day: isoToDay(m.start), source: 'calendar-center', reference: m.reference, observed: m.observed });
for (const m of center1405.months) {
  const prev = monthStart.get(m.hijri);
  const day = isoToDay(m.start);
  if (prev && prev.day !== day) throw new Error(`the two transcriptions of the official calendar disagree on ${m.hijri}: ${dayToIso(prev.day)} vs ${m.start}`);
  if (!prev) monthStart.set(m.hijri, { day, source: 'calendar-center-1405', reference: center1405.provenance.reference, observed: false });
}
const nextMonth = (key) => {
  const [y, m] = key.split('/').map(Number);
  return m === 12 ? `${y + 1}/01` : `${y}/${String(m + 1).padStart(2, '0')}`;
};

// ---------------------------------------------------------------------------------------
// The kept holidays.
const FIRST_DAY = jalaliYearStart(FIRST_YEAR);
const END_DAY = jalaliYearStart(LAST_YEAR + 1); // exclusive
const kept = []; // { id, day, kind, fa, en, hijri?, primary }
for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
  const leap = jalaliYearStart(y + 1) - jalaliYearStart(y) === 366;
  for (const h of SOLAR) {
    if (h.leapOnly && !leap) continue;
    kept.push({ id: h.id, day: jalaliToDay(y, h.month, h.day), kind: 'solar', fa: h.fa, en: h.en, primary: 'law' });
  }
}
for (const [key, start] of monthStart) {
  const [hy, hm] = key.split('/').map(Number);
  for (const h of LUNAR.filter((x) => x.month === hm)) {
    let day;
    let hday = h.day;
    if (h.day === 'last') {
      const next = monthStart.get(nextMonth(key));
      if (!next) continue;
      day = next.day - 1;
      hday = day - start.day + 1;
    } else {
      day = start.day + h.day - 1;
      const next = monthStart.get(nextMonth(key));
      if (next && day >= next.day) throw new Error(`${h.id} ${key}: day ${h.day} beyond the month`);
      if (!next && h.day > 29) continue;
    }
    if (day < FIRST_DAY || day >= END_DAY) continue;
    kept.push({ id: h.id, day, kind: 'lunar', fa: h.fa, en: h.en, hijri: `${hy}/${String(hm).padStart(2, '0')}/${String(hday).padStart(2, '0')}`, primary: start.source, reference: start.reference, observed: start.observed });
  }
}
// Every lunar holiday of every covered year must have been placed (the official months reach).
for (let y = FIRST_YEAR; y <= LAST_YEAR; y++) {
  const from = jalaliYearStart(y);
  const to = jalaliYearStart(y + 1);
  const n = kept.filter((k) => k.kind === 'lunar' && k.day >= from && k.day < to).length;
  if (n < 16) throw new Error(`${y}: only ${n} lunar holidays placed; the official months do not reach the whole year`);
}

// Special national closures announced by the government (the second source is the only one
// that lists them; each with the references it gives).
for (const p of python.holidays) {
  if (PYTHON_IDS[p.name]?.[0] !== 'closure') continue;
  const day = isoToDay(p.date);
  if (day < FIRST_DAY || day >= END_DAY) continue;
  kept.push({ id: `closure-${p.date}`, day, kind: 'closure', fa: 'تعطیلی عمومی به تصویب هیئت دولت', en: 'Public closure decided by the government', primary: 'python-holidays' });
}

// ---------------------------------------------------------------------------------------
// Cross-check against the two other sources.
const byIdDay = (list) => {
  const m = new Map(); // `${id}@${jalaliYear}` -> day[]
  for (const { id, day } of list) {
    const key = `${id}@${dayToJalali(day).year}`;
    m.set(key, [...(m.get(key) ?? []), day]);
  }
  return m;
};
const pyList = [];
const pyEstimated = new Set();
for (const p of python.holidays) {
  const ids = PYTHON_IDS[p.name];
  if (!ids) throw new Error(`python-holidays: unknown holiday name ${p.name}`);
  if (ids[0] === 'closure') continue;
  const day = isoToDay(p.date);
  if (ids.length === 1) pyList.push({ id: ids[0], day });
  else {
    // the three days of «عیدنوروز» are Farvardin 2, 3, 4
    const j = dayToJalali(day);
    pyList.push({ id: `nowruz-${j.day}`, day });
  }
  if (p.estimated) pyEstimated.add(day);
}
const dh = new DateHolidays('IR');
const dhList = [];
for (let gy = 2011; gy <= 2028; gy++) {
  for (const h of dh.getHolidays(gy)) {
    const id = DH_IDS.get(h.rule);
    if (!id) throw new Error(`date-holidays: unknown rule ${h.rule}`);
    dhList.push({ id, day: isoToDay(h.date.slice(0, 10)) });
  }
}
// date-holidays writes Imam Reza's martyrdom as "30 Safar" even in a 29-day Safar: it is the
// same holiday (the last day of Safar), compared as such.
const pyBy = byIdDay(pyList);
const dhBy = byIdDay(dhList);

const disagreements = [];
for (const k of kept) {
  if (k.kind === 'closure') {
    k.sources = ['python-holidays'];
    continue;
  }
  const key = `${k.id}@${dayToJalali(k.day).year}`;
  const py = pyBy.get(key) ?? [];
  const dhd = dhBy.get(key) ?? [];
  const sources = [k.primary];
  if (py.includes(k.day)) sources.push('python-holidays');
  if (dhd.includes(k.day)) sources.push('date-holidays');
  k.sources = sources;
  const pyOther = py.filter((d) => d !== k.day);
  const dhOther = dhd.filter((d) => d !== k.day);
  if (!py.includes(k.day) || !dhd.includes(k.day)) {
    disagreements.push({
      id: k.id,
      year: dayToJalali(k.day).year,
      kept: fmt(dayToJalali(k.day)),
      keptFrom: k.primary,
      observed: k.observed === true,
      others: {
        'python-holidays': py.includes(k.day) ? 'same' : pyOther.length ? pyOther.map((d) => fmt(dayToJalali(d)) + (pyEstimated.has(d) ? ' (estimated)' : '')).join(', ') : 'absent',
        'date-holidays': dhd.includes(k.day) ? 'same' : dhOther.length ? dhOther.map((d) => fmt(dayToJalali(d))).join(', ') : 'absent',
      },
    });
  }
}
// A holiday a source gives that the kept data does not have at all, in a covered year.
const keptKeys = new Set(kept.map((k) => `${k.id}@${dayToJalali(k.day).year}`));
for (const [name, list] of [['python-holidays', pyList], ['date-holidays', dhList]]) {
  for (const { id, day } of list) {
    if (day < FIRST_DAY || day >= END_DAY) continue;
    const key = `${id}@${dayToJalali(day).year}`;
    if (!keptKeys.has(key)) throw new Error(`${name} has ${id} on ${fmt(dayToJalali(day))} and the data has no ${id} that year`);
  }
}

// Why each kind of disagreement was settled the way it was.
const reasonOf = (d) => {
  if (d.id === 'esfand-30')
    return {
      en: 'The law closes «from 29 Esfand to 4 Farvardin»: in a leap year the 30th of Esfand lies between them (the government confirmed it for leap years, e.g. 1395); date-holidays does not know this day.',
      fa: 'قانون «از ۲۹ اسفند تا چهارم فروردین» را تعطیل کرده است و ۳۰ اسفند سال کبیسه میان آن دو است؛ date-holidays این روز را ندارد.',
    };
  if (d.observed)
    return {
      en: 'The crescent was sighted on another day than the calendar had printed: the Calendar Center revised the month (its revised calendar is the reference), and the datasets keep the printed day.',
      fa: 'هلال ماه در روزی جز روز پیش‌بینی‌شدهٔ تقویم رؤیت شد و مرکز تقویم آغاز ماه را اصلاح کرد؛ مجموعه‌داده‌ها روز چاپ‌شده را دارند.',
    };
  if (d.keptFrom === 'law') return { en: 'A fixed solar date of the law.', fa: 'تاریخ ثابت شمسی قانون.' };
  return {
    en: `The official calendar (${d.keptFrom === 'calendar-center-1405' ? 'the Calendar Center, 1405' : 'the Calendar Center'}) is the authority for a lunar date; the other sources compute or estimate it.`,
    fa: 'تقویم رسمی (مرکز تقویم مؤسسه ژئوفیزیک) مرجع تاریخ قمری است؛ منابع دیگر آن را محاسبه یا تخمین زده‌اند.',
  };
};

kept.sort((a, b) => a.day - b.day || (a.kind === b.kind ? 0 : a.kind === 'solar' ? -1 : 1) || (a.id < b.id ? -1 : 1));

// ---------------------------------------------------------------------------------------
// The sources, as the data names them.
const SOURCES = [
  {
    id: 'law',
    name: { fa: 'لایحه قانونی تعیین تعطیلات رسمی کشور (۱۳۵۹) و اصلاحات آن', en: 'Legal Bill on the official holidays of the country (1359, as amended)' },
    url: 'https://rc.majlis.ir/fa/law/show/99002',
    authority: true,
    note: { en: 'The fixed solar holidays.', fa: 'تعطیلات ثابت شمسی.' },
  },
  {
    id: 'calendar-center',
    name: { fa: 'تقویم رسمی کشور، مرکز تقویم مؤسسه ژئوفیزیک دانشگاه تهران', en: 'Official calendar of Iran, Calendar Center of the Institute of Geophysics, University of Tehran' },
    url: center.provenance.repository,
    authority: true,
    note: {
      en: `Hijri month starts as published (and as observed where they differed), transcribed by roozbehp/qamari (CC0) at commit ${center.provenance.commit.slice(0, 12)}, up to the calendar of 1404.`,
      fa: `آغاز ماه‌های قمری به گزارش تقویم رسمی (و رؤیت، هرجا متفاوت بود)، به رونویسی roozbehp/qamari تا تقویم ۱۴۰۴.`,
    },
  },
  {
    id: 'calendar-center-1405',
    name: { fa: 'تقویم رسمی سال ۱۴۰۵، مرکز تقویم مؤسسه ژئوفیزیک دانشگاه تهران', en: 'Official calendar of 1405, Calendar Center of the Institute of Geophysics, University of Tehran' },
    url: center1405.provenance.reference,
    authority: true,
    note: {
      en: `Hijri month starts of 1405 as printed in the official calendar, transcribed in persian-calendar/calendar at commit ${center1405.provenance.commit.slice(0, 12)}; months observed otherwise in 1405 are not yet recorded by any source here.`,
      fa: 'آغاز ماه‌های قمری سال ۱۴۰۵ به گزارش تقویم رسمی، به رونویسی persian-calendar/calendar.',
    },
  },
  {
    id: 'python-holidays',
    name: { fa: 'بستهٔ holidays پایتون (ایران)', en: "Python's holidays package (Iran)" },
    url: `${python.provenance.repository}/blob/${python.provenance.commit}/${python.provenance.path}`,
    authority: false,
    note: {
      en: `Version ${python.provenance.version}; its lunar dates are confirmed for ${python.provenance.confirmedYears.map((r) => r.join('–')).join(', ')} and estimated after; the only source here of the government's special closures.`,
      fa: `نسخهٔ ${python.provenance.version}؛ تاریخ‌های قمری آن تا ${python.provenance.confirmedYears.map((r) => r[1]).join(', ')} میلادی تأییدشده و پس از آن تخمینی است.`,
    },
  },
  {
    id: 'date-holidays',
    name: { fa: 'بستهٔ date-holidays (npm، ایران)', en: 'date-holidays (npm), IR' },
    url: `https://www.npmjs.com/package/date-holidays/v/${dateHolidaysVersion}`,
    authority: false,
    note: { en: `Version ${dateHolidaysVersion}; its Hijri dates are computed, so it is compared, never followed.`, fa: `نسخهٔ ${dateHolidaysVersion}؛ تاریخ‌های قمری آن محاسبه‌ای است و فقط برای مقایسه به کار رفته است.` },
  },
];

// ---------------------------------------------------------------------------------------
// Write src/calendar/data.ts.
const q = (s) => JSON.stringify(s);
const lines = [];
lines.push('/**');
lines.push(' * GENERATED by .ci/holidays/generate.mjs from .ci/holidays/sources/* and date-holidays: do not');
lines.push(' * edit by hand (`node .ci/holidays/generate.mjs`; `--check` verifies it). How it is built and');
lines.push(' * every date where the sources disagree: docs/calendar.md.');
lines.push(' */');
lines.push("import { deepFreeze } from '../_lib/freeze.js';");
lines.push("import { toDayNumber } from '../_lib/jalali.js';");
lines.push("import type { Bilingual } from '../core/text.js';");
lines.push('');
lines.push('/** A source of the official calendar (see docs/calendar.md). */');
lines.push('export interface HolidaySource {');
lines.push('  readonly id: string;');
lines.push('  readonly name: Bilingual;');
lines.push('  readonly url: string;');
lines.push('  /** True for the authorities (the law, the Calendar Center); false for the datasets compared with them. */');
lines.push('  readonly authority: boolean;');
lines.push('  readonly note: Bilingual;');
lines.push('}');
lines.push('');
lines.push('/** One official public holiday of Iran on one day. */');
lines.push('export interface OfficialHoliday {');
lines.push("  /** Stable within a year: 'nowruz-2', 'ashura', 'closure-2026-03-01', … */");
lines.push('  readonly id: string;');
lines.push('  /** Jalali date, YYYY/MM/DD. */');
lines.push('  readonly date: string;');
lines.push('  /** Day number (days since 1970-01-01, UTC), as the library counts. */');
lines.push('  readonly day: number;');
lines.push("  /** 'solar': fixed by law; 'lunar': a Hijri date, placed by the official calendar; 'closure': a national closure the government decided. */");
lines.push("  readonly kind: 'solar' | 'lunar' | 'closure';");
lines.push('  readonly name: Bilingual;');
lines.push('  /** Hijri date YYYY/MM/DD (lunar holidays). */');
lines.push('  readonly hijri?: string;');
lines.push('  /** Ids in HOLIDAY_SOURCES that give this date: the authority first, then each dataset that agrees. */');
lines.push('  readonly sources: readonly string[];');
lines.push('}');
lines.push('');
lines.push('/** A date where the sources disagree, the date kept and why. */');
lines.push('export interface SourceDisagreement {');
lines.push('  readonly id: string;');
lines.push('  readonly year: number;');
lines.push('  readonly kept: string;');
lines.push('  readonly keptFrom: string;');
lines.push('  /** True when the official month began on another day than the calendar had printed (the crescent was sighted otherwise). */');
lines.push('  readonly observed: boolean;');
lines.push("  /** What each other source gives: 'same', 'absent' or its date(s). */");
lines.push('  readonly others: Readonly<Record<string, string>>;');
lines.push('  readonly reason: Bilingual;');
lines.push('}');
lines.push('');
lines.push(`/** The first Jalali year the data covers whole. */`);
lines.push(`export const CALENDAR_FIRST_YEAR = ${FIRST_YEAR};`);
lines.push(`/** The last Jalali year the data covers whole. */`);
lines.push(`export const CALENDAR_LAST_YEAR = ${LAST_YEAR};`);
lines.push('');
lines.push('/** The sources, authorities first. */');
lines.push('export const HOLIDAY_SOURCES: readonly HolidaySource[] = /* @__PURE__ */ deepFreeze([');
for (const s of SOURCES) lines.push(`  { id: ${q(s.id)}, name: ${q(s.name)}, url: ${q(s.url)}, authority: ${s.authority}, note: ${q(s.note)} },`);
lines.push(']);');
lines.push('');
lines.push('/** Names, shared by the records below. */');
const nameIndex = new Map();
const names = [];
for (const k of kept) {
  const key = k.fa + '|' + k.en;
  if (!nameIndex.has(key)) {
    nameIndex.set(key, names.length);
    names.push({ fa: k.fa, en: k.en });
  }
}
lines.push('const N: readonly Bilingual[] = /* @__PURE__ */ deepFreeze([');
for (const n of names) lines.push(`  ${q(n)},`);
lines.push(']);');
const srcIndex = new Map();
const srcLists = [];
for (const k of kept) {
  const key = k.sources.join(',');
  if (!srcIndex.has(key)) {
    srcIndex.set(key, srcLists.length);
    srcLists.push(k.sources);
  }
}
lines.push('const S: readonly (readonly string[])[] = /* @__PURE__ */ deepFreeze([');
for (const s of srcLists) lines.push(`  ${q(s)},`);
lines.push(']);');
lines.push('');
lines.push('// Each row: id, Jalali date, kind, name (index into N), sources (index into S), Hijri date');
lines.push('// (lunar days); the day number is computed from the date when the module loads.');
lines.push("type Row = readonly [id: string, date: string, kind: OfficialHoliday['kind'], name: number, sources: number, hijri?: string];");
lines.push('const ROWS: readonly Row[] = [');
for (const k of kept) {
  const row = [k.id, fmt(dayToJalali(k.day)), k.kind, nameIndex.get(k.fa + '|' + k.en), srcIndex.get(k.sources.join(','))];
  if (k.hijri) row.push(k.hijri);
  lines.push(`  ${q(row)},`);
}
lines.push('];');
lines.push('');
lines.push('/** Every official holiday of the covered years, ascending by day (frozen records). */');
lines.push('export const OFFICIAL_HOLIDAYS: readonly OfficialHoliday[] = /* @__PURE__ */ Object.freeze(');
lines.push('  ROWS.map(([id, date, kind, name, sources, hijri]) => {');
lines.push('    const day = toDayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));');
lines.push('    return Object.freeze(hijri === undefined ? { id, date, day, kind, name: N[name] as Bilingual, sources: S[sources] as readonly string[] } : { id, date, day, kind, name: N[name] as Bilingual, hijri, sources: S[sources] as readonly string[] });');
lines.push('  }),');
lines.push(');');
lines.push('');
lines.push('/** Every date where the sources disagree, the date kept and why (also in docs/calendar.md). */');
lines.push('export const SOURCE_DISAGREEMENTS: readonly SourceDisagreement[] = /* @__PURE__ */ deepFreeze([');
for (const d of disagreements) lines.push(`  { id: ${q(d.id)}, year: ${d.year}, kept: ${q(d.kept)}, keptFrom: ${q(d.keptFrom)}, observed: ${d.observed}, others: ${q(d.others)}, reason: ${q(reasonOf(d))} },`);
lines.push(']);');
lines.push('');
const text = lines.join('\n');
const file = resolve(root, 'src/calendar/data.ts');
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {}
  if (current !== text) {
    console.error('src/calendar/data.ts is not what .ci/holidays/generate.mjs writes: run node .ci/holidays/generate.mjs');
    process.exit(1);
  }
  console.log('src/calendar/data.ts is up to date');
} else {
  writeFileSync(file, text);
  console.log(`${file}: ${kept.length} holidays, ${FIRST_YEAR}–${LAST_YEAR}, ${disagreements.length} disagreements`);
}
// The disagreements as a Markdown table, in docs/calendar.md between its markers.
const docFile = resolve(root, 'docs/calendar.md');
const START = '<!-- generated: disagreements -->';
const END = '<!-- end: disagreements -->';
const table = [
  START,
  '',
  '| Year | Holiday | Kept (from) | python-holidays | date-holidays |',
  '|---|---|---|---|---|',
  ...disagreements.map((d) => `| ${d.year} | ${d.id} | ${d.kept} (${d.keptFrom}) | ${d.others['python-holidays']} | ${d.others['date-holidays']} |`),
  '',
  END,
].join('\n');
const doc = readFileSync(docFile, 'utf8');
const a = doc.indexOf(START);
const b = doc.indexOf(END);
if (a < 0 || b < a) throw new Error(`docs/calendar.md has no ${START} … ${END} markers`);
const newDoc = doc.slice(0, a) + table + doc.slice(b + END.length);
if (process.argv.includes('--check')) {
  if (newDoc !== doc) {
    console.error('docs/calendar.md: the table of disagreements is not what .ci/holidays/generate.mjs writes');
    process.exit(1);
  }
} else writeFileSync(docFile, newDoc);
// The same table on stdout.
if (process.argv.includes('--table')) {
  console.log('| Year | Holiday | Kept (from) | python-holidays | date-holidays |');
  console.log('|---|---|---|---|---|');
  for (const d of disagreements) console.log(`| ${d.year} | ${d.id} | ${d.kept} (${d.keptFrom}) | ${d.others['python-holidays']} | ${d.others['date-holidays']} |`);
}
