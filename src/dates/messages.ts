import { defineMessages } from '../core/text.js';

/** Messages of the dates domain (codes prefixed `dates.`). */
export const datesMessages = defineMessages({});
