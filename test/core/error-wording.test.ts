/**
 * What a typed error says (issue 15, item 5): a date field, missing or wrong, says "a Jalali
 * date YYYY/MM/DD or a Date" in both languages, and "required" when it is missing; no
 * message of any input schema carries raw zod wording. Walks every CLI command's valid
 * example (the same inputs the HTTP API and the JSON Schemas describe), date field by date
 * field.
 */
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { isInputError, type InputError } from '../../src/core/errors.js';
import { assessExperience } from '../../src/eligibility/index.js';

const DATE = /^\d{4}\/\d{2}\/\d{2}$/;
const RAW = [/matching one of the allowed forms/, /Invalid input:(?! )/, /مقداری مطابق یکی از شکل‌های مجاز/, /expected a value of type undefined/];

type Path = (string | number)[];
/** Every path to a Jalali date string in a value. */
function datePaths(v: unknown, at: Path = []): Path[] {
  if (typeof v === 'string') return DATE.test(v) ? [at] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => datePaths(x, [...at, i]));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => datePaths(x, [...at, k]));
  return [];
}
/** A deep copy of `v` with the value at `path` replaced (or its key removed, for `undefined`). */
function withAt(v: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(v) as Record<string | number, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (value === undefined && !Array.isArray(o)) delete o[last];
  else o[last] = value;
  return copy;
}
const errorOf = (f: () => unknown): InputError | null => {
  try {
    f();
  } catch (e) {
    if (isInputError(e)) return e;
    throw e;
  }
  return null;
};
const fieldOf = (path: Path): string => path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s === '' ? k : `${s}.${k}`), '');

describe('issue 15, item 5: the typed error of a date field says what a date is', () => {
  it('Art. 5 experience: a work period without its start says "required" and the date form (fa and en), not a raw union error', () => {
    const e = errorOf(() => assessExperience({ asOf: '1405/01/01', degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }], periods: [{ related: true }] } as never));
    expect(e).not.toBeNull();
    const issue = e?.issues.find((i) => i.field === 'periods[0].start');
    expect(issue?.message.en).toBe('periods[0].start: required — a Jalali date YYYY/MM/DD (years 1200–1600) or a JS Date');
    expect(issue?.message.fa).toContain('الزامی است');
    expect(issue?.message.fa).toContain('تاریخ شمسی به شکل YYYY/MM/DD');
    for (const r of RAW) expect(e?.messages.en).not.toMatch(r);
  });

  for (const cmd of COMMANDS) {
    const paths = datePaths(cmd.example);
    if (paths.length === 0) continue;
    it(`${cmd.name} (${cmd.articles}): every date field, malformed or of another type, says the date form; missing, "required" too`, () => {
      let checked = 0;
      for (const path of paths) {
        const field = fieldOf(path);
        for (const bad of ['1403/13/40', 'tomorrow', 7, true, { y: 1403 }]) {
          const e = errorOf(() => cmd.run(withAt(cmd.example, path, bad)));
          expect(e, `${field} = ${JSON.stringify(bad)}`).not.toBeNull();
          const issue = e?.issues.find((i) => i.field === field);
          expect(issue, `${field}: ${e?.messages.en}`).toBeDefined();
          expect(issue?.expected.en).toMatch(/^a Jalali date YYYY\/MM\/DD/);
          expect(issue?.expected.fa).toMatch(/^تاریخ شمسی به شکل YYYY\/MM\/DD/);
          for (const r of RAW) {
            expect(e?.messages.en).not.toMatch(r);
            expect(e?.messages.fa).not.toMatch(r);
          }
          checked++;
        }
        const missing = errorOf(() => cmd.run(withAt(cmd.example, path, undefined)));
        const issue = missing?.issues.find((i) => i.field === field);
        // an optional date left out is no error; a required one says so
        if (issue !== undefined) {
          expect(issue.message.en).toMatch(/: required — a Jalali date YYYY\/MM\/DD/);
          expect(issue.message.fa).toMatch(/: الزامی است — تاریخ شمسی به شکل YYYY\/MM\/DD/);
        }
      }
      expect(checked).toBeGreaterThan(0);
    });
  }

  it('an empty input to any command: every issue names its field, required ones say "required", none in raw zod wording', () => {
    for (const cmd of COMMANDS) {
      const e = errorOf(() => cmd.run({}));
      if (e === null) continue;
      for (const i of e.issues) {
        expect(i.field.length).toBeGreaterThan(0);
        for (const r of RAW) {
          expect(i.message.en, `${cmd.name} ${i.field}`).not.toMatch(r);
          expect(i.message.fa, `${cmd.name} ${i.field}`).not.toMatch(r);
        }
      }
    }
  });
});
