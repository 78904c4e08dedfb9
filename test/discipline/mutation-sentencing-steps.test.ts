/**
 * Tests written against a Stryker survivor in src/discipline/sentencing.ts after its
 * equivalent mutants were removed (issue 7): Art. 44 under the `highestGroup` reading
 * (SPEC D10), where + 1 reaches grade 7 without passing it.
 */
import { describe, expect, it } from 'vitest';
import { sentence } from '../../src/discipline/index.js';

describe('Art. 44 (mutation): the highestGroup step at grade 6', () => {
  it('Art. 44, reading highestGroup, with Art. 29: two of grade 6 beside a 5 — + 1 gives 7, which is not capped (no "highest grade" note)', () => {
    const d = sentence({ asOf: '1403/05/01', offences: [{ id: 'art39-t' }, { id: 'art39-j' }, { id: 'art38-dh' }], priors: [], options: { multipleOffences: 'highestGroup' } });
    const s = d.steps.find((x) => x.code === 'discipline.step.multipleHighestGroup');
    expect(s?.data).toEqual({ base: 7, reading: 'highestGroup' });
    expect(s?.message.en).toBe('3 offences of different grades, 2 of them of the highest grade (6): offences of one grade aggravate the penalty by one grade (mandatory): grade 7; no optional aggravation beyond it.');
    expect(s?.message.fa).not.toContain('درجه هفت بالاترین درجه است');
    expect(d.value.mandatory).toBe(7);
  });
});
