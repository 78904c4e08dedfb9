import fc from 'fast-check';
import { provisionsOf } from '../../src/core/provisions.js';
import { describe, expect, it } from 'vitest';
import { art, cite, CLAUSE_LETTERS, CLAUSE_TRANSLITERATION, note, type Citation, type ClauseId } from '../../src/core/citation.js';
import { toPersianDigits } from '../../src/_lib/digits.js';
import { REGULATION_1401_TEXT } from '../../src/text/index.js';

const CLAUSE_IDS: readonly ClauseId[] = [...CLAUSE_LETTERS, 'ز2'];

describe('cite: clauses', () => {
  it('Art. 38(ذ) renders as «ماده ۳۸ بند ذ» and Art. 38(dh)', () => {
    expect(cite({ article: 38, clause: 'ذ' }, 'fa')).toBe('ماده ۳۸ بند ذ');
    expect(cite({ article: 38, clause: 'ذ' }, 'en')).toBe('Art. 38(dh)');
  });

  it('Art. 10(الف) and Art. 9(ث): الف is a, ث is th', () => {
    expect(cite({ article: 10, clause: 'الف' }, 'en')).toBe('Art. 10(a)');
    expect(cite({ article: 9, clause: 'ث' }, 'en')).toBe('Art. 9(th)');
    expect(cite({ article: 9, clause: 'ث' }, 'fa')).toBe('ماده ۹ بند ث');
  });

  it('Art. 1: the second ز is ز2, rendered apart from the first', () => {
    expect(cite({ article: 1, clause: 'ز' }, 'fa')).toBe('ماده ۱ بند ز');
    expect(cite({ article: 1, clause: 'ز2' }, 'fa')).toBe('ماده ۱ بند ز (دوم)');
    expect(cite({ article: 1, clause: 'ز' }, 'en')).toBe('Art. 1(z)');
    expect(cite({ article: 1, clause: 'ز2' }, 'en')).toBe('Art. 1(z-2)');
  });

  it('every clause id of the data renders, and the renderings of one article are distinct', () => {
    for (const a of REGULATION_1401_TEXT.articles) {
      const fa = a.clauses.map((c) => cite({ article: a.number, clause: c.id }, 'fa'));
      const en = a.clauses.map((c) => cite({ article: a.number, clause: c.id }, 'en'));
      a.clauses.forEach((c, i) => {
        const faArt = `ماده ${toPersianDigits(String(a.number))}`;
        expect(fa[i]).toBe(c.id === 'ز2' ? `${faArt} بند ز (دوم)` : `${faArt} بند ${c.letter}`);
        expect(en[i]).toBe(`Art. ${a.number}(${CLAUSE_TRANSLITERATION[c.id]})`);
      });
      expect(new Set(fa).size).toBe(a.clauses.length);
      expect(new Set(en).size).toBe(a.clauses.length);
    }
  });
});

describe('cite: notes, paragraphs, grades, articles', () => {
  it('Art. 17 notes 1 and 2; Art. 13 note 2', () => {
    expect(cite({ article: 17, note: 1 }, 'en')).toBe('Art. 17, note 1');
    expect(cite({ article: 17, note: 2 }, 'fa')).toBe('تبصره ۲ ماده ۱۷');
    expect(cite({ article: 13, note: 2 }, 'fa')).toBe('تبصره ۲ ماده ۱۳');
  });

  it('Art. 3: its only note is published as «تبصره ۵» and cited so', () => {
    expect(cite({ article: 3, note: 5 }, 'fa')).toBe('تبصره ۵ ماده ۳');
    expect(cite({ article: 3, note: 5 }, 'en')).toBe('Art. 3, note 5');
  });

  it.each([5, 29, 30])('Art. %i: its single unnumbered note is cited without a number', (article) => {
    expect(cite({ article, note: 1 }, 'fa')).toBe(`تبصره ماده ${toPersianDigits(String(article))}`);
    expect(cite({ article, note: 1 }, 'en')).toBe(`Art. ${article}, note`);
  });

  it('every note of the data renders; numbered notes carry their number', () => {
    for (const a of REGULATION_1401_TEXT.articles) {
      for (const x of a.notes) {
        const en = cite({ article: a.number, note: x.number }, 'en');
        expect(en).toBe(x.numbered ? `Art. ${a.number}, note ${x.number}` : `Art. ${a.number}, note`);
      }
    }
  });

  it('Art. 14 paragraphs', () => {
    expect(cite({ article: 14, paragraph: 2 }, 'fa')).toBe('ماده ۱۴ فراز ۲');
    expect(cite({ article: 14, paragraph: 3 }, 'en')).toBe('Art. 14, para. 3');
  });

  it('Art. 29 grades', () => {
    expect(cite({ article: 29, grade: 5 }, 'en')).toBe('Art. 29, grade 5');
    expect(cite({ article: 29, grade: 7 }, 'fa')).toBe('ماده ۲۹ درجه ۷');
  });

  it('a whole article', () => {
    expect(cite({ article: 54 }, 'fa')).toBe('ماده ۵۴');
    expect(cite({ article: 54 }, 'en')).toBe('Art. 54');
  });

  it('Persian citations use Persian digits only; English ones Latin digits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 54 }), fc.constantFrom<ClauseId | undefined>(undefined, ...CLAUSE_IDS), (article, k) => {
        // a clause the article has (cite refuses one it lacks), or the whole article
        const clauses = provisionsOf(article)?.clauses ?? [];
        const clause = k !== undefined && clauses.includes(k) ? k : undefined;
        const c: Citation = clause === undefined ? { article } : { article, clause };
        const fa = cite(c, 'fa');
        const en = cite(c, 'en');
        return !/[0-9]/.test(fa) && fa.includes(toPersianDigits(String(article))) && en.startsWith(`Art. ${article}`) && !/[۰-۹]/.test(en);
      }),
    );
  });

  it('does not mutate the citation', () => {
    const c = { article: 38, clause: 'ذ' as const };
    const copy = { ...c };
    cite(c, 'fa');
    cite(c, 'en');
    expect(c).toEqual(copy);
  });
});

describe('the transliteration table', () => {
  it('covers exactly the clause letters and ز2', () => {
    expect(Object.keys(CLAUSE_TRANSLITERATION).sort()).toEqual([...CLAUSE_IDS].sort());
  });

  it('is one-to-one: no two letters share a Latin form', () => {
    const forms = Object.values(CLAUSE_TRANSLITERATION);
    expect(new Set(forms).size).toBe(forms.length);
  });

  it('uses lower-case Latin letters only (and -2 for the second ز)', () => {
    for (const [id, latin] of Object.entries(CLAUSE_TRANSLITERATION)) expect(latin).toMatch(id === 'ز2' ? /^z-2$/ : /^[a-z]+$/);
  });

  it('pins each letter', () => {
    expect(CLAUSE_TRANSLITERATION).toEqual({
      الف: 'a', ب: 'b', پ: 'p', ت: 't', ث: 'th', ج: 'j', چ: 'ch', ح: 'h', خ: 'kh', د: 'd', ذ: 'dh', ر: 'r', ز: 'z', ژ: 'zh', ز2: 'z-2',
    });
  });

  it('CLAUSE_LETTERS are in Persian alphabetical order', () => {
    const alphabet = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';
    const firstChars = CLAUSE_LETTERS.map((l) => alphabet.indexOf(l[0]!));
    expect(firstChars).toEqual([...firstChars].sort((x, y) => x - y));
    expect(firstChars.every((i) => i >= 0)).toBe(true);
  });
});

describe('helpers', () => {
  it('art() and note() build citations', () => {
    expect(art(9, 'ث')).toEqual({ article: 9, clause: 'ث' });
    expect(art(9)).toEqual({ article: 9 });
    expect(note(30, 1)).toEqual({ article: 30, note: 1 });
    expect(cite(note(30, 1), 'fa')).toBe('تبصره ماده ۳۰');
  });
});

describe('TSDoc examples', () => {
  it('TSDoc example: cite', () => {
    expect(cite({ article: 38, clause: 'ذ' }, 'fa')).toBe('ماده ۳۸ بند ذ');
    expect(cite({ article: 38, clause: 'ذ' }, 'en')).toBe('Art. 38(dh)');
    expect(cite({ article: 17, note: 1 }, 'en')).toBe('Art. 17, note 1');
    expect(cite({ article: 29, note: 1 }, 'fa')).toBe('تبصره ماده ۲۹');
    expect(cite({ article: 29, grade: 5 }, 'en')).toBe('Art. 29, grade 5');
  });

  it('TSDoc example: art', () => {
    expect(art(9, 'ث')).toEqual({ article: 9, clause: 'ث' });
    expect(art(9)).toEqual({ article: 9 });
  });

  it('TSDoc example: note', () => {
    expect(note(30, 1)).toEqual({ article: 30, note: 1 });
  });
});
