import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addYears, formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { isInputError } from '../../src/core/errors.js';
import { prosecutionBars, type ProsecutionBarsInput, type ProsecutionBarsDecision } from '../../src/discipline/index.js';

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

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).
// Tests written against Stryker survivors in src/discipline/limitation.ts (issue 7, item 5):
// Art. 30 and its note (SPEC D12), each step and finding pinned with its code, citation,
// status, `data` and the dates of its message in both languages.
/** Persian digits of a Latin-digit string. */
const fa = (s: string | number) => String(s).replace(/\d/g, (c) => '۰۱۲۳۴۵۶۷۸۹'[Number(c)]!);

const NO_BARS = { resJudicata: false, permanentlySeparated: false, deceased: false } as const;
const run = (x: ProsecutionBarsInput) => prosecutionBars(x);
const stepCodes = (d: ProsecutionBarsDecision) => d.steps.map((s) => s.code);
const findingOf = (d: ProsecutionBarsDecision, code: string) => {
  const xs = d.findings.filter((f) => f.code === code);
  expect(xs, `one finding ${code}`).toHaveLength(1);
  return xs[0]!;
};
const stepOf = (d: ProsecutionBarsDecision, code: string) => {
  const xs = d.steps.filter((s) => s.code === code);
  expect(xs, `one step ${code}`).toHaveLength(1);
  return xs[0]!;
};

describe('Art. 30(ب) and its note: two years from the offence — pinned', () => {
  const facts = { offence: { committedOn: '1401/06/10' }, prosecutionActs: [], ...NO_BARS };

  it('Art. 30 note: on the anniversary (1403/06/10) prosecution is still possible — running (met), with the dates in data and in both languages', () => {
    const d = run({ asOf: '1403/06/10', ...facts });
    expect(d.kind).toBe('discipline.bars');
    expect(d.status).toBe('notBarred');
    expect(d.value).toEqual({
      citation: { article: 30 },
      barred: false,
      bars: [],
      limitation: { start: '1401/06/10', lastDay: '1403/06/10', barredFrom: '1403/06/11' },
    });
    const f = findingOf(d, 'discipline.bar.limitation.running');
    expect(f.status).toBe('met');
    expect(f.citation).toEqual({ article: 30, clause: 'ب' });
    expect(f.data).toEqual({ start: '1401/06/10', lastDay: '1403/06/10', barredFrom: '1403/06/11' });
    expect(f.message.en).toBe('On 1403/06/10 the limitation period has not run out; prosecution is possible until 1403/06/10.');
    expect(f.message.fa).toBe(`در ${fa('1403/06/10')} مرور زمان تمام نشده است؛ تعقیب تا ${fa('1403/06/10')} ممکن است.`);
    expect(stepCodes(d)).toEqual(['discipline.limitation.start', 'discipline.limitation.lastDay']);
    const start = stepOf(d, 'discipline.limitation.start');
    expect(start.citation).toEqual({ article: 30, note: 1 });
    expect(start.message.en).toBe('The limitation runs from the date of the offence, 1401/06/10.');
    expect(start.message.fa).toContain(fa('1401/06/10'));
    const last = stepOf(d, 'discipline.limitation.lastDay');
    expect(last.citation).toEqual({ article: 30, note: 1 });
    expect(last.message.en).toBe('Two years from 1401/06/10: prosecution is possible until 1403/06/10 (that day included) and barred from 1403/06/11.');
    expect(last.message.fa).toContain(`تا ${fa('1403/06/10')}`);
    expect(last.message.fa).toContain(`از ${fa('1403/06/11')}`);
    expect(d.summary).toEqual({ fa: 'مانعی برای تعقیب انتظامی نیست', en: 'Nothing bars disciplinary prosecution' });
  });

  it('Art. 30(ب): the day after the anniversary (1403/06/11) — expired (unmet), bar "limitation", summary barred', () => {
    const d = run({ asOf: '1403/06/11', ...facts });
    expect(d.status).toBe('barred');
    expect(d.value.barred).toBe(true);
    expect(d.value.bars).toEqual(['limitation']);
    const f = findingOf(d, 'discipline.bar.limitation.expired');
    expect(f.status).toBe('unmet');
    expect(f.citation).toEqual({ article: 30, clause: 'ب' });
    expect(f.data).toEqual({ start: '1401/06/10', lastDay: '1403/06/10', barredFrom: '1403/06/11' });
    expect(f.message.en).toBe('The offence is time-barred: the last day to prosecute was 1403/06/10, barred from 1403/06/11 (as of 1403/06/11).');
    expect(f.message.fa).toContain(`آخرین روز تعقیب ${fa('1403/06/10')} بود و از ${fa('1403/06/11')}`);
    expect(d.summary).toEqual({ fa: 'تعقیب انتظامی موقوف است', en: 'Disciplinary prosecution is barred' });
  });

  it('Art. 30 note, a continuing offence: the two years run from its last day, and the start step says so', () => {
    const d = run({ asOf: '1403/07/01', offence: { committedOn: '1401/01/01', endedOn: '1401/07/01' }, prosecutionActs: [], ...NO_BARS });
    expect(d.value.limitation).toEqual({ start: '1401/07/01', lastDay: '1403/07/01', barredFrom: '1403/07/02' });
    expect(d.status).toBe('notBarred');
    const s = stepOf(d, 'discipline.limitation.start');
    expect(s.message.en).toBe('A continuing offence: the limitation runs from its last day, 1401/07/01.');
    expect(s.message.fa).toContain('تخلف مستمر');
  });

  it('Art. 30(ب): without the offence date the limitation is unknown (missing offence.committedOn); no steps, no period', () => {
    const d = run({ asOf: '1403/07/01', offence: {}, prosecutionActs: [], ...NO_BARS });
    const f = findingOf(d, 'discipline.bar.limitation.unknown');
    expect(f.status).toBe('unknown');
    expect(f.missing).toEqual(['offence.committedOn']);
    expect(f.data).toBeUndefined();
    expect(d.steps).toEqual([]);
    expect(d.value.limitation).toBeNull();
    expect(d.value.barred).toBeNull();
    expect(d.status).toBe('incomplete');
    expect(d.summary).toEqual({ fa: 'اطلاعات برای تصمیم درباره موانع تعقیب کامل نیست', en: 'Not enough facts to decide the bars to prosecution' });
  });

  it('Art. 30 note: acts of prosecution not given — within two years of the offence still running; past them unknown (an act could have renewed)', () => {
    const within = run({ asOf: '1403/06/10', offence: { committedOn: '1401/06/10' }, ...NO_BARS });
    expect(findingOf(within, 'discipline.bar.limitation.running').status).toBe('met');
    expect(stepCodes(within)).toEqual(['discipline.limitation.start', 'discipline.limitation.lastDay']);
    expect(within.status).toBe('notBarred');
    const past = run({ asOf: '1403/06/11', offence: { committedOn: '1401/06/10' }, ...NO_BARS });
    const f = findingOf(past, 'discipline.bar.limitation.unknown');
    expect(f.status).toBe('unknown');
    expect(f.missing).toEqual(['prosecutionActs']);
    expect(stepCodes(past)).toEqual(['discipline.limitation.start', 'discipline.limitation.lastDay']);
    expect(f.data).toEqual({ start: '1401/06/10', lastDay: '1403/06/10', barredFrom: '1403/06/11' });
    expect(past.status).toBe('incomplete');
    expect(past.value.bars).toEqual([]);
  });
});

describe('Art. 30 note: the last act of prosecution — pinned', () => {
  it('Art. 30 note: acts taken in date order, duplicates once — one on the start changes nothing, one in time renews, one after the bar revives nothing', () => {
    const d = run({
      asOf: '1404/06/01',
      offence: { committedOn: '1401/06/10' },
      // unordered, with a duplicate of the renewing act
      prosecutionActs: ['1404/05/01', '1402/01/01', '1401/06/10', '1402/01/01'],
      ...NO_BARS,
    });
    expect(stepCodes(d)).toEqual([
      'discipline.limitation.start',
      'discipline.limitation.actNoEffect',
      'discipline.limitation.act',
      'discipline.limitation.actIgnored',
      'discipline.limitation.lastDay',
    ]);
    const noEffect = stepOf(d, 'discipline.limitation.actNoEffect');
    expect(noEffect.citation).toEqual({ article: 30, note: 1 });
    expect(noEffect.message.en).toBe('The act of prosecution on 1401/06/10 is not later than the start of the limitation (1401/06/10) and changes nothing.');
    expect(noEffect.message.fa).toContain(fa('1401/06/10'));
    const act = stepOf(d, 'discipline.limitation.act');
    expect(act.message.en).toBe('The act of prosecution on 1402/01/01, before the limitation ran out (1403/06/10), starts it afresh.');
    expect(act.message.fa).toContain(`(${fa('1403/06/10')})`);
    const ignored = stepOf(d, 'discipline.limitation.actIgnored');
    expect(ignored.message.en).toBe('The act of prosecution on 1404/05/01 came after the bar fell (from 1404/01/02) and revives nothing.');
    expect(ignored.message.fa).toContain(`(از ${fa('1404/01/02')})`);
    expect(d.value.limitation).toEqual({ start: '1402/01/01', lastDay: '1404/01/01', barredFrom: '1404/01/02' });
    expect(d.status).toBe('barred');
  });

  it('Art. 30 note: an act on the last day itself renews; an act the day after does not', () => {
    const on = run({ asOf: '1403/07/01', offence: { committedOn: '1401/06/10' }, prosecutionActs: ['1403/06/10'], ...NO_BARS });
    expect(stepCodes(on)).toContain('discipline.limitation.act');
    expect(on.value.limitation?.lastDay).toBe('1405/06/10');
    expect(on.status).toBe('notBarred');
    const after = run({ asOf: '1403/07/01', offence: { committedOn: '1401/06/10' }, prosecutionActs: ['1403/06/11'], ...NO_BARS });
    expect(stepCodes(after)).toContain('discipline.limitation.actIgnored');
    expect(after.value.limitation?.lastDay).toBe('1403/06/10');
    expect(after.status).toBe('barred');
  });

  it('Art. 30 note, SPEC D3: two years from Esfand 30 of a leap year — the next day by default, Esfand 29 with overflow "clamp"', () => {
    const base = { asOf: '1404/01/01', offence: { committedOn: '1403/12/30' }, prosecutionActs: [] as string[], ...NO_BARS };
    const dflt = run(base);
    const clamp = run({ ...base, options: { overflow: 'clamp' } });
    expect(dflt.value.limitation?.lastDay).not.toBe(clamp.value.limitation?.lastDay);
    expect(clamp.value.limitation?.lastDay).toBe('1405/12/29');
    expect(dflt.value.limitation?.lastDay).toBe('1406/01/01');
  });

  it('Art. 30 note at the end of the supported years: the end lies beyond them — running (beyondRange), an act renews with "-" as the old end', () => {
    const d = run({ asOf: '1599/07/01', offence: { committedOn: '1599/06/01' }, prosecutionActs: ['1599/06/15'], ...NO_BARS });
    expect(stepCodes(d)).toEqual(['discipline.limitation.start', 'discipline.limitation.act', 'discipline.limitation.lastDayBeyondRange']);
    expect(stepOf(d, 'discipline.limitation.act').message.en).toBe('The act of prosecution on 1599/06/15, before the limitation ran out (-), starts it afresh.');
    const s = stepOf(d, 'discipline.limitation.lastDayBeyondRange');
    expect(s.message.en).toBe('Two years from 1599/06/15: the end of the limitation period lies beyond the supported years.');
    expect(s.message.fa).toContain(fa('1599/06/15'));
    const f = findingOf(d, 'discipline.bar.limitation.beyondRange');
    expect(f.status).toBe('met');
    expect(f.data).toEqual({ start: '1599/06/15', lastDay: null, barredFrom: null });
    expect(f.message.en).toBe('On 1599/07/01 the limitation period has not run out (its end lies beyond the supported years).');
    expect(d.value.limitation).toEqual({ start: '1599/06/15', lastDay: null, barredFrom: null });
    expect(d.status).toBe('notBarred');
  });
});

describe('Art. 30(الف), (پ), (ت): res judicata, permanent separation, death — pinned', () => {
  const within = { asOf: '1402/01/01', offence: { committedOn: '1401/06/10' }, prosecutionActs: [] as string[] };

  it('Art. 30(الف), (پ), (ت): none applies — each a met finding with its clause and "no" wording', () => {
    const d = run({ ...within, ...NO_BARS });
    const rj = findingOf(d, 'discipline.bar.resJudicata');
    expect(rj).toMatchObject({ status: 'met', citation: { article: 30, clause: 'الف' }, message: { en: 'The offence is not res judicata.', fa: 'تخلف مشمول امر مختومه نیست.' } });
    const sep = findingOf(d, 'discipline.bar.separation');
    expect(sep).toMatchObject({ status: 'met', citation: { article: 30, clause: 'پ' }, message: { en: 'The manager has not been permanently separated from managing the office.' } });
    const death = findingOf(d, 'discipline.bar.death');
    expect(death).toMatchObject({ status: 'met', citation: { article: 30, clause: 'ت' }, message: { en: 'The manager is alive.' } });
    expect(d.findings.map((f) => f.code)).toEqual(['discipline.bar.resJudicata', 'discipline.bar.limitation.running', 'discipline.bar.separation', 'discipline.bar.death']);
  });

  it('Art. 30: every bar at once — all unmet, listed in the order of the article', () => {
    const d = run({ asOf: '1404/01/01', offence: { committedOn: '1401/06/10' }, prosecutionActs: [], resJudicata: true, permanentlySeparated: true, deceased: true });
    expect(d.value.bars).toEqual(['resJudicata', 'limitation', 'permanentSeparation', 'death']);
    expect(findingOf(d, 'discipline.bar.resJudicata').message.en).toBe('The offence is res judicata: prosecution ends.');
    expect(findingOf(d, 'discipline.bar.separation').message.en).toBe('The manager has been permanently separated from managing the office: prosecution ends.');
    expect(findingOf(d, 'discipline.bar.death').message).toEqual({ fa: 'مدیر دفتر فوت کرده است: تعقیب موقوف می‌شود.', en: 'The manager has died: prosecution ends.' });
    expect(d.status).toBe('barred');
  });

  it('Art. 30(ت) alone: death bars prosecution even within two years', () => {
    const d = run({ ...within, resJudicata: false, permanentlySeparated: false, deceased: true });
    expect(d.value.bars).toEqual(['death']);
    expect(d.status).toBe('barred');
  });

  it('Art. 30(الف), (پ), (ت): facts not given — unknown findings, each missing its own field; the decision incomplete', () => {
    const d = run({ ...within });
    expect(findingOf(d, 'discipline.bar.resJudicata')).toMatchObject({ status: 'unknown', missing: ['resJudicata'], message: { en: 'Unknown whether the offence is res judicata.' } });
    expect(findingOf(d, 'discipline.bar.separation')).toMatchObject({ status: 'unknown', missing: ['permanentlySeparated'] });
    expect(findingOf(d, 'discipline.bar.death')).toMatchObject({ status: 'unknown', missing: ['deceased'], message: { en: 'Unknown whether the manager is alive.' } });
    expect(d.status).toBe('incomplete');
    expect(d.value.barred).toBeNull();
  });
});
