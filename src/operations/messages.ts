import { defineMessages } from '../core/text.js';

/** Messages of the operations domain (codes prefixed `operations.`). */
export const operationsMessages = defineMessages({});
