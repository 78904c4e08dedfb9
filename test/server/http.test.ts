/**
 * The HTTP API (issue 17) over real sockets on 127.0.0.1: every route, every status, each
 * answer checked against the OpenAPI document the server serves.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { hasBatch } from '../../src/server/openapi.js';
import { DOC, expectDocumented, expectSchema, postJson, send, start, type Running } from './helpers.js';

let s: Running;
beforeAll(async () => {
  s = await start({ bodyLimit: 4096, timeoutMs: 1500 });
});
afterAll(() => s.close());

describe('POST /v1/<command>: every CLI command answers over HTTP', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: its example gives 200 and the documented decision', async (name, c) => {
    const r = await postJson(s.port, `/v1/${name}`, c.example);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.json).toEqual(JSON.parse(JSON.stringify(c.run(c.example))));
    expectDocumented('POST', `/v1/${name}`, 200, r.json);
  });

  it('every command has its path in the document, and a batch path exactly when it reads one input a line', () => {
    for (const c of COMMANDS) {
      expect(DOC.paths[`/v1/${c.name}`], c.name).toBeDefined();
      expect(DOC.paths[`/v1/${c.name}/batch`] !== undefined, c.name).toBe(hasBatch(c));
    }
  });
});

describe('?explain=1&lang=: the rendered explanation (the library\'s explain())', () => {
  const young = { role: 'manager', asOf: '1387/11/16', person: { birthDate: '1363/11/17' } };
  it('Art. 9(ث): lang=fa gives Persian text citing «ماده ۹ بند ث»; lang=en «Art. 9(th)»', async () => {
    const fa = await postJson(s.port, '/v1/eligibility?explain=1&lang=fa', young);
    expect(fa.status).toBe(200);
    expect(fa.json.status).toBe('ineligible');
    expect(fa.json.explanation).toContain('ماده ۹ بند ث');
    expectDocumented('POST', '/v1/eligibility', 200, fa.json);
    const en = await postJson(s.port, '/v1/eligibility?explain=true&lang=en', young);
    expect(en.json.explanation).toContain('Art. 9(th)');
  });
  it('Art. 9(ث): without explain=1 there is no explanation; explain=0 neither', async () => {
    expect((await postJson(s.port, '/v1/eligibility?lang=fa', young)).json).not.toHaveProperty('explanation');
    expect((await postJson(s.port, '/v1/eligibility?explain=0', young)).json).not.toHaveProperty('explanation');
  });
  it('a bad lang or explain is a 400 naming the parameter', async () => {
    const r = await postJson(s.port, '/v1/eligibility?explain=1&lang=de', young);
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'INPUT_INVALID', field: 'lang', received: '"de"' });
    expectDocumented('POST', '/v1/eligibility', 400, r.json);
    const e = await postJson(s.port, '/v1/eligibility?explain=yes', young);
    expect(e.json.error.field).toBe('explain');
  });
});

describe('400: the typed error body (the library\'s InputError)', () => {
  it('Art. 9: malformed input names every bad field, with expected, received and fa/en messages', async () => {
    const r = await postJson(s.port, '/v1/eligibility', { role: 'boss', asOf: '1404/13/01', person: {} });
    expect(r.status).toBe(400);
    expectDocumented('POST', '/v1/eligibility', 400, r.json);
    const e = r.json.error;
    expect(e.code).toBe('INPUT_INVALID');
    expect(e.field).toBe('role');
    expect(e.received).toBe('"boss"');
    expect(e.expected.en).not.toBe('');
    expect(e.issues.map((i: { field: string }) => i.field)).toEqual(['role', 'asOf']);
    expect(e.message.fa).toMatch(/ماه ۱۳ وجود ندارد/);
    expect(e.message.en).toMatch(/^Invalid input/);
  });
  it('Art. 13: a body the schema accepts but the rule refuses (tariff and tariffs) is a 400 too', async () => {
    const r = await postJson(s.port, '/v1/fee', { serviceDate: '1403/05/01', tariff: 1_000_000, tariffs: [] });
    expect(r.status).toBe(400);
    expect(r.json.error.issues.map((i: { field: string }) => i.field)).toEqual(['tariffs']);
  });
  it('invalid JSON → 400 INVALID_JSON; an empty body too', async () => {
    const r = await postJson(s.port, '/v1/eligibility', '{ not json');
    expect(r.status).toBe(400);
    expect(r.json.error).toMatchObject({ code: 'INVALID_JSON', field: '(body)' });
    expectDocumented('POST', '/v1/eligibility', 400, r.json);
    expect((await postJson(s.port, '/v1/age', '')).json.error.code).toBe('INVALID_JSON');
  });
  it('missing facts are no error: 200, the decision incomplete, listing them (SPEC §3)', async () => {
    const r = await postJson(s.port, '/v1/eligibility', { role: 'manager', asOf: '1404/01/01', person: { birthDate: '1370/01/01' } });
    expect(r.status).toBe(200);
    expect(r.json.status).toBe('incomplete');
    expect(r.json.missing).toContain('person.iranianNationality');
  });
});

describe('404, 405, 413', () => {
  it('an unknown route or command is 404; a batch of a command that takes no lines too', async () => {
    for (const path of ['/nowhere', '/v1/no-such-command', '/v1/age/batch', '/v2/eligibility']) {
      const r = await postJson(s.port, path, {});
      expect(r.status, path).toBe(404);
      expect(r.json.error.code).toBe('NOT_FOUND');
      expectSchema('ErrorBody', r.json);
    }
  });
  it('the wrong method is 405 with Allow', async () => {
    const get = await send(s.port, 'GET', '/v1/eligibility');
    expect(get.status).toBe(405);
    expect(get.headers.allow).toBe('POST');
    expectSchema('ErrorBody', JSON.parse(get.text));
    const post = await send(s.port, 'POST', '/healthz', '{}');
    expect(post.status).toBe(405);
    expect(post.headers.allow).toBe('GET');
    expect((await send(s.port, 'DELETE', '/v1/openapi.json')).headers.allow).toBe('GET');
  });
  it('a body over bodyLimit is 413 (declared length); one byte under the limit is read', async () => {
    const big = JSON.stringify({ scores: Array.from({ length: 3000 }, () => 1) });
    expect(big.length).toBeGreaterThan(4096);
    const r = await postJson(s.port, '/v1/exam-cutoff', big);
    expect(r.status).toBe(413);
    expect(r.json.error).toMatchObject({ code: 'BODY_TOO_LARGE', field: '(body)' });
    expectDocumented('POST', '/v1/exam-cutoff', 413, r.json);
    const fits = JSON.stringify({ scores: [1] }).padEnd(4096, ' ');
    expect((await postJson(s.port, '/v1/exam-cutoff', fits)).status).toBe(200);
    const over = JSON.stringify({ scores: [1] }).padEnd(4097, ' ');
    expect((await postJson(s.port, '/v1/exam-cutoff', over)).status).toBe(413);
  });
  it('a body over bodyLimit sent chunked (no declared length) is 413 too', async () => {
    const big = Buffer.from(JSON.stringify({ scores: Array.from({ length: 3000 }, () => 1) }));
    const r = await send(s.port, 'POST', '/v1/exam-cutoff', big, { 'transfer-encoding': 'chunked' });
    expect(r.status).toBe(413);
  });
});

describe('503: a request that takes too long, without taking the process down', () => {
  it('a client that sends half a body and stalls gets 503 TIMEOUT after timeoutMs; the server still answers', async () => {
    const { request } = await import('node:http');
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: s.port, method: 'POST', path: '/v1/age', headers: { 'content-length': '100' }, agent: false }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', reject);
      req.write('{"birthDate":'); // … and never the rest
    });
    expect(answer.status).toBe(503);
    const body = JSON.parse(answer.body);
    expect(body.error.code).toBe('TIMEOUT');
    expectDocumented('POST', '/v1/age', 503, body);
    expect((await send(s.port, 'GET', '/healthz')).status).toBe(200);
  });
});

describe('GET routes', () => {
  it('/healthz', async () => {
    const r = await send(s.port, 'GET', '/healthz');
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text);
    expect(body).toEqual({ status: 'ok', commands: COMMANDS.length });
    expectDocumented('GET', '/healthz', 200, body);
  });
  it('/v1/openapi.json is the generated document', async () => {
    const r = await send(s.port, 'GET', '/v1/openapi.json');
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text)).toEqual(DOC);
  });
  it('Art. 9(ث): /v1/text/9?clause=ث is the clause, cited in both languages', async () => {
    const r = await send(s.port, 'GET', `/v1/text/9?clause=${encodeURIComponent('ث')}`);
    expect(r.status).toBe(200);
    const body = JSON.parse(r.text);
    expectDocumented('GET', '/v1/text/{article}', 200, body);
    expect(body.citation).toEqual({ article: 9, clause: 'ث' });
    expect(body.cite).toEqual({ fa: 'ماده ۹ بند ث', en: 'Art. 9(th)' });
    expect(body.text).toMatch(/۲۴|24|بیست و چهار/);
  });
  it('Art. 30: /v1/text/30 is the whole article; ?note=1 its note', async () => {
    const whole = JSON.parse((await send(s.port, 'GET', '/v1/text/30')).text);
    const n = JSON.parse((await send(s.port, 'GET', '/v1/text/30?note=1')).text);
    expect(whole.text.length).toBeGreaterThan(n.text.length);
    expect(whole.text).toContain(n.text);
    expect(n.cite.en).toBe('Art. 30, note');
  });
  it('Arts. 54 and 55: the last article is there, one past it is 404; a clause that does not exist is 404', async () => {
    expect((await send(s.port, 'GET', '/v1/text/54')).status).toBe(200);
    const past = await send(s.port, 'GET', '/v1/text/55');
    expect(past.status).toBe(404);
    expectDocumented('GET', '/v1/text/{article}', 404, JSON.parse(past.text));
    expect((await send(s.port, 'GET', `/v1/text/9?clause=${encodeURIComponent('ژ')}`)).status).toBe(404);
  });
  it('a malformed citation is 400 naming the field', async () => {
    const r = await send(s.port, 'GET', '/v1/text/nine');
    expect(r.status).toBe(400);
    const body = JSON.parse(r.text);
    expectDocumented('GET', '/v1/text/{article}', 400, body);
    expect(body.error.field).toBe('citation.article');
    expect(JSON.parse((await send(s.port, 'GET', '/v1/text/9?clause=x')).text).error.field).toBe('citation.clause');
  });
});

describe('concurrent requests and the log', () => {
  it('50 requests at once all get their own answer', async () => {
    const ages = Array.from({ length: 50 }, (_, i) => i);
    const answers = await Promise.all(ages.map((i) => postJson(s.port, '/v1/age', { birthDate: `${1350 + i}/01/01`, asOf: '1403/01/01' })));
    expect(answers.map((a) => a.json.age)).toEqual(ages.map((i) => 53 - i));
    for (const a of answers) expectDocumented('POST', '/v1/age', 200, a.json);
  });
  it('one JSON log entry a request: method, route template, status, ms, bytes — never the body or the query', async () => {
    const before = s.logs.length;
    await postJson(s.port, '/v1/eligibility?explain=1&lang=en', { role: 'manager', asOf: '1403/01/01', person: { birthDate: '1369/07/07' } });
    await new Promise((r) => setTimeout(r, 20));
    const entry = s.logs[before];
    expect(entry).toMatchObject({ method: 'POST', route: '/v1/eligibility', status: 200 });
    expect(entry?.bytesIn).toBeGreaterThan(0);
    expect(entry?.bytesOut).toBeGreaterThan(entry?.bytesIn ?? 0);
    expect(typeof entry?.ms).toBe('number');
    const line = JSON.stringify(entry);
    expect(line).not.toContain('1369/07/07');
    expect(line).not.toContain('explain');
    expect(Object.keys(entry ?? {}).sort()).toEqual(['bytesIn', 'bytesOut', 'method', 'ms', 'route', 'status', 'time']);
  });
  it('an unknown path is logged as (unknown), not as the path the client sent', async () => {
    const before = s.logs.length;
    await send(s.port, 'GET', '/v1/secret-name-0912');
    await new Promise((r) => setTimeout(r, 20));
    expect(s.logs[before]).toMatchObject({ route: '(unknown)', status: 404 });
  });
});
