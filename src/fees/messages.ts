import { defineMessages } from '../core/text.js';

/** Messages of the fees domain (codes prefixed `fees.`). */
export const feesMessages = defineMessages({});
