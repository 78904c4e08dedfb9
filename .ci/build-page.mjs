#!/usr/bin/env node
// The applicants' page (examples/page/): its script bundled for the browser with esbuild
// (the bundler tsup uses) from the package's built entries, `iran-judicial-eservices/*`
// resolved through package.json's `exports` as an app's bundler would; then one HTML
// file with the CSS and the script inline, so that opening it from disk works (a module
// or a separate script file loaded from file:// is refused or origin-less in browsers).
// Its Content-Security-Policy allows only that inline script and style (by hash) and no
// connection, form target, font, frame or image from anywhere: nothing leaves the page.
//
// The bundle targets the browser with no Node polyfills: an import of a Node built-in
// (`node:fs`, `fs`, `path`…) fails the build, naming the importer.
//
//   npm run build            # the package's dist/, which the page bundles
//   node .ci/build-page.mjs  # writes examples/page/dist/index.html (git-ignored)
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PAGE_DIR = join(ROOT, 'examples', 'page');
export const OUT_FILE = join(PAGE_DIR, 'dist', 'index.html');

const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const NODE_BUILTINS = new Set(builtinModules);

/** `iran-judicial-eservices[/sub]` → the built ESM file package.json's exports name. */
const packageEntries = {
  name: 'package-entries',
  setup(b) {
    const filter = new RegExp(`^${PKG.name.replace(/[-/]/g, '\\$&')}(/.*)?$`);
    b.onResolve({ filter }, (args) => {
      const sub = args.path === PKG.name ? '.' : `.${args.path.slice(PKG.name.length)}`;
      const target = PKG.exports[sub];
      const file = typeof target === 'object' && target !== null ? target.import?.default : undefined;
      if (typeof file !== 'string') return { errors: [{ text: `package.json exports no ESM entry "${sub}" (imported as "${args.path}")` }] };
      const path = join(ROOT, file);
      if (!existsSync(path)) return { errors: [{ text: `${relative(ROOT, path)} is missing: run \`npm run build\` first` }] };
      return { path };
    });
  },
};

/** Any import of a Node built-in fails the build (the page must run in a browser alone). */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.startsWith('node:') ? args.path.slice(5) : args.path;
      if (!args.path.startsWith('node:') && !NODE_BUILTINS.has(bare.split('/')[0])) return undefined;
      const from = args.importer === '' || args.importer === '<stdin>' ? '<stdin>' : relative(ROOT, args.importer);
      return { errors: [{ text: `Node-only import "${args.path}" in the browser bundle (imported by ${from})` }] };
    });
  },
};

const sha256 = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/**
 * Bundle a script for the browser: IIFE, minified, `platform: 'browser'`, no Node
 * built-ins. `entry` is a file path, or `{ contents, resolveDir }` for a script given
 * inline (the tests use that to check the guard). Throws esbuild's error on failure.
 */
export async function bundle(entry = join(PAGE_DIR, 'app.js')) {
  const out = await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { contents: entry.contents, resolveDir: entry.resolveDir ?? ROOT, loader: 'js' } }),
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    charset: 'utf8',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
    plugins: [noNodeBuiltins, packageEntries],
  });
  return out.outputFiles[0].text;
}

/**
 * The page as one HTML file: examples/page/index.html with page.css and the bundled
 * app.js inline and a Content-Security-Policy allowing only them. Returns the HTML and the
 * parts (for the size report).
 */
export async function buildPage() {
  const js = await bundle();
  const css = readFileSync(join(PAGE_DIR, 'page.css'), 'utf8');
  const source = readFileSync(join(PAGE_DIR, 'index.html'), 'utf8');
  // An inline script ends at the first `</script`; esbuild escapes it in strings, this checks.
  if (/<\/script/i.test(js)) throw new Error('the bundle contains "</script": it cannot be inlined');
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)}`,
    `style-src ${sha256(css)}`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const pieces = {
    '<!-- CSP -->': `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<link rel="stylesheet" href="page.css">': `<style>${css}</style>`,
    '<script src="app.js"></script>': `<script>${js}</script>`,
  };
  let html = source;
  for (const [marker, replacement] of Object.entries(pieces)) {
    if (!html.includes(marker)) throw new Error(`examples/page/index.html lacks ${marker}`);
    // A function, so that `$&` or `$1` in the script is not read as a replacement pattern.
    html = html.replace(marker, () => replacement);
  }
  return { html, js, css };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const { html, js } = await buildPage();
    mkdirSync(dirname(OUT_FILE), { recursive: true });
    writeFileSync(OUT_FILE, html);
    console.log(`${relative(ROOT, OUT_FILE)}: ${(Buffer.byteLength(html) / 1024).toFixed(1)} KB (script ${(Buffer.byteLength(js) / 1024).toFixed(1)} KB min); open it in a browser`);
  } catch (e) {
    console.error(`build-page: ${e.message}`);
    process.exit(1);
  }
}
