/**
 * A client in another language (issue 17, item 3): examples/python/openapi_client.py builds
 * one function per operation from the served OpenAPI document (Python's standard library
 * only) and calls two of them against a server on 127.0.0.1.
 */
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC, start, type Running } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
const python = spawnSync('python3', ['--version']).status === 0;

let s: Running;
beforeAll(async () => {
  s = await start();
});
afterAll(() => s.close());

describe('the Python client generated from the OpenAPI document', () => {
  it.skipIf(!python)(`Art. 9(ث): python3 calls eligibility and getText through functions built from openapi.json${python ? '' : ' (SKIPPED: python3 is not on this machine)'}`, async () => {
    const out = await new Promise<string>((resolve, reject) => {
      execFile('python3', [join(ROOT, 'examples', 'python', 'openapi_client.py'), s.base], { timeout: 60_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout)));
    });
    const r = JSON.parse(out);
    const jsonOperations = Object.values(DOC.paths).flatMap((item) =>
      Object.values(item as Record<string, { requestBody?: { content: Record<string, unknown> } }>).filter((op) => op.requestBody === undefined || 'application/json' in op.requestBody.content),
    );
    expect(r.operations).toBe(jsonOperations.length);
    expect(r.eligibility).toEqual({ status: 'ineligible', age: 23, explained: true });
    expect(r.text.cite).toBe('Art. 9(th)');
    expect(r.text.chars).toBeGreaterThan(10);
    expect(r.refused).toEqual({ status: 400, code: 'INPUT_INVALID', field: 'role' });
  });
});
