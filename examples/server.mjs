// A plain node:http back end over the library: POST a JSON body, get the decision as JSON
// (or as text with `Accept: text/plain`, in Persian with `?lang=fa`). No dependency
// beyond the library itself.
//
//   npm run build
//   node examples/server.mjs [--port 8080]
//   curl -s localhost:8080/appeal-deadline -d '{"ruling":"conviction","grade":5,"notifiedOn":"1403/01/10"}'
//   curl -s localhost:8080/eligibility?lang=fa -H 'Accept: text/plain' \
//        -d '{"role":"manager","asOf":"1404/01/01","person":{"birthDate":"1380/06/15"}}'
//
//   node examples/server.mjs --self-test   # starts on a free port, sends requests, checks the answers, exits
//
// Each route validates the body with the input schema the library exports (the same
// schema the function applies, and the one the CLI prints as JSON Schema). Malformed input
// is answered 400 with the InputError's JSON: every bad field, in Persian and English.
// Missing facts are not malformed: the decision comes back `incomplete`, listing them.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import {
  AppealabilityInputSchema,
  appealability,
  DisciplinaryAppealDeadlineInputSchema,
  disciplinaryAppealDeadline,
  ProsecutionBarsInputSchema,
  prosecutionBars,
  sentence,
  SentenceInputSchema,
} from '../dist/discipline.js';
import {
  assessExperience,
  checkEligibility,
  checkLicence,
  EligibilityInputSchema,
  ExperienceInputSchema,
  LicenceInputSchema,
} from '../dist/eligibility.js';
import { assessFee, FeeAssessmentInputSchema } from '../dist/fees.js';
import { examResult, ExamResultInputSchema } from '../dist/exam.js';
import { explain, safe } from '../dist/index.js';

/** The routes: path → the exported input schema and the rule. */
const ROUTES = {
  '/eligibility': { schema: EligibilityInputSchema, decide: checkEligibility, articles: 'Arts. 9, 11' },
  '/licence': { schema: LicenceInputSchema, decide: checkLicence, articles: 'Arts. 9, 10, 11' },
  '/experience': { schema: ExperienceInputSchema, decide: assessExperience, articles: 'Art. 10(ب)' },
  '/exam-result': { schema: ExamResultInputSchema, decide: examResult, articles: 'Art. 10(الف)' },
  '/sentence': { schema: SentenceInputSchema, decide: sentence, articles: 'Arts. 29, 32, 41, 43, 44' },
  '/prosecution-bars': { schema: ProsecutionBarsInputSchema, decide: prosecutionBars, articles: 'Art. 30' },
  '/appealability': { schema: AppealabilityInputSchema, decide: appealability, articles: 'Arts. 33, 45' },
  '/appeal-deadline': { schema: DisciplinaryAppealDeadlineInputSchema, decide: disciplinaryAppealDeadline, articles: 'Arts. 33, 45' },
  '/fee': { schema: FeeAssessmentInputSchema, decide: assessFee, articles: 'Arts. 13, 14' },
};

const MAX_BODY = 1 << 20; // 1 MiB

/** An error body shaped like InputError's JSON, for problems found before the library is called. */
function requestError(code, en, fa) {
  return { name: 'RequestError', code, messages: { en, fa }, issues: [] };
}

function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

/** The body as text, or null when it is larger than MAX_BODY (the rest is read and dropped). */
async function readBody(req) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size <= MAX_BODY) chunks.push(chunk);
  }
  return size > MAX_BODY ? null : Buffer.concat(chunks).toString('utf8');
}

/** Answer one request. */
async function handle(req, res) {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === '/' && req.method === 'GET') {
    return send(res, 200, { routes: Object.entries(ROUTES).map(([path, r]) => ({ path, method: 'POST', articles: r.articles })) });
  }
  const route = Object.hasOwn(ROUTES, url.pathname) ? ROUTES[url.pathname] : undefined;
  if (route === undefined) return send(res, 404, requestError('NOT_FOUND', `no route ${url.pathname}`, `مسیر ${url.pathname} وجود ندارد`));
  if (req.method !== 'POST') return send(res, 405, requestError('METHOD_NOT_ALLOWED', 'use POST', 'از POST استفاده کنید'), { allow: 'POST' });

  const raw = await readBody(req);
  if (raw === null) return send(res, 413, requestError('BODY_TOO_LARGE', `the body exceeds ${MAX_BODY} bytes`, `بدنه درخواست بیش از ${MAX_BODY} بایت است`));
  let body;
  try {
    body = JSON.parse(raw);
  } catch {
    return send(res, 400, requestError('INVALID_JSON', 'the body is not valid JSON', 'بدنه درخواست JSON معتبر نیست'));
  }

  // 1. The route's contract: the input schema the library exports.
  const checked = route.schema.safeParse(body);
  // 2. The rule, through safe(): an InputError comes back as a value, never thrown. For a
  //    body the schema refused it is the InputError naming every bad field (the function
  //    applies the same schema); a few rules also check what a schema cannot say (assessFee:
  //    `tariff` or `tariffs`, not both), so a body the schema accepts may still be refused.
  const result = safe(route.decide)(body);
  if (!result.ok) return send(res, 400, result.error.toJSON());
  if (!checked.success) {
    // The schema and the function disagree: a defect, never hidden.
    return send(res, 500, requestError('SCHEMA_MISMATCH', 'the schema refused a body the rule accepted', 'طرح‌واره ورودی را رد کرد اما قاعده پذیرفت'));
  }

  const decision = result.value;
  if ((req.headers.accept ?? '').includes('text/plain')) {
    const lang = url.searchParams.get('lang') === 'fa' || (req.headers['accept-language'] ?? '').startsWith('fa') ? 'fa' : 'en';
    return send(res, 200, `${explain(decision, { lang })}\n`);
  }
  return send(res, 200, decision);
}

function startServer(port, host = '127.0.0.1') {
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      // Only a defect gets here (the library throws nothing but InputError for bad input).
      console.error(e);
      if (!res.headersSent) send(res, 500, requestError('INTERNAL', 'internal error', 'خطای داخلی'));
    });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

// ---------------------------------------------------------------------------
// --self-test: what CI runs.

async function selfTest() {
  const server = await startServer(0);
  const { port } = server.address();
  const base = `http://127.0.0.1:${port}`;
  const post = (path, body, headers = {}) =>
    fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  try {
    // The routes.
    const index = await (await fetch(`${base}/`)).json();
    assert.equal(index.routes.length, Object.keys(ROUTES).length);

    // A decision as JSON: a manager aged 23 (Art. 9(ث)).
    let r = await post('/eligibility', { role: 'manager', asOf: '1404/01/01', person: { birthDate: '1380/06/15' } });
    assert.equal(r.status, 200);
    assert.match(r.headers.get('content-type'), /^application\/json/);
    let d = await r.json();
    assert.equal(d.kind, 'eligibility');
    assert.equal(d.status, 'ineligible');
    assert.equal(d.findings.length, 14);
    assert.equal(d.value.age, 23);
    assert.ok(d.missing.includes('person.iranianNationality'));

    // The same as Persian text.
    r = await post('/eligibility?lang=fa', { role: 'manager', asOf: '1404/01/01', person: { birthDate: '1380/06/15' } }, { accept: 'text/plain' });
    assert.equal(r.status, 200);
    const text = await r.text();
    assert.match(text, /^شرایط مدیر دفتر را ندارد/);
    assert.match(text, /ماده ۹ بند ث/);

    // A licence, the exam graded exactly at the cut-off (Art. 10(الف)).
    r = await post('/licence', { asOf: '1404/01/01', person: {}, exam: { score: 49.98, sittingScores: [71.4, 49.98, 30] } });
    d = await r.json();
    assert.equal(d.value.examPassed, true);

    // A sentence (Art. 44): two offences of grade 4 → grade 5.
    r = await post('/sentence', { asOf: '1403/05/01', offences: [{ id: 'art37-j' }, { id: 'art37-ch' }], priors: [] });
    d = await r.json();
    assert.equal(r.status, 200);
    assert.equal(d.value.mandatory, 5);

    // The last day to appeal (Art. 33, SPEC D13): 1403/01/31 is a Friday.
    r = await post('/appeal-deadline', { ruling: 'conviction', grade: 5, notifiedOn: '1403/01/10', holidays: ['1403/02/01'] });
    d = await r.json();
    assert.equal(d.status, 'appealable');
    assert.equal(d.value.lastDay, '1403/02/02');

    // Limitation (Art. 30): the anniversary is still in time.
    r = await post('/prosecution-bars', {
      asOf: '1403/06/10', offence: { committedOn: '1401/06/10' }, prosecutionActs: [], resJudicata: false, permanentlySeparated: false, deceased: false,
    });
    assert.equal((await r.json()).status, 'notBarred');

    // Malformed input: 400 with the InputError's JSON, every field named.
    r = await post('/eligibility', { role: 'boss', asOf: '1404/13/01', person: {} });
    assert.equal(r.status, 400);
    let e = await r.json();
    assert.equal(e.name, 'InputError');
    assert.equal(e.code, 'INPUT_INVALID');
    assert.deepEqual(e.issues.map((i) => i.field), ['role', 'asOf']);
    assert.match(e.messages.fa, /ماه ۱۳ وجود ندارد/);

    // A body the schema accepts but the rule refuses (both `tariff` and `tariffs`).
    r = await post('/fee', { serviceDate: '1403/05/01', tariff: 1_000_000, tariffs: [] });
    assert.equal(r.status, 400);
    e = await r.json();
    assert.deepEqual(e.issues.map((i) => i.field), ['tariffs']);

    // A fee decision.
    r = await post('/fee', { serviceDate: '1403/05/01', tariff: 1_200_000, judicialCosts: 3_000_000, exemption: { group: 'indigentPrisoner', confirmedBy: 'prisonsOrganization' } });
    d = await r.json();
    assert.equal(d.value.associationPaysOffice, 1_200_000);
    assert.equal(d.value.applicantPaysTotal, 3_000_000);

    // Not JSON, wrong method, unknown route, too large.
    r = await post('/eligibility', '{ not json');
    assert.equal(r.status, 400);
    assert.equal((await r.json()).code, 'INVALID_JSON');
    r = await fetch(`${base}/eligibility`);
    assert.equal(r.status, 405);
    assert.equal(r.headers.get('allow'), 'POST');
    await r.body?.cancel();
    r = await post('/nowhere', {});
    assert.equal(r.status, 404);
    await r.body?.cancel();
    r = await post('/exam-result', `{"score":1,"sittingScores":[${'1,'.repeat(MAX_BODY / 2)}1]}`);
    assert.equal(r.status, 413);
    await r.body?.cancel();

    console.log(`server self-test: ${base} answered every request as expected`);
  } finally {
    server.close();
    server.closeAllConnections?.();
  }
}

const portArg = process.argv.indexOf('--port');
if (process.argv.includes('--self-test')) {
  await selfTest();
} else {
  const port = portArg === -1 ? 8080 : Number(process.argv[portArg + 1]);
  const server = await startServer(port);
  const { port: bound } = server.address();
  console.log(`listening on http://127.0.0.1:${bound}`);
  for (const [path, r] of Object.entries(ROUTES)) console.log(`  POST ${path.padEnd(18)} ${r.articles}`);
}
