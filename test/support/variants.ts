/**
 * Real decisions for the message tests: every CLI command's example input, and variants
 * of it with one fact flipped (a boolean negated) or left out (a key removed), each run
 * through the command's function. Variants the schema refuses are skipped.
 */
import { COMMANDS } from '../../src/cli/commands.js';
import { isInputError } from '../../src/core/errors.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path to a leaf or a key of a JSON value. */
function paths(v: Json, at: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => [[...at, i], ...paths(x, [...at, i])]);
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => [[...at, k], ...paths(x, [...at, k])]);
  return [];
}

function edit(v: Json, path: (string | number)[], f: (parent: Json[] | { [k: string]: Json }, key: string | number) => void): Json {
  const copy = structuredClone(v);
  let cur: Json = copy;
  for (const k of path.slice(0, -1)) cur = (cur as Record<string, Json>)[k as string] as Json;
  f(cur as Json[] | { [k: string]: Json }, path[path.length - 1] as string | number);
  return copy;
}

export interface Variant {
  readonly command: string;
  readonly change: string;
  readonly decision: unknown;
}

/** Each command's example and its one-fact variants, run. */
export function realDecisions(): Variant[] {
  const out: Variant[] = [];
  for (const c of COMMANDS) {
    const example = c.example as Json;
    const inputs: { change: string; input: Json }[] = [{ change: 'example', input: example }];
    for (const p of paths(example)) {
      const name = p.join('.');
      const leaf = p.reduce<Json>((x, k) => (x as Record<string, Json>)[k as string] as Json, example);
      if (typeof leaf === 'boolean') inputs.push({ change: `flip ${name}`, input: edit(example, p, (o, k) => ((o as Record<string, Json>)[k as string] = !leaf)) });
      if (!Array.isArray(p.slice(0, -1).reduce<Json>((x, k) => (x as Record<string, Json>)[k as string] as Json, example))) {
        inputs.push({ change: `drop ${name}`, input: edit(example, p, (o, k) => delete (o as Record<string, Json>)[k as string]) });
      }
    }
    for (const { change, input } of inputs) {
      try {
        out.push({ command: c.name, change, decision: c.run(input) });
      } catch (e) {
        if (!isInputError(e)) throw e;
      }
    }
  }
  return out;
}
