import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLAUSE_LETTERS, CLAUSE_TRANSLITERATION } from '../../src/core/citation.js';
import { isInputError } from '../../src/core/errors.js';
import {
  ARTICLE_GRADES,
  getOffence,
  isOffenceId,
  OFFENCE_IDS,
  offenceCatalogue,
  UNLISTED_BREACH_ID,
  unlistedBreach,
} from '../../src/discipline/index.js';

/** The regulation: the shared source text, or the fixture copy kept in the repository. */
function regulationText(): string {
  const candidates = [
    fileURLToPath(new URL('../../../shared/regulation/regulation-1401.fa.txt', import.meta.url)),
    fileURLToPath(new URL('../fixtures/regulation-1401.fa.txt', import.meta.url)),
  ];
  const path = candidates.find((p) => existsSync(p));
  if (path === undefined) throw new Error('the regulation text was not found');
  return readFileSync(path, 'utf8');
}

/** The lines of one article, from «ماده N-» to the next article. */
function articleLines(text: string, article: number): string[] {
  const fa = String(article).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)] as string);
  const start = text.indexOf(`ماده ${fa}-`);
  const next = text.indexOf('ماده ', start + 5);
  return text.slice(start, next).split('\n').filter((l) => l.trim() !== '');
}

describe('Arts. 34–40: the offence catalogue', () => {
  it('has 51 clauses: 4 + 4 + 7 + 11 + 12 + 6 + 7 (Art. 39 has six: ث and ج share a line)', () => {
    expect(offenceCatalogue).toHaveLength(51);
    const per = (a: number) => offenceCatalogue.filter((e) => e.article === a).length;
    expect([34, 35, 36, 37, 38, 39, 40].map(per)).toEqual([4, 4, 7, 11, 12, 6, 7]);
  });

  it('every id is unique and is art<article>-<transliterated clause> (SPEC D15)', () => {
    expect(new Set(OFFENCE_IDS).size).toBe(51);
    for (const e of offenceCatalogue) {
      expect(e.id).toBe(`art${e.article}-${CLAUSE_TRANSLITERATION[e.clause]}`);
      expect(e.citation).toEqual({ article: e.article, clause: e.clause });
    }
  });

  it('Arts. 34–40: each article attaches one grade, 1 to 7 in order', () => {
    for (const e of offenceCatalogue) expect(e.grade).toBe(e.article - 33);
    expect(ARTICLE_GRADES).toEqual({ 34: 1, 35: 2, 36: 3, 37: 4, 38: 5, 39: 6, 40: 7 });
  });

  it('clauses of each article run in alphabetical order as published', () => {
    for (const a of [34, 35, 36, 37, 38, 39, 40]) {
      const order = offenceCatalogue.filter((e) => e.article === a).map((e) => CLAUSE_LETTERS.indexOf(e.clause));
      expect([...order].sort((x, y) => x - y)).toEqual(order);
    }
  });

  it('Art. 37 goes from د to ز, with no ذ or ر (SPEC D15)', () => {
    const clauses = offenceCatalogue.filter((e) => e.article === 37).map((e) => e.clause);
    expect(clauses.slice(-2)).toEqual(['د', 'ز']);
    expect(clauses).not.toContain('ذ');
    expect(clauses).not.toContain('ر');
  });

  it('Art. 39(ث) and 39(ج), published on one line, are two clauses', () => {
    expect(getOffence('art39-th').text).toBe('ارتباط نامتعارف با مراجعان');
    expect(getOffence('art39-j').text).toBe('صدور گواهی خلاف واقع');
  });

  it('every clause text is copied exactly from the regulation, with its letter, in its article', () => {
    const text = regulationText();
    for (const a of [34, 35, 36, 37, 38, 39, 40]) {
      const lines = articleLines(text, a);
      for (const e of offenceCatalogue.filter((x) => x.article === a)) {
        const pattern = new RegExp(`(^|؛ )${e.clause}\\s*-?\\s*${e.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[؛.]?(\\s|$|؛)`);
        expect(lines.some((l) => pattern.test(l)), `${e.id}: ${e.text}`).toBe(true);
      }
    }
  });

  it('every entry has a non-empty English title', () => {
    for (const e of offenceCatalogue) expect(e.title.length).toBeGreaterThan(5);
  });

  it('D9: exactly the seven day-count clauses are marked', () => {
    const marked = offenceCatalogue.filter((e) => e.dayCount !== undefined).map((e) => `${e.id}:${e.dayCount}`);
    expect(marked).toEqual([
      'art37-j:absence',
      'art38-ch:absence',
      'art38-kh:closure',
      'art39-a:closure',
      'art39-b:absence',
      'art40-p:closure',
      'art40-th:absence',
    ]);
  });

  it('Art. 41: the unlisted breach carries grade 2 to 4, and its text is the article\'s', () => {
    expect(unlistedBreach.grades).toEqual({ min: 2, max: 4 });
    expect(regulationText()).toContain(unlistedBreach.text);
  });

  it('the catalogue is frozen data', () => {
    expect(Object.isFrozen(offenceCatalogue)).toBe(true);
    expect(JSON.parse(JSON.stringify(offenceCatalogue))).toEqual(offenceCatalogue);
  });
});

describe('getOffence', () => {
  it('TSDoc example: getOffence', () => {
    expect(getOffence('art38-dh').grade).toBe(5);
    expect(getOffence('art38-dh').citation).toEqual({ article: 38, clause: 'ذ' });
    expect(getOffence('art37-z').text).toBe('عدم همکاری با بازرسان');
  });

  it('an unknown id is an InputError naming the field', () => {
    for (const bad of ['art37-dh', 'art41', 'art38-ذ', '', 38]) {
      try {
        getOffence(bad as string);
        expect.unreachable();
      } catch (e) {
        expect(isInputError(e)).toBe(true);
        expect((e as { issues: { field: string; code: string }[] }).issues[0]).toMatchObject({ field: 'id', code: 'unknown_offence' });
      }
    }
  });
});

describe('isOffenceId', () => {
  it('TSDoc example: isOffenceId', () => {
    expect(isOffenceId('art37-z')).toBe(true);
    expect(isOffenceId('art37-dh')).toBe(false);
    expect(isOffenceId(UNLISTED_BREACH_ID)).toBe(false);
    expect(isOffenceId(undefined)).toBe(false);
  });
});
