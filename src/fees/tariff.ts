/**
 * The tariff of the offices' services, as data the caller supplies.
 *
 * ماده ۱۳- هزینه شرکت در آزمون و صدور پروانه، میزان حق عضویت در کانون و تعرفه خدمات دفاتر
 * با پیشنهاد کانون، تایید رییس مرکز و تصویب رئیس قوه قضاییه تعیین می شود.
 *
 * The regulation says who sets the tariff (proposed by the Association, confirmed by the
 * head of the Center, approved by the Head of the Judiciary), not the amounts. So the
 * amounts come from the caller, as a dated table: several tariffs side by side, each in
 * force from its `effectiveFrom` date until the day before the next one's.
 */
import { formatDayNumber } from '../_lib/jalali.js';
import { parseInput } from '../core/errors.js';
import { TariffLookupInputSchema, type TariffLookupInput, type TariffTable } from './schemas.js';

/** The tariff of one service on one day. */
export interface TariffInForce {
  readonly service: string;
  /** The amount in rials, or null when no tariff in force on that day lists the service. */
  readonly amount: number | null;
  /** The first day of the tariff in force, or null when none is in force on that day. */
  readonly effectiveFrom: string | null;
  /** The tariff's reference, when given. */
  readonly reference: string | null;
  /** The index in the table of the tariff in force, or null. */
  readonly index: number | null;
}

/**
 * Internal: the tariff in force on a day (the latest `effectiveFrom` on or before it).
 * Independent of the table's order.
 */
export function selectTariff(table: TariffTable, service: string, on: number): TariffInForce {
  let best = -1;
  let bestFrom = -Infinity;
  table.forEach((t, i) => {
    if (t.effectiveFrom > on) return;
    if (t.effectiveFrom > bestFrom) {
      best = i;
      bestFrom = t.effectiveFrom;
    }
  });
  const t = table[best];
  if (t === undefined) return { service, amount: null, effectiveFrom: null, reference: null, index: null };
  const amount = Object.prototype.hasOwnProperty.call(t.services, service) ? (t.services[service] ?? null) : null;
  return { service, amount, effectiveFrom: formatDayNumber(t.effectiveFrom), reference: t.reference ?? null, index: best };
}

/**
 * The tariff of a service in force on a day (Art. 13): of the caller's dated tariffs, the
 * one with the latest `effectiveFrom` on or before the day. The order of the table does
 * not matter.
 *
 * @param input - `{ tariffs, service, on }`: the dated table, the service code, the day
 * @returns the amount (null when no tariff in force lists the service), and which tariff
 * @throws InputError for a malformed table (negative or fractional amount, bad date, two
 * tariffs starting on one day)
 * @example
 * tariffInForce({
 *   tariffs: [
 *     { effectiveFrom: '1402/01/01', services: { petition: 900_000 } },
 *     { effectiveFrom: '1403/01/01', services: { petition: 1_100_000 } },
 *   ],
 *   service: 'petition',
 *   on: '1402/12/29',
 * });
 * // { service: 'petition', amount: 900000, effectiveFrom: '1402/01/01', reference: null, index: 0 }
 */
export function tariffInForce(input: TariffLookupInput): TariffInForce {
  const p = parseInput(TariffLookupInputSchema, input);
  return selectTariff(p.tariffs, p.service, p.on);
}
