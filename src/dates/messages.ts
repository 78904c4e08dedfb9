import { defineMessages } from '../core/text.js';

/** Why a day is closed, in words. */
const REASON = {
  fa: { friday: 'جمعه', holiday: 'تعطیلیِ اعلام‌شده از سوی درخواست‌کننده', officialHoliday: 'تعطیل رسمی' },
  en: { friday: 'a Friday', holiday: 'a closure given by the caller', officialHoliday: 'an official public holiday' },
} as const;

type Reason = 'friday' | 'holiday' | 'officialHoliday';

/**
 * Years in Persian: «سال ۱۴۱۰», «سال‌های ۱۴۱۰ و ۱۴۱۱», «سال‌های ۱۴۱۰، ۱۴۱۱ و ۱۴۱۲» (the
 * Persian comma, «و» before the last).
 */
function faYears(years: readonly number[]): string {
  if (years.length === 1) return `سال ${years[0]}`;
  return `سال‌های ${years.slice(0, -1).join('، ')} و ${years[years.length - 1]}`;
}

/** The official holiday's name and source(s), when the day is one (both languages). */
type HolidayNote = { readonly fa: string; readonly en: string } | null;

/** The calendar a deadline applied. */
type CalendarParams = {
  calendar: 'official' | 'fridaysOnly';
  /** The years the official data covers. */
  first: number;
  last: number;
  /** How many closed days the caller gave. */
  given: number;
  /** The uncovered years the caller declared complete (`completeYears`), ascending (none: empty). */
  complete: readonly number[];
};

/**
 * Messages of the dates domain (codes prefixed `dates.`). The counting of a period that
 * starts at a notification follows the Civil Procedure Code (قانون آیین دادرسی دادگاه‌های
 * عمومی و انقلاب در امور مدنی), Arts. 444–445 (SPEC D13); the article numbers are in the text.
 */
export const datesMessages = defineMessages({
  'dates.deadline.notificationDay': {
    fa: (p: { date: string }) =>
      `ابلاغ در ${p.date}: روز ابلاغ جزو مدت حساب نمی‌شود (ماده ۴۴۵ قانون آیین دادرسی مدنی).`,
    en: (p: { date: string }) =>
      `Notified on ${p.date}: the day of notification is not counted (Civil Procedure Code, Art. 445).`,
  },
  'dates.deadline.period': {
    fa: (p: { days: number; firstDay: string; periodEnd: string }) =>
      `مدت ${p.days} روز از ${p.firstDay} تا ${p.periodEnd} شمرده می‌شود.`,
    en: (p: { days: number; firstDay: string; periodEnd: string }) =>
      `The ${p.days} days run from ${p.firstDay} to ${p.periodEnd}.`,
  },
  'dates.deadline.actingDay': {
    fa: (p: { periodEnd: string; date: string }) =>
      `روز اقدام نیز حساب نمی‌شود (ماده ۴۴۵ قانون آیین دادرسی مدنی)، پس آخرین روز اقدام روز پس از ${p.periodEnd}، یعنی ${p.date}، است.`,
    en: (p: { periodEnd: string; date: string }) =>
      `The day of acting is not counted either (Civil Procedure Code, Art. 445), so the last day to act is the day after ${p.periodEnd}: ${p.date}.`,
  },
  'dates.deadline.lastCountedDay': {
    fa: (p: { date: string }) =>
      `به شیوه شمارش «آخرین روز شمرده‌شده»، آخرین روز اقدام همان روز آخر مدت، ${p.date}، است.`,
    en: (p: { date: string }) =>
      `Under the "last counted day" counting, the last day to act is the last day of the period, ${p.date}.`,
  },
  'dates.deadline.calendar': {
    fa: (p: CalendarParams) =>
      p.calendar === 'official'
        ? `روزهای تعطیل: جمعه‌ها، تعطیلات رسمی کشور در سال‌های ${p.first} تا ${p.last} (تقویم رسمی همین کتابخانه، با منبع هر روز)${p.complete.length === 0 ? '' : `، و برای ${faYears(p.complete)} فهرست کامل درخواست‌کننده`}، و ${p.given} روز تعطیلی که درخواست‌کننده داده است (ماده ۴۴۴ قانون آیین دادرسی مدنی).`
        : `روزهای تعطیل: به انتخاب درخواست‌کننده (fridaysOnly) تنها جمعه‌ها و ${p.given} روز تعطیلی که خود داده است؛ تقویم رسمی به کار نرفت (ماده ۴۴۴ قانون آیین دادرسی مدنی).`,
    en: (p: CalendarParams) =>
      p.calendar === 'official'
        ? `Closed days: Fridays, Iran's official public holidays of ${p.first}–${p.last} (this library's official calendar, each day with its source)${p.complete.length === 0 ? '' : `, the caller's complete list for ${p.complete.join(', ')}`}, and ${p.given} closed day(s) given by the caller (Civil Procedure Code, Art. 444).`
        : `Closed days: as the caller chose (fridaysOnly), Fridays and the ${p.given} closed day(s) it gave only; the official calendar was not applied (Civil Procedure Code, Art. 444).`,
  },
  'dates.deadline.skipped': {
    fa: (p: { date: string; reason: Reason; next: string; holiday: HolidayNote }) =>
      `${p.date} ${REASON.fa[p.reason]}${p.holiday === null ? '' : ` (${p.holiday.fa})`} است و دفاتر تعطیل‌اند؛ آخرین روز به روز بعد، ${p.next}، منتقل می‌شود (ماده ۴۴۴ قانون آیین دادرسی مدنی).`,
    en: (p: { date: string; reason: Reason; next: string; holiday: HolidayNote }) =>
      `${p.date} is ${REASON.en[p.reason]}${p.holiday === null ? '' : ` (${p.holiday.en})`}, when the offices are closed; the last day moves to the next day, ${p.next} (Civil Procedure Code, Art. 444).`,
  },
  'dates.calendar.notCovered': {
    fa: (p: { years: readonly number[]; first: number; last: number; lastDay: string }) =>
      `تعطیلات رسمی ${faYears(p.years)} در تقویم رسمی این کتابخانه نیست (سال‌های ${p.first} تا ${p.last} را دارد)؛ آخرین روز ${p.lastDay} موقت است: یک روز تعطیل فقط می‌تواند آن را دیرتر کند، پس اقدام تا ${p.lastDay} در هر حال در مهلت است. برای پاسخ قطعی، تعطیلات آن سال را در holidays و سال را در completeYears بدهید، یا calendar: 'fridaysOnly' را برگزینید.`,
    en: (p: { years: readonly number[]; first: number; last: number; lastDay: string }) =>
      `The official holidays of ${p.years.join(', ')} are not in this library's official calendar (it covers ${p.first}–${p.last}); the last day ${p.lastDay} is provisional: a closed day can only move it later, so acting on or before ${p.lastDay} is in time whatever they are. For a definite answer give that year's closed days in holidays and the year in completeYears, or choose calendar: 'fridaysOnly'.`,
  },
  'dates.deadline.lastDay': {
    fa: (p: { date: string }) => `آخرین روز مهلت ${p.date} است.`,
    en: (p: { date: string }) => `The last day to act is ${p.date}.`,
  },
  'dates.deadline.inTime': {
    fa: (p: { asOf: string; lastDay: string }) => `اقدام در ${p.asOf} در مهلت است (آخرین روز: ${p.lastDay}).`,
    en: (p: { asOf: string; lastDay: string }) => `Acting on ${p.asOf} is in time (last day: ${p.lastDay}).`,
  },
  'dates.deadline.late': {
    fa: (p: { asOf: string; lastDay: string }) => `اقدام در ${p.asOf} خارج از مهلت است (آخرین روز: ${p.lastDay}).`,
    en: (p: { asOf: string; lastDay: string }) => `Acting on ${p.asOf} is late (last day: ${p.lastDay}).`,
  },
  'dates.deadline.summary.computed': {
    fa: (p: { lastDay: string; days: number }) => `آخرین روز مهلت: ${p.lastDay} (${p.days} روز از ابلاغ)`,
    en: (p: { lastDay: string; days: number }) => `Last day to act: ${p.lastDay} (${p.days} days from notification)`,
  },
  'dates.deadline.summary.inTime': {
    fa: (p: { lastDay: string; asOf: string }) => `آخرین روز مهلت: ${p.lastDay}؛ اقدام در ${p.asOf} در مهلت است`,
    en: (p: { lastDay: string; asOf: string }) => `Last day to act: ${p.lastDay}; acting on ${p.asOf} is in time`,
  },
  'dates.deadline.summary.late': {
    fa: (p: { lastDay: string; asOf: string }) => `آخرین روز مهلت: ${p.lastDay}؛ اقدام در ${p.asOf} خارج از مهلت است`,
    en: (p: { lastDay: string; asOf: string }) => `Last day to act: ${p.lastDay}; acting on ${p.asOf} is late`,
  },
  'dates.deadline.summary.incomplete': {
    fa: (p: { lastDay: string; years: readonly number[] }) => `آخرین روز مهلت: دست‌کم ${p.lastDay} (موقت: تعطیلات رسمی ${faYears(p.years)} در داده نیست)`,
    en: (p: { lastDay: string; years: readonly number[] }) => `Last day to act: ${p.lastDay} at the earliest (provisional: the official holidays of ${p.years.join(', ')} are not in the data)`,
  },
  'dates.appeal.summary.incomplete': {
    fa: (p: { lastDay: string; years: readonly number[] }) => `آخرین روز اعتراض: دست‌کم ${p.lastDay} (موقت: تعطیلات رسمی ${faYears(p.years)} در داده نیست)`,
    en: (p: { lastDay: string; years: readonly number[] }) => `Last day to appeal: ${p.lastDay} at the earliest (provisional: the official holidays of ${p.years.join(', ')} are not in the data)`,
  },
  'dates.appeal.summary.computed': {
    fa: (p: { lastDay: string; days: number }) => `آخرین روز اعتراض: ${p.lastDay} (${p.days} روز از ابلاغ)`,
    en: (p: { lastDay: string; days: number }) => `Last day to appeal: ${p.lastDay} (${p.days} days from notification)`,
  },
  'dates.appeal.summary.inTime': {
    fa: (p: { lastDay: string; asOf: string }) => `آخرین روز اعتراض: ${p.lastDay}؛ اعتراض در ${p.asOf} در مهلت است`,
    en: (p: { lastDay: string; asOf: string }) => `Last day to appeal: ${p.lastDay}; an appeal on ${p.asOf} is in time`,
  },
  'dates.appeal.summary.late': {
    fa: (p: { lastDay: string; asOf: string }) => `آخرین روز اعتراض: ${p.lastDay}؛ اعتراض در ${p.asOf} خارج از مهلت است`,
    en: (p: { lastDay: string; asOf: string }) => `Last day to appeal: ${p.lastDay}; an appeal on ${p.asOf} is late`,
  },
});
