/**
 * Digit normalisation. Persian (U+06F0–U+06F9) and Arabic-Indic (U+0660–U+0669) digits
 * are read as their Latin values; Latin digits are written as Persian for Persian text.
 */

const PERSIAN_ZERO = 0x06f0;
const ARABIC_INDIC_ZERO = 0x0660;

/** Replace Persian and Arabic-Indic digits with Latin ones. */
export function toLatinDigits(s: string): string {
  let out = '';
  // Stryker disable next-line BooleanLiteral: equivalent — without a digit to replace, `out` is a copy of `s`: the same string
  let changed = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= PERSIAN_ZERO && c <= PERSIAN_ZERO + 9) {
      out += String.fromCharCode(48 + c - PERSIAN_ZERO);
      changed = true;
    } else if (c >= ARABIC_INDIC_ZERO && c <= ARABIC_INDIC_ZERO + 9) {
      out += String.fromCharCode(48 + c - ARABIC_INDIC_ZERO);
      changed = true;
    } else {
      out += s[i];
    }
  }
  return changed ? out : s;
}

/** Replace Latin digits with Persian ones (for Persian text). */
export function toPersianDigits(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i !== s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      out += s.slice(from, i) + PERSIAN_DIGITS[c - 48];
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

const PERSIAN_DIGITS = ['۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'];
