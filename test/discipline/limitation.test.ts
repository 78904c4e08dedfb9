import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { isInputError } from '../../src/core/errors.js';
import { prosecutionBars, type ProsecutionBarsInput } from '../../src/discipline/index.js';

const NONE = { prosecutionActs: [] as string[], resJudicata: false, permanentlySeparated: false, deceased: false };
const at = (asOf: string, committedOn: string, extra: Partial<ProsecutionBarsInput> = {}) =>
  prosecutionBars({ asOf, offence: { committedOn }, ...NONE, ...extra });

describe('Art. 30: bars to prosecution', () => {
  it('TSDoc example: prosecutionBars', () => {
    const facts = { offence: { committedOn: '1401/06/10' }, prosecutionActs: [], resJudicata: false, permanentlySeparated: false, deceased: false };
    expect(prosecutionBars({ asOf: '1403/06/10', ...facts }).status).toBe('notBarred');
    expect(prosecutionBars({ asOf: '1403/06/11', ...facts }).status).toBe('barred');
    expect(prosecutionBars({ asOf: '1403/06/11', ...facts }).value.limitation?.barredFrom).toBe('1403/06/11');
  });

  it('Art. 30 note, D12: prosecution is still possible on the second anniversary and barred from the next day', () => {
    const on = at('1403/06/10', '1401/06/10');
    expect(on.status).toBe('notBarred');
    expect(on.value.limitation).toEqual({ start: '1401/06/10', lastDay: '1403/06/10', barredFrom: '1403/06/11' });
    const after = at('1403/06/11', '1401/06/10');
    expect(after.status).toBe('barred');
    expect(after.value.bars).toEqual(['limitation']);
    expect(after.findings.find((f) => f.code === 'discipline.bar.limitation.expired')?.citation).toEqual({ article: 30, clause: 'ب' });
  });

  it('D3: an offence on Esfand 30 1403 (leap): the last day is 1406/01/01 (1405/12/30 does not exist); clamp gives 1405/12/29', () => {
    expect(at('1406/01/01', '1403/12/30').value.limitation?.lastDay).toBe('1406/01/01');
    expect(at('1406/01/01', '1403/12/30').status).toBe('notBarred');
    const clamp = at('1406/01/01', '1403/12/30', { options: { overflow: 'clamp' } });
    expect(clamp.value.limitation?.lastDay).toBe('1405/12/29');
    expect(clamp.status).toBe('barred');
  });

  it('Art. 30 note «یا آخرین اقدام تعقیبی»: an act before the bar starts the two years afresh', () => {
    const d = at('1404/01/01', '1401/06/10', { prosecutionActs: ['1402/03/01'] });
    expect(d.value.limitation).toEqual({ start: '1402/03/01', lastDay: '1404/03/01', barredFrom: '1404/03/02' });
    expect(d.status).toBe('notBarred');
  });

  it('D12: an act on the last day itself still renews; an act the day after revives nothing', () => {
    expect(at('1405/01/01', '1401/06/10', { prosecutionActs: ['1403/06/10'] }).value.limitation?.start).toBe('1403/06/10');
    const late = at('1405/01/01', '1401/06/10', { prosecutionActs: ['1403/06/11'] });
    expect(late.value.limitation?.start).toBe('1401/06/10');
    expect(late.status).toBe('barred');
    expect(late.steps.some((s) => s.code === 'discipline.limitation.actIgnored')).toBe(true);
  });

  it('D12: acts chain, each within two years of the one before; the order given does not matter', () => {
    const acts = ['1404/05/01', '1402/05/01', '1403/05/01'];
    const d = at('1406/05/01', '1401/01/01', { prosecutionActs: acts });
    expect(d.value.limitation?.start).toBe('1404/05/01');
    expect(d.status).toBe('notBarred');
  });

  it('D12: a continuing offence dates from its last day', () => {
    const d = prosecutionBars({ asOf: '1403/07/01', offence: { committedOn: '1401/01/01', endedOn: '1401/07/01' }, ...NONE });
    expect(d.value.limitation?.start).toBe('1401/07/01');
    expect(d.status).toBe('notBarred');
    expect(d.steps[0]?.message.en).toContain('continuing offence');
  });

  it('Art. 30(الف), (پ), (ت): res judicata, permanent separation and death each bar prosecution', () => {
    expect(at('1402/01/01', '1401/06/10', { resJudicata: true }).value.bars).toEqual(['resJudicata']);
    expect(at('1402/01/01', '1401/06/10', { permanentlySeparated: true }).value.bars).toEqual(['permanentSeparation']);
    const dead = at('1404/01/01', '1401/06/10', { deceased: true });
    expect(dead.value.bars).toEqual(['limitation', 'death']);
    expect(dead.findings.map((f) => f.citation)).toEqual([
      { article: 30, clause: 'الف' },
      { article: 30, clause: 'ب' },
      { article: 30, clause: 'پ' },
      { article: 30, clause: 'ت' },
    ]);
  });

  it('missing facts: unknown bars make the decision incomplete and are listed; a known bar still bars', () => {
    const d = prosecutionBars({ asOf: '1402/01/01', offence: { committedOn: '1401/06/10' } });
    expect(d.status).toBe('incomplete');
    expect(d.value.barred).toBeNull();
    expect(d.missing).toEqual(['resJudicata', 'permanentlySeparated', 'deceased']);
    expect(prosecutionBars({ asOf: '1402/01/01', offence: {}, deceased: true }).status).toBe('barred');
  });

  it('missing facts: without the acts, an offence older than two years might have been renewed: unknown', () => {
    const d = prosecutionBars({ asOf: '1404/01/01', offence: { committedOn: '1401/06/10' }, resJudicata: false, permanentlySeparated: false, deceased: false });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['prosecutionActs']);
    expect(prosecutionBars({ asOf: '1402/01/01', offence: {}, resJudicata: false, permanentlySeparated: false, deceased: false }).missing).toEqual(['offence.committedOn']);
  });

  it('bad input: dates after asOf, an act before the offence, endedOn before committedOn', () => {
    const fields = (input: ProsecutionBarsInput): string[] => {
      try {
        prosecutionBars(input);
      } catch (e) {
        if (isInputError(e)) return e.issues.map((i) => i.field);
      }
      return [];
    };
    expect(fields({ asOf: '1402/01/01', offence: { committedOn: '1402/01/02' } })).toEqual(['offence.committedOn']);
    expect(fields({ asOf: '1402/01/01', offence: { committedOn: '1401/01/02' }, prosecutionActs: ['1401/01/01'] })).toEqual(['prosecutionActs[0]']);
    expect(fields({ asOf: '1402/01/01', offence: { committedOn: '1401/01/02' }, prosecutionActs: ['1402/01/02'] })).toEqual(['prosecutionActs[0]']);
    expect(fields({ asOf: '1402/01/01', offence: { committedOn: '1401/01/02', endedOn: '1401/01/01' } })).toEqual(['offence.endedOn']);
  });

  const FIRST = toDayNumber(1400, 1, 1);
  const day = fc.integer({ min: FIRST, max: FIRST + 2500 });

  it('once barred by limitation, prosecution stays barred on every later day (same facts)', () => {
    fc.assert(
      fc.property(day, fc.array(day, { maxLength: 4 }), fc.nat(1500), fc.nat(400), (offence, acts, k, later) => {
        const asOf = offence + k;
        const input = (a: number) => ({ asOf: formatDayNumber(a), offence: { committedOn: formatDayNumber(offence) }, ...NONE, prosecutionActs: acts.filter((x) => x >= offence && x <= asOf).map(formatDayNumber) });
        const now = prosecutionBars(input(asOf));
        fc.pre(now.status === 'barred');
        expect(prosecutionBars(input(asOf + later)).status).toBe('barred');
      }),
    );
  });

  it('the last day is never before the second anniversary of the offence, and prosecution is possible up to it', () => {
    fc.assert(
      fc.property(day, fc.array(day, { maxLength: 4 }), (offence, acts) => {
        const asOf = offence + 3000;
        const d = prosecutionBars({ asOf: formatDayNumber(asOf), offence: { committedOn: formatDayNumber(offence) }, ...NONE, prosecutionActs: acts.filter((x) => x >= offence).map(formatDayNumber) });
        const last = d.value.limitation?.lastDay as string;
        const [y, m, dd] = last.split('/').map(Number) as [number, number, number];
        const lastDay = toDayNumber(y, m, dd);
        expect(lastDay).toBeGreaterThanOrEqual(addYears(offence, 2));
        const onLast = prosecutionBars({ asOf: last, offence: { committedOn: formatDayNumber(offence) }, ...NONE, prosecutionActs: acts.filter((x) => x >= offence && x <= lastDay).map(formatDayNumber) });
        expect(onLast.status).toBe('notBarred');
      }),
    );
  });
});
