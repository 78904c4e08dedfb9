import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * The I/O boundary: the CLI and the HTTP server (its own entry point, `./server`, Node only)
 * read sockets, files, the clock and the environment; the rule sets never do.
 */
const BOUNDARY = [join('src', 'cli'), join('src', 'server')];
const library = files('src').filter((p) => !BOUNDARY.some((b) => p.startsWith(b + '/') || p === b + '.ts'));

describe('purity (SPEC D2): no clock, randomness, I/O or environment in src/ outside the CLI and the HTTP server', () => {
  it.each([
    ['a clock with no argument', /new Date\(\s*\)|Date\.now\(|performance\.now\(/],
    ['randomness', /Math\.random\(/],
    ['I/O', /from 'node:|require\(/],
    ['the environment', /process\.env|process\.argv/],
    ['console output', /console\./],
    ['code built at run time', /\beval\(|new Function\(/],
  ])('no %s', (_what, pattern) => {
    const offenders = library.filter((p) => pattern.test(readFileSync(p, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no rule set imports the CLI or the HTTP server (the boundary depends on the library, never the reverse)', () => {
    const offenders = library.filter((p) => /from '(\.\.?\/)+(cli|server)(\/|\.js')/.test(readFileSync(p, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the main entry never imports the regulation text (it has its own entry point)', () => {
    const offenders = library.filter((p) => !p.startsWith(join('src', 'text')) && /from '\.\.?\/(\.\.\/)*text\//.test(readFileSync(p, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
