/**
 * What the two texts (the regulation, `provision.ts`, and the earlier instruction,
 * `instruction-earlier.ts`) share: reading an article number and turning a citation into
 * its provision or its rendered text. Each text keeps what is its own: its citation
 * schema, the parts an article has and how its whole text is laid out.
 */
import * as z from 'zod/mini';
import { cite, type Citation, type Lang } from '../core/citation.js';
import { inputError, parseInput } from '../core/errors.js';

/** A provision's citation and its text. */
export interface ProvisionText {
  readonly citation: Citation;
  readonly text: string;
}

/** One text as the look-ups need it. */
export interface TextSource<A> {
  /** The articles, article n at index n − 1. */
  readonly articles: readonly A[];
  /** Reads (and validates) a caller's citation into its compact form; throws InputError. */
  readonly read: (input: unknown) => Citation;
  /** The text of the provision cited, or undefined when the text has none. */
  readonly lookUp: (c: Citation) => string | undefined;
  /** What a citation must name, for the error (both languages). */
  readonly expected: { readonly en: string; readonly fa: string };
  /** The text's name in an error: "the regulation has no Art. 55" / «آیین نامه ماده ۵۵ ندارد». */
  readonly name: { readonly en: string; readonly fa: string };
  /** Drop a provision's trailing «؛» (the regulation's list separator) when rendering it. */
  readonly dropListSeparator: boolean;
}

const LangSchema = z.enum(['fa', 'en']);

/** Article `n` of the text, or undefined; InputError (field `n`) when `n` is not an integer. */
export function articleOf<A>(source: TextSource<A>, n: unknown): A | undefined {
  const k = parseInput(z.int(), n, 'n');
  return source.articles[k - 1];
}

/** The citation (compact) and text of one provision, or undefined when the text has none. */
export function provisionOf<A>(source: TextSource<A>, citation: unknown): ProvisionText | undefined {
  const c = source.read(citation);
  const text = source.lookUp(c);
  return text === undefined ? undefined : { citation: c, text };
}

/** `<citation>: <text>`; InputError (field `citation`) when the text has no such provision. */
export function citeWithTextOf<A>(source: TextSource<A>, citation: unknown, lang: unknown): string {
  const c = source.read(citation);
  const l: Lang = parseInput(LangSchema, lang, 'lang');
  const text = source.lookUp(c);
  if (text === undefined) {
    throw inputError('citation', source.expected, citation, {
      en: `${source.name.en} has no ${cite(c, 'en')}`,
      fa: `${source.name.fa} ${cite(c, 'fa')} ندارد`,
    });
  }
  return `${cite(c, l)}: ${source.dropListSeparator ? text.replace(/؛$/, '') : text}`;
}
