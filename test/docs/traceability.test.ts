import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTraceability, citationsInName, citationsInSource, testNames } from './traceability.js';

const PAGE = join(import.meta.dirname, '..', '..', 'docs', 'traceability.md');

describe('docs/traceability.md (issue 6: generated, checked in CI)', () => {
  const built = buildTraceability();

  if (process.env['TRACE_WRITE'] === '1') writeFileSync(PAGE, built.markdown);

  it('is up to date with the code and the tests (run `npm run docs:traceability`)', () => {
    expect(readFileSync(PAGE, 'utf8')).toBe(built.markdown);
  });

  it('every provision of Arts. 8–14 and 29–45 has code or a stated reason', () => {
    expect(built.uncovered).toEqual([]);
  });
});

describe('the traceability readers', () => {
  it('read citations in source code', () => {
    const found = citationsInSource(`{ article: 9, clause: 'ث' } art(38, 'ذ') note(30, 1) { article: 29, grade: 5 } { article: 33 }`);
    expect([...found].sort()).toEqual(['29 grade 5', '30 note 1', '33', '38(ذ)', '9(ث)'].sort());
  });

  it('read citations in test names, Persian letters and transliterations alike', () => {
    expect([...citationsInName('Art. 9(ث): a manager aged 23 is under age')].sort()).toEqual(['9', '9(ث)']);
    expect([...citationsInName('Art. 38(dh) and Art. 35(t): overcharging')].sort()).toEqual(['35', '35(ت)', '38', '38(ذ)']);
    expect([...citationsInName('Art. 17 note 1: below average')].sort()).toEqual(['17', '17 note 1']);
    expect([...citationsInName('Arts. 29–31 and 33')].sort()).toEqual(['29', '30', '31', '33']);
  });

  it('read test names', () => {
    expect(testNames(`it('a', () => {}); describe("b", () => {}); it.each([1, 2])('c %s', () => {})`)).toEqual(['a', 'b', 'c %s']);
  });
});
