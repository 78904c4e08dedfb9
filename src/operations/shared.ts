/**
 * Helpers shared by the operations modules (private).
 */
import type * as z from 'zod/mini';
import type { Finding } from '../core/decision.js';
import type { Bilingual } from '../core/text.js';

/** The outcome of a compliance check: every condition met, one unmet, or facts missing. */
export type ComplianceStatus = 'compliant' | 'noncompliant' | 'incomplete';

/** Any `unmet` → `noncompliant`; else any `unknown` → `incomplete`; else `compliant`. */
export function complianceOf(findings: readonly Finding[]): ComplianceStatus {
  let unknown = false;
  for (const f of findings) {
    if (f.status === 'unmet') return 'noncompliant';
    if (f.status === 'unknown') unknown = true;
  }
  return unknown ? 'incomplete' : 'compliant';
}

/** Push a custom issue (inside a `superRefine`) for a path relative to the checked value. */
export function pushIssue(
  ctx: z.core.$RefinementCtx<unknown>,
  path: readonly (string | number)[],
  input: unknown,
  expected: Bilingual,
  code: string,
): void {
  ctx.issues.push({ code: 'custom', path: [...path], input, message: expected.en, params: { code, expected } });
}

/** Expected: an id no other entry of the list has. */
export const EXPECTED_UNIQUE_ID: Bilingual = {
  en: 'an id no other entry of the list has',
  fa: 'شناسه‌ای که مورد دیگری از فهرست نداشته باشد',
};

/** Report duplicate ids of a list (inside a `superRefine`). */
export function checkUniqueIds(
  ctx: z.core.$RefinementCtx<unknown>,
  items: readonly { readonly id: string }[],
  prefix: readonly (string | number)[],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) pushIssue(ctx, [...prefix, i, 'id'], item.id, EXPECTED_UNIQUE_ID, 'duplicate_id');
    seen.add(item.id);
  });
}

/** Compare strings by UTF-16 code units (locale-free, deterministic). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
