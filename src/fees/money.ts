/**
 * Money in rials (private to the fees domain, exported for callers' schemas): a
 * non-negative safe integer. A negative, fractional, non-finite or unsafe amount is an
 * input error naming the field.
 */
import * as z from 'zod/mini';
import type { Bilingual } from '../core/text.js';

const EXPECTED_RIALS: Bilingual = {
  en: 'an amount in rials: a non-negative whole number no larger than Number.MAX_SAFE_INTEGER',
  fa: 'مبلغی به ریال: عدد صحیح نامنفی که از Number.MAX_SAFE_INTEGER بزرگ‌تر نباشد',
};

/**
 * An amount in rials: a non-negative safe integer (`-0` is read as `0`).
 */
export const RialsSchema = z.pipe(
  z.number().check(
    z.refine((n: number) => Number.isSafeInteger(n) && n >= 0, {
      message: EXPECTED_RIALS.en,
      params: { code: 'invalid_amount', expected: EXPECTED_RIALS },
    }),
  ),
  z.transform((n: number) => (n === 0 ? 0 : n)),
);

/** Group digits by thousands: `1250000` → `1,250,000` (`٬` for Persian text). */
export function groupThousands(n: number, separator: string): string {
  const s = String(n);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += separator;
    out += s[i];
  }
  return out;
}

/** An amount as English text: `1,250,000 rials` (`1 rial`). */
export function rialsEn(n: number): string {
  return `${groupThousands(n, ',')} ${n === 1 ? 'rial' : 'rials'}`;
}

/** An amount as Persian text (digits become Persian when rendered): `1٬250٬000 ریال`. */
export function rialsFa(n: number): string {
  return `${groupThousands(n, '٬')} ریال`;
}
