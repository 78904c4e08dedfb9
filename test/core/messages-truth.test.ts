import { describe, expect, it } from 'vitest';
import { persianText, plural, verbatim } from '../../src/core/text.js';
import fc from 'fast-check';
import { realDecisions } from '../support/variants.js';
import { appealDeadline } from '../../src/dates/index.js';
import { sentence } from '../../src/discipline/index.js';

type F = { code: string; status: string; message: { fa: string; en: string } };

/** Findings whose unmet/unknown message repeats a met message of the same code. */
function falseSentences(findings: readonly F[]): string[] {
  const met = new Map<string, Set<string>>();
  for (const f of findings) if (f.status === 'met') (met.get(f.code) ?? met.set(f.code, new Set()).get(f.code)!).add(f.message.en).add(f.message.fa);
  return findings
    .filter((f) => (f.status === 'unmet' || f.status === 'unknown') && (met.get(f.code)?.has(f.message.en) || met.get(f.code)?.has(f.message.fa)))
    .map((f) => `${f.code} (${f.status}): ${f.message.en}`);
}

describe('issue 15 item 3 (Arts. 22–25 and every module): an unmet or unknown message reads true on its own', () => {
  const all = realDecisions();
  const findings = all.flatMap((v) => ((v.decision as { findings?: F[] }).findings ?? []) as F[]);

  it('the corpus (every CLI example, each boolean flipped, each fact left out) has met, unmet and unknown findings', () => {
    expect(all.length).toBeGreaterThan(200);
    for (const s of ['met', 'unmet', 'unknown']) expect(findings.some((f) => f.status === s)).toBe(true);
  });

  it('the check fails on a false sentence (Art. 23: "a1 is an office manager" carried by an unmet finding)', () => {
    const m = { fa: 'x', en: 'Association representative "a1" is an office manager.' };
    expect(falseSentences([{ code: 'c', status: 'met', message: m }, { code: 'c', status: 'unmet', message: m }])).toHaveLength(1);
  });

  it('no unmet or unknown finding of any real decision carries the met message of its code', () => {
    expect(falseSentences(findings)).toEqual([]);
  });
});

describe('issue 15 item 5: Persian typography', () => {
  it('identifiers, field paths and codes keep Latin digits; numbers become Persian; decimals use «٫»', () => {
    expect(persianText('«a1» art41 offences[0].date regulation-1401')).toBe('«a1» art41 offences[0].date regulation-1401');
    expect(persianText('۱۰.۵ and 10.5 روز در 1401/05/23')).toBe('۱۰.۵ and ۱۰٫۵ روز در ۱۴۰۱/۰۵/۲۳');
    expect(persianText(`دفتر ${verbatim('1234')} رتبه 2`)).toBe('دفتر 1234 رتبه ۲');
  });

  it('property: any ASCII identifier round-trips unchanged through Persian rendering', () => {
    const ident = fc
      .tuple(fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/), fc.array(fc.oneof(fc.nat({ max: 99 }).map((n) => `[${n}]`), fc.stringMatching(/^\.[A-Za-z_][A-Za-z0-9_]{0,5}$/)), { maxLength: 3 }))
      .map(([h, t]) => h + t.join(''));
    fc.assert(fc.property(ident, (id) => {
      expect(persianText(id)).toBe(id);
      expect(persianText(`فیلد ${id} است`)).toBe(`فیلد ${id} است`);
    }));
  });

  it('lists in Persian use «،» and «و», never a Latin comma (Art. 33 appeal over uncovered years; Art. 43 priors without dates)', () => {
    const persian: string[] = [];
    const walk = (x: unknown): void => {
      if (x === null || typeof x !== 'object') return;
      const o = x as Record<string, unknown>;
      if (typeof o['fa'] === 'string') persian.push(o['fa']);
      for (const v of Object.values(o)) walk(v);
    };
    const uncovered = appealDeadline({ notifiedOn: '1410/12/10' });
    const priors = sentence({ asOf: '1404/01/01', offences: [{ id: 'art36-a' }], priors: [{ grade: 2 }, { grade: 3 }] });
    expect(uncovered.summary.fa).toContain('سال‌های ۱۴۱۰ و ۱۴۱۱');
    expect(priors.summary.fa).toContain('priors[0].carriedOut، priors[1].carriedOut');
    for (const d of [uncovered, priors, ...realDecisions().map((v) => v.decision)]) walk(d);
    expect(persian.length).toBeGreaterThan(1000);
    expect(persian.filter((t) => t.includes(','))).toEqual([]);
  });

  it('English counts agree with their nouns (1 rial, 2 rials)', () => {
    expect(plural(1, 'rial')).toBe('1 rial');
    expect(plural('1,000', 'rial')).toBe('1,000 rials');
    expect(plural(0, 'office')).toBe('0 offices');
  });
});
