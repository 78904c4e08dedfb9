/**
 * The HTTP API's request handler (node:http only): one POST route per CLI command, NDJSON
 * batches streamed with backpressure, the OpenAPI document, the text, a health check.
 * Every answer but a decision is the error body of ./shapes.ts. See docs/http.md.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Command } from '../cli/command.js';
import { COMMANDS } from '../cli/commands.js';
import { cite, type Lang } from '../core/citation.js';
import type { Decision } from '../core/decision.js';
import { describeReceived, isInputError, type InputError } from '../core/errors.js';
import { explain } from '../core/explain.js';
import type { Bilingual } from '../core/text.js';
import { getProvision } from '../text/index.js';
import { hasBatch, isDecisionResult, openApiDocument } from './openapi.js';
import type { ErrorCode } from './shapes.js';

/** One line of the request log: never the body, the query or anything from it. */
export interface LogEntry {
  /** ISO 8601 instant the request ended. */
  readonly time: string;
  readonly method: string;
  /** The route's template (`/v1/eligibility`, `/v1/text/{article}`), or `(unknown)`. */
  readonly route: string;
  readonly status: number;
  /** Milliseconds from the request's arrival to its end. */
  readonly ms: number;
  readonly bytesIn: number;
  readonly bytesOut: number;
  /** Batch only: input lines answered, and how many of them were errors. */
  readonly lines?: number;
  readonly errors?: number;
  /** The client went away before the answer was complete. */
  readonly aborted?: boolean;
}

/** Options of {@link createHandler} and `createServer`. */
export interface ServerOptions {
  /** The largest request body, in bytes (default 1 MiB); over it: 413. */
  readonly bodyLimit?: number;
  /** Time allowed for one request, body included (default 10 s); over it: 503. */
  readonly timeoutMs?: number;
  /** Batch streams (`POST /v1/<command>/batch`). */
  readonly batch?: {
    /** Input lines a stream may carry (default 100,000); beyond, a TOO_MANY_LINES line ends it. */
    readonly maxLines?: number;
    /** The largest line, in bytes (default: `bodyLimit`). */
    readonly lineLimit?: number;
    /** Time allowed for a whole stream (default 120 s); beyond, a TIMEOUT line ends it. */
    readonly timeoutMs?: number;
    /** Streams running at once (default 4); one more is answered 503 BUSY. */
    readonly concurrent?: number;
  };
  /** Called once per request with its log entry; default: one JSON line on stderr; `false`: none. */
  readonly logger?: ((entry: LogEntry) => void) | false;
  /** The commands served (default: the CLI's list). */
  readonly commands?: readonly Command[];
  /** The OpenAPI document served (default: the one generated from `commands`). */
  readonly openapi?: unknown;
}

/** A request handler with a hook for graceful shutdown. */
export interface Handler {
  (req: IncomingMessage, res: ServerResponse): void;
  /** From now on, every answer says `Connection: close` (used while shutting down). */
  readonly closing: () => void;
}

const DEFAULTS = { bodyLimit: 1 << 20, timeoutMs: 10_000, maxLines: 100_000, batchTimeoutMs: 120_000, concurrent: 4 };

const bi = (en: string, fa: string): Bilingual => ({ en, fa });

/** An error body built without the library (routing, limits, time). */
function requestError(code: ErrorCode, field: string, expected: Bilingual, received: string, message: Bilingual): ErrorBody {
  return { error: { code, field, expected, received, message, issues: [] } };
}

interface ErrorBody {
  readonly error: { code: ErrorCode; field: string; expected: Bilingual; received: string; message: Bilingual; issues: readonly unknown[] };
}

/**
 * The error body of the library's InputError: its first issue's field, expected and
 * received, its messages, all its issues.
 *
 * @example
 * const r = safe(checkEligibility)({ role: 'boss', asOf: '1403/05/01', person: {} });
 * if (!r.ok) inputErrorBody(r.error).error.field; // 'role'
 */
export function inputErrorBody(e: InputError): ErrorBody {
  const first = e.issues[0];
  return {
    error: {
      code: 'INPUT_INVALID',
      field: first?.field ?? '(input)',
      expected: first?.expected ?? bi('valid input', 'ورودی معتبر'),
      received: first?.received ?? '',
      message: e.messages,
      issues: e.issues,
    },
  };
}

function invalidJson(where: string, detail: string): ErrorBody {
  return requestError('INVALID_JSON', where, bi('valid JSON', 'JSON معتبر'), detail, bi(`${where}: expected valid JSON (${detail})`, `${where}: JSON معتبر لازم است (${detail})`));
}

function tooLarge(where: string, limit: number, got: number): ErrorBody {
  return requestError(
    'BODY_TOO_LARGE',
    where,
    bi(`at most ${limit} bytes`, `حداکثر ${limit} بایت`),
    `${got} bytes or more`,
    bi(`${where} is larger than ${limit} bytes`, `${where} بیش از ${limit} بایت است`),
  );
}

function timedOut(ms: number): ErrorBody {
  return requestError('TIMEOUT', '(request)', bi(`the request within ${ms} ms`, `درخواست در ${ms} میلی‌ثانیه`), 'timed out', bi(`The request took longer than ${ms} ms`, `درخواست بیش از ${ms} میلی‌ثانیه طول کشید`));
}

/** A route: which one (for the log), and what answers it. */
type Route =
  | { kind: 'decision'; template: string; command: Command }
  | { kind: 'batch'; template: string; command: Command }
  | { kind: 'text'; template: string; article: string }
  | { kind: 'openapi'; template: string }
  | { kind: 'health'; template: string };

/** The routes a path may name, and the method each takes. */
function routeOf(path: string, byName: ReadonlyMap<string, Command>): { route: Route; method: 'GET' | 'POST' } | undefined {
  if (path === '/healthz') return { route: { kind: 'health', template: path }, method: 'GET' };
  if (path === '/v1/openapi.json') return { route: { kind: 'openapi', template: path }, method: 'GET' };
  const text = /^\/v1\/text\/([^/]+)$/.exec(path);
  if (text) return { route: { kind: 'text', template: '/v1/text/{article}', article: decodeURIComponent(text[1] as string) }, method: 'GET' };
  const m = /^\/v1\/([a-z0-9-]+)(\/batch)?$/.exec(path);
  const command = m ? byName.get(m[1] as string) : undefined;
  if (m === null || command === undefined) return undefined;
  if (m[2] !== undefined) return hasBatch(command) ? { route: { kind: 'batch', template: `/v1/${command.name}/batch`, command }, method: 'POST' } : undefined;
  return { route: { kind: 'decision', template: `/v1/${command.name}`, command }, method: 'POST' };
}

/** Read `?explain=&lang=`; an error body when either is not one of its values. */
function explainOptions(q: URLSearchParams): { lang: Lang | undefined } | ErrorBody {
  const ex = q.get('explain');
  const lang = q.get('lang');
  if (ex !== null && !['0', '1', 'true', 'false'].includes(ex)) {
    return requestError('INPUT_INVALID', 'explain', bi('1, 0, true or false', '۱، ۰، true یا false'), describeReceived(ex), bi(`explain: expected 1, 0, true or false, got ${describeReceived(ex)}`, `explain: یکی از 1، 0، true یا false لازم است`));
  }
  if (lang !== null && lang !== 'fa' && lang !== 'en') {
    return requestError('INPUT_INVALID', 'lang', bi("'fa' or 'en'", "'fa' یا 'en'"), describeReceived(lang), bi(`lang: expected 'fa' or 'en', got ${describeReceived(lang)}`, `lang: یکی از 'fa' یا 'en' لازم است`));
  }
  return { lang: ex === '1' || ex === 'true' ? ((lang ?? 'fa') as Lang) : undefined };
}

/** A command's answer, with its explanation when asked; throws what the command throws. */
function decide(command: Command, input: unknown, lang: Lang | undefined): unknown {
  const result = command.run(input);
  if (lang === undefined || !isDecisionResult(result)) return result;
  return { ...result, explanation: explain(result as unknown as Decision, { lang }) };
}

/** Split chunks into lines, each at most `limit` bytes: `{ text }` or `{ tooLong }`. */
class LineSplitter {
  private parts: Buffer[] = [];
  private size = 0;
  private overflow = false;
  constructor(private readonly limit: number) {}
  /** The complete lines of a chunk. */
  push(chunk: Buffer): { text?: string; tooLong?: number }[] {
    const out: { text?: string; tooLong?: number }[] = [];
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      this.add(chunk.subarray(start, nl));
      out.push(this.take());
      start = nl + 1;
    }
    this.add(chunk.subarray(start));
    return out;
  }
  /** The last line, when the input does not end with a newline. */
  end(): { text?: string; tooLong?: number }[] {
    return this.size > 0 || this.overflow ? [this.take()] : [];
  }
  private add(b: Buffer): void {
    if (b.length === 0) return;
    if (!this.overflow && this.size + b.length <= this.limit) this.parts.push(b);
    else {
      this.overflow = true;
      this.parts = [];
    }
    this.size += b.length;
  }
  private take(): { text?: string; tooLong?: number } {
    const r = this.overflow ? { tooLong: this.size } : { text: Buffer.concat(this.parts).toString('utf8').replace(/\r$/, '') };
    this.parts = [];
    this.size = 0;
    this.overflow = false;
    return r;
  }
}

/**
 * The request handler of the HTTP API, to mount in any node:http server (or behind a
 * framework that hands over node's request and response).
 *
 * @param options - limits, timeout, logger (see {@link ServerOptions})
 * @returns `(req, res) => void`, with `closing()` for a graceful shutdown
 * @example
 * import { createServer } from 'node:http';
 * const handler = createHandler({ bodyLimit: 64 * 1024, logger: false });
 * createServer(handler).listen(8080, '127.0.0.1');
 * // POST http://127.0.0.1:8080/v1/eligibility  → the decision
 */
export function createHandler(options: ServerOptions = {}): Handler {
  const commands = options.commands ?? COMMANDS;
  const byName = new Map(commands.map((c) => [c.name, c] as const));
  const bodyLimit = options.bodyLimit ?? DEFAULTS.bodyLimit;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const maxLines = options.batch?.maxLines ?? DEFAULTS.maxLines;
  const lineLimit = options.batch?.lineLimit ?? bodyLimit;
  const batchTimeoutMs = options.batch?.timeoutMs ?? DEFAULTS.batchTimeoutMs;
  const concurrent = options.batch?.concurrent ?? DEFAULTS.concurrent;
  const log = options.logger === false ? undefined : (options.logger ?? ((e: LogEntry) => void process.stderr.write(`${JSON.stringify(e)}\n`)));
  let openapiText: string | undefined = options.openapi === undefined ? undefined : JSON.stringify(options.openapi);
  let closing = false;
  let batches = 0;

  const handler = (req: IncomingMessage, res: ServerResponse): void => {
    const started = process.hrtime.bigint();
    const socket = req.socket;
    let bytesIn = 0;
    let bytesOut = 0;
    let template = '(unknown)';
    let batchStats: { lines: number; errors: number } | undefined;
    let timer: NodeJS.Timeout | undefined;
    if (closing) res.setHeader('connection', 'close');

    res.once('close', () => {
      if (timer !== undefined) clearTimeout(timer);
      if (log === undefined) return;
      const entry: LogEntry = {
        time: new Date().toISOString(),
        method: req.method ?? '',
        route: template,
        status: res.statusCode,
        ms: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
        bytesIn,
        bytesOut,
        ...(batchStats === undefined ? {} : batchStats),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      try {
        log(entry);
      } catch {
        // A logger that throws must not take the server down.
      }
    });

    /** Write a chunk, counting its bytes; false when the socket's buffer is full. */
    const write = (s: string): boolean => {
      bytesOut += Buffer.byteLength(s);
      return res.write(s);
    };

    /**
     * The answer is out but the client is still sending: read and drop the rest, within
     * bounds (`bodyLimit` or 1 MiB more, `timeoutMs`), so that the client can read the
     * answer (closing a socket with unread data resets it); past the bounds, close.
     */
    const discardRest = (then: () => void): void => {
      if (req.complete) {
        then();
        return;
      }
      let dropped = 0;
      const most = Math.max(bodyLimit, 1 << 20);
      const t = setTimeout(() => socket.destroy(), timeoutMs);
      t.unref();
      req.on('data', (c: Buffer) => {
        dropped += c.length;
        if (dropped > most) socket.destroy();
      });
      req.once('end', () => {
        clearTimeout(t);
        then();
      });
      req.once('close', () => clearTimeout(t));
      req.resume();
    };

    /**
     * Answer with a JSON body. `rest`: what to do with a request not read to its end —
     * `discard` it (within bounds), or `close` the connection after the answer (a client
     * that stalled).
     */
    const send = (status: number, body: unknown, headers: Record<string, string> = {}, rest?: 'discard' | 'close'): void => {
      if (res.headersSent || res.destroyed) return;
      const text = typeof body === 'string' ? body : JSON.stringify(body);
      res.writeHead(status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': String(Buffer.byteLength(text)),
        ...(rest === 'close' || closing ? { connection: 'close' } : {}),
        ...headers,
      });
      bytesOut += Buffer.byteLength(text);
      if (rest === 'discard') {
        // The whole answer now, its end once the rest is read: a connection that closes
        // (the client's `Connection: close`) then closes with nothing unread.
        res.write(text);
        discardRest(() => res.end());
        return;
      }
      res.end(text);
      if (rest === 'close') {
        res.once('finish', () => socket.destroySoon());
        req.resume();
      }
    };

    const url = new URL(req.url ?? '/', 'http://localhost');
    const found = routeOf(url.pathname, byName);
    if (found === undefined) {
      req.resume();
      send(404, requestError('NOT_FOUND', 'path', bi('a route of /v1/openapi.json', 'مسیری از /v1/openapi.json'), describeReceived(url.pathname), bi(`No route ${describeReceived(url.pathname)}`, `مسیر ${describeReceived(url.pathname)} وجود ندارد`)));
      return;
    }
    const { route, method } = found;
    template = route.template;
    if (req.method !== method) {
      req.resume();
      send(405, requestError('METHOD_NOT_ALLOWED', 'method', bi(method, method), describeReceived(req.method ?? ''), bi(`${route.template} takes ${method}`, `${route.template} با ${method} فراخوانده می‌شود`)), { allow: method });
      return;
    }

    if (route.kind === 'health') {
      req.resume();
      send(200, { status: 'ok', commands: commands.length });
      return;
    }
    if (route.kind === 'openapi') {
      req.resume();
      openapiText ??= JSON.stringify(openApiDocument(commands));
      send(200, openapiText);
      return;
    }
    if (route.kind === 'text') {
      req.resume();
      sendText(route.article, url.searchParams, send);
      return;
    }

    const opts = explainOptions(url.searchParams);
    if ('error' in opts) {
      req.resume();
      send(400, opts);
      return;
    }

    if (route.kind === 'decision') {
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > bodyLimit) {
        send(413, tooLarge('(body)', bodyLimit, declared), {}, 'discard');
        return;
      }
      timer = setTimeout(() => send(503, timedOut(timeoutMs), {}, 'close'), timeoutMs);
      const chunks: Buffer[] = [];
      let over = false;
      req.on('data', (chunk: Buffer) => {
        bytesIn += chunk.length;
        if (over) return;
        if (bytesIn > bodyLimit) {
          over = true;
          send(413, tooLarge('(body)', bodyLimit, bytesIn), {}, 'discard');
          return;
        }
        chunks.push(chunk);
      });
      req.on('error', () => undefined);
      req.on('end', () => {
        if (over || res.headersSent) return;
        clearTimeout(timer);
        let input: unknown;
        try {
          input = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
        } catch (e) {
          send(400, invalidJson('(body)', e instanceof Error ? e.message : String(e)));
          return;
        }
        try {
          send(200, decide(route.command, input, opts.lang));
        } catch (e) {
          if (isInputError(e)) send(400, inputErrorBody(e));
          else internal(e, send);
        }
      });
      return;
    }

    // A batch: NDJSON in, NDJSON out, one line each, streamed with backpressure.
    if (batches >= concurrent) {
      send(503, requestError('BUSY', '(request)', bi(`at most ${concurrent} batch streams at once`, `حداکثر ${concurrent} جریان دسته‌ای هم‌زمان`), `${batches} running`, bi(`${batches} batch streams are running; try again later`, `${batches} جریان دسته‌ای در جریان است؛ بعداً دوباره تلاش کنید`)), { 'retry-after': '1' }, 'discard');
      return;
    }
    // The stream holds its slot until its answer is done (or its client gone).
    batches++;
    res.once('close', () => batches--);
    const stats = { lines: 0, errors: 0 };
    batchStats = stats;
    void runBatch(route.command, opts.lang);

    async function runBatch(command: Command, lang: Lang | undefined): Promise<void> {
      let stopped = false;
      let lineNo = 0;
      let wake: (() => void) | undefined;
      const stop = (): void => {
        stopped = true;
        wake?.();
      };
      res.once('close', stop);
      const batchTimer = setTimeout(() => {
        if (res.writableEnded) {
          // Answered (refused past maxLines) and the client still sends: enough.
          socket.destroy();
        } else if (!res.headersSent) {
          send(503, timedOut(batchTimeoutMs), {}, 'close');
        } else if (!res.writableEnded) {
          // Headers are out: the last line says why the stream ends; a client that does
          // not read even that loses its connection a second later.
          write(`${JSON.stringify({ line: lineNo + 1, ok: false, ...timedOut(batchTimeoutMs) })}\n`);
          res.end();
          res.once('finish', () => socket.destroySoon());
          setTimeout(() => socket.destroy(), 1000).unref();
        }
        stop();
      }, batchTimeoutMs);
      let refused = false;
      res.statusCode = 200;
      res.setHeader('content-type', 'application/x-ndjson; charset=utf-8');
      if (closing) res.setHeader('connection', 'close');
      const splitter = new LineSplitter(lineLimit);

      /** Answer one input line; resolves when the socket can take more. */
      const answer = async (l: { text?: string; tooLong?: number }): Promise<void> => {
        lineNo++;
        if (l.text !== undefined && l.text.trim() === '') return;
        if (stats.lines >= maxLines) {
          stats.errors++;
          write(`${JSON.stringify({ line: lineNo, ok: false, ...requestError('TOO_MANY_LINES', '(body)', bi(`at most ${maxLines} lines`, `حداکثر ${maxLines} سطر`), `line ${lineNo}`, bi(`A batch takes at most ${maxLines} lines; the stream ends here`, `هر دسته حداکثر ${maxLines} سطر دارد؛ جریان اینجا پایان می‌یابد`)) })}\n`);
          refused = true;
          return;
        }
        stats.lines++;
        let out = '';
        let ok = false;
        if (l.tooLong !== undefined) {
          out = JSON.stringify({ line: lineNo, ok: false, ...tooLarge(`line ${lineNo}`, lineLimit, l.tooLong) });
        } else {
          let input: unknown;
          let parsed = true;
          try {
            input = JSON.parse(l.text as string) as unknown;
          } catch (e) {
            parsed = false;
            out = JSON.stringify({ line: lineNo, ok: false, ...invalidJson(`line ${lineNo}`, e instanceof Error ? e.message : String(e)) });
          }
          if (parsed) {
            try {
              out = JSON.stringify({ line: lineNo, ok: true, decision: decide(command, input, lang) });
              ok = true;
            } catch (e) {
              out = JSON.stringify({ line: lineNo, ok: false, ...(isInputError(e) ? inputErrorBody(e) : internalBody(e)) });
            }
          }
        }
        if (!ok) stats.errors++;
        if (!write(`${out}\n`) && !stopped) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            res.once('drain', resolve);
          });
          wake = undefined;
        }
      };

      try {
        // Pulled by hand, not `for await`: leaving that loop early would destroy the
        // request, and with it the socket, before the last lines are flushed.
        const chunks = req[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
        while (!stopped && !refused) {
          const next = await chunks.next();
          if (next.done === true) break;
          bytesIn += next.value.length;
          for (const l of splitter.push(next.value)) {
            if (stopped || refused) break;
            await answer(l);
          }
        }
        if (!stopped && !refused) for (const l of splitter.end()) await answer(l);
        if (refused) {
          // Past maxLines: every answer is written; read and drop what the client still
          // sends before ending (closing a socket with unread data resets it, and the
          // client could lose the answer), at most bodyLimit or 1 MiB more and within the
          // batch timeout.
          const most = Math.max(bodyLimit, 1 << 20);
          let dropped = 0;
          for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) {
            bytesIn += next.value.length;
            dropped += next.value.length;
            if (dropped > most) {
              socket.destroy();
              break;
            }
          }
        }
        if (!res.writableEnded && !res.destroyed) {
          if (!res.headersSent) res.flushHeaders();
          res.end();
        }
      } catch (e) {
        // The client went away (the stream errs when its socket closes).
        if (!isAbort(e)) process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
        res.destroy();
      } finally {
        clearTimeout(batchTimer);
      }
    }
  };

  function sendText(article: string, q: URLSearchParams, send: (status: number, body: unknown) => void): void {
    const citation: Record<string, unknown> = { article: /^[0-9]+$/.test(article) ? Number(article) : article };
    for (const k of ['clause', 'note', 'paragraph', 'grade'] as const) {
      const v = q.get(k);
      if (v !== null) citation[k] = k === 'clause' ? v : /^[0-9]+$/.test(v) ? Number(v) : v;
    }
    try {
      const p = getProvision(citation as never);
      if (p === undefined) {
        // The provision does not exist, so cite() (which refuses it) cannot name it: the path as asked.
        const what = `/v1/text/${article}${q.toString() === '' ? '' : `?${q.toString()}`}`;
        send(404, requestError('NOT_FOUND', 'article', bi('a provision of the regulation', 'بخشی از متن آیین‌نامه'), what, bi(`${what}: no such provision in the regulation`, `${what}: چنین بخشی در آیین‌نامه نیست`)));
        return;
      }
      send(200, { citation: p.citation, cite: { fa: cite(p.citation, 'fa'), en: cite(p.citation, 'en') }, text: p.text });
    } catch (e) {
      if (isInputError(e)) send(400, inputErrorBody(e));
      else internal(e, send);
    }
  }

  function internal(e: unknown, send: (status: number, body: unknown) => void): void {
    send(500, internalBody(e));
  }

  return Object.assign(handler, { closing: () => void (closing = true) });
}

/** A defect of the library (anything but an InputError), written to stderr; the body names no detail. */
function internalBody(e: unknown): ErrorBody {
  process.stderr.write(`internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return requestError('INTERNAL', '(server)', bi('an answer', 'پاسخ'), 'an internal error', bi('Internal error (a defect of the library; see the server log)', 'خطای داخلی (نقص کتابخانه؛ گزارش سرور را ببینید)'));
}

function isAbort(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ABORT_ERR' || (e instanceof Error && e.message === 'aborted');
}
