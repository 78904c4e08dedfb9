/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the CLI's list of commands (their
 * zod input schemas) and the response shapes of ./shapes.ts. `npm run build` writes it to
 * `schemas/openapi.json`; the server answers `GET /v1/openapi.json` with the same document.
 */
import type * as zm from 'zod/mini';
import type { Command } from '../cli/command.js';
import { COMMANDS } from '../cli/commands.js';
import { jsonSchemaOf } from '../cli/schema.js';
import { REGULATION_1401 } from '../core/decision.js';
import {
  BatchErrorLineSchema,
  DecisionSchema,
  ErrorBodySchema,
  HealthSchema,
  ProvisionSchema,
  jsonSchemaOfShape,
} from './shapes.js';

type Json = Record<string, unknown>;

/**
 * A command's name as the document's component names spell it.
 *
 * @example
 * pascalName('exam-cutoff'); // 'ExamCutoff'
 */
export function pascalName(name: string): string {
  return name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c: string) => c.toUpperCase());
}

/**
 * A command's name as its operationId.
 *
 * @example
 * camelName('exam-cutoff'); // 'examCutoff'
 */
export function camelName(name: string): string {
  const p = pascalName(name);
  return p.charAt(0).toLowerCase() + p.slice(1);
}

/**
 * Whether a command's result is a Decision (the envelope every decision shares).
 *
 * @example
 * isDecisionResult(checkEligibility({ role: 'manager', asOf: '1403/05/01', person: {} })); // true
 * isDecisionResult({ age: 24 }); // false
 */
export function isDecisionResult(x: unknown): x is { kind: string } {
  return typeof x === 'object' && x !== null && 'findings' in x && 'summary' in x && 'ruleSet' in x && 'kind' in x;
}

/**
 * True for the commands whose `/batch` route exists: those the CLI reads one input a line
 * (`--ndjson` in `each` mode).
 *
 * @example
 * hasBatch(COMMANDS.find((c) => c.name === 'eligibility')!);  // true
 * hasBatch(COMMANDS.find((c) => c.name === 'exam-sitting')!); // false: lines are one sitting's entries
 */
export function hasBatch(c: Command): boolean {
  return c.lines?.mode === 'each';
}

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** Move a schema's `$defs` into the components under `prefix`, rewriting its `$ref`s. */
function hoist(schema: Json, prefix: string, components: Record<string, Json>): Json {
  const defs = (schema.$defs ?? {}) as Record<string, Json>;
  const rename = (s: string): string => s.replace(/^#\/\$defs\//, `#/components/schemas/${prefix}_`);
  const walk = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(walk);
    if (typeof x !== 'object' || x === null) return x;
    const out: Json = {};
    for (const [k, v] of Object.entries(x)) {
      if (k === '$defs' || k === '$schema') continue;
      out[k] = k === '$ref' && typeof v === 'string' ? rename(v) : walk(v);
    }
    return out;
  };
  for (const [name, def] of Object.entries(defs)) components[`${prefix}_${name}`] = walk(def) as Json;
  return walk(schema) as Json;
}

const errorResponse = (description: string): Json => ({ description, content: { 'application/json': { schema: ref('ErrorBody') } } });

/** The responses every route may give besides its own. */
const COMMON_RESPONSES: Json = {
  BadRequest: errorResponse('Malformed input (INPUT_INVALID, with every issue), invalid JSON (INVALID_JSON), or a bad query parameter'),
  NotFound: errorResponse('No such route (NOT_FOUND)'),
  MethodNotAllowed: { ...errorResponse('Wrong method (METHOD_NOT_ALLOWED); the `Allow` header lists the right one'), headers: { Allow: { schema: { type: 'string' } } } },
  PayloadTooLarge: errorResponse('The body (or one line of a batch) is over the limit (BODY_TOO_LARGE)'),
  Unavailable: errorResponse('The request took longer than the timeout (TIMEOUT) or too many batch streams are running (BUSY)'),
};

const explainParams: Json[] = [
  { name: 'explain', in: 'query', required: false, schema: { type: 'string', enum: ['0', '1', 'true', 'false'] }, description: 'Add `explanation`: the decision rendered as text (the library\'s `explain()`)' },
  { name: 'lang', in: 'query', required: false, schema: { type: 'string', enum: ['fa', 'en'], default: 'fa' }, description: 'The language of `explanation`' },
];

/**
 * The OpenAPI 3.1 document of the HTTP API for a list of commands.
 *
 * @param commands - the commands to describe (default: every CLI command)
 * @returns the document, plain JSON data
 * @example
 * const doc = openApiDocument();
 * doc.openapi;                                   // '3.1.0'
 * Object.keys(doc.paths).includes('/v1/eligibility'); // true
 */
export function openApiDocument(commands: readonly Command[] = COMMANDS): { openapi: string; info: Json; paths: Record<string, Json>; components: Json } & Json {
  const schemas: Record<string, Json> = {
    Decision: jsonSchemaOfShape(DecisionSchema),
    ErrorBody: jsonSchemaOfShape(ErrorBodySchema),
    BatchErrorLine: jsonSchemaOfShape(BatchErrorLineSchema),
    Provision: jsonSchemaOfShape(ProvisionSchema),
    Health: jsonSchemaOfShape(HealthSchema),
  };
  const paths: Record<string, Json> = {};
  for (const c of commands) {
    const P = pascalName(c.name);
    schemas[`${P}Input`] = hoist(jsonSchemaOf(c.schema as zm.ZodMiniType) as Json, `${P}Input`, schemas);
    // The result's shape: the Decision envelope with this command's kind (read from its
    // example's decision), or plain data for the few commands that answer no Decision.
    const sample = c.run(c.example);
    schemas[`${P}Result`] = isDecisionResult(sample)
      ? { allOf: [ref('Decision'), { type: 'object', properties: { kind: { const: sample.kind } } }] }
      : { type: 'object', description: 'Plain data (this command answers no Decision envelope)' };
    const description = `${c.summary.fa}\n\n${c.articles}`;
    paths[`/v1/${c.name}`] = {
      post: {
        operationId: camelName(c.name),
        summary: c.summary.en,
        description,
        tags: ['decisions'],
        parameters: explainParams,
        requestBody: { required: true, content: { 'application/json': { schema: ref(`${P}Input`), example: c.example } } },
        responses: {
          '200': { description: 'The decision', content: { 'application/json': { schema: ref(`${P}Result`) } } },
          '400': { $ref: '#/components/responses/BadRequest' },
          '413': { $ref: '#/components/responses/PayloadTooLarge' },
          '503': { $ref: '#/components/responses/Unavailable' },
        },
      },
    };
    if (hasBatch(c)) {
      schemas[`${P}BatchLine`] = {
        oneOf: [
          { type: 'object', properties: { line: { type: 'integer', minimum: 1 }, ok: { const: true }, decision: ref(`${P}Result`) }, required: ['line', 'ok', 'decision'] },
          ref('BatchErrorLine'),
        ],
      };
      paths[`/v1/${c.name}/batch`] = {
        post: {
          operationId: `${camelName(c.name)}Batch`,
          summary: `${c.summary.en}: one input a line (NDJSON in, NDJSON out)`,
          description: `${description}\n\nThe body is NDJSON: one ${P}Input a line (blank lines are skipped). The answer is streamed as NDJSON, one ${P}BatchLine for each input line, in order, each with the input's 1-based line number; a bad line is reported and the stream goes on.`,
          tags: ['batch'],
          parameters: explainParams,
          requestBody: { required: true, content: { 'application/x-ndjson': { schema: { type: 'string', description: `NDJSON: one ${P}Input a line` } } } },
          responses: {
            '200': { description: `NDJSON: one ${P}BatchLine a line (the schema describes one line)`, content: { 'application/x-ndjson': { schema: ref(`${P}BatchLine`) } } },
            '400': { $ref: '#/components/responses/BadRequest' },
            '503': { $ref: '#/components/responses/Unavailable' },
          },
        },
      };
    }
  }
  const intParam = (name: string, description: string): Json => ({ name, in: 'query', required: false, schema: { type: 'string', pattern: '^[0-9]+$' }, description });
  paths['/v1/text/{article}'] = {
    get: {
      operationId: 'getText',
      summary: "A provision's text: an article, or one of its clauses, notes, paragraphs or grades",
      tags: ['text'],
      parameters: [
        { name: 'article', in: 'path', required: true, schema: { type: 'string', pattern: '^[0-9]+$' }, description: 'The article number (1–54)' },
        { name: 'clause', in: 'query', required: false, schema: { type: 'string' }, description: 'A clause letter as published (الف, ب, …; ز2 for the second ز of Art. 1)' },
        intParam('note', 'A note number (1 for an article\'s single unnumbered note)'),
        intParam('paragraph', 'A paragraph number (Art. 14)'),
        intParam('grade', 'A grade of Art. 29 (1–7)'),
      ],
      responses: {
        '200': { description: 'The provision', content: { 'application/json': { schema: ref('Provision') } } },
        '400': { $ref: '#/components/responses/BadRequest' },
        '404': { $ref: '#/components/responses/NotFound' },
      },
    },
  };
  paths['/v1/openapi.json'] = {
    get: { operationId: 'getOpenApi', summary: 'This document', tags: ['meta'], responses: { '200': { description: 'The OpenAPI 3.1 document', content: { 'application/json': { schema: { type: 'object' } } } } } },
  };
  paths['/healthz'] = {
    get: { operationId: 'health', summary: 'Liveness', tags: ['meta'], responses: { '200': { description: 'The server answers', content: { 'application/json': { schema: ref('Health') } } } } },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'iran-judicial-eservices',
      version: REGULATION_1401.version,
      summary: "Iran's Executive Regulation of Judicial Electronic Services Offices (1401/05/23) as cited decisions",
      description: 'One POST route per decision of the library (the CLI\'s command names); JSON in, the decision out. Errors: 400 malformed input or invalid JSON, 404, 405, 413, 503. See docs/http.md.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8080', description: '`iran-judicial-eservices serve --port 8080`' }],
    paths,
    components: { schemas, responses: COMMON_RESPONSES },
  };
}
