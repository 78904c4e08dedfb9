import { toPersianDigits } from '../_lib/digits.js';
/** The language of rendered text. */
export type Lang = 'fa' | 'en';

/** A message in both languages. Persian text uses Persian digits. */
export interface Bilingual {
  readonly fa: string;
  readonly en: string;
}

/**
 * One message template: a Persian and an English rendering of the same parameters.
 * Templates may interpolate Latin digits; {@link render} writes them as Persian digits
 * in the Persian text.
 */
export interface MessageTemplate<P> {
  readonly fa: (params: P) => string;
  readonly en: (params: P) => string;
}

/** A table of message templates keyed by code (one per domain, merged in `messages.ts`). */
export type MessageTable = Readonly<Record<string, MessageTemplate<never>>>;

/**
 * Declare a domain's messages. Each entry must give both `fa` and `en` (a missing
 * language is a compile error); parameters are typed per entry.
 */
export function defineMessages<const T extends { readonly [code: string]: MessageTemplate<never> }>(table: T): T {
  return table;
}

/** Render a template in both languages; Persian digits in the Persian text. */
export function renderTemplate<P>(template: MessageTemplate<P>, params: P): Bilingual {
  return { fa: toPersianDigits(template.fa(params)), en: template.en(params) };
}

/** Pick one language of a bilingual text. */
export function inLang(text: Bilingual, lang: Lang): string {
  return lang === 'fa' ? text.fa : text.en;
}
