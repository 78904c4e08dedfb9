import { defineMessages } from '../core/text.js';

/** Messages of the exam domain (codes prefixed `exam.`). */
export const examMessages = defineMessages({});
