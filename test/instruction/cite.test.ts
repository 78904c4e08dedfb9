/**
 * Mutation tests for the instruction's citation helpers (private): every citation they
 * build carries `ruleSet: 'instruction-1392'` and renders as the instruction's, never as
 * the regulation's article of the same number.
 */
import { describe, expect, it } from 'vitest';
import { cite } from '../../src/core/citation.js';
import { iArt, iClause, iItem, iNote } from '../../src/instruction/cite.js';

describe('citations of the instruction', () => {
  it('Instruction Arts. 9, 11, 15: a lettered clause (abjad order) is cited as the instruction’s, in both languages', () => {
    expect(iClause(9, 'ج')).toEqual({ article: 9, clause: 'ج', ruleSet: 'instruction-1392' });
    expect(cite(iClause(9, 'ج'), 'fa')).toBe('ماده ۹ بند ج دستورالعمل');
    expect(cite(iClause(15, 'ه'), 'en')).toBe('Instruction Art. 15(he)');
    expect(cite(iClause(11, 'و'), 'en')).toBe('Instruction Art. 11(v)');
  });

  it('Instruction Arts. 5, 23, 26: an article, an item and a note carry the rule set', () => {
    expect(iArt(24)).toEqual({ article: 24, ruleSet: 'instruction-1392' });
    expect(iItem(5, 2)).toEqual({ article: 5, item: 2, ruleSet: 'instruction-1392' });
    expect(iNote(26, 3)).toEqual({ article: 26, note: 3, ruleSet: 'instruction-1392' });
    expect(cite(iNote(26, 3), 'en')).toBe('Instruction Art. 26, note 3');
  });
});
