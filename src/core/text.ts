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

/** Render a template in both languages; numbers in Persian digits in the Persian text ({@link persianText}). */
export function renderTemplate<P>(template: MessageTemplate<P>, params: P): Bilingual {
  return { fa: persianText(template.fa(params)), en: stripVerbatim(template.en(params)) };
}

// ---------------------------------------------------------------------------
// Persian typography

/** Opens and closes a verbatim span (private-use characters, removed on rendering). */
const VERBATIM_OPEN = '\uE000';
const VERBATIM_CLOSE = '\uE001';

/**
 * Mark a value that must be written as given in Persian text — an id, a code, a field path
 * — even when it is all digits (`'1234'` stays `1234`, not `۱۲۳۴`). The marks are removed
 * by {@link persianText} and by the renderer of the English text.
 *
 * @param value - the value as the caller gave it
 * @returns the value between verbatim marks
 * @example
 * persianText(`دفتر ${verbatim('1234')} در رتبه 2`); // 'دفتر 1234 در رتبه ۲'
 */
export function verbatim(value: string): string {
  return VERBATIM_OPEN + value + VERBATIM_CLOSE;
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
/** The Persian decimal separator (U+066B). */
const DECIMAL_SEPARATOR = '٫';

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** A Latin letter, `_` or `$`: what starts an identifier. */
const isIdStart = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36;
const isIdPart = (c: number): boolean => isIdStart(c) || isDigit(c);

/**
 * The end of the identifier starting at `i`: letters, digits, `_`, `$`, and the path
 * continuations `[0]`, `.name`, `-name` (`offences[0].date`, `art34-p`, `regulation-1401`).
 */
function identifierEnd(s: string, i: number): number {
  const n = s.length;
  for (;;) {
    while (i < n && isIdPart(s.charCodeAt(i))) i++;
    const c = s.charCodeAt(i);
    if (c === 91 /* [ */ && isDigit(s.charCodeAt(i + 1))) {
      let j = i + 1;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      if (s.charCodeAt(j) !== 93 /* ] */) return i;
      i = j + 1;
    } else if ((c === 46 /* . */ || c === 45 /* - */) && isIdPart(s.charCodeAt(i + 1))) i += 1;
    else return i;
  }
}

/**
 * Persian text from a template's output: numbers are written with Persian digits and a
 * decimal point becomes «٫» (`10.5` → `۱۰٫۵`); identifiers, field paths and codes keep their
 * Latin digits (`art41`, `a1`, `offences[0].date`, `regulation-1401`: a digit run touching a
 * Latin letter, or an index inside a path), and so does whatever {@link verbatim} marked.
 *
 * @param s - text with Latin digits
 * @returns the same text with its numbers in Persian digits
 * @example
 * persianText('نماینده «a1» در 1401/05/23'); // 'نماینده «a1» در ۱۴۰۱/۰۵/۲۳'
 * persianText('offences[0].date: 10.5 روز'); // 'offences[0].date: ۱۰٫۵ روز'
 */
export function persianText(s: string): string {
  const n = s.length;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0xe000) {
      const close = s.indexOf(VERBATIM_CLOSE, i + 1);
      const end = close < 0 ? n : close;
      out += s.slice(from, i) + s.slice(i + 1, end);
      i = end + 1;
      from = i;
    } else if (isIdStart(c)) i = identifierEnd(s, i);
    else if (isDigit(c)) {
      let j = i;
      while (j < n && isDigit(s.charCodeAt(j))) j++;
      // A decimal point between digits.
      if (s.charCodeAt(j) === 46 && isDigit(s.charCodeAt(j + 1))) {
        j++;
        while (j < n && isDigit(s.charCodeAt(j))) j++;
      }
      if (j < n && isIdStart(s.charCodeAt(j))) {
        // Digits that run into letters (`2nd`, `5xx`): an identifier, kept whole.
        i = identifierEnd(s, j);
        continue;
      }
      out += s.slice(from, i);
      for (let k = i; k < j; k++) {
        const d = s.charCodeAt(k);
        out += d === 46 ? DECIMAL_SEPARATOR : PERSIAN_DIGITS[d - 48];
      }
      i = j;
      from = j;
    } else i++;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Remove the verbatim marks (for English text, whose digits stay as they are). */
export function stripVerbatim(s: string): string {
  return s.indexOf(VERBATIM_OPEN) < 0 ? s : s.replace(/[\uE000\uE001]/g, '');
}

/**
 * An English count with its noun in the right number: `plural(1, 'day')` is `1 day`,
 * `plural(2, 'day')` `2 days` (`many` for an irregular plural).
 *
 * @param n - the count
 * @param one - the noun (or noun phrase) in the singular
 * @param many - the plural, when it is not `one` + `s`
 * @returns the count and the noun
 * @example
 * plural(1, 'rial'); // '1 rial'
 * plural(3, 'office'); // '3 offices'
 * plural(2, 'candidate', 'candidates'); // '2 candidates'
 */
export function plural(n: number | string, one: string, many?: string): string {
  return `${n} ${Number(String(n).replace(/,/g, '')) === 1 ? one : (many ?? `${one}s`)}`;
}

/** Pick one language of a bilingual text. */
export function inLang(text: Bilingual, lang: Lang): string {
  return lang === 'fa' ? text.fa : text.en;
}
