#!/usr/bin/env node
// Facts from the official calendar of 1405 (Calendar Center of the Institute of Geophysics,
// University of Tehran), as transcribed in persian-calendar/calendar: the Jalali day on which
// each Hijri month of 1405 began, in its test "Supported Year Islamic Calendar Conversions"
// (src/test/kotlin/io/github/persiancalendar/calendar/MainTests.kt), which names the PDF it
// was read from in a comment above it.
//
//   node .ci/holidays/extract-calendar-center-1405.mjs <git dir of github:persian-calendar/calendar> [commit]
//
// writes .ci/holidays/sources/calendar-center-1405.json. Only facts (month starts, the PDF)
// are kept; nothing of the repository's code. The Jalali dates are converted to Gregorian
// with date-fns-jalali (the tests' calendar authority), so the file reads like
// calendar-center.json.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { newDate } from 'date-fns-jalali';

const [gitDir, commitArg = 'HEAD'] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: extract-calendar-center-1405.mjs <git dir of persian-calendar/calendar> [commit]');
  process.exit(2);
}
const PATH = 'src/test/kotlin/io/github/persiancalendar/calendar/MainTests.kt';
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' });
const commit = git('rev-parse', `${commitArg}^{commit}`).trim();
const committed = git('show', '-s', '--format=%cI', commit).trim();
const text = git('show', `${commit}:${PATH}`);

const at = text.indexOf('fun `Supported Year Islamic Calendar Conversions`');
if (at < 0) throw new Error(`no "Supported Year Islamic Calendar Conversions" in ${PATH}`);
const before = text.slice(0, at).split('\n');
const comment = before.slice(-3).map((l) => /\/\/\s*(https?:\/\/\S+)/.exec(l)?.[1]).find(Boolean);
if (!comment) throw new Error('the test does not name the calendar it was read from');
const body = text.slice(at, text.indexOf(')\n', text.indexOf('listOf(', at) + 1) + 1);
const months = [];
for (const m of body.matchAll(/listOf\((\d{4}),\s*(\d{1,2}),\s*(\d{1,2}),\s*(\d{4}),\s*(\d{1,2}),\s*1\)/g)) {
  const [, jy, jm, jd, hy, hm] = m.map(Number);
  const local = newDate(jy, jm - 1, jd, 12);
  const start = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
  months.push({ hijri: `${hy}/${String(hm).padStart(2, '0')}`, jalali: `${jy}/${String(jm).padStart(2, '0')}/${String(jd).padStart(2, '0')}`, start });
}
if (months.length < 12) throw new Error(`only ${months.length} month starts read`);
const out = {
  source: 'calendar-center-1405',
  provenance: {
    repository: 'https://github.com/persian-calendar/calendar',
    path: PATH,
    commit,
    committed,
    license: 'GPL-2.0 (its code); only facts — dates of the official calendar — are kept',
    reference: decodeURI(comment),
    extractedBy: '.ci/holidays/extract-calendar-center-1405.mjs',
  },
  months,
};
const file = resolve(import.meta.dirname, 'sources/calendar-center-1405.json');
writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
console.log(`${file}: ${months.length} months, ${months[0].hijri} (${months[0].start}) … ${months.at(-1).hijri} (${months.at(-1).start}), commit ${commit}`);
