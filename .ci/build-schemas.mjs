#!/usr/bin/env node
// After the build: write the JSON Schema of every CLI command's input to schemas/<name>.json
// (shipped in the package), generated from the zod schemas by the built CLI, and the HTTP
// API's OpenAPI 3.1 document to schemas/openapi.json (from the built server entry: the
// same document `GET /v1/openapi.json` answers).
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const all = JSON.parse(execFileSync(process.execPath, [join(root, 'dist', 'cli.js'), 'schema', 'all'], { encoding: 'utf8', maxBuffer: 64 << 20 }));
const dir = join(root, 'schemas');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir);
for (const [name, schema] of Object.entries(all)) {
  writeFileSync(join(dir, `${name}.json`), `${JSON.stringify({ $id: `iran-judicial-eservices/schemas/${name}.json`, ...schema }, null, 2)}\n`);
}
const { openApiDocument } = await import(pathToFileURL(join(root, 'dist', 'server.js')).href);
const doc = openApiDocument();
writeFileSync(join(dir, 'openapi.json'), `${JSON.stringify(doc, null, 2)}\n`);
console.log(`schemas/: ${Object.keys(all).length} JSON Schemas, openapi.json (${Object.keys(doc.paths).length} paths)`);
