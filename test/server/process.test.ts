/**
 * `iran-judicial-eservices serve` as a process (issue 17): the CLI is bundled from the
 * sources with esbuild into a temporary directory (no dist/ needed, nothing written in
 * the checkout), spawned with `serve --port 0`, and stopped with SIGTERM: it stops
 * accepting, lets the request in flight finish, and exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOC, ndjson, send } from './helpers.js';

const ROOT = join(import.meta.dirname, '..', '..');
let dir: string;
let cli: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'serve-test-'));
  cli = join(dir, 'cli.mjs');
  await build({ entryPoints: [join(ROOT, 'src', 'cli', 'main.ts')], outfile: cli, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'error', absWorkingDir: ROOT });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Proc {
  readonly child: ChildProcess;
  readonly port: number;
  readonly listening: string;
  readonly stderr: () => string;
  readonly exit: Promise<{ code: number | null; signal: string | null }>;
}

async function serve(args: string[]): Promise<Proc> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (c) => (err += c));
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const first = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c) => {
      out += c;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(out.slice(0, nl));
    });
    child.on('exit', () => reject(new Error(`serve exited before listening: ${err}`)));
  });
  const line = JSON.parse(first) as { listening: string; host: string; port: number };
  return { child, port: line.port, listening: line.listening, stderr: () => err, exit };
}

const applicant = JSON.stringify({ role: 'manager', asOf: '1403/05/01', person: { birthDate: '1370/01/01' } });

describe('serve: the process', () => {
  it('prints where it listens as one JSON line (127.0.0.1 by default), answers, logs one JSON line a request on stderr', async () => {
    const p = await serve([]);
    try {
      expect(p.listening).toBe(`http://127.0.0.1:${p.port}`);
      const r = await send(p.port, 'GET', '/v1/openapi.json');
      expect(JSON.parse(r.text)).toEqual(DOC); // the bundled server serves the document of the sources
      const age = await send(p.port, 'POST', '/v1/age', '{"birthDate":"1363/11/17","asOf":"1387/11/17"}');
      expect(JSON.parse(age.text).age).toBe(24);
      await new Promise((res) => setTimeout(res, 50));
      const logs = p.stderr().trim().split('\n').map((l) => JSON.parse(l) as { route: string; status: number });
      expect(logs.map((l) => [l.route, l.status])).toEqual([['/v1/openapi.json', 200], ['/v1/age', 200]]);
      expect(p.stderr()).not.toContain('1363/11/17');
    } finally {
      p.child.kill('SIGTERM');
      await p.exit;
    }
  });

  it('SIGTERM: the request in flight finishes (all its lines), new connections are refused, exit 0', async () => {
    const p = await serve([]);
    let text = '';
    let status = 0;
    const done = new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: p.port, method: 'POST', path: '/v1/eligibility/batch', agent: false, headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        status = res.statusCode ?? 0;
        res.on('data', (c) => {
          text += c;
          if (text.includes('\n') && !text.includes('"line":2')) {
            // The first answer is back: stop the server while this request is in flight.
            p.child.kill('SIGTERM');
            setTimeout(() => req.end(`${applicant}\n`), 300);
          }
        });
        res.on('end', () => resolve());
      });
      req.on('error', reject);
      req.write(`${applicant}\n`);
    });
    await done;
    expect(status).toBe(200);
    expect(ndjson(text).map((l) => [l.line, l.ok])).toEqual([[1, true], [2, true]]);
    await expect(send(p.port, 'GET', '/healthz')).rejects.toThrow(/ECONNREFUSED/);
    expect(await p.exit).toEqual({ code: 0, signal: null });
    expect(p.stderr()).toContain('"shutdown":"SIGTERM"');
  });

  it('SIGINT with a stalled request: the grace (--grace-ms 300) is bounded, then exit 0', async () => {
    const p = await serve(['--grace-ms', '300', '--timeout-ms', '60000']);
    const req = request({ host: '127.0.0.1', port: p.port, method: 'POST', path: '/v1/age', agent: false, headers: { 'content-length': '100' } });
    req.on('error', () => undefined);
    req.write('{"birthDate":');
    await new Promise((r) => setTimeout(r, 100));
    const t0 = Date.now();
    p.child.kill('SIGINT');
    expect(await p.exit).toEqual({ code: 0, signal: null });
    expect(Date.now() - t0).toBeLessThan(5000);
  });

  it('a bad option is a usage error: exit 2 and the usage on stderr', async () => {
    const child = spawn(process.execPath, [cli, 'serve', '--port', 'eighty'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('--port must be a non-negative integer');
    expect(err).toContain('Usage: iran-judicial-eservices serve');
  });
});
