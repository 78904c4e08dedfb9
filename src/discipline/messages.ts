import { defineMessages } from '../core/text.js';

/** Messages of the discipline domain (codes prefixed `discipline.`). */
export const disciplineMessages = defineMessages({});
