import { defineMessages } from '../core/text.js';

/** Messages of the eligibility domain (codes prefixed `eligibility.`). */
export const eligibilityMessages = defineMessages({});
