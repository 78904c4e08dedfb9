/**
 * The filing procedure (Arts. 3–4): the ordered steps of a filing through the portal and
 * through an office, and the check of an office's event log against them.
 */
import { art, type Citation } from '../core/citation.js';
import type { Decision, Finding } from './render.js';
import { inputError, parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { finding, message, step as ledgerStep } from './render.js';
import { type FilingLogInput, FilingLogInputSchema, type FilingRoute, type FilingStep } from './schemas.js';

/**
 * The steps of each route, in the order the text gives them (our reading: the order of
 * the text is the order required).
 *
 * ماده ۳- در روش اقدام از طریق درگاه، درخواست به همراه مستندات مربوط، به سند الکترونیکی تبدیل
 * [و] به سامانه [وارد] و پس از محاسبه هزینه خدمات قضایی توسط سامانه و پرداخت الکترونیکی آن، کد
 * رهگیری اخذ و از طریق سامانه به مرجع مربوط ارسال می شود.
 *
 * ماده ۴ - در روش اقدام از طریق دفتر، متقاضی درخواست خود را به همراه مستندات آن به دفتر تحویل
 * میدهد. دفتر پس از احراز هویت و محاسبه هزینه خدمات قضایی از طریق سامانه و پرداخت الکترونیک
 * آن، اسناد یادشده را به سند الکترونیکی تبدیل میکند و به رؤیت متقاضی می رساند. دفتر پس از مطابقت
 * اسناد الکترونیکی با اوراق ابرازی توسط متقاضی، آن را از طریق سامانه به مرجع صالح ارسال می کند.
 *
 * Art. 4 names no tracking code for the office route (Art. 3 does for the portal, Art. 5
 * for others who send through the system); an office's log may record one, and it is
 * neither required nor checked there.
 */
export const FILING_ROUTES: Readonly<Record<FilingRoute, readonly FilingStep[]>> = {
  portal: ['convertedToElectronic', 'costsComputed', 'paidElectronically', 'trackingCodeIssued', 'sent'],
  office: [
    'documentsReceived',
    'identityVerified',
    'costsComputed',
    'paidElectronically',
    'convertedToElectronic',
    'shownToApplicant',
    'matchedWithOriginals',
    'sent',
  ],
};

/**
 * How Art. 4's order is read: `partial` (default) — only the orders the text states: the
 * documents are converted «پس از احراز هویت و محاسبه هزینه خدمات قضایی … و پرداخت
 * الکترونیک آن», so identity, the cost and its payment all come before the conversion and
 * the payment («آن», the cost computed) after the cost, but identity and the cost in
 * either order; the conversion before showing and matching; sending «پس از مطابقت» and
 * after the applicant was shown the documents. `strict` — the order of the text is the
 * order required, step by step. Art. 3 (the portal) is read in its own order either way.
 */
export type FilingOrderReading = 'partial' | 'strict';

type Prerequisites = Readonly<Partial<Record<FilingStep, readonly FilingStep[]>>>;

/** The steps each step must follow, by route and reading (the route's list is a topological order). */
const PREREQUISITES: Readonly<Record<FilingRoute, Readonly<Record<FilingOrderReading, Prerequisites>>>> = {
  portal: { partial: chain(FILING_ROUTES.portal), strict: chain(FILING_ROUTES.portal) },
  office: {
    partial: {
      costsComputed: ['documentsReceived'],
      paidElectronically: ['costsComputed'],
      convertedToElectronic: ['documentsReceived', 'identityVerified', 'costsComputed', 'paidElectronically'],
      shownToApplicant: ['convertedToElectronic'],
      matchedWithOriginals: ['convertedToElectronic'],
      sent: ['shownToApplicant', 'matchedWithOriginals'],
    },
    strict: chain(FILING_ROUTES.office),
  },
};

/** Each step after the one before it. */
function chain(steps: readonly FilingStep[]): Prerequisites {
  const out: Partial<Record<FilingStep, readonly FilingStep[]>> = {};
  steps.forEach((s, i) => {
    if (i > 0) out[s] = [steps[i - 1] as FilingStep];
  });
  return out;
}

/** Every step `step` must follow, directly or through others. */
function ancestorsOf(pre: Prerequisites, step: FilingStep): Set<FilingStep> {
  const out = new Set<FilingStep>();
  const todo = [...(pre[step] ?? [])];
  while (todo.length > 0) {
    const s = todo.pop() as FilingStep;
    if (out.has(s)) continue;
    out.add(s);
    todo.push(...(pre[s] ?? []));
  }
  return out;
}

/**
 * The article that sets a route's steps: Art. 3 for the portal, Art. 4 for an office.
 *
 * @param route - `portal` or `office`
 * @returns the citation
 * @example
 * filingRouteCitation('office'); // { article: 4 }
 */
export function filingRouteCitation(route: FilingRoute): Citation {
  if (route !== 'portal' && route !== 'office') throw inputError('route', { en: "'portal' or 'office'", fa: "'portal' یا 'office'" }, route);
  return art(route === 'portal' ? 3 : 4);
}

/** How a required step stands in the log. */
export type FilingStepState = 'done' | 'missing' | 'outOfOrder' | 'pending';

/** The first problem of a log. */
export interface FilingProblem {
  readonly step: FilingStep;
  readonly problem: 'missing' | 'outOfOrder';
  /** For `outOfOrder`: the required earlier step it came before. */
  readonly before: FilingStep | null;
  readonly citation: Citation;
}

/** The check of a filing's log. */
export interface FilingLogCheck {
  readonly route: FilingRoute;
  /** The first missing or out-of-order step, in the route's order, or null. */
  readonly firstProblem: FilingProblem | null;
  /** Each required step: its state and the index of its first record in the log. */
  readonly steps: readonly { readonly step: FilingStep; readonly state: FilingStepState; readonly position: number | null }[];
}

/** Whether a log follows the procedure. */
export type FilingLogStatus = 'conforming' | 'nonconforming' | 'pending';

/** The answer of {@link checkFilingLog}. */
export type FilingLogDecision = Decision<'operations.filingLog', FilingLogStatus, FilingLogCheck>;

/**
 * Check an event log of a filing against the steps of its route (Art. 3 for the portal,
 * Art. 4 for an office) and report the first step missing or out of order. A step's
 * first record is its place; a required step recorded before the step the text puts
 * ahead of it is out of order. A step repeated later (a retried payment) is fine; steps
 * of the other route are noted and ignored.
 *
 * Art. 4's order is read `partial` by default: conversion after identity, the cost and its
 * payment, but identity and the cost in either order — an office that computes the cost
 * first conforms. Option `order: 'strict'`: the text's order, step by step. The decision's
 * one step (`operations.filing.order`, Art. 4) carries `data.reading`.
 *
 * @param input - `{ route, events: [steps in order], inProgress?, options?: { order } }`
 * @returns a decision `conforming`, `nonconforming` (value.firstProblem names the step and
 * its article) or `pending` (under way, nothing wrong so far)
 * @throws InputError for an unknown step or route
 * @example
 * const d = checkFilingLog({
 *   route: 'office',
 *   events: ['documentsReceived', 'identityVerified', 'costsComputed', 'convertedToElectronic', 'paidElectronically',
 *            'shownToApplicant', 'matchedWithOriginals', 'sent'],
 * });
 * d.status; // 'nonconforming'
 * d.value.firstProblem; // { step: 'convertedToElectronic', problem: 'outOfOrder', before: 'paidElectronically', citation: { article: 4 } }
 * const costFirst = ['documentsReceived', 'costsComputed', 'identityVerified', 'paidElectronically', 'convertedToElectronic',
 *   'shownToApplicant', 'matchedWithOriginals', 'sent'] as const;
 * checkFilingLog({ route: 'office', events: [...costFirst] }).status;                               // 'conforming'
 * checkFilingLog({ route: 'office', events: [...costFirst], options: { order: 'strict' } }).status; // 'nonconforming'
 */
export function checkFilingLog(input: FilingLogInput): FilingLogDecision {
  const p = parseInput(FilingLogInputSchema, input);
  const required = FILING_ROUTES[p.route];
  const citation = filingRouteCitation(p.route);
  const firstPos = new Map<FilingStep, number>();
  p.events.forEach((s, i) => {
    if (!firstPos.has(s)) firstPos.set(s, i);
  });
  const requiredSet = new Set(required);
  const findings: Finding[] = [];

  // Where each required step stands: a step recorded before a step it must follow
  // (directly or through others) is out of order; the step named is the last one, in the
  // route's order, found in order among those it came before.
  const reading: FilingOrderReading = p.options?.order ?? 'partial';
  const pre = PREREQUISITES[p.route][reading];
  const steps: { step: FilingStep; state: FilingStepState; position: number | null }[] = [];
  const stateOf = new Map<FilingStep, FilingStepState>();
  let firstProblem: FilingProblem | null = null;
  required.forEach((step) => {
    const pos = firstPos.get(step);
    if (pos === undefined) {
      const laterRecorded = required.some((s) => firstPos.has(s) && ancestorsOf(pre, s).has(step));
      const state: FilingStepState = p.inProgress === true && !laterRecorded ? 'pending' : 'missing';
      steps.push({ step, state, position: null });
      stateOf.set(step, state);
      findings.push(finding({ code: 'operations.filing.step', status: state === 'pending' ? 'info' : 'unmet', citation, params: { route: p.route, step, state, before: null } }));
      if (state === 'missing' && firstProblem === null) firstProblem = { step, problem: 'missing', before: null, citation };
      return;
    }
    const ancestors = ancestorsOf(pre, step);
    const violated = required.filter((a) => ancestors.has(a) && stateOf.get(a) === 'done' && (firstPos.get(a) as number) > pos);
    const before = violated.at(-1) ?? null;
    if (before !== null) {
      steps.push({ step, state: 'outOfOrder', position: pos });
      stateOf.set(step, 'outOfOrder');
      findings.push(finding({ code: 'operations.filing.step', status: 'unmet', citation, params: { route: p.route, step, state: 'outOfOrder', before } }));
      if (firstProblem === null) firstProblem = { step, problem: 'outOfOrder', before, citation };
      return;
    }
    steps.push({ step, state: 'done', position: pos });
    stateOf.set(step, 'done');
    findings.push(finding({ code: 'operations.filing.step', status: 'met', citation, params: { route: p.route, step, state: 'done', before: null } }));
  });

  const foreign = [...new Set(p.events.filter((s) => !requiredSet.has(s)))];
  for (const step of foreign) {
    findings.push(finding({ code: 'operations.filing.foreign', status: 'info', citation, params: { route: p.route, step } }));
  }

  const status: FilingLogStatus = firstProblem !== null ? 'nonconforming' : steps.some((s) => s.state === 'pending') ? 'pending' : 'conforming';
  const problem = firstProblem as FilingProblem | null;
  return makeDecision({
    kind: 'operations.filingLog',
    asOf: null,
    status,
    value: { route: p.route, firstProblem: problem, steps },
    summary: message('operations.filing.summary', {
      route: p.route,
      status,
      step: problem?.step ?? null,
      problem: problem?.problem ?? null,
      before: problem?.before ?? null,
    }),
    findings,
    steps: [ledgerStep({ code: 'operations.filing.order', citation: art(4), params: { reading }, data: { reading } })],
  });
}
