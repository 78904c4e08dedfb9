/**
 * cite() refuses a provision the regulation does not have (issue 15, item 5): the index in
 * src/core/provisions.ts (so the main entry need not carry the text) is the text's, article
 * by article.
 */
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { ARTICLE_COUNT, provisionsOf } from '../../src/core/provisions.js';
import { REGULATION_1401_TEXT } from '../../src/text/index.js';
import { thrown } from '../support/input-error.js';

describe('issue 15, item 5: the provision index is the text\'s', () => {
  it('all 54 articles: the same clauses, notes, paragraphs (Art. 14) and grades (Art. 29) as src/text', () => {
    expect(ARTICLE_COUNT).toBe(REGULATION_1401_TEXT.articles.length);
    for (const a of REGULATION_1401_TEXT.articles) {
      expect(provisionsOf(a.number), `Art. ${a.number}`).toEqual({
        clauses: a.clauses.map((c) => c.id),
        notes: a.notes.map((n) => n.number),
        paragraphs: a.paragraphs.map((p) => p.number),
        grades: a.grades.map((g) => g.grade),
      });
    }
    expect(provisionsOf(0)).toBeUndefined();
    expect(provisionsOf(55)).toBeUndefined();
  });
});

describe('issue 15, item 5: cite() refuses provisions that do not exist, with the typed error', () => {
  it('Art. 54 is cited; Art. 55 is refused (field citation.article), in both languages', () => {
    expect(cite({ article: 54 }, 'en')).toBe('Art. 54');
    const e = thrown(() => cite({ article: 55 }, 'en'));
    expect(e.issues[0]?.field).toBe('citation.article');
    expect(e.messages.en).toContain('an article of the regulation, 1–54');
    expect(e.messages.fa).toContain('آیین نامه ماده ۵۵ ندارد');
  });

  it('Art. 37 goes from د to ز: 37(د) and 37(ز) are cited, 37(ذ) refused (field citation.clause) with the clauses Art. 37 has', () => {
    expect(cite({ article: 37, clause: 'د' }, 'en')).toBe('Art. 37(d)');
    expect(cite({ article: 37, clause: 'ز' }, 'fa')).toBe('ماده ۳۷ بند ز');
    const e = thrown(() => cite({ article: 37, clause: 'ذ' }, 'fa'));
    expect(e.issues[0]?.field).toBe('citation.clause');
    expect(e.issues[0]?.expected.en).toBe('a clause of Art. 37: الف, ب, پ, ت, ث, ج, چ, ح, خ, د, ز');
    expect(e.issues[0]?.expected.fa).toContain('بندی از ماده ۳۷');
    // Art. 38 has its ذ
    expect(cite({ article: 38, clause: 'ذ' }, 'en')).toBe('Art. 38(dh)');
  });

  it('notes, paragraphs and grades: Art. 3 note 5 (as published) yes, note 1 no; Art. 14 para. 3 yes, 4 no; Art. 29 grade 7 yes, Art. 30 grade 1 no', () => {
    expect(cite({ article: 3, note: 5 }, 'en')).toBe('Art. 3, note 5');
    expect(thrown(() => cite({ article: 3, note: 1 }, 'en')).issues[0]?.field).toBe('citation.note');
    expect(cite({ article: 14, paragraph: 3 }, 'en')).toBe('Art. 14, para. 3');
    expect(thrown(() => cite({ article: 14, paragraph: 4 }, 'en')).issues[0]?.field).toBe('citation.paragraph');
    expect(cite({ article: 29, grade: 7 }, 'en')).toBe('Art. 29, grade 7');
    const g = thrown(() => cite({ article: 30, grade: 1 }, 'en'));
    expect(g.issues[0]?.field).toBe('citation.grade');
    expect(g.issues[0]?.expected.en).toBe('no grade (Art. 30 has none)');
  });

  it('the earlier instruction\'s citations keep their own form check (no text index for them here)', () => {
    expect(cite({ article: 5, item: 2, ruleSet: 'instruction-1392' } as never, 'en')).toBe('Instruction Art. 5(2)');
  });
});
