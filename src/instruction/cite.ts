/**
 * Citations of the earlier instruction (private). Every citation this domain makes
 * carries `ruleSet: 'instruction-1392'`, so `cite()` renders it as the instruction's
 * («ماده ۵ بند ۲ دستورالعمل», `Instruction Art. 5(2)`) and never as the regulation's
 * article of the same number.
 */
import type { Citation, InstructionClauseLetter } from '../core/citation.js';
import { INSTRUCTION_1392 } from '../core/decision.js';

const RULE_SET = INSTRUCTION_1392.id;

/** A whole article of the instruction. */
export function iArt(n: number): Citation {
  return { article: n, ruleSet: RULE_SET };
}

/** A numbered item («۱ –», «۲ –» …) of an article of the instruction. */
export function iItem(n: number, item: number): Citation {
  return { article: n, item, ruleSet: RULE_SET };
}

/** A note of an article of the instruction (1 for an article's single unnumbered note). */
export function iNote(n: number, noteNumber: number): Citation {
  return { article: n, note: noteNumber, ruleSet: RULE_SET };
}

/** A lettered clause of an article of the instruction (Arts. 9, 11, 15). */
export function iClause(n: number, letter: InstructionClauseLetter): Citation {
  return { article: n, clause: letter, ruleSet: RULE_SET };
}
