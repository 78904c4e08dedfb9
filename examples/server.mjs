// The HTTP API mounted in a back end of your own: `createServer` from
// 'iran-judicial-eservices/server' (node:http, no dependency beyond the library). The same
// server runs with `npx iran-judicial-eservices serve`; docs/http.md has every route.
//
//   npm run build
//   node examples/server.mjs [--port 8080]
//   curl -s 127.0.0.1:8080/v1/age -d '{"birthDate":"1363/11/17","asOf":"1387/11/17"}'
//
//   node examples/server.mjs --self-test   # a free port, a few requests checked, exit
//
// The self-test also checks that schemas/openapi.json (written by the build) is the
// document the built server answers at /v1/openapi.json.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, shutdown } from '../dist/server.js';

// Your own log sink: one object a request (method, route, status, ms, bytes), never the body.
const logs = [];
const server = createServer({ bodyLimit: 256 * 1024, timeoutMs: 5000, logger: (entry) => logs.push(entry) });

async function selfTest(base) {
  const post = (path, body) => fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  // A manager aged 23 (Art. 9(ث)), explained in Persian.
  let r = await post('/v1/eligibility?explain=1&lang=fa', { role: 'manager', asOf: '1404/01/01', person: { birthDate: '1380/06/15' } });
  assert.equal(r.status, 200);
  let d = await r.json();
  assert.equal(d.status, 'ineligible');
  assert.equal(d.value.age, 23);
  assert.match(d.explanation, /ماده ۹ بند ث/);

  // The last day to appeal (Arts. 33, 45).
  d = await (await post('/v1/appeal', { ruling: 'conviction', grade: 5, notifiedOn: '1403/01/10', holidays: ['1403/02/01'] })).json();
  assert.equal(d.status, 'appealable');

  // A registration round as NDJSON: the bad line in the middle is reported by its number.
  r = await fetch(`${base}/v1/eligibility/batch`, { method: 'POST', body: ['{"role":"manager","asOf":"1404/01/01","person":{}}', '{"role":"boss"}', '{"role":"legalExpert","asOf":"1404/01/01","person":{}}'].join('\n') });
  const lines = (await r.text()).trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(lines.map((l) => [l.line, l.ok]), [[1, true], [2, false], [3, true]]);
  assert.equal(lines[1].error.field, 'role');

  // Malformed input: the typed error body.
  r = await post('/v1/eligibility', { role: 'boss', asOf: '1404/13/01', person: {} });
  assert.equal(r.status, 400);
  const e = await r.json();
  assert.deepEqual(e.error.issues.map((i) => i.field), ['role', 'asOf']);

  // The text, and the document the build wrote.
  const t = await (await fetch(`${base}/v1/text/38?clause=${encodeURIComponent('ذ')}`)).json();
  assert.equal(t.cite.en, 'Art. 38(dh)');
  const served = await (await fetch(`${base}/v1/openapi.json`)).json();
  const built = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'schemas', 'openapi.json'), 'utf8'));
  assert.deepEqual(served, built);

  assert.equal(logs.length, 6);
  assert.ok(logs.every((l) => !JSON.stringify(l).includes('1380/06/15')));
  console.log(`server self-test: ${base} answered every request as expected`);
}

const portArg = process.argv.indexOf('--port');
const port = process.argv.includes('--self-test') ? 0 : portArg === -1 ? 8080 : Number(process.argv[portArg + 1]);
await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
if (process.argv.includes('--self-test')) {
  try {
    await selfTest(base);
  } finally {
    await shutdown(server, 1000);
  }
} else {
  console.log(`listening on ${base} (the routes: ${base}/v1/openapi.json)`);
  process.once('SIGTERM', () => void shutdown(server).then(() => process.exit(0)));
  process.once('SIGINT', () => void shutdown(server).then(() => process.exit(0)));
}
