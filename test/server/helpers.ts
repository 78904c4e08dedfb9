/**
 * Shared by the HTTP API's tests: a server on a free loopback port, raw requests over
 * node:http (so a test controls every byte, the pace and the disconnect), and a check of
 * every answer against the OpenAPI document (ajv, JSON Schema 2020-12).
 */
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect } from 'vitest';
import { createServer, openApiDocument, type LogEntry, type ServerOptions } from '../../src/server/index.js';

export const DOC = openApiDocument();

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false, logger: false });
ajv.addSchema(DOC as object, 'openapi.json');

/** Validate `body` against a component schema of the document; fails the test with ajv's errors. */
export function expectSchema(name: string, body: unknown): void {
  const validate = ajv.getSchema(`openapi.json#/components/schemas/${name}`);
  if (validate === undefined) throw new Error(`no component schema ${name}`);
  const ok = validate(body);
  expect(ok ? [] : validate.errors, `${name}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
}

/** The component a documented response of `method path status` refers to (JSON or NDJSON). */
export function responseSchemaName(method: string, path: string, status: number): string {
  const op = (DOC.paths[path] as Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: { $ref?: string } }> }> }> | undefined)?.[method.toLowerCase()];
  if (op === undefined) throw new Error(`undocumented operation ${method} ${path}`);
  let r = op.responses[String(status)];
  if (r === undefined) throw new Error(`undocumented status ${status} of ${method} ${path}`);
  if (r.$ref !== undefined) r = (DOC.components as { responses: Record<string, typeof r> }).responses[r.$ref.split('/').pop() as string];
  const content = r?.content ?? {};
  const schema = Object.values(content)[0]?.schema;
  if (schema?.$ref === undefined) throw new Error(`no schema $ref for ${status} of ${method} ${path}`);
  return schema.$ref.split('/').pop() as string;
}

/** Check an answer against what the document says `method path` answers with `status`. */
export function expectDocumented(method: string, path: string, status: number, body: unknown): void {
  expectSchema(responseSchemaName(method, path, status), body);
}

export interface Running {
  readonly server: Server;
  readonly base: string;
  readonly port: number;
  readonly logs: LogEntry[];
  close(): Promise<void>;
}

/** A server from the sources on 127.0.0.1, any free port; its log entries are collected. */
export async function start(options: ServerOptions = {}): Promise<Running> {
  const logs: LogEntry[] = [];
  const server = createServer({ logger: (e) => logs.push(e), ...options });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    base: `http://127.0.0.1:${port}`,
    logs,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface Answer {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly text: string;
}

/** One request over a fresh connection; `body` is sent as is. */
export function send(port: number, method: string, path: string, body?: string | Buffer, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers: { connection: 'close', ...headers }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/** POST a JSON value (or a raw string) and parse the JSON answer. */
export async function postJson(port: number, path: string, body: unknown): Promise<{ status: number; headers: IncomingHttpHeaders; json: any }> {
  const a = await send(port, 'POST', path, typeof body === 'string' ? body : JSON.stringify(body), { 'content-type': 'application/json' });
  return { status: a.status, headers: a.headers, json: JSON.parse(a.text) };
}

/** The lines of an NDJSON answer, parsed. */
export function ndjson(text: string): any[] {
  return text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as unknown);
}
