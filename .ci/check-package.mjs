#!/usr/bin/env node
// Publish-readiness: publint and arethetypeswrong on the packed package, then the tarball
// installed into an empty project where it is imported from ESM, required from CJS and
// type-checked from a TypeScript consumer. Assumes `npm run build` ran.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (cmd, args, cwd = root) => execFileSync(cmd, args, { cwd, stdio: 'inherit' });
const bin = (name) => join(root, 'node_modules', '.bin', name);

run(bin('publint'), ['--strict']);
// The default profile: node10 (`moduleResolution: "node"`, via typesVersions), node16 (CJS
// and ESM) and bundler resolution, for every subpath.
run(bin('attw'), ['--pack', '.']);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'pkg-check-'));
try {
  const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop();
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(dir, packed)], dir);

  writeFileSync(
    join(dir, 'esm.mjs'),
    `import { cite, explain, PARAMETERS } from '${pkg.name}';
import { REGULATION_1401_TEXT } from '${pkg.name}/text';
import { checkEligibility } from '${pkg.name}/eligibility';
import { sentence } from '${pkg.name}/discipline';
import { officialHolidayOn, CALENDAR_FIRST_YEAR } from '${pkg.name}/calendar';
import { appealDeadline } from '${pkg.name}';
if (checkEligibility({ role: 'manager', asOf: '1387/11/16', person: { birthDate: '1363/11/17' } }).status !== 'ineligible') throw new Error('ESM eligibility');
if (sentence({ asOf: '1403/05/01', offences: [{ id: 'art38-dh' }], priors: [] }).value.mandatory !== 5) throw new Error('ESM discipline');
if (cite({ article: 38, clause: 'ذ' }, 'en') !== 'Art. 38(dh)') throw new Error('ESM cite');
if (typeof explain !== 'function' || PARAMETERS.managerMinAge.value !== 24) throw new Error('ESM exports');
if (REGULATION_1401_TEXT.articles.length !== 54) throw new Error('ESM text');
if (officialHolidayOn('1404/01/02').length === 0 || !(CALENDAR_FIRST_YEAR <= 1404)) throw new Error('ESM calendar');
if (appealDeadline({ notifiedOn: '1403/12/10' }).value.lastDay !== '1404/01/05') throw new Error('ESM official calendar in the deadlines');
console.log('ESM import: ok');
`,
  );
  writeFileSync(
    join(dir, 'cjs.cjs'),
    `const { cite, PARAMETERS } = require('${pkg.name}');
const { REGULATION_1401_TEXT } = require('${pkg.name}/text');
const { gradeSitting } = require('${pkg.name}/exam');
if (gradeSitting({ entries: [{ id: 'a', score: 71.4 }, { id: 'b', score: 49.98 }] }).value.results[1].passed !== true) throw new Error('CJS exam');
if (cite({ article: 38, clause: 'ذ' }, 'fa') !== 'ماده ۳۸ بند ذ') throw new Error('CJS cite');
if (PARAMETERS.legalExpertMinAge.value !== 22 || REGULATION_1401_TEXT.articles.length !== 54) throw new Error('CJS exports');
console.log('CJS require: ok');
`,
  );
  writeFileSync(
    join(dir, 'consumer.ts'),
    `import { cite, explain, safe, type Citation, type Decision } from '${pkg.name}';
import { getArticle } from '${pkg.name}/text';
import { checkLicence, type LicenceInput } from '${pkg.name}/eligibility';
const li: LicenceInput = { asOf: '1403/05/01', person: {} };
const st: 'eligible' | 'ineligible' | 'incomplete' = checkLicence(li).status;
void st;
const c: Citation = { article: 9, clause: 'ث' };
const s: string = cite(c, 'en');
const render = (d: Decision): string => explain(d, { lang: 'fa' });
const r = safe(cite)(c, 'fa');
if (r.ok) { const v: string = r.value; void v; }
const a = getArticle(9);
void s; void render; void a;
// @ts-expect-error: not a clause letter
const bad: Citation = { article: 9, clause: 'x' };
void bad;
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', skipLibCheck: false, types: [] }, files: ['consumer.ts'] }),
  );
  writeFileSync(
    join(dir, 'server.mjs'),
    `import { createServer, shutdown } from '${pkg.name}/server';
const server = createServer({ logger: false });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const r = await fetch(\`http://127.0.0.1:\${server.address().port}/v1/age\`, { method: 'POST', body: '{"birthDate":"1363/11/17","asOf":"1387/11/17"}' });
if ((await r.json()).age !== 24) throw new Error('server entry');
await shutdown(server, 1000);
console.log('server entry: ok');
`,
  );
  // A consumer still on moduleResolution "node" (node10) imports the subpaths (typesVersions).
  writeFileSync(
    join(dir, 'node10.ts'),
    `import { checkEligibility } from '${pkg.name}/eligibility';
import { getArticle } from '${pkg.name}/text';
import { createServer } from '${pkg.name}/server';
const s: string = checkEligibility({ role: 'manager', asOf: '1403/05/01', person: {} }).status;
void s; void getArticle; void createServer;
`,
  );
  writeFileSync(
    join(dir, 'tsconfig.node10.json'),
    JSON.stringify({ compilerOptions: { strict: true, noEmit: true, module: 'commonjs', moduleResolution: 'node', target: 'es2022', skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules', '@types')] }, files: ['node10.ts'] }),
  );
  run('node', ['server.mjs'], dir);
  run(bin('tsc'), ['-p', 'tsconfig.node10.json'], dir);
  console.log('TypeScript consumer on moduleResolution "node": ok');
  run('node', ['esm.mjs'], dir);
  run('node', ['cjs.cjs'], dir);
  run(bin('tsc'), ['-p', 'tsconfig.json'], dir);
  console.log('TypeScript consumer: ok');
  const cli = pkg.bin ? Object.keys(pkg.bin)[0] : undefined;
  if (cli) {
    const bin = join(dir, 'node_modules', '.bin', cli);
    run(bin, ['--help'], dir);
    const out = execFileSync(bin, ['age'], { cwd: dir, input: '{"birthDate":"1363/11/17","asOf":"1387/11/17"}', encoding: 'utf8' });
    if (JSON.parse(out).age !== 24) throw new Error(`CLI age: ${out}`);
    const schema = JSON.parse(readFileSync(join(dir, 'node_modules', pkg.name, 'schemas', 'eligibility.json'), 'utf8'));
    if (!schema.$schema) throw new Error('schemas/ not shipped');
    console.log('CLI and shipped JSON Schemas: ok');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
