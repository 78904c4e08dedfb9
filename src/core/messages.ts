import { defineMessages } from './text.js';

/** Messages shared by every domain (codes prefixed `core.`). */
export const coreMessages = defineMessages({
  'core.ruleSet': {
    fa: (p: { id: string; approved: string }) => `مجموعه قواعد ${p.id} (مصوب ${p.approved})`,
    en: (p: { id: string; approved: string }) => `Rule set ${p.id} (approved ${p.approved})`,
  },
  'core.asOf': {
    fa: (p: { date: string }) => `به تاریخ ${p.date}`,
    en: (p: { date: string }) => `as of ${p.date}`,
  },
  'core.missing': {
    fa: (p: { facts: string }) => `اطلاعات ناقص: ${p.facts}`,
    en: (p: { facts: string }) => `Facts still unknown: ${p.facts}`,
  },
});
