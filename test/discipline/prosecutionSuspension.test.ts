import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { OFFENCE_IDS, getOffence, suspendProsecution } from '../../src/discipline/index.js';

describe('Art. 31: suspension of prosecution (D11)', () => {
  it('TSDoc example: suspendProsecution', () => {
    expect(suspendProsecution({ offences: [{ id: 'art36-b' }], decidedOn: '1403/02/10', years: 1 }).value.end).toBe('1404/02/10');
    expect(suspendProsecution({ offences: [{ id: 'art38-dh' }] }).status).toBe('unavailable');
    expect(
      suspendProsecution({ offences: [{ id: 'art36-b' }], decidedOn: '1403/02/10', years: 1, newOffence: { committedOn: '1403/09/01', finalConviction: true } }).status,
    ).toBe('revoked');
  });

  it('Art. 31 «درجه یک تا چهار»: available exactly for offences of grade 1–4', () => {
    for (const id of OFFENCE_IDS) {
      const d = suspendProsecution({ offences: [{ id }] });
      expect(d.value.available).toBe(getOffence(id).grade <= 4);
    }
  });

  it('Art. 31: Art. 41 breaches (grade 2–4) qualify; 3 days of absence (grade 4) qualify, 4 days (grade 5) do not', () => {
    expect(suspendProsecution({ offences: [{ id: 'art41', grade: 4 }] }).status).toBe('available');
    expect(suspendProsecution({ offences: [{ id: 'absence', days: 3 }] }).status).toBe('available');
    expect(suspendProsecution({ offences: [{ id: 'absence', days: 4 }] }).status).toBe('unavailable');
  });

  it('D11: one offence of grade 5 among several makes it unavailable', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }, { id: 'art38-a' }] });
    expect(d.value.highestGrade).toBe(5);
    expect(d.findings[0]).toMatchObject({ status: 'unmet', citation: { article: 31 } });
  });

  it('Art. 31 «یک تا دو سال»: 11 months unlawful, 12 lawful; 24 lawful, 25 unlawful; years and months add up', () => {
    const st = (y: number, m: number) => suspendProsecution({ offences: [{ id: 'art34-a' }], years: y, months: m }).value.periodLawful;
    expect(st(0, 11)).toBe(false);
    expect(st(1, 0)).toBe(true);
    expect(st(1, 6)).toBe(true);
    expect(st(2, 0)).toBe(true);
    expect(st(2, 1)).toBe(false);
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], months: 25 }).status).toBe('unavailable');
  });

  it('D3: a suspension decided on Esfand 30 1403 for one year ends on 1405/01/01', () => {
    expect(suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1403/12/30', years: 1 }).value.end).toBe('1405/01/01');
  });

  it('Art. 31: a new offence on the last day of the period ending in a final conviction revokes; the day after does not', () => {
    const base = { offences: [{ id: 'art34-a' as const }], decidedOn: '1403/02/10', years: 1 };
    expect(suspendProsecution({ ...base, newOffence: { committedOn: '1404/02/10', finalConviction: true } }).status).toBe('revoked');
    const after = suspendProsecution({ ...base, newOffence: { committedOn: '1404/02/11', finalConviction: true } });
    expect(after.status).toBe('available');
    expect(after.findings.at(-1)?.code).toBe('discipline.prosecutionSuspension.outside');
  });

  it('Art. 31: on revocation both offences are sentenced under Art. 44', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }], decidedOn: '1403/02/10', years: 1, newOffence: { committedOn: '1403/05/01', finalConviction: true } });
    expect(d.value.revoked).toBe(true);
    expect(d.findings.at(-1)).toMatchObject({ code: 'discipline.prosecutionSuspension.art44', citation: { article: 44 } });
  });

  it('Art. 31 «منجر به محکومیت قطعی»: without a final conviction, no revocation; unknown conviction → incomplete', () => {
    const base = { offences: [{ id: 'art34-a' as const }], decidedOn: '1403/02/10', years: 1 };
    expect(suspendProsecution({ ...base, newOffence: { committedOn: '1403/05/01', finalConviction: false } }).status).toBe('available');
    const d = suspendProsecution({ ...base, newOffence: { committedOn: '1403/05/01' } });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['newOffence.finalConviction']);
  });

  it('missing facts: a new offence without the order date or period is incomplete', () => {
    const d = suspendProsecution({ offences: [{ id: 'art34-a' }], newOffence: { committedOn: '1403/05/01', finalConviction: true } });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['decidedOn', 'years']);
  });

  it('bad input: an offence after the order, an unknown id, negative years', () => {
    expect(() => suspendProsecution({ offences: [{ id: 'art34-a', date: '1403/02/11' }], decidedOn: '1403/02/10' })).toThrow(/offences\[0\]\.date/);
    expect(() => suspendProsecution({ offences: [{ id: 'nope' as 'art34-a' }] })).toThrow(/offences\[0\]\.id/);
    expect(() => suspendProsecution({ offences: [{ id: 'art34-a' }], years: -1 })).toThrow(/years/);
  });

  it('the end is never before the order and a new offence inside [order, end] with a final conviction always revokes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 24 }), fc.integer({ min: 0, max: 800 }), (months, offset) => {
        const d = suspendProsecution({ offences: [{ id: 'art35-a' }], decidedOn: '1402/01/15', months });
        const end = d.value.end as string;
        expect(end > '1402/01/15').toBe(true);
        const committed = suspendProsecution({ offences: [{ id: 'art35-a' }], decidedOn: '1402/01/15', months, newOffence: { committedOn: dayPlus('1402/01/15', offset), finalConviction: true } });
        expect(committed.status).toBe(dayPlus('1402/01/15', offset) <= end ? 'revoked' : 'available');
      }),
    );
  });
});

function dayPlus(date: string, n: number): string {
  const [y, m, d] = date.split('/').map(Number) as [number, number, number];
  return formatDayNumber(toDayNumber(y, m, d) + n);
}
