#!/usr/bin/env node
// After the build: write the JSON Schema of every CLI command's input to schemas/<name>.json
// (shipped in the package), generated from the zod schemas by the built CLI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const all = JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'schema', 'all'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const dir = join(root, 'schemas');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
for (const [name, schema] of Object.entries(all)) {
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ $id: `iran-judicial-eservices/schemas/${name}.json`, ...schema }, null, 2)}\n`);
}
console.log(`schemas/: ${Object.keys(all).length} JSON Schemas`);
