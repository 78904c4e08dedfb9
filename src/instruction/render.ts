import { buildersFor } from '../core/findings.js';
import { instructionMessages } from './messages.js';

/**
 * This domain's builders of findings, steps and messages, bound to its own message table
 * (so a bundle carries only the messages of the domains it uses).
 */
export const { finding, step, message } = /* @__PURE__ */ buildersFor(instructionMessages);
