/**
 * The fuzzing harness (issue 7, item 2). Every public function is called with valid
 * inputs (built with `.map` from known-good values) and with junk (valid inputs broken at
 * a random place, or junk outright). The contract checked on every call:
 *
 * - the only outcomes are the documented value or an `InputError` (anything else thrown —
 *   a TypeError, a RangeError, a stack overflow — fails, with the input that caused it);
 * - inputs are deep-frozen, so any mutation throws (and fails); `Date`s, which freezing
 *   does not protect, are checked unchanged afterwards;
 * - `Object.prototype` (and the other built-in prototypes) gain or lose no key;
 * - the value survives `JSON.parse(JSON.stringify(x))` unchanged (`toEqual`), and so does
 *   an `InputError`'s `toJSON()`;
 * - the same input (and a deep copy of it) gives the same outcome.
 *
 * Runs: `FUZZ_RUNS` per property (default below); the nightly run is
 * `FUZZ_RUNS=100000 npx vitest run --config test/vitest.config.ts test/fuzz`.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { formatDayNumber, toDayNumber } from '../../src/_lib/jalali.js';
import { InputError, isInputError } from '../../src/index.js';

/**
 * Runs per property. Each function has three: valid inputs and junk, FUZZ_RUNS each, and
 * huge inputs, FUZZ_RUNS/500 (at least twice). The default, 1000, keeps `npm test` quick
 * for a developer; CI runs `FUZZ_RUNS=5000` once (`.ci/run`: 5,000 valid + 5,000 junk =
 * 10^4 inputs a function, each called twice) and the other time zones lighter; the
 * nightly-style run is `npm run test:fuzz:nightly` (FUZZ_RUNS=50000: 10^5 a function).
 */
export const FUZZ_RUNS = Math.max(1, Number(process.env['FUZZ_RUNS'] ?? 1000));

// ---------------------------------------------------------------------------
// Deep freeze, deep copy, tree walk (all iterative: junk nests thousands deep)

function isObj(x: unknown): x is object {
  return (typeof x === 'object' && x !== null) || typeof x === 'function';
}

function freezable(x: object): boolean {
  // Typed arrays with elements cannot be frozen; they are junk only, never read back.
  return !ArrayBuffer.isView(x);
}

/** Deep-freeze `root` in place and return the `Date`s it holds with their times. */
export function deepFreeze(root: unknown): Array<[Date, number]> {
  const dates: Array<[Date, number]> = [];
  if (!isObj(root)) return dates;
  const seen = new Set<object>();
  const stack: object[] = [root];
  while (stack.length > 0) {
    const x = stack.pop() as object;
    if (seen.has(x)) continue;
    seen.add(x);
    if (x instanceof Date) dates.push([x, x.getTime()]);
    if (typeof x === 'function') continue;
    for (const k of Reflect.ownKeys(x)) {
      const d = Object.getOwnPropertyDescriptor(x, k);
      if (d !== undefined && 'value' in d && isObj(d.value)) stack.push(d.value as object);
    }
    if (freezable(x)) Object.freeze(x);
  }
  return dates;
}

/**
 * A deep copy that keeps what junk is made of: own `__proto__` keys stay own keys
 * (object spread defines properties, it does not call the setter), null-prototype
 * objects stay so, arrays keep their holes and length; functions, symbols and exotic
 * objects (Map, Set, RegExp, boxed values, typed arrays, errors) are shared.
 */
export function deepCopy<T>(root: T): T {
  const copies = new Map<object, object>();
  const plain = (x: object): boolean => {
    const p = Object.getPrototypeOf(x) as unknown;
    return p === Object.prototype || p === null;
  };
  const shell = (x: object): object => {
    if (Array.isArray(x)) return x.slice();
    if (x instanceof Date) return new Date(x.getTime());
    if (!plain(x)) return x;
    return Object.getPrototypeOf(x) === null ? Object.assign(Object.create(null) as object, x) : { ...x };
  };
  if (typeof root !== 'object' || root === null) return root;
  const top = shell(root);
  if (top === root || top instanceof Date) return top as T;
  copies.set(root, top);
  const stack: object[] = [top];
  while (stack.length > 0) {
    const c = stack.pop() as Record<string, unknown>;
    const keys = Array.isArray(c) ? Object.keys(c) : Object.keys(c);
    for (const k of keys) {
      const v = c[k];
      if (typeof v !== 'object' || v === null) continue;
      let w = copies.get(v);
      if (w === undefined) {
        w = shell(v);
        copies.set(v, w);
        if (w !== v && !(w instanceof Date)) stack.push(w);
      }
      Object.defineProperty(c, k, { value: w, enumerable: true, writable: true, configurable: true });
    }
  }
  return top as T;
}

/** A place in a tree: the container and the key of the slot. */
export interface Slot {
  readonly parent: Record<PropertyKey, unknown> | unknown[];
  readonly key: string | number;
  readonly value: unknown;
}

/** Every slot of `root` (breadth first, at most `limit` slots, `maxDepth` levels). */
export function slots(root: object, limit = 2000, maxDepth = 24): Slot[] {
  const out: Slot[] = [];
  const queue: Array<[object, number]> = [[root, 0]];
  const seen = new Set<object>();
  for (let q = 0; q < queue.length && out.length < limit; q++) {
    const [x, depth] = queue[q] as [object, number];
    if (seen.has(x) || depth > maxDepth) continue;
    seen.add(x);
    // only arrays and plain (or null-prototype) objects: exotic junk is shared, never edited
    const proto = Object.getPrototypeOf(x) as unknown;
    if (!Array.isArray(x) && proto !== Object.prototype && proto !== null) continue;
    const keys = Array.isArray(x) ? x.map((_, i) => i) : Object.keys(x);
    // very long arrays: only their first few elements
    for (const k of keys.slice(0, 16)) {
      const value = (x as Record<PropertyKey, unknown>)[k];
      out.push({ parent: x as Record<PropertyKey, unknown>, key: k, value });
      if (isObj(value) && typeof value !== 'function') queue.push([value, depth + 1]);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Built-in prototypes: nothing may be added, removed or replaced

const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
  ['Number.prototype', Number.prototype],
  ['Date.prototype', Date.prototype],
];

function prototypeKeys(): string {
  return PROTOTYPES.map(([name, p]) => `${name}:${Reflect.ownKeys(p).map(String).join(',')}`).join('|');
}

const OBJECT_PROTOTYPE_VALUES = new Map(Reflect.ownKeys(Object.prototype).map((k) => [k, Object.getOwnPropertyDescriptor(Object.prototype, k)]));
/** Snapshot of the built-in prototypes' keys, taken once at load. */
export const PROTOTYPE_KEYS = prototypeKeys();

const OBJECT_KEY_COUNT = Reflect.ownKeys(Object.prototype).length;
const ARRAY_KEY_COUNT = Reflect.ownKeys(Array.prototype).length;

/** The cheap check run after every call: Object.prototype and Array.prototype kept their keys. */
export function quickPrototypeCheck(): void {
  if (Reflect.ownKeys(Object.prototype).length !== OBJECT_KEY_COUNT || Reflect.ownKeys(Array.prototype).length !== ARRAY_KEY_COUNT) expectPrototypesUntouched();
  if ((({}) as Record<string, unknown>)['polluted'] !== undefined) expect.fail('Object.prototype.polluted appeared');
}

/** Fail when a built-in prototype changed (keys, or Object.prototype's values). Run after each property. */
export function expectPrototypesUntouched(): void {
  const now = prototypeKeys();
  if (now !== PROTOTYPE_KEYS) expect(now).toBe(PROTOTYPE_KEYS);
  for (const [k, d] of OBJECT_PROTOTYPE_VALUES) {
    const n = Object.getOwnPropertyDescriptor(Object.prototype, k);
    if (n?.value !== d?.value || n?.get !== d?.get || n?.set !== d?.set) expect.fail(`Object.prototype[${String(k)}] was replaced`);
  }
  // pollution through a setter-less path shows as an inherited property of a fresh object
  if ((({}) as Record<string, unknown>)['polluted'] !== undefined) expect.fail('Object.prototype.polluted appeared');
}

// ---------------------------------------------------------------------------
// JSON-plain values

/** Why `x` would not survive a JSON round trip unchanged, or null when it would. */
export function notJsonPlain(root: unknown): string | null {
  const stack: Array<[unknown, string]> = [[root, '$']];
  while (stack.length > 0) {
    const [x, at] = stack.pop() as [unknown, string];
    if (x === null || typeof x === 'string' || typeof x === 'boolean') continue;
    if (typeof x === 'number') {
      if (!Number.isFinite(x)) return `${at} is ${x}`;
      if (Object.is(x, -0)) return `${at} is -0`;
      continue;
    }
    if (typeof x !== 'object') return `${at} is a ${typeof x}`;
    if (Array.isArray(x)) {
      if (Object.getPrototypeOf(x) !== Array.prototype) return `${at} is an exotic array`;
      for (let i = 0; i < x.length; i++) {
        if (!(i in x)) return `${at}[${i}] is a hole`;
        if (x[i] === undefined) return `${at}[${i}] is undefined`;
        stack.push([x[i], `${at}[${i}]`]);
      }
      continue;
    }
    const proto = Object.getPrototypeOf(x) as unknown;
    if (proto !== Object.prototype && proto !== null) return `${at} is a ${(x as object).constructor?.name ?? 'non-plain object'}`;
    for (const k of Reflect.ownKeys(x)) {
      if (typeof k === 'symbol') return `${at} has a symbol key`;
      const d = Object.getOwnPropertyDescriptor(x, k) as PropertyDescriptor;
      if (!('value' in d)) return `${at}.${k} is an accessor`;
      if (!d.enumerable) return `${at}.${k} is not enumerable`;
      if (k === '__proto__') return `${at} has an own __proto__ key`;
      // undefined properties vanish in JSON; toEqual treats them as absent, so they pass
      if (d.value !== undefined) stack.push([d.value, `${at}.${k}`]);
    }
  }
  return null;
}

/**
 * `x` as JSON, checking on the way (in one pass) that the round trip gives `x` back: a
 * value that would change (NaN, ±Infinity, -0, undefined in an array, a Date or other
 * class instance, a function) falls back to the full walk and a `toEqual` diff.
 */
export function jsonOf(x: unknown, what: string): string {
  let suspect = false;
  const s = JSON.stringify(x, function (this: Record<string, unknown>, key: string, value: unknown) {
    const orig = this[key];
    switch (typeof orig) {
      case 'number':
        if (!Number.isFinite(orig) || Object.is(orig, -0)) suspect = true;
        break;
      case 'object':
        if (orig !== null) {
          const p = Object.getPrototypeOf(orig) as unknown;
          if (p !== Object.prototype && p !== Array.prototype && p !== null) suspect = true;
        }
        break;
      case 'string':
      case 'boolean':
        break;
      case 'undefined':
        if (Array.isArray(this)) suspect = true;
        break;
      default:
        suspect = true;
    }
    return value;
  }) as string | undefined;
  if (suspect || s === undefined) expectJsonPlain(x, what);
  return s ?? 'undefined';
}

/** The JSON round trip of `x` equals `x` (toEqual). */
export function expectJsonPlain(x: unknown, what: string): void {
  const why = notJsonPlain(x);
  if (why !== null) {
    // the diff, for the report; passes only when toEqual does not see the difference
    expect(JSON.parse(JSON.stringify(x) ?? 'null'), `${what}: ${why}`).toEqual(x);
  }
}

// ---------------------------------------------------------------------------
// One call, checked

/** The outcome of a call: the value, or an InputError. */
export type Outcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly error: InputError };

/** Anything thrown that is not an InputError. */
export class UnexpectedThrow extends Error {
  constructor(readonly thrown: unknown) {
    const e = thrown as { name?: unknown; message?: unknown; stack?: unknown } | null;
    super(`threw ${String(e?.name ?? typeof thrown)} (not an InputError): ${String(e?.message ?? thrown)}\n${String(e?.stack ?? '')}`);
  }
}

function attempt(call: () => unknown): Outcome {
  try {
    return { ok: true, value: call() };
  } catch (e) {
    if (e instanceof InputError && isInputError(e)) return { ok: false, error: e };
    throw new UnexpectedThrow(e);
  }
}

function expectWellFormedInputError(e: InputError): void {
  expect(e.name).toBe('InputError');
  expect(e.code).toBe('INPUT_INVALID');
  expect(e.issues.length).toBeGreaterThan(0);
  expect(typeof e.message).toBe('string');
  for (const i of e.issues) {
    if (
      typeof i.field !== 'string' ||
      i.field.length === 0 ||
      typeof i.code !== 'string' ||
      typeof i.received !== 'string' ||
      typeof i.expected?.en !== 'string' ||
      typeof i.expected?.fa !== 'string' ||
      typeof i.message?.en !== 'string' ||
      typeof i.message?.fa !== 'string' ||
      !Array.isArray(i.path) ||
      !i.path.every((p) => typeof p === 'string' || typeof p === 'number')
    ) {
      expect.fail(`malformed issue: ${JSON.stringify(i)}`);
    }
  }
}

function sameOutcome(a: Outcome, b: Outcome, ja: string, jb: string): void {
  if (a.ok !== b.ok) expect.fail(`one call returned, the other threw: ${a.ok ? 'value' : a.error.message} / ${b.ok ? 'value' : b.error.message}`);
  if (ja !== jb) expect(b.ok ? b.value : b.error.toJSON(), 'the same input gave another output').toEqual(a.ok ? a.value : a.error.toJSON());
}

/** Options of {@link checkCall}. */
export interface CheckOptions {
  /** Extra checks of a returned value (its documented shape). */
  readonly check?: ((value: unknown, args: unknown[]) => void) | undefined;
  /** `undefined` is a documented answer (the text look-ups). */
  readonly mayBeUndefined?: boolean | undefined;
  /** Call a second time with a deep copy and compare (default true). */
  readonly again?: boolean | undefined;
  /** A KNOWN defect (see defects.test.ts): -0 echoed in the output is let through. */
  readonly tolerateNegativeZero?: boolean | undefined;
  /**
   * A KNOWN defect (see defects.test.ts): junk is not validated, so it may throw something
   * other than an InputError, or return anything (undefined, an inherited function).
   */
  readonly tolerateThrow?: boolean | undefined;
}

/** -0 → 0 everywhere in a (JSON-plain) value, for a known -0 defect. */
function withoutNegativeZero(x: unknown): unknown {
  if (Object.is(x, -0)) return 0;
  if (Array.isArray(x)) return x.map(withoutNegativeZero);
  if (typeof x === 'object' && x !== null && Object.getPrototypeOf(x) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(x)) Object.defineProperty(out, k, { value: withoutNegativeZero(v), enumerable: true, writable: true, configurable: true });
    return out;
  }
  return x;
}

/**
 * Call `fn` with `args` (deep-frozen), and again with a frozen deep copy; check the
 * contract above; return the outcome (null when a tolerated known defect threw).
 */
export function checkCall(fn: (...args: unknown[]) => unknown, args: unknown[], o: CheckOptions = {}): Outcome | null {
  const twin = o.again === false ? undefined : deepCopy(args);
  const dates = [...deepFreeze(args), ...deepFreeze(twin)];
  let first: Outcome;
  let second: Outcome;
  try {
    first = attempt(() => fn(...args));
    second = twin === undefined ? first : attempt(() => fn(...twin));
  } catch (e) {
    if (!(o.tolerateThrow === true && e instanceof UnexpectedThrow && !(e.thrown instanceof UnexpectedThrow))) throw e;
    quickPrototypeCheck();
    return null;
  }
  quickPrototypeCheck();
  for (const [d, t] of dates) if (!Object.is(d.getTime(), t)) expect.fail('an input Date was changed');
  let ja: string;
  let jb: string;
  if (first.ok) {
    // `undefined` is a documented answer of the text look-ups ("no such provision")
    const skip = (o.mayBeUndefined === true && first.value === undefined) || (o.tolerateThrow === true && notJsonPlain(first.value) !== null);
    const value = o.tolerateNegativeZero === true && !skip ? withoutNegativeZero(first.value) : first.value;
    ja = skip ? 'undefined' : jsonOf(value, 'the value');
    o.check?.(first.value, args);
    jb =
      second === first
        ? ja
        : skip && second.ok && (second.value === undefined || notJsonPlain(second.value) !== null)
          ? 'undefined'
          : JSON.stringify(second.ok ? (o.tolerateNegativeZero === true ? withoutNegativeZero(second.value) : second.value) : null);
  } else {
    expectWellFormedInputError(first.error);
    // the error as JSON (its toJSON) is plain too
    ja = jsonOf(first.error.toJSON(), 'InputError.toJSON()');
    jb = second === first ? ja : JSON.stringify(second.ok ? second.value : second.error.toJSON());
  }
  sameOutcome(first, second, ja, jb);
  return first;
}

/** Checks for anything shaped like a decision: its envelope, findings and steps. */
export function checkEnvelope(v: unknown): void {
  if (typeof v !== 'object' || v === null || !('ruleSet' in v) || !('findings' in v)) return;
  const d = v as unknown as { kind: unknown; status: unknown; summary: { fa: unknown; en: unknown }; findings: unknown[]; steps: unknown[]; missing: unknown[] };
  const bad = (why: string): never => expect.fail(`decision ${String(d.kind)}: ${why}`);
  if (typeof d.kind !== 'string' || typeof d.status !== 'string') bad('kind/status');
  if (typeof d.summary?.fa !== 'string' || typeof d.summary?.en !== 'string' || d.summary.en.length === 0 || d.summary.fa.length === 0) bad('summary');
  for (const x of [...d.findings, ...d.steps] as Array<{ citation?: { article?: unknown }; message?: { fa?: unknown; en?: unknown }; code?: unknown }>) {
    const a = x.citation?.article;
    if (typeof a !== 'number' || !Number.isInteger(a) || a < 1 || a > 54) bad(`${String(x.code)} cites article ${String(a)}`);
    if (typeof x.message?.fa !== 'string' || typeof x.message?.en !== 'string' || x.message.fa.length === 0 || x.message.en.length === 0) bad(`${String(x.code)} message`);
  }
  if (!Array.isArray(d.missing) || !d.missing.every((m) => typeof m === 'string')) bad('missing');
}

// ---------------------------------------------------------------------------
// Valid building blocks

/** A day number in Jalali years `from`–`to` (inclusive). */
export const dayIn = (from: number, to: number): fc.Arbitrary<number> => fc.integer({ min: toDayNumber(from, 1, 1), max: toDayNumber(to, 12, 29) });

const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC = '٠١٢٣٤٥٦٧٨٩';
const MARKS = ['\u200f', '\u200e', '\u202b', '\u202c', '\u061c', '\ufeff', '\u200c'];

/**
 * Every documented form of one day: `YYYY/MM/DD` or `YYYY-M-D`, Latin, Persian,
 * Arabic-Indic or mixed digits, with RTL marks and spaces (ignored), or a JS `Date` at
 * any time of that UTC day.
 */
export function dateForms(day: number): fc.Arbitrary<string | Date> {
  const s = formatDayNumber(day);
  return fc.oneof(
    { arbitrary: fc.constant(s), weight: 4 },
    {
      arbitrary: fc
        .record({
          sep: fc.constantFrom('/', '-'),
          pad: fc.boolean(),
          digits: fc.array(fc.constantFrom(0, 1, 2), { minLength: 10, maxLength: 10 }),
          mark: fc.option(fc.constantFrom(...MARKS), { nil: undefined }),
          space: fc.boolean(),
        })
        .map(({ sep, pad, digits, mark, space }) => {
          const [y, m, d] = s.split('/') as [string, string, string];
          const parts = pad ? [y, m, d] : [y, String(Number(m)), String(Number(d))];
          let i = 0;
          const out = parts
            .join(sep)
            .replace(/[0-9]/g, (c) => {
              const set = digits[i++ % 10];
              return set === 1 ? (PERSIAN[Number(c)] as string) : set === 2 ? (ARABIC[Number(c)] as string) : c;
            });
          const marked = mark === undefined ? out : `${mark}${out}${mark}`;
          return space ? ` ${marked} ` : marked;
        }),
      weight: 2,
    },
    { arbitrary: fc.integer({ min: 0, max: 86_399_999 }).map((ms) => new Date(day * 86_400_000 + ms)), weight: 1 },
  );
}

/** A valid date (any form) in years `from`–`to`. */
export const dateIn = (from: number, to: number): fc.Arbitrary<string | Date> => dayIn(from, to).chain(dateForms);

/** An optional field: present with a value, or absent (never `undefined` itself). */
export function optional<T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | typeof ABSENT> {
  return fc.option(a, { nil: ABSENT, freq: 2 });
}
/** Marks a key to drop from a record built with {@link rec}. */
export const ABSENT = Symbol('absent');

/** A record whose `ABSENT` values are dropped. */
export function rec<T extends Record<string, fc.Arbitrary<unknown>>>(shape: T): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(shape).map((r) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(r)) if (v !== ABSENT) out[k] = v;
    return out;
  });
}

// ---------------------------------------------------------------------------
// Junk

const ZW = ['\u200d', '\u200c', '\u200b', '\u2060', '\u00ad'];
const RTL = ['\u200f', '\u202e', '\u202b', '\u2067', '\u061c'];

/** Strings that have broken parsers before. */
const NASTY_STRINGS = [
  '',
  ' ',
  '\t\n',
  '\u0000',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '0x10',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '1403/01/01',
  '1403-01-01',
  '۱۴۰۳/۰۱/۰۱',
  '١٤٠٣/٠١/٠١',
  '۱۴03/0۱/٠١',
  '1403/1/1',
  '\u200f1403/01/31\u200f',
  '\u202e10/10/3041',
  '14\u200d03/01/01',
  '1403\u200c/01/01',
  '1403/01/01\u200b',
  '1403/01/01 ',
  ' 1403 / 01 / 01 ',
  '1403/13/01',
  '1403/00/10',
  '1404/12/30',
  '1403/12/30',
  '1403/07/31',
  '1199/12/29',
  '1601/01/01',
  '0000/00/00',
  '9999/99/99',
  '99999/01/01',
  '1403//01',
  '1403/01/01/01',
  '1403/01',
  '+1403/01/01',
  '-1403/01/01',
  '1403.01.01',
  '2024-03-20',
  '2024-03-20T00:00:00Z',
  '1403/۰1/٠1',
  '𝟏𝟒𝟎𝟑/𝟎𝟏/𝟎𝟏',
  '١٤٠٣-١-١',
  'manager',
  'manager\u200b',
  'legalExpert',
  'art38-dh',
  'art38-dh\u200c',
  'art41',
  'absence',
  'ART38-DH',
  'law',
  'قانون',
  'ي',
  'ی',
  'ك',
  '\ud800',
  '\udfff\ud800',
  '👨‍⚖️',
  '🏳️‍🌈',
  'a'.repeat(300),
];

/**
 * The length of a "huge" array: 2·10^4 in CI (an InputError listing 10^5 bad elements
 * takes ~1.5 s to build, see the report), 10^5 with `FUZZ_HUGE=100000` (the nightly run).
 */
export const HUGE = Math.max(1_000, Number(process.env['FUZZ_HUGE'] ?? 20_000));

function decorate(s: string, marks: number[], digitSets: number[]): string {
  let out = '';
  let mi = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    const set = digitSets[i % digitSets.length] ?? 0;
    out += /[0-9]/.test(c) ? (set === 1 ? PERSIAN[Number(c)] : set === 2 ? ARABIC[Number(c)] : c) : c;
    const m = marks[mi];
    if (m !== undefined && m % (s.length + 1) === i) {
      out += [...ZW, ...RTL][mi % (ZW.length + RTL.length)];
      mi++;
    }
  }
  return out;
}

/** A string decorated with zero-width joiners, RTL marks and mixed digits. */
export const decoratedString = (base: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc
    .tuple(base, fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 4 }))
    .map(([s, marks, sets]) => decorate(s, marks, sets));

const junkString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...NASTY_STRINGS), weight: 6 },
  { arbitrary: decoratedString(fc.constantFrom(...NASTY_STRINGS.slice(20, 60))), weight: 3 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 8 }), weight: 1 },
  { arbitrary: fc.constant('x'.repeat(HUGE)), weight: 1 },
  { arbitrary: fc.constant(`1403/01/01${'\u200f'.repeat(10_000)}`), weight: 1 },
);

const junkNumber: fc.Arbitrary<number> = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      NaN,
      Infinity,
      -Infinity,
      -0,
      0,
      1,
      -1,
      0.5,
      1.5,
      1e308,
      -1e308,
      5e-324,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 2,
      -Number.MAX_SAFE_INTEGER,
      2 ** 31,
      -(2 ** 31),
      2 ** 32,
      1403,
      14030101,
      0.1 + 0.2,
    ),
    weight: 4,
  },
  { arbitrary: fc.double(), weight: 2 },
  { arbitrary: fc.integer({ min: -100_000, max: 100_000 }), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
);

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let x = leaf;
  for (let i = 0; i < depth; i++) x = asArray ? [x] : { a: x, [String(i % 3)]: i };
  return x;
}

function protoBomb(kind: number): unknown {
  switch (kind) {
    case 0:
      return JSON.parse('{"__proto__": {"polluted": true}, "a": 1}');
    case 1:
      return JSON.parse('{"constructor": {"prototype": {"polluted": true}}}');
    case 2:
      return { constructor: { prototype: { polluted: true } } };
    case 3:
      return JSON.parse('{"__proto__": null}');
    case 4:
      return JSON.parse('[{"__proto__": {"polluted": true}}]');
    default:
      return Object.assign(Object.create(null) as object, { polluted: true, toString: 1, valueOf: 'x' });
  }
}

/** Junk of every kind: wrong types, edge numbers, nasty strings, odd objects, deep and huge structures. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom(undefined, null, true, false), weight: 4 },
  { arbitrary: junkNumber, weight: 5 },
  { arbitrary: junkString, weight: 5 },
  {
    arbitrary: fc.constantFrom(
      () => 10n,
      () => Symbol('junk'),
      () => () => '1403/01/01',
      () => new Date(NaN),
      () => new Date(8.64e15),
      () => new Date(-8.64e15),
      () => new Date(0),
      () => new Date(Date.UTC(2024, 2, 20)),
      () => new Date(Date.UTC(1, 0, 1)),
      () => ({}),
      () => [],
      () => Object.create(null) as object,
      () => new Map([['a', 1]]),
      () => new Set([1]),
      () => /1403\/01\/01/,
      () => new Error('junk'),
      // eslint-disable-next-line no-new-wrappers
      () => new Number(1403),
      // eslint-disable-next-line no-new-wrappers
      () => new String('1403/01/01'),
      () => Float64Array.of(1, 2),
      () => ({ length: 2, 0: 'a', 1: 'b' }),
      () => ({ valueOf: () => 3, toString: () => '1403/01/01' }),
    ).map((make) => make()),
    weight: 4,
  },
  { arbitrary: fc.integer({ min: 0, max: 5 }).map(protoBomb), weight: 3 },
  // nesting a few levels here; thousands of levels and huge arrays in hugeArgs
  { arbitrary: fc.tuple(fc.integer({ min: 2, max: 20 }), fc.boolean()).map(([d, a]) => nest(d, 'x', a)), weight: 1 },
  { arbitrary: fc.constantFrom(100, 10).map((n) => new Array(n).fill(0)), weight: 1 },
  { arbitrary: fc.constant(0).map(() => new Array(100)), weight: 1 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 4,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withObjectString: true,
      key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'id', 'date'), fc.string({ maxLength: 4 })),
    }),
    weight: 3,
  },
);

type Op = 'replace' | 'delete' | 'addKey' | 'inflate' | 'empty' | 'retype' | 'nullProto' | 'wrapDeep' | 'decorate';

interface Mutation {
  readonly op: Op;
  readonly pick: number;
  readonly junk: unknown;
  readonly key: string;
  readonly n: number;
  readonly marks: number[];
  readonly sets: number[];
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  op: fc.oneof(
    { arbitrary: fc.constant<Op>('replace'), weight: 10 },
    { arbitrary: fc.constant<Op>('delete'), weight: 3 },
    { arbitrary: fc.constant<Op>('addKey'), weight: 3 },
    { arbitrary: fc.constant<Op>('inflate'), weight: 1 },
    { arbitrary: fc.constant<Op>('empty'), weight: 2 },
    { arbitrary: fc.constant<Op>('retype'), weight: 3 },
    { arbitrary: fc.constant<Op>('nullProto'), weight: 2 },
    { arbitrary: fc.constant<Op>('wrapDeep'), weight: 1 },
    { arbitrary: fc.constant<Op>('decorate'), weight: 4 },
  ),
  pick: fc.nat(),
  junk: junkValue,
  key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'extra', 'polluted'), fc.string({ maxLength: 6 })),
  n: fc.constantFrom(0, 1, 2, 3, 100),
  marks: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
  sets: fc.array(fc.constantFrom(0, 1, 2), { minLength: 1, maxLength: 4 }),
});

function setSlot(s: Slot, v: unknown): void {
  Object.defineProperty(s.parent, s.key, { value: v, enumerable: true, writable: true, configurable: true });
}

function retype(v: unknown): unknown {
  if (typeof v === 'string') return /^[0-9/ -]+$/.test(v) ? Number(v.replace(/\D/g, '')) : [v];
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 1 : 'false';
  if (Array.isArray(v)) return Object.assign({ length: v.length }, v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString();
  if (isObj(v)) return Object.values(v);
  return v === undefined ? null : undefined;
}

function apply(args: unknown[], mutation: Mutation): void {
  // junk may come back frozen from an earlier run (fast-check reuses values when shrinking)
  const m = { ...mutation, junk: deepCopy(mutation.junk) };
  // The root (the argument list) is a slot holder too: an argument may be replaced,
  // dropped or added.
  const all = [{ parent: [args] as unknown[], key: 0, value: args } as Slot, ...slots(args)];
  const s = all[m.pick % all.length] as Slot;
  const atRoot = s.value === args;
  if (!atRoot && !Object.isExtensible(s.parent)) return;
  switch (m.op) {
    case 'replace':
      if (atRoot) args.splice(0, args.length, m.junk);
      else setSlot(s, m.junk);
      return;
    case 'delete':
      if (atRoot) args.pop();
      else if (Array.isArray(s.parent)) s.parent.splice(s.key as number, 1);
      else delete (s.parent as Record<string, unknown>)[s.key];
      return;
    case 'addKey': {
      const editable = (x: unknown): x is object =>
        isObj(x) && Object.isExtensible(x) && (Array.isArray(x) || Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null);
      const target = editable(s.value) ? s.value : s.parent;
      if (Array.isArray(target)) target.push(m.junk);
      else Object.defineProperty(target, m.key, { value: m.junk, enumerable: true, writable: true, configurable: true });
      return;
    }
    case 'inflate': {
      if (atRoot) {
        args.push(...new Array<unknown>(Math.min(m.n, 8)).fill(m.junk));
        return;
      }
      const v = s.value;
      const fill = Array.isArray(v) ? (v.length > 0 ? v[m.pick % v.length] : m.junk) : v;
      setSlot(s, new Array(m.n).fill(fill));
      return;
    }
    case 'empty':
      if (atRoot) args.length = 0;
      else setSlot(s, Array.isArray(s.value) ? [] : typeof s.value === 'string' ? '' : isObj(s.value) ? {} : 0);
      return;
    case 'retype':
      if (!atRoot) setSlot(s, retype(s.value));
      return;
    case 'nullProto':
      if (!atRoot && isObj(s.value) && !Array.isArray(s.value) && !(s.value instanceof Date)) setSlot(s, Object.assign(Object.create(null) as object, s.value));
      return;
    case 'wrapDeep':
      if (!atRoot) setSlot(s, nest(m.n > 2 ? 50 : 3, s.value, m.pick % 2 === 0));
      return;
    case 'decorate':
      if (atRoot) return;
      if (typeof s.value === 'string') setSlot(s, decorate(s.value, m.marks, m.sets));
      else if (typeof s.value === 'number') setSlot(s, [NaN, Infinity, -Infinity, -0, s.value + 0.5, -s.value, s.value * 1e300][m.pick % 7]);
      else setSlot(s, m.junk);
      return;
  }
}

/** Valid argument lists broken in one to three places. */
export function brokenArgs(valid: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.tuple(valid, fc.array(mutationArb, { minLength: 1, maxLength: 3 })).map(([args, ms]) => {
    const out = deepCopy(args);
    for (const m of ms) apply(out, m);
    return out;
  });
}

/**
 * Huge and deep inputs, run less often (each costs milliseconds): one array of the input
 * grown to HUGE copies of an element (or of junk, or holes), or a value nested 10^4 deep.
 */
export function hugeArgs(valid: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.tuple(valid, fc.nat(), fc.constantFrom('copies', 'junk', 'holes', 'deepArray', 'deepObject'), junkValue).map(([args, pick, how, junk]) => {
    const out = deepCopy(args);
    const all = slots(out);
    const arrays = all.filter((s) => Array.isArray(s.value));
    const s = (arrays.length > 0 && how !== 'deepArray' && how !== 'deepObject' ? arrays[pick % arrays.length] : all[pick % Math.max(1, all.length)]) as Slot | undefined;
    const make = (v: unknown): unknown => {
      const a = Array.isArray(v) && v.length > 0 ? (v[pick % v.length] as unknown) : junk;
      if (how === 'copies') return new Array(HUGE).fill(a);
      if (how === 'junk') return new Array(HUGE).fill(deepCopy(junk));
      if (how === 'holes') return new Array(HUGE);
      return nest(10_000, v, how === 'deepArray');
    };
    if (s === undefined || !Object.isExtensible(s.parent)) return [make(out[0])];
    setSlot(s, make(s.value));
    return out;
  });
}

/** Junk for a function: mostly valid inputs broken somewhere, sometimes junk outright. */
export function junkArgs(valid: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.oneof(
    { arbitrary: brokenArgs(valid), weight: 8 },
    { arbitrary: fc.array(junkValue, { maxLength: 3 }), weight: 2 },
  );
}

/**
 * Huge integers (issue 14, item 3): numbers that drive a loop (days, years, months,
 * counts, lengths) set far beyond anything the law uses. Every function must answer or
 * refuse them in bounded time; `run.ts` gives each call its own test with a one-second
 * limit.
 */
export const HUGE_INTEGERS: readonly number[] = [
  Number.MAX_SAFE_INTEGER,
  -Number.MAX_SAFE_INTEGER,
  2 ** 53,
  2 ** 31 - 1,
  2 ** 32,
  1e9,
  1e12,
  1e15,
  1e21,
  1e308,
  -1e9,
];

/**
 * Valid argument lists with their numbers made huge: one numeric slot (`pick`), or every
 * numeric slot at once, set to one of {@link HUGE_INTEGERS}. An argument list with no
 * number is left as it is (still a bounded-time check of the valid call).
 */
export function hugeIntegerArgs(valid: fc.Arbitrary<unknown[]>): fc.Arbitrary<unknown[]> {
  return fc.tuple(valid, fc.nat(), fc.boolean(), fc.constantFrom(...HUGE_INTEGERS)).map(([args, pick, every, big]) => {
    const out = deepCopy(args);
    const numeric = slots(out).filter((s) => typeof s.value === 'number' && Object.isExtensible(s.parent));
    if (numeric.length === 0) return out;
    for (const s of every ? numeric : [numeric[pick % numeric.length] as Slot]) setSlot(s, big);
    return out;
  });
}

/** Huge-integer samples per function (`FUZZ_HUGE_INTS`, default 12): one test each. */
export const HUGE_INTEGER_SAMPLES = Math.max(1, Number(process.env['FUZZ_HUGE_INTS'] ?? 12));
