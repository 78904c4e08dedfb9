// The HTTP API under load (issue 17, item 4): eligibility requests/s and p99 latency at 10,
// 100 and 1,000 connections over loopback, against a bare node:http server answering the
// same decision as a fixed JSON body (the floor), in the same run, the two taking turns.
// Each server runs in its own process; this process is the load generator (autocannon).
// Errors, timeouts and non-2xx answers are counted; at 1,000 connections a fixed number of
// requests is also sent and every answer counted (none may be lost). The server's memory
// (RSS, heap) is sampled while it is loaded: 10 s by default, 60 s with --long.
//
//   npm run build && node bench/server.mjs [--long] [--seconds 5]
//
// Goal (issue 17): ≥ 1/3 of the floor's requests/s, no error and no lost answer at 1,000
// connections, memory flat. Bounded: every run has a duration or a count, and the servers
// are killed at the end (and if this process dies).
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import os from 'node:os';
import { summary, table } from './_harness.mjs';

const ROOT = join(import.meta.dirname, '..');
const BODY = JSON.stringify({
  role: 'manager',
  asOf: '1403/05/01',
  person: {
    iranianNationality: true, adheresToConstitution: true, religion: 'islam', practisesIslam: true,
    degrees: [{ kind: 'university', level: 'master', field: 'law', awarded: true }],
    birthDate: '1370/05/10', sex: 'male', militaryService: 'completionCard', permanentDismissalConviction: false,
    computerSkillsCertificate: true, effectiveCriminalRecord: false, drugAddiction: false, opposingGroupAffiliation: false,
    stateEmployee: false, engagedInCommerce: false, attorney: false, officialExpert: false,
  },
});

// ---------------------------------------------------------------------------------------
// The server processes.
if (process.argv[2] === '--child') {
  const kind = process.argv[3];
  const { createServer: createApi } = await import(join(ROOT, 'dist', 'server.js'));
  const { checkEligibility } = await import(join(ROOT, 'dist', 'eligibility.js'));
  let server;
  if (kind === 'floor') {
    const fixed = JSON.stringify(checkEligibility(JSON.parse(BODY)));
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(fixed) });
        res.end(fixed);
      });
    });
  } else {
    server = createApi({ logger: false, timeoutMs: 30_000 });
  }
  server.keepAliveTimeout = 30_000;
  server.maxRequestsPerSocket = 0;
  server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
  process.on('message', (m) => {
    if (m === 'memory') {
      const u = process.memoryUsage();
      process.send({ rss: u.rss, heapUsed: u.heapUsed });
    }
  });
  process.on('disconnect', () => process.exit(0));
} else {
  await main();
}

function spawnServer(kind) {
  const child = fork(import.meta.filename, ['--child', kind], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => resolve({ child, port: m.port }));
    child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
  });
}

function memoryOf(child) {
  return new Promise((resolve) => {
    child.once('message', resolve);
    child.send('memory');
  });
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'server.js'))) {
    console.error('bench/server.mjs: dist/server.js is missing; run `npm run build` first');
    process.exit(1);
  }
  const { default: autocannon } = await import('autocannon');
  const long = process.argv.includes('--long');
  const si = process.argv.indexOf('--seconds');
  const seconds = si > 0 ? Number(process.argv[si + 1]) : 5;
  console.log(`load before: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (1, 5, 15 min); ${os.cpus().length} cores`);

  const floor = await spawnServer('floor');
  const lib = await spawnServer('lib');
  const kill = () => {
    floor.child.kill();
    lib.child.kill();
  };
  process.on('exit', kill);

  const load = (port, opts) =>
    autocannon({
      url: `http://127.0.0.1:${port}/v1/eligibility`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: BODY,
      timeout: 30,
      ...opts,
    });

  // Sanity: the library's server answers the decision the floor returns.
  const check = await fetch(`http://127.0.0.1:${lib.port}/v1/eligibility`, { method: 'POST', body: BODY }).then((r) => r.json());
  if (check.status !== 'eligible') throw new Error(`unexpected decision: ${check.status}`);

  // Warm both (V8 optimises the handler and the rules).
  await load(floor.port, { connections: 10, duration: 2 });
  await load(lib.port, { connections: 10, duration: 2 });

  const rows = [];
  for (const connections of [10, 100, 1000]) {
    const f = await load(floor.port, { connections, duration: seconds });
    const l = await load(lib.port, { connections, duration: seconds });
    const bad = (r) => r.errors + r.timeouts + r.non2xx;
    rows.push({
      connections,
      'floor req/s': Math.round(f.requests.average),
      'library req/s': Math.round(l.requests.average),
      ratio: `1/${(f.requests.average / l.requests.average).toFixed(2)}`,
      'floor p99 ms': f.latency.p99,
      'library p99 ms': l.latency.p99,
      'floor errors': bad(f),
      'library errors': bad(l),
    });
    summary({ area: 'server', case: `eligibility over HTTP, ${connections} connections`, library: `${Math.round(l.requests.average)} req/s`, baseline: `${Math.round(f.requests.average)} req/s (bare node:http)`, ratio: (l.requests.average / f.requests.average).toFixed(2), target: '≥ 0.33' });
  }
  table(rows);

  // No lost answer at 1,000 connections: a fixed number of requests, every answer counted.
  const amount = 20_000;
  const counted = await load(lib.port, { connections: 1000, amount });
  const lost = amount - counted['2xx'];
  console.log(`\n1,000 connections, ${amount} requests: ${counted['2xx']} answered 2xx, ${counted.non2xx} non-2xx, ${counted.errors} errors, ${counted.timeouts} timeouts, lost ${lost}`);

  // Memory under load: RSS and heap sampled every second while 100 connections hammer it.
  const memSeconds = long ? 60 : 10;
  const samples = [];
  const sampler = setInterval(async () => samples.push(await memoryOf(lib.child)), 1000);
  const m = await load(lib.port, { connections: 100, duration: memSeconds });
  clearInterval(sampler);
  const mb = (x) => (x / 2 ** 20).toFixed(1);
  const third = Math.max(1, Math.floor(samples.length / 3));
  const avg = (xs, k) => xs.reduce((a, s) => a + s[k], 0) / xs.length;
  const early = samples.slice(0, third);
  const late = samples.slice(-third);
  console.log(`\nmemory over ${memSeconds} s at 100 connections (${Math.round(m.requests.average)} req/s, ${m.errors + m.timeouts + m.non2xx} errors): ` +
    `RSS first third ${mb(avg(early, 'rss'))} MB, last third ${mb(avg(late, 'rss'))} MB, max ${mb(Math.max(...samples.map((s) => s.rss)))} MB; ` +
    `heap first third ${mb(avg(early, 'heapUsed'))} MB, last third ${mb(avg(late, 'heapUsed'))} MB`);
  summary({ area: 'server', case: `memory over ${memSeconds} s, 100 connections`, library: `RSS ${mb(avg(late, 'rss'))} MB (last third)`, baseline: `RSS ${mb(avg(early, 'rss'))} MB (first third)`, ratio: (avg(late, 'rss') / avg(early, 'rss')).toFixed(2), target: 'flat' });
  console.log(`load after: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  kill();
  const failed = rows.at(-1)['library errors'] > 0 || lost !== 0;
  process.exit(failed ? 1 : 0);
}
