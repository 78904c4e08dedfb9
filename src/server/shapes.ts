/**
 * The shapes of what the HTTP API answers, written once as zod schemas and turned into the
 * JSON Schemas of the OpenAPI document: the Decision envelope every decision shares (its
 * findings, steps and citations), the error body, the lines of a batch stream, a provision
 * of the text. The request bodies are the library's own input schemas (src/cli/commands.ts).
 */
import * as z from 'zod/mini';
import { CLAUSE_LETTERS, INSTRUCTION_CLAUSE_LETTERS } from '../core/citation.js';
import { RULE_SET_IDS } from '../core/decision.js';
import { MESSAGES } from '../messages.js';

/** A text in both languages (Persian with Persian digits). */
export const BilingualSchema = z.object({ fa: z.string(), en: z.string() });

/** A citation of the regulation or of the earlier instruction (src/core/citation.ts). */
export const CitationSchema = z.object({
  article: z.int().check(z.minimum(1)),
  clause: z.optional(z.enum([...new Set<string>([...CLAUSE_LETTERS, 'ز2', ...INSTRUCTION_CLAUSE_LETTERS])] as [string, ...string[]])),
  note: z.optional(z.int().check(z.minimum(1))),
  paragraph: z.optional(z.int().check(z.minimum(1))),
  grade: z.optional(z.int().check(z.minimum(1))),
  item: z.optional(z.int().check(z.minimum(1))),
  ruleSet: z.optional(z.enum(RULE_SET_IDS)),
});

const MessageCodeSchema = z.enum(Object.keys(MESSAGES) as [string, ...string[]]);
const DataSchema = z.record(z.string(), z.unknown());

/** Which rule set made a decision. */
export const RuleSetRefSchema = z.object({
  id: z.enum(RULE_SET_IDS),
  approved: z.string(),
  approvedSource: z.optional(z.enum(['text', 'publicReport'])),
  version: z.string(),
});

/** One condition checked. */
export const FindingSchema = z.object({
  code: MessageCodeSchema,
  status: z.enum(['met', 'unmet', 'unknown', 'info']),
  citation: CitationSchema,
  message: BilingualSchema,
  missing: z.optional(z.array(z.string())),
  data: z.optional(DataSchema),
});

/** One step of a computed chain. */
export const StepSchema = z.object({
  code: MessageCodeSchema,
  citation: CitationSchema,
  message: BilingualSchema,
  data: z.optional(DataSchema),
});

/**
 * The envelope of every decision (src/core/decision.ts), plus `explanation` when the
 * request asked for it (`?explain=1`).
 */
export const DecisionSchema = z.object({
  kind: z.string(),
  ruleSet: RuleSetRefSchema,
  asOf: z.nullable(z.string()),
  status: z.string(),
  value: z.unknown(),
  summary: BilingualSchema,
  findings: z.array(FindingSchema),
  steps: z.array(StepSchema),
  missing: z.array(z.string()),
  explanation: z.optional(z.string()),
});

/** One problem with one field of a request (the library's InputIssue). */
export const IssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  field: z.string(),
  code: z.string(),
  expected: BilingualSchema,
  received: z.string(),
  message: BilingualSchema,
});

/**
 * The codes of the error body.
 *
 * @example
 * ERROR_CODES.includes('BODY_TOO_LARGE'); // true
 */
export const ERROR_CODES = ['INPUT_INVALID', 'INVALID_JSON', 'NOT_FOUND', 'METHOD_NOT_ALLOWED', 'BODY_TOO_LARGE', 'TIMEOUT', 'BUSY', 'TOO_MANY_LINES', 'INTERNAL'] as const;

/** An error code of the HTTP API. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * The body of every error answer: the first issue's field, what was expected and what
 * came, the whole message in both languages, and every issue (empty for errors found
 * before the library was called).
 */
export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    field: z.string(),
    expected: BilingualSchema,
    received: z.string(),
    message: BilingualSchema,
    issues: z.array(IssueSchema),
  }),
});

/** A line of a batch answer that failed (its 1-based line number in the request). */
export const BatchErrorLineSchema = z.object({
  line: z.int().check(z.minimum(1)),
  ok: z.literal(false),
  error: ErrorBodySchema.shape.error,
});

/** A provision of the text (`GET /v1/text/{article}`). */
export const ProvisionSchema = z.object({
  citation: CitationSchema,
  cite: BilingualSchema,
  text: z.string(),
});

/** `GET /healthz`. */
export const HealthSchema = z.object({ status: z.literal('ok'), commands: z.int() });

/**
 * The JSON Schema of a shape (2020-12, the dialect of OpenAPI 3.1), without `$schema`.
 *
 * @example
 * jsonSchemaOfShape(BilingualSchema).required; // ['fa', 'en']
 */
export function jsonSchemaOfShape(schema: z.ZodMiniType): Record<string, unknown> {
  const { $schema: _drop, ...rest } = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
}
