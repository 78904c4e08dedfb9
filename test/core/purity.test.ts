import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const library = files('src').filter((p) => !p.startsWith(join('src', 'cli')));

describe('purity (SPEC D2): no clock, randomness, I/O or environment in src/ outside the CLI', () => {
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

  it('the main entry never imports the regulation text (it has its own entry point)', () => {
    const offenders = library.filter((p) => !p.startsWith(join('src', 'text')) && /from '\.\.?\/(\.\.\/)*text\//.test(readFileSync(p, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
