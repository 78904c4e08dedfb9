/**
 * The OpenAPI 3.1 document (issue 17): valid for the OpenAPI schema, one operation for
 * every CLI command (derived from the list, so a new command appears by itself), the
 * request schemas the same as the CLI's JSON Schemas, every command's example valid for
 * its request schema. (That schemas/openapi.json, written by the build, is what the built
 * server serves is checked by examples/server.mjs --self-test, which runs after the build.)
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { jsonSchemaOf } from '../../src/cli/schema.js';
import { camelName, pascalName } from '../../src/server/openapi.js';
import { DOC, expectSchema } from './helpers.js';
import type * as z from 'zod/mini';

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator)', async () => {
    const validator = new Validator();
    const r = await validator.validate(structuredClone(DOC) as never);
    expect(r.errors ?? []).toEqual([]);
    expect(r.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('has one POST operation for each CLI command, with a unique operationId', () => {
    const ids = new Set<string>();
    for (const c of COMMANDS) {
      const op = (DOC.paths[`/v1/${c.name}`] as { post: { operationId: string; summary: string } }).post;
      expect(op.operationId).toBe(camelName(c.name));
      expect(op.summary).toBe(c.summary.en);
      ids.add(op.operationId);
    }
    expect(ids.size).toBe(COMMANDS.length);
  });

  it("a request schema is the CLI's JSON Schema of the command's input, and its example is valid for it", () => {
    const schemas = (DOC.components as { schemas: Record<string, unknown> }).schemas;
    for (const c of COMMANDS) {
      const { $schema: _s, ...cli } = jsonSchemaOf(c.schema as z.ZodMiniType) as Record<string, unknown>;
      expect(schemas[`${pascalName(c.name)}Input`], c.name).toEqual(cli);
      expectSchema(`${pascalName(c.name)}Input`, JSON.parse(JSON.stringify(c.example)));
    }
  });

  it('the response schemas can fail: a decision without its findings, or with another kind, is refused', () => {
    const eligibility = COMMANDS.find((c) => c.name === 'eligibility');
    const d = JSON.parse(JSON.stringify(eligibility?.run(eligibility.example))) as Record<string, unknown>;
    expectSchema('EligibilityResult', d);
    const { findings: _f, ...noFindings } = d;
    expect(() => expectSchema('EligibilityResult', noFindings)).toThrow();
    expect(() => expectSchema('EligibilityResult', { ...d, kind: 'licence' })).toThrow();
    expect(() => expectSchema('ErrorBody', { error: { code: 'NOPE' } })).toThrow();
  });
});
