#!/usr/bin/env node
// Facts from Python's `holidays` package (vacanza/holidays), Iran calendar
// (holidays/countries/iran.py): every holiday it gives for Iran in each Gregorian year, with
// its Persian name and whether the package marks the date "estimated" (تخمینی: outside the
// years whose lunar dates it lists as confirmed against Iran's official calendar).
//
//   node .ci/holidays/extract-python-holidays.mjs <git dir of github:vacanza/holidays> [commit]
//
// PyPI is not reachable here: the package is read from a snapshot of its repository, exported
// to a temporary directory and imported by python3 (python-dateutil installed). Nothing of it
// is kept but the facts, in .ci/holidays/sources/python-holidays-iran.json.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const [gitDir, commitArg = 'HEAD'] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: extract-python-holidays.mjs <git dir of vacanza/holidays> [commit]');
  process.exit(2);
}
const FIRST = 2001;
const LAST = 2027;
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' });
const commit = git('rev-parse', `${commitArg}^{commit}`).trim();
const committed = git('show', '-s', '--format=%cI', commit).trim();
const work = mkdtempSync(join(tmpdir(), 'python-holidays-'));
try {
  execFileSync('sh', ['-c', `git --git-dir "$0" archive "$1" holidays VERSION | tar -x -C "$2"`, gitDir, commit, work]);
  const version = readFileSync(join(work, 'VERSION'), 'utf8').trim();
  const script = `
import importlib.metadata as md, json, sys
_v = md.version
md.version = lambda n: ${JSON.stringify(version)} if n == 'holidays' else _v(n)
sys.path.insert(0, ${JSON.stringify(work)})
import holidays
from holidays.countries.iran import IranIslamicHolidays as I
h = holidays.country_holidays('IR', years=range(${FIRST}, ${LAST + 1}))
out = []
for d in sorted(h.keys()):
    for n in h.get_list(d):
        est = n.endswith(' (تخمینی)')
        out.append({'date': d.isoformat(), 'name': n[:-len(' (تخمینی)')] if est else n, 'estimated': est})
confirmed = sorted({tuple(getattr(I, a)) for a in dir(I) if a.endswith('_DATES_CONFIRMED_YEARS_CUSTOM_CALENDAR')})
print(json.dumps({'holidays': out, 'confirmed': confirmed}, ensure_ascii=False))
`;
  const got = JSON.parse(execFileSync('python3', ['-c', script], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const out = {
    source: 'python-holidays',
    provenance: {
      repository: 'https://github.com/vacanza/holidays',
      path: 'holidays/countries/iran.py',
      commit,
      committed,
      version,
      license: 'MIT',
      extractedBy: '.ci/holidays/extract-python-holidays.mjs',
      years: [FIRST, LAST],
      // The Gregorian years whose Iran lunar dates the package lists as confirmed
      // (<HOLIDAY>_DATES_CONFIRMED_YEARS in iran.py); outside them it marks a date estimated.
      confirmedYears: got.confirmed,
    },
    holidays: got.holidays,
  };
  const file = resolve(import.meta.dirname, 'sources/python-holidays-iran.json');
  writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
  console.log(`${file}: ${out.holidays.length} holidays ${FIRST}–${LAST}, holidays ${version} at ${commit}, confirmed ${JSON.stringify(got.confirmed)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
