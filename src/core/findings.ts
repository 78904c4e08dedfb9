import { formatDayNumber } from '../_lib/jalali.js';
import { message, type MessageCode, type MessageParams } from '../messages.js';
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
import type { Bilingual } from './text.js';

type Data = { readonly [key: string]: JsonValue };

/** What {@link finding} needs: the message code and its parameters, status, citation. */
export interface FindingSpec<C extends MessageCode> {
  readonly code: C;
  readonly status: FindingStatus;
  readonly citation: Citation;
  readonly params: MessageParams<C>;
  readonly missing?: readonly string[];
  readonly data?: Data;
}

/** Build a finding; its message is rendered from the catalogue in both languages. */
export function finding<C extends MessageCode>(spec: FindingSpec<C>): Finding {
  const out: {
    code: C;
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
}

/** What {@link step} needs. */
export interface StepSpec<C extends MessageCode> {
  readonly code: C;
  readonly citation: Citation;
  readonly params: MessageParams<C>;
  readonly data?: Data;
}

/** Build a step of a computed chain. */
export function step<C extends MessageCode>(spec: StepSpec<C>): Step {
  const out: { code: C; citation: Citation; message: Bilingual; data?: Data } = {
    code: spec.code,
    citation: spec.citation,
    message: message(spec.code, spec.params),
  };
  if (spec.data !== undefined) out.data = spec.data;
  return out;
}

/** What {@link makeDecision} needs. `asOf` is a day number (or null). */
export interface DecisionSpec<K extends string, S extends string, V> {
  readonly kind: K;
  readonly asOf: number | null;
  readonly status: S;
  readonly value: V;
  readonly summary: Bilingual;
  readonly findings?: readonly Finding[];
  readonly steps?: readonly Step[];
  readonly ruleSet?: RuleSetRef;
}

/** Build the decision envelope; `missing` is gathered from the findings. */
export function makeDecision<K extends string, S extends string, V>(spec: DecisionSpec<K, S, V>): Decision<K, S, V> {
  const findings = spec.findings ?? [];
  return {
    kind: spec.kind,
    ruleSet: spec.ruleSet ?? REGULATION_1401,
    asOf: spec.asOf === null ? null : formatDayNumber(spec.asOf),
    status: spec.status,
    value: spec.value,
    summary: spec.summary,
    findings,
    steps: spec.steps ?? [],
    missing: collectMissing(findings),
  };
}
