import { describe, expect, it } from 'vitest';
import { disciplineMessages } from '../../src/discipline/messages.js';
import { prosecutionBars, sentence } from '../../src/discipline/index.js';

describe('discipline messages and inputs', () => {
  it('every code is prefixed `discipline.` and has both languages', () => {
    for (const [code, t] of Object.entries(disciplineMessages)) {
      expect(code.startsWith('discipline.')).toBe(true);
      expect(typeof t.fa).toBe('function');
      expect(typeof t.en).toBe('function');
    }
  });

  it('D1: a JS Date is read by its UTC calendar date (2024-10-01 = 1403/07/10), whatever the host zone', () => {
    const d = sentence({ asOf: new Date('2024-10-01'), offences: [{ id: 'art36-a', date: new Date('2024-09-30T23:30:00Z') }], priors: [] });
    expect(d.asOf).toBe('1403/07/10');
    expect(d.value.offences[0]?.date).toBe('1403/07/09');
  });

  it('D1: dates with Persian digits are read like Latin ones (Art. 30 note)', () => {
    const a = prosecutionBars({ asOf: '۱۴۰۳/۰۶/۱۱', offence: { committedOn: '۱۴۰۱/۰۶/۱۰' }, prosecutionActs: [], resJudicata: false, permanentlySeparated: false, deceased: false });
    expect(a.status).toBe('barred');
  });
});
