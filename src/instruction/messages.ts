import { defineMessages } from '../core/text.js';

/** Messages of the earlier instruction's rule set (codes prefixed `instruction.`). */
export const instructionMessages = defineMessages({});
