import type { ClauseId, ClauseLetter } from '../core/citation.js';

/**
 * A lettered clause (بند) of an article. `letter` is the Persian letter as published;
 * `id` is the same letter, except Art. 1's second ز, whose id is `ز2` (SPEC D15). A clause
 * published without the dash after its letter («ب تخلف…» in Art. 30, «د جابجایی…» in
 * Art. 38, «پ محکومیت…» in Art. 39) is a clause all the same.
 */
export interface Clause {
  readonly id: ClauseId;
  readonly letter: ClauseLetter;
  /** The clause as published, without its letter and dash. */
  readonly text: string;
}

/**
 * A note (تبصره) of an article. `number` is the number as published (Art. 3's only note
 * is published as «تبصره ۵», so it is note 5); an article's single note published with no
 * number (Arts. 5, 29, 30) is note 1 with `numbered: false`.
 */
export interface Note {
  readonly number: number;
  readonly numbered: boolean;
  /** The note as published, without its «تبصره …-» heading. */
  readonly text: string;
}

/**
 * An unlettered paragraph of an article written in paragraphs (Art. 14 has three; the
 * first is the article's lead text). Numbered from 1 in published order.
 */
export interface Paragraph {
  readonly number: number;
  readonly text: string;
}

/** One of Art. 29's seven penalty grades (درجه). */
export interface Grade {
  /** 1–7, as «درجه یک» … «درجه هفت». */
  readonly grade: number;
  /** The penalty as published, without its «درجه …:» heading. */
  readonly text: string;
}

/** One article (ماده) of the regulation. Parts it does not have are empty arrays. */
export interface Article {
  /** 1–54. */
  readonly number: number;
  /** The chapter (فصل) holding the article, 1–7; `null` for Art. 1, which precedes chapter 1. */
  readonly chapter: number | null;
  /**
   * A short English heading written by this library for docs and traceability.
   * Unofficial: the regulation gives its articles no headings and has no official translation.
   */
  readonly titleEn: string;
  /** The article's lead text: what follows «ماده N-» on its first line. */
  readonly text: string;
  readonly clauses: readonly Clause[];
  readonly notes: readonly Note[];
  readonly paragraphs: readonly Paragraph[];
  readonly grades: readonly Grade[];
}

/** A chapter (فصل) of the regulation. */
export interface Chapter {
  /** 1–7 («فصل اول» … «فصل هفتم»). */
  readonly number: number;
  /** The title as published, without «فصل …-». */
  readonly title: string;
  /** A short English title written by this library (unofficial). */
  readonly titleEn: string;
  /** The numbers of the articles it holds, in order. */
  readonly articles: readonly number[];
}

/** The whole regulation. */
export interface RegulationText {
  /** The rule-set id (as in `REGULATION_1401.id`). */
  readonly id: 'regulation-1401';
  /** The title as published. */
  readonly title: string;
  /** An English title (unofficial). */
  readonly titleEn: string;
  /** The approval date, Jalali `YYYY/MM/DD`. */
  readonly approved: string;
  /** Who approved it, as published. */
  readonly approvedBy: string;
  /** The approval line as published («مصوب …»). */
  readonly approvalLine: string;
  /** The signatory printed under the text. */
  readonly signatory: string;
  readonly chapters: readonly Chapter[];
  /** The 54 articles in order; `articles[n - 1]` is Art. n. */
  readonly articles: readonly Article[];
}
