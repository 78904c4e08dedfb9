import { formatDayNumber } from '../_lib/jalali.js';
import type { Citation } from './citation.js';
import {
  collectMissing,
  REGULATION_1401,
  type Decision,
  type Finding,
  type FindingStatus,
  type JsonValue,
  type RuleSetRef,
  type Step,
} from './decision.js';
import { renderTemplate, type Bilingual, type MessageTemplate } from './text.js';

type Data = { readonly [key: string]: JsonValue };

/** A domain's message table. */
type Table = { readonly [code: string]: MessageTemplate<never> };

/**
 * The message codes of a domain's table: what its findings and steps can carry.
 *
 * @example
 * const table = defineMessages({ 'x.ok': { fa: () => 'بله', en: () => 'yes' } });
 * type XCode = CodesOf<typeof table>; // 'x.ok'
 */
export type CodesOf<T extends Table> = keyof T & string;

/** The parameters of one code of a table. */
export type ParamsOf<T extends Table, C extends keyof T> = T[C] extends MessageTemplate<infer P> ? P : never;

/** What `finding` needs: the message code and its parameters, status, citation. */
export interface FindingSpec<T extends Table, C extends keyof T & string> {
  readonly code: C;
  readonly status: FindingStatus;
  readonly citation: Citation;
  readonly params: ParamsOf<T, C>;
  readonly missing?: readonly string[];
  readonly data?: Data;
}

/** What `step` needs. */
export interface StepSpec<T extends Table, C extends keyof T & string> {
  readonly code: C;
  readonly citation: Citation;
  readonly params: ParamsOf<T, C>;
  readonly data?: Data;
}

/** A domain's builders: findings, steps and messages rendered from its own table. */
export interface Builders<T extends Table> {
  /** Build a finding; its message is rendered in both languages. */
  finding<C extends keyof T & string>(spec: FindingSpec<T, C>): Finding<CodesOf<T>>;
  /** Build a step of a computed chain. */
  step<C extends keyof T & string>(spec: StepSpec<T, C>): Step<CodesOf<T>>;
  /** Render a message in both languages. */
  message<C extends keyof T & string>(code: C, params: ParamsOf<T, C>): Bilingual;
}

/**
 * Bind the builders to one domain's message table. Each domain renders only its own codes,
 * so a bundle that uses one domain carries only that domain's messages.
 */
export function buildersFor<T extends Table>(table: T): Builders<T> {
  const message = <C extends keyof T & string>(code: C, params: ParamsOf<T, C>): Bilingual =>
    renderTemplate(table[code] as MessageTemplate<ParamsOf<T, C>>, params);
  return {
    message,
    finding(spec) {
      const out: {
        code: CodesOf<T>;
        status: FindingStatus;
        citation: Citation;
        message: Bilingual;
        missing?: readonly string[];
        data?: Data;
      } = {
        code: spec.code,
        status: spec.status,
        citation: spec.citation,
        message: message(spec.code, spec.params),
      };
      if (spec.missing !== undefined && spec.missing.length > 0) out.missing = spec.missing;
      if (spec.data !== undefined) out.data = spec.data;
      return out;
    },
    step(spec) {
      const out: { code: CodesOf<T>; citation: Citation; message: Bilingual; data?: Data } = {
        code: spec.code,
        citation: spec.citation,
        message: message(spec.code, spec.params),
      };
      if (spec.data !== undefined) out.data = spec.data;
      return out;
    },
  };
}

/** What {@link makeDecision} needs. `asOf` is a day number (or null). */
export interface DecisionSpec<K extends string, S extends string, V, C extends string = string> {
  readonly kind: K;
  readonly asOf: number | null;
  readonly status: S;
  readonly value: V;
  readonly summary: Bilingual;
  readonly findings?: readonly Finding<C>[];
  readonly steps?: readonly Step<C>[];
  readonly ruleSet?: RuleSetRef;
}

/** No step: one frozen empty array shared by every decision (a batch keeps them all). */
const NO_STEPS: readonly never[] = Object.freeze([]);

/** Build the decision envelope; `missing` is gathered from the findings. */
export function makeDecision<K extends string, S extends string, V, C extends string = string>(spec: DecisionSpec<K, S, V, C>): Decision<K, S, V, C> {
  const findings = spec.findings ?? [];
  return {
    kind: spec.kind,
    ruleSet: spec.ruleSet ?? REGULATION_1401,
    asOf: spec.asOf === null ? null : formatDayNumber(spec.asOf),
    status: spec.status,
    value: spec.value,
    summary: spec.summary,
    findings,
    steps: spec.steps ?? NO_STEPS,
    missing: collectMissing(findings),
  };
}
