import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { combineFindings, collectMissing, REGULATION_1401, tallyFindings, type Finding, type FindingStatus } from '../../src/core/decision.js';
import { explain } from '../../src/core/explain.js';
import { buildersFor, makeDecision } from '../../src/core/findings.js';
import { coreMessages } from '../../src/core/messages.js';

const { finding, step } = buildersFor(coreMessages);
import { parseJalali } from '../../src/_lib/jalali.js';

const f = (status: FindingStatus, missing?: string[]): Finding =>
  finding({ code: 'core.asOf', status, citation: { article: 9, clause: 'ث' }, params: { date: '1403/01/01' }, ...(missing ? { missing } : {}) });

describe('the decision model', () => {
  it('SPEC §3: any unmet → ineligible; else any unknown → incomplete; else eligible', () => {
    expect(combineFindings([f('met'), f('unknown'), f('unmet')])).toBe('ineligible');
    expect(combineFindings([f('met'), f('unknown')])).toBe('incomplete');
    expect(combineFindings([f('met'), f('info')])).toBe('eligible');
    expect(combineFindings([])).toBe('eligible');
  });

  it('the combined status does not depend on the order of the findings', () => {
    const status = fc.constantFrom<FindingStatus>('met', 'unmet', 'unknown', 'info');
    fc.assert(
      fc.property(fc.array(status), fc.func(fc.integer()), (list, key) => {
        const a = list.map((s) => f(s));
        const b = [...a].sort((x, y) => key(x) - key(y));
        expect(combineFindings(b)).toBe(combineFindings(a));
      }),
    );
  });

  it('SPEC §3: the tally gives the combined status and how many findings decide it (the unmet, else the unknown)', () => {
    expect(tallyFindings([f('met'), f('unknown'), f('unmet'), f('unmet')])).toEqual({ status: 'ineligible', count: 2 });
    expect(tallyFindings([f('unknown'), f('met'), f('unknown')])).toEqual({ status: 'incomplete', count: 2 });
    expect(tallyFindings([f('met'), f('info')])).toEqual({ status: 'eligible', count: 0 });
    const status = fc.constantFrom<FindingStatus>('met', 'unmet', 'unknown', 'info');
    fc.assert(
      fc.property(fc.array(status), (list) => {
        const a = list.map((s) => f(s));
        const t = tallyFindings(a);
        expect(t.status).toBe(combineFindings(a));
        const deciding = t.status === 'ineligible' ? 'unmet' : 'unknown';
        expect(t.count).toBe(list.filter((s) => s === deciding).length);
      }),
    );
  });

  it('missing facts are gathered once each, in order', () => {
    expect(collectMissing([f('unknown', ['a', 'b']), f('met'), f('unknown', ['b', 'c'])])).toEqual(['a', 'b', 'c']);
  });

  it('the envelope records the rule set and asOf, and survives JSON unchanged', () => {
    const d = makeDecision({
      kind: 'test',
      asOf: parseJalali('1403/05/01') as number,
      status: 'incomplete',
      value: { x: 1 },
      summary: { fa: 'خلاصه', en: 'Summary' },
      findings: [f('met'), f('unknown', ['person.birthDate'])],
      steps: [step({ code: 'core.asOf', citation: { article: 33 }, params: { date: '1403/05/02' } })],
    });
    expect(d.ruleSet).toEqual(REGULATION_1401);
    expect(d.asOf).toBe('1403/05/01');
    expect(d.missing).toEqual(['person.birthDate']);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
  });
});

describe('explain()', () => {
  const d = makeDecision({
    kind: 'test',
    asOf: parseJalali('1403/05/01') as number,
    status: 'incomplete',
    value: null,
    summary: { fa: 'ناقص', en: 'Incomplete' },
    findings: [f('met'), f('unmet'), f('unknown', ['person.sex']), f('info')],
    steps: [step({ code: 'core.asOf', citation: { article: 38, clause: 'ذ' }, params: { date: '1403/05/02' } })],
  });

  it('renders English with marks, citations, numbered steps and the unknown facts', () => {
    const text = explain(d, { lang: 'en' });
    expect(text.split('\n')[0]).toBe('Incomplete');
    expect(text).toContain('Rule set regulation-1401 (approved 1401/05/23), as of 1403/05/01');
    expect(text).toContain('  ✓ [Art. 9(th)] as of 1403/01/01');
    expect(text).toContain('  ✗ [Art. 9(th)]');
    expect(text).toContain('  ? [Art. 9(th)]');
    expect(text).toContain('  1. [Art. 38(dh)] as of 1403/05/02');
    expect(text).toContain('Still unknown: person.sex');
  });

  it('renders Persian with Persian digits and Persian citations', () => {
    const text = explain(d, { lang: 'fa' });
    expect(text).toContain('به تاریخ ۱۴۰۳/۰۵/۰۱');
    expect(text).toContain('[ماده ۹ بند ث]');
    expect(text).toContain('۱. [ماده ۳۸ بند ذ] به تاریخ ۱۴۰۳/۰۵/۰۲');
    expect(text).toContain('اطلاعات ناقص: person.sex');
    expect(text).toContain('مجموعه قواعد regulation-1401 (مصوب ۱۴۰۱/۰۵/۲۳)، به تاریخ');
    expect(/[0-9]/.test(text.replace('regulation-1401', ''))).toBe(false);
  });
});
