/**
 * `POST /v1/<command>/batch` (issue 17): NDJSON in, NDJSON out, one line for each input
 * line with its line number; a bad line is reported and the stream goes on; backpressure;
 * a client that goes away or stalls cannot hold the server.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { expectDocumented, ndjson, postJson, send, start, type Running } from './helpers.js';

const example = (name: string): unknown => COMMANDS.find((c) => c.name === name)?.example;
const applicant = (birthDate: string): string => JSON.stringify({ role: 'manager', asOf: '1403/05/01', person: { birthDate } });

let s: Running;
beforeAll(async () => {
  s = await start({ bodyLimit: 2048, batch: { maxLines: 50, timeoutMs: 1500, concurrent: 2 } });
});
afterAll(() => s.close());

describe('a registration round as NDJSON', () => {
  it('Art. 9(ث): a bad line in the middle is reported with its line number; the good lines\' decisions still come, in order', async () => {
    const body = [applicant('1370/01/01'), applicant('1380/06/15'), '{ not json', JSON.stringify({ role: 'boss', asOf: '1403/05/01', person: {} }), '', applicant('1379/05/01')].join('\n');
    const r = await send(s.port, 'POST', '/v1/eligibility/batch', body, { 'content-type': 'application/x-ndjson' });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const lines = ndjson(r.text);
    for (const l of lines) expectDocumented('POST', '/v1/eligibility/batch', 200, l);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([[1, true], [2, true], [3, false], [4, false], [6, true]]);
    expect(lines[2].error.code).toBe('INVALID_JSON');
    expect(lines[2].error.field).toBe('line 3');
    expect(lines[3].error).toMatchObject({ code: 'INPUT_INVALID', field: 'role' });
    // 1380/06/15 is 22 on 1403/05/01: under the manager's 24 (Art. 9(ث)); 1379/05/01 is 24.
    expect(lines[1].decision.value.age).toBe(22);
    expect(lines[4].decision.value.age).toBe(24);
    expect(lines[0].decision.kind).toBe('eligibility');
  });

  it('each line is the same decision the single route gives; ?explain=1&lang=en adds each explanation', async () => {
    const input = example('fee');
    const single = await postJson(s.port, '/v1/fee', input);
    const batch = ndjson((await send(s.port, 'POST', '/v1/fee/batch?explain=1&lang=en', `${JSON.stringify(input)}\r\n${JSON.stringify(input)}`)).text);
    expect(batch).toHaveLength(2);
    const { explanation, ...decision } = batch[1].decision;
    expect(decision).toEqual(single.json);
    expect(explanation).toContain('Art. 14');
  });

  it('a line over the line limit is reported as BODY_TOO_LARGE and the next line is still answered', async () => {
    const long = JSON.stringify({ role: 'manager', asOf: '1403/05/01', person: { birthDate: '1370/01/01', pad: 'x'.repeat(3000) } });
    const lines = ndjson((await send(s.port, 'POST', '/v1/eligibility/batch', `${long}\n${applicant('1370/01/01')}\n`)).text);
    expect(lines.map((l) => [l.line, l.ok])).toEqual([[1, false], [2, true]]);
    expect(lines[0].error.code).toBe('BODY_TOO_LARGE');
    expectDocumented('POST', '/v1/eligibility/batch', 200, lines[0]);
  });

  it('past maxLines (50) a TOO_MANY_LINES line ends the stream: line 50 answered, 51 refused, 52 never', async () => {
    const body = Array.from({ length: 60 }, () => applicant('1370/01/01')).join('\n');
    const lines = ndjson((await send(s.port, 'POST', '/v1/eligibility/batch', body)).text);
    expect(lines).toHaveLength(51);
    expect(lines[49]).toMatchObject({ line: 50, ok: true });
    expect(lines[50]).toMatchObject({ line: 51, ok: false, error: { code: 'TOO_MANY_LINES' } });
  });

  it('past maxLines in a body of many chunks (600 KB still unsent): every answer up to the refusal arrives, then the connection closes', async () => {
    const padded = JSON.stringify({ role: 'manager', asOf: '1403/05/01', person: { birthDate: '1370/01/01' }, note: 'x'.repeat(1500) });
    const body = Array.from({ length: 400 }, () => padded).join('\n');
    const r = await send(s.port, 'POST', '/v1/eligibility/batch', body).catch((e: Error) => ({ status: -1, text: e.message }));
    expect(r.status).toBe(200);
    const lines = ndjson(r.text);
    expect(lines).toHaveLength(51);
    expect(lines[50]).toMatchObject({ line: 51, ok: false, error: { code: 'TOO_MANY_LINES' } });
  });

  it('an empty body answers no line; the log entry counts lines and errors', async () => {
    const r = await send(s.port, 'POST', '/v1/eligibility/batch', '');
    expect(r.status).toBe(200);
    expect(r.text).toBe('');
    const before = s.logs.length;
    await send(s.port, 'POST', '/v1/eligibility/batch', `${applicant('1370/01/01')}\n{}\n`);
    await new Promise((res) => setTimeout(res, 20));
    expect(s.logs[before]).toMatchObject({ route: '/v1/eligibility/batch', status: 200, lines: 2, errors: 1 });
  });
});

describe('streaming, backpressure, disconnects and stalls', () => {
  it('answers stream before the request ends: line 1 comes back while the client has not sent line 2', async () => {
    const first = await new Promise<{ line: number; ok: boolean }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: s.port, method: 'POST', path: '/v1/eligibility/batch', agent: false, headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.once('data', (c: Buffer) => {
          resolve(JSON.parse(c.toString('utf8').split('\n')[0] as string));
          req.end(`${applicant('1370/01/01')}\n`);
          res.resume();
        });
      });
      req.on('error', reject);
      req.write(`${applicant('1370/01/01')}\n`);
    });
    expect(first).toMatchObject({ line: 1, ok: true });
  });

  it('a client that disconnects mid-stream: the server stops that work, survives and keeps serving', async () => {
    await new Promise<void>((resolve) => {
      const req = request({ host: '127.0.0.1', port: s.port, method: 'POST', path: '/v1/eligibility/batch', agent: false, headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.once('data', () => {
          req.destroy();
          resolve();
        });
      });
      req.on('error', () => undefined);
      req.write(`${applicant('1370/01/01')}\n${applicant('1371/01/01')}\n`);
    });
    await new Promise((r) => setTimeout(r, 100));
    const entry = s.logs.find((e) => e.route === '/v1/eligibility/batch' && e.aborted === true);
    expect(entry).toBeDefined();
    expect((await postJson(s.port, '/v1/age', example('age'))).status).toBe(200);
    const again = ndjson((await send(s.port, 'POST', '/v1/eligibility/batch', applicant('1370/01/01'))).text);
    expect(again).toHaveLength(1);
  });

  it('a client that sends everything but never reads: backpressure holds the work, the batch timeout frees the connection', async () => {
    const own = await start({ batch: { maxLines: 100_000, timeoutMs: 1000 } });
    try {
      // 3,000 lines whose answers (with explanations, ~5 KB each) are far more than the socket buffers hold.
      const body = Array.from({ length: 3000 }, () => applicant('1370/01/01')).join('\n');
      let received = 0;
      const closedAfterResume = await new Promise<boolean>((resolve) => {
        const sock = connect(own.port, '127.0.0.1', () => {
          sock.pause(); // do not read for 2.5 s
          sock.write(`POST /v1/eligibility/batch?explain=1 HTTP/1.1\r\nhost: x\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
          setTimeout(() => {
            sock.on('data', (c: Buffer) => (received += c.length));
            sock.resume();
            setTimeout(() => resolve(false), 3000);
          }, 2500);
        });
        sock.on('close', () => resolve(true));
        sock.on('error', () => undefined);
      });
      expect(closedAfterResume).toBe(true);
      await new Promise((r) => setTimeout(r, 50));
      const entry = own.logs.find((e) => e.route === '/v1/eligibility/batch');
      expect(entry?.lines).toBeLessThan(3000);
      expect(received).toBeLessThan(3000 * 4000);
      expect((await send(own.port, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await own.close();
    }
  });

  it('a client that stalls before sending a line: 503 TIMEOUT (nothing was answered yet); one that stalls after: a TIMEOUT line ends the stream', async () => {
    const stalled = (firstLine: string): Promise<string> =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port: s.port, method: 'POST', path: '/v1/eligibility/batch', agent: false, headers: { 'transfer-encoding': 'chunked' } }, (res) => {
          let text = `${res.statusCode}\n`;
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve(text));
          res.on('error', () => resolve(text));
        });
        req.on('error', reject);
        req.write(firstLine);
      });
    const before = await stalled('{"role":');
    expect(before.split('\n')[0]).toBe('503');
    expectDocumented('POST', '/v1/eligibility/batch', 503, JSON.parse(before.split('\n')[1] as string));
    const after = (await stalled(`${applicant('1370/01/01')}\n`)).split('\n');
    expect(after[0]).toBe('200');
    const lines = ndjson(after.slice(1).join('\n'));
    expect(lines.map((l) => [l.line, l.ok])).toEqual([[1, true], [2, false]]);
    expect(lines[1].error.code).toBe('TIMEOUT');
    expectDocumented('POST', '/v1/eligibility/batch', 200, lines[1]);
  });

  it('more streams than `concurrent` (2) at once: the third is 503 BUSY; the first two finish', async () => {
    const open = (): Promise<{ status: number; end: () => void; done: Promise<string> }> =>
      new Promise((resolve) => {
        const req = request({ host: '127.0.0.1', port: s.port, method: 'POST', path: '/v1/eligibility/batch', agent: false, headers: { 'transfer-encoding': 'chunked' } }, (res) => {
          let text = '';
          const done = new Promise<string>((r) => res.on('end', () => r(text)));
          res.on('data', (c) => (text += c));
          resolve({ status: res.statusCode ?? 0, end: () => req.end(), done });
        });
        req.write(`${applicant('1370/01/01')}\n`);
      });
    const a = await open();
    const b = await open();
    const c = await send(s.port, 'POST', '/v1/eligibility/batch', applicant('1370/01/01'));
    expect([a.status, b.status, c.status]).toEqual([200, 200, 503]);
    expect(JSON.parse(c.text).error.code).toBe('BUSY');
    a.end();
    b.end();
    expect(ndjson(await a.done)).toHaveLength(1);
    expect(ndjson(await b.done)).toHaveLength(1);
    expect(ndjson((await send(s.port, 'POST', '/v1/eligibility/batch', applicant('1370/01/01'))).text)).toHaveLength(1);
  });
});
