import type { Bilingual } from '../core/text.js';

/** One CLI subcommand: a public function over a JSON input. */
export interface Command {
  readonly name: string;
  readonly summary: Bilingual;
  /** The articles the command applies. */
  readonly articles: string;
  /** The zod schema of the input (its JSON Schema is printed by `schema <name>`). */
  readonly schema: { readonly safeParse: (x: unknown) => unknown };
  /** Run the public function on one parsed JSON input; returns a Decision (or plain data). */
  readonly run: (input: unknown) => unknown;
  /** A valid input, shown in `--help` and used by the schema tests. */
  readonly example: unknown;
  /** Where `--as-of` goes in the input (top-level key), when the function takes one. */
  readonly asOfKey?: string;
  /**
   * How NDJSON/CSV lines are read for this command: `each` (one decision per line, a
   * registration round) or `collect` (lines are the entries of one input, an exam sitting).
   */
  readonly lines?: { readonly mode: 'each' } | { readonly mode: 'collect'; readonly key: string; readonly csvColumns?: readonly string[] };
}
