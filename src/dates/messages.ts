import { defineMessages } from '../core/text.js';

/** Why a day is closed, in words. */
const REASON = {
  fa: { friday: 'جمعه', holiday: 'تعطیل رسمی' },
  en: { friday: 'a Friday', holiday: 'a holiday' },
} as const;

type Reason = 'friday' | 'holiday';

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
  'dates.deadline.skipped': {
    fa: (p: { date: string; reason: Reason; next: string }) =>
      `${p.date} ${REASON.fa[p.reason]} است و دفاتر تعطیل‌اند؛ آخرین روز به روز بعد، ${p.next}، منتقل می‌شود (ماده ۴۴۴ قانون آیین دادرسی مدنی).`,
    en: (p: { date: string; reason: Reason; next: string }) =>
      `${p.date} is ${REASON.en[p.reason]}, when the offices are closed; the last day moves to the next day, ${p.next} (Civil Procedure Code, Art. 444).`,
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
