/**
 * `iran-judicial-eservices serve [--port N] [--host H]`: the HTTP API as a process. Prints
 * where it listens as one JSON line on stdout; one JSON log line a request on stderr;
 * SIGTERM or SIGINT: stop accepting, let requests in flight finish (within `--grace-ms`),
 * exit 0.
 */
import { parseArgs } from 'node:util';
import type { AddressInfo } from 'node:net';
import { createServer, shutdown } from './index.js';

/**
 * The help of `serve`.
 *
 * @example
 * SERVE_USAGE.startsWith('Usage: iran-judicial-eservices serve'); // true
 */
export const SERVE_USAGE = `Usage: iran-judicial-eservices serve [--port 8080] [--host 127.0.0.1] [--body-limit BYTES] [--timeout-ms MS] [--grace-ms MS] [--quiet]

  --port N          port to listen on (0: any free port; default 8080)
  --host H          address to listen on (default 127.0.0.1: this machine only)
  --body-limit N    largest request body in bytes (default 1048576); over it: 413
  --timeout-ms N    time allowed for one request (default 10000); over it: 503
  --grace-ms N      on SIGTERM/SIGINT, time requests in flight may take to finish (default 10000)
  --quiet           no request log on stderr

Routes: POST /v1/<command> (see \`iran-judicial-eservices commands\`), POST /v1/<command>/batch (NDJSON),
GET /v1/openapi.json, GET /v1/text/<article>, GET /healthz. See docs/http.md.`;

interface Out {
  write(s: string): unknown;
}

function nonNegativeInt(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  if (!/^[0-9]+$/.test(v)) throw new Error(`--${name} must be a non-negative integer, got ${v}`);
  return Number(v);
}

/**
 * Run `serve`: resolves with the exit code when the server has stopped.
 *
 * @param argv - the arguments after `serve`
 * @param io - where the address line and the usage go
 * @returns the exit code (0 after a graceful stop, 2 on a usage error)
 * @example
 * await serveCli(['--port', '0'], { stdout: process.stdout, stderr: process.stderr });
 */
export async function serveCli(argv: readonly string[], io: { stdout: Out; stderr: Out }): Promise<number> {
  let port: number;
  let host: string;
  let bodyLimit: number;
  let timeoutMs: number;
  let graceMs: number;
  let quiet: boolean;
  try {
    const { values } = parseArgs({
      args: [...argv],
      strict: true,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'body-limit': { type: 'string' },
        'timeout-ms': { type: 'string' },
        'grace-ms': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
    if (values.help) {
      io.stdout.write(`${SERVE_USAGE}\n`);
      return 0;
    }
    port = nonNegativeInt('port', values.port, 8080);
    if (port > 65535) throw new Error(`--port must be 0–65535, got ${port}`);
    host = values.host ?? '127.0.0.1';
    bodyLimit = nonNegativeInt('body-limit', values['body-limit'], 1 << 20);
    timeoutMs = nonNegativeInt('timeout-ms', values['timeout-ms'], 10_000);
    graceMs = nonNegativeInt('grace-ms', values['grace-ms'], 10_000);
    quiet = values.quiet ?? false;
  } catch (e) {
    io.stderr.write(`${e instanceof Error ? e.message : String(e)}\n\n${SERVE_USAGE}\n`);
    return 2;
  }
  const server = createServer({ bodyLimit, timeoutMs, ...(quiet ? { logger: false as const } : {}) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.address() as AddressInfo;
  const shown = a.family === 'IPv6' ? `[${a.address}]` : a.address;
  io.stdout.write(`${JSON.stringify({ listening: `http://${shown}:${a.port}`, host: a.address, port: a.port })}\n`);
  return new Promise<number>((resolve) => {
    const stop = (signal: string): void => {
      process.removeListener('SIGTERM', onTerm);
      process.removeListener('SIGINT', onInt);
      io.stderr.write(`${JSON.stringify({ shutdown: signal, graceMs })}\n`);
      void shutdown(server, graceMs).then(() => resolve(0));
    };
    const onTerm = (): void => stop('SIGTERM');
    const onInt = (): void => stop('SIGINT');
    process.once('SIGTERM', onTerm);
    process.once('SIGINT', onInt);
  });
}
