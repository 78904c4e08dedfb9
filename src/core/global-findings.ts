// Transitional: builders over the whole catalogue, for code not yet bound to its domain's
// table (see `buildersFor`). Removed once every domain has its own `render.ts`.
import { MESSAGES } from '../messages.js';
import { buildersFor } from './findings.js';

const all = buildersFor(MESSAGES);
export const finding = all.finding;
export const step = all.step;
