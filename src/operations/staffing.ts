/**
 * The office's staff (Art. 8).
 *
 * ماده ۸ - دفتر از مدیر دفتر، کارشناس حقوقی و کارکنان دفتری تشکیل می شود.
 */
import { art } from '../core/citation.js';
import type { Decision, Finding } from './render.js';
import { fieldName, InputError, parseInput, type InputIssue } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { formatDayNumber } from '../_lib/jalali.js';
import { checkEligibility, type EligibilityDecision, type PersonFacts } from '../eligibility/index.js';
import { complianceOf, compareIds, type ComplianceStatus } from './shared.js';
import { finding, message } from './render.js';
import { type OfficeStaffingInput, OfficeStaffingInputSchema, type StaffRole } from './schemas.js';

/** The roles in the order Art. 8 names them. */
export const STAFF_ROLES: readonly StaffRole[] = ['manager', 'legalExpert', 'clerical'];

/** What the staff list shows. */
export interface OfficeStaffing {
  /** How many people hold each role. */
  readonly counts: Readonly<Record<StaffRole, number>>;
  /** People (by id) listed in more than one role, with their roles in Art. 8's order. */
  readonly dualRoles: readonly { readonly id: string; readonly roles: readonly StaffRole[] }[];
  /** Each manager and legal expert whose facts were given, with the eligibility decision (Arts. 9, 11). */
  readonly people: readonly {
    readonly index: number;
    readonly id: string | null;
    readonly role: 'manager' | 'legalExpert';
    readonly eligibility: EligibilityDecision;
  }[];
}

/** The answer of {@link checkOfficeStaffing}. */
export type OfficeStaffingDecision = Decision<'operations.staffing', ComplianceStatus, OfficeStaffing>;

/**
 * Check an office's staff list against Art. 8: the office consists of a manager, a legal
 * expert and clerical staff, so each role needs at least one person (the text sets no
 * numbers). By default one person may not fill two roles (option `allowDualRoles`).
 *
 * Where the caller gives a manager's or legal expert's facts (`person`), the conditions
 * of Arts. 9 and 11 are checked with `checkEligibility` on `asOf`: one finding per person
 * (eligible → met, ineligible → unmet, incomplete → unknown, with the missing facts as
 * `staff[i].person…`). Without facts, a note says the conditions were not checked.
 *
 * @param input - `{ asOf, staff: [{ id?, role, person? }], options? }`
 * @returns a decision `compliant` or `noncompliant`, one finding per role (and one per
 * person listed in two roles)
 * @throws InputError for a bad date, an unknown role, or one person listed twice in one role
 * @example
 * checkOfficeStaffing({
 *   asOf: '1403/07/01',
 *   staff: [{ id: 'a', role: 'manager' }, { id: 'b', role: 'clerical' }],
 * }).status;
 * // 'noncompliant' (no legal expert)
 */
export function checkOfficeStaffing(input: OfficeStaffingInput): OfficeStaffingDecision {
  const p = parseInput(OfficeStaffingInputSchema, input);
  const allowDual = p.options?.allowDualRoles ?? false;
  const counts: Record<StaffRole, number> = { manager: 0, legalExpert: 0, clerical: 0 };
  const rolesById = new Map<string, Set<StaffRole>>();
  for (const m of p.staff) {
    counts[m.role]++;
    if (m.id !== undefined) {
      const set = rolesById.get(m.id) ?? new Set<StaffRole>();
      set.add(m.role);
      rolesById.set(m.id, set);
    }
  }

  const findings: Finding[] = [];
  // ماده ۸: مدیر دفتر، کارشناس حقوقی و کارکنان دفتری — at least one of each.
  for (const role of STAFF_ROLES) {
    findings.push(
      finding({
        code: 'operations.staffing.role',
        status: counts[role] > 0 ? 'met' : 'unmet',
        citation: art(8),
        params: { role, count: counts[role] },
      }),
    );
  }

  const dualRoles = [...rolesById.entries()]
    .filter(([, roles]) => roles.size > 1)
    .map(([id, roles]) => ({ id, roles: STAFF_ROLES.filter((r) => roles.has(r)) }))
    .sort((a, b) => compareIds(a.id, b.id));
  for (const d of dualRoles) {
    findings.push(
      finding({
        code: 'operations.staffing.dualRole',
        status: allowDual ? 'info' : 'unmet',
        citation: art(8),
        params: { id: d.id, roles: d.roles, allowed: allowDual },
      }),
    );
  }

  // ماده ۹ - شرایط مدیر دفتر و کارشناس حقوقی ... ؛ ماده ۱۱- افراد زیر نمی توانند به عنوان مدیر و
  // کارشناس حقوقی در دفتر فعالیت کنند ...
  const people: { index: number; id: string | null; role: 'manager' | 'legalExpert'; eligibility: EligibilityDecision }[] = [];
  const asOfText = formatDayNumber(p.asOf);
  p.staff.forEach((m, index) => {
    const id = m.id ?? null;
    if (m.role === 'clerical') return;
    if (m.person === undefined) {
      findings.push(finding({ code: 'operations.staffing.personNotChecked', status: 'info', citation: art(9), params: { index, id, role: m.role } }));
      return;
    }
    const eligibility = eligibilityOf(m.role, asOfText, m.person, index);
    people.push({ index, id, role: m.role, eligibility });
    findings.push(
      finding({
        code: 'operations.staffing.person',
        status: eligibility.status === 'eligible' ? 'met' : eligibility.status === 'ineligible' ? 'unmet' : 'unknown',
        citation: art(9),
        params: { index, id, role: m.role, status: eligibility.status },
        missing: eligibility.missing.map((f) => `staff[${index}].${f}`),
      }),
    );
  });

  const status = complianceOf(findings);
  return makeDecision({
    kind: 'operations.staffing',
    asOf: p.asOf,
    status,
    value: { counts, dualRoles, people },
    summary: message('operations.staffing.summary', { status, counts }),
    findings,
  });
}

/** Check one person with the eligibility rules; their input errors name `staff[index]`. */
function eligibilityOf(role: 'manager' | 'legalExpert', asOf: string, person: unknown, index: number): EligibilityDecision {
  try {
    return checkEligibility({ role, asOf, person: person as PersonFacts });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    throw new InputError(e.issues.map((i) => prefixIssue(i, ['staff', index])));
  }
}

/** The same issue, its path under `prefix` (e.g. `person.birthDate` → `staff[2].person.birthDate`). */
function prefixIssue(issue: InputIssue, prefix: readonly (string | number)[]): InputIssue {
  const path = [...prefix, ...issue.path];
  const field = fieldName(path);
  const swap = (text: string, from: string, to: string): string => (text.startsWith(from) ? to + text.slice(from.length) : text);
  return {
    ...issue,
    path,
    field,
    message: {
      en: swap(issue.message.en, issue.field, field),
      // Field paths are code: their digits stay Latin in Persian text, as the issue wrote them.
      fa: swap(issue.message.fa, issue.field, field),
    },
  };
}
