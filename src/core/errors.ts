import type * as z from 'zod/mini';
import { persianText, plural, type Bilingual } from './text.js';
import { EXPECTED_DATE } from './schemas.js';

/** One problem with one field of an input. */
export interface InputIssue {
  /** Where the problem is: keys and array indexes from the input's root. */
  readonly path: readonly (string | number)[];
  /** The path as text, e.g. `applicant.birthDate` or `scores[3].score`; `(input)` for the root. */
  readonly field: string;
  /** A stable code: zod's issue code, or this library's for a date (`invalid_date`). */
  readonly code: string;
  /** What was expected, in both languages. */
  readonly expected: Bilingual;
  /** A short description of what came (its type, or the value when short). */
  readonly received: string;
  /** The whole sentence, naming the field, what was expected and what came. */
  readonly message: Bilingual;
}

/** How many issues an InputError's message names (all are in `issues`). */
const MESSAGE_ISSUES = 20;

/**
 * The one error this library throws for malformed input (never for missing facts, which
 * make a decision `incomplete`). `message` is English; `messages` has both languages (each
 * names the first 20 issues and counts the rest); `issues` lists every problem found, each
 * with its field.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  /** Stable code for callers that switch on it. */
  readonly code = 'INPUT_INVALID' as const;
  readonly issues: readonly InputIssue[];
  readonly messages: Bilingual;

  constructor(issues: readonly InputIssue[]) {
    // The message names the first few issues (a batch of 10^5 bad entries would otherwise
    // build a message of megabytes); `issues` keeps every one.
    const shown = issues.slice(0, MESSAGE_ISSUES);
    const more = issues.length - shown.length;
    const messages = {
      en: `Invalid input: ${shown.map((i) => i.message.en).join('; ')}${more > 0 ? `; and ${more} more (see issues)` : ''}`,
      fa: `ورودی نادرست است: ${shown.map((i) => i.message.fa).join('؛ ')}${more > 0 ? persianText(`؛ و ${more} مورد دیگر (فهرست issues)`) : ''}`,
    };
    super(messages.en);
    this.issues = issues;
    this.messages = messages;
  }

  /** Plain data (for logs, CLI output and HTTP answers). */
  toJSON(): { name: string; code: 'INPUT_INVALID'; messages: Bilingual; issues: readonly InputIssue[] } {
    return { name: this.name, code: this.code, messages: this.messages, issues: this.issues };
  }
}

/** True when `e` is this library's input error (also across bundled copies). */
export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError || (typeof e === 'object' && e !== null && (e as { code?: unknown }).code === 'INPUT_INVALID' && Array.isArray((e as { issues?: unknown }).issues));
}

/** The outcome of a non-throwing call. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: InputError };

/**
 * The non-throwing form of any public function: `safe(fn)(...args)` returns
 * `{ ok: true, value }` or `{ ok: false, error }` where `error` is an {@link InputError}.
 * Anything else thrown (a defect in this library) is re-thrown, never disguised.
 *
 * @param fn - any public function of this library
 * @returns the same function, answering `Result` instead of throwing `InputError`
 * @example
 * safe(parseJalaliDate)('1403/12/30');            // { ok: true, value: '1403/12/30' } (1403 is a leap year)
 * safe(parseJalaliDate)('1404/12/30').ok;         // false: 1404 is not
 * safe(parseJalaliDate)('1404/12/30').error.issues[0].field; // 'input'
 */
export function safe<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => Result<R> {
  return (...args: A): Result<R> => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (e) {
      if (e instanceof InputError) return { ok: false, error: e };
      throw e;
    }
  };
}

// ---------------------------------------------------------------------------
// From zod issues

type Path = readonly PropertyKey[];

/** The path of a field as text: `a.b[2].c`. */
export function fieldName(path: Path, root?: string): string {
  let out = root ?? '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(input)' : out;
}

/** A short description of a received value. */
export function describeReceived(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (Object.is(value, -0)) return '-0';
    return String(value);
  }
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : `Date ${value.toISOString()}`;
  return typeof value;
}

const TYPE_FA: Readonly<Record<string, string>> = {
  string: 'متن',
  number: 'عدد',
  int: 'عدد صحیح',
  boolean: 'درست/نادرست (boolean)',
  date: 'تاریخ',
  array: 'آرایه',
  object: 'شیء',
  undefined: 'هیچ',
  null: 'null',
};

function bi(en: string, fa: string): Bilingual {
  return { en, fa: persianText(fa) };
}

function expectedOf(issue: z.core.$ZodIssue): Bilingual {
  switch (issue.code) {
    case 'invalid_type':
      return bi(`a value of type ${issue.expected}`, `مقداری از نوع ${TYPE_FA[issue.expected] ?? issue.expected}`);
    case 'too_small': {
      const m = String(issue.minimum);
      if (issue.origin === 'array' || issue.origin === 'set') return bi(`at least ${plural(m, 'item')}`, `دست‌کم ${m} مورد`);
      if (issue.origin === 'string') return bi(`at least ${plural(m, 'character')}`, `دست‌کم ${m} نویسه`);
      return issue.inclusive === false ? bi(`a number greater than ${m}`, `عددی بزرگ‌تر از ${m}`) : bi(`a number of at least ${m}`, `عددی دست‌کم ${m}`);
    }
    case 'too_big': {
      const m = String(issue.maximum);
      if (issue.origin === 'array' || issue.origin === 'set') return bi(`at most ${plural(m, 'item')}`, `حداکثر ${m} مورد`);
      if (issue.origin === 'string') return bi(`at most ${plural(m, 'character')}`, `حداکثر ${m} نویسه`);
      return issue.inclusive === false ? bi(`a number less than ${m}`, `عددی کوچک‌تر از ${m}`) : bi(`a number of at most ${m}`, `عددی حداکثر ${m}`);
    }
    case 'invalid_format':
      return bi(`a string in the format ${issue.format}`, `متنی در قالب ${issue.format}`);
    case 'not_multiple_of':
      return bi(`a multiple of ${issue.divisor}`, `مضربی از ${issue.divisor}`);
    case 'unrecognized_keys':
      return bi(`no keys other than the documented ones (unknown: ${issue.keys.join(', ')})`, `فقط کلیدهای مستند (کلید ناشناخته: ${issue.keys.join('، ')})`);
    case 'invalid_value': {
      const list = issue.values.map((v) => JSON.stringify(v)).join(' | ');
      return bi(`one of ${list}`, `یکی از ${list}`);
    }
    case 'invalid_union': {
      // A date field (a string or a Date) says what a date is; another union lists its forms.
      const forms = issue.errors.map((e) => (e.length === 1 && e[0]?.code === 'invalid_type' ? e[0].expected : null));
      if (forms.length === 2 && forms.includes('string') && forms.includes('date')) return EXPECTED_DATE;
      if (forms.every((f) => f !== null)) return bi(`one of the forms: ${forms.join(', ')}`, `یکی از این شکل‌ها: ${forms.map((f) => TYPE_FA[f as string] ?? f).join('، ')}`);
      return bi('a value of one of the documented forms (see the JSON Schema)', 'مقداری به یکی از شکل‌های مستند (نک. JSON Schema)');
    }
    case 'invalid_key':
      return bi('valid keys', 'کلیدهای معتبر');
    case 'invalid_element':
      return bi('valid elements', 'اجزای معتبر');
    case 'custom': {
      const p = issue.params as { expected?: Bilingual } | undefined;
      return p?.expected ?? bi(issue.message, issue.message);
    }
  }
}

/** Turn one zod issue into an {@link InputIssue}. */
export function toInputIssue(issue: z.core.$ZodIssue, root?: string): InputIssue {
  const path = issue.path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  const field = fieldName(issue.path, root);
  const expected = expectedOf(issue);
  const received = describeReceived(issue.input);
  const code = issue.code === 'custom' ? ((issue.params as { code?: string } | undefined)?.code ?? 'custom') : issue.code;
  const p = issue.code === 'custom' ? (issue.params as { detail?: Bilingual } | undefined) : undefined;
  const detailEn = p?.detail ? ` (${p.detail.en})` : '';
  const detailFa = p?.detail ? ` (${p.detail.fa})` : '';
  return {
    path,
    field,
    code,
    expected,
    received,
    message:
      issue.input === undefined && (issue.code === 'invalid_type' || issue.code === 'invalid_union')
        ? // A field left out: say it is required, and what it takes.
          { en: `${field}: required — ${expected.en}`, fa: `${field}: الزامی است — ${expected.fa}` }
        : {
            en: `${field}: expected ${expected.en}, received ${received}${detailEn}`,
            // Field paths and received values stay as written (they are code, not prose).
            fa: `${field}: ${expected.fa} لازم است، اما ${received} آمد${detailFa}`,
          },
  };
}

/**
 * Validate an input against a schema; return the parsed value or throw an
 * {@link InputError} naming every bad field. `root` prefixes field names (e.g. the
 * argument's name).
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, root?: string): z.output<S> {
  const r = schema.safeParse(input, { reportInput: true });
  if (r.success) return r.data as z.output<S>;
  throw new InputError(r.error.issues.map((i) => toInputIssue(i, root)));
}

/** Throw an {@link InputError} for one field. */
export function inputError(field: string, expected: Bilingual, received: unknown, detail?: Bilingual): InputError {
  const path = field === '' ? [] : field.split('.');
  const issue = toInputIssue(
    {
      code: 'custom',
      path,
      message: expected.en,
      input: received,
      params: { expected, ...(detail ? { detail } : {}) },
    } as z.core.$ZodIssue,
  );
  return new InputError([issue]);
}
