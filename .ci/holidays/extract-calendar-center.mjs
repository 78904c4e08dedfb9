#!/usr/bin/env node
// Facts from the official Hijri calendar of Iran, as published by the Calendar Center of the
// Institute of Geophysics, University of Tehran (مرکز تقویم مؤسسهٔ ژئوفیزیک دانشگاه تهران), in
// the transcription kept by roozbehp/qamari (CC0): the Gregorian date on which each Hijri month
// began, with the official calendar PDF it was read from.
//
//   node .ci/holidays/extract-calendar-center.mjs <git dir of github:roozbehp/qamari> [commit]
//
// writes .ci/holidays/sources/calendar-center.json. Only facts (month starts, the PDF each
// came from, the "observed" mark) are kept; nothing of the repository's code.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const [gitDir, commitArg = 'HEAD'] = process.argv.slice(2);
if (!gitDir) {
  console.error('usage: extract-calendar-center.mjs <git dir of roozbehp/qamari> [commit]');
  process.exit(2);
}
const PATH = 'sources/calendar-center.txt';
const git = (...args) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' });
const commit = git('rev-parse', `${commitArg}^{commit}`).trim();
const committed = git('show', '-s', '--format=%cI', commit).trim();
const text = git('show', `${commit}:${PATH}`);

const months = [];
let reference = null;
for (const raw of text.split('\n')) {
  const line = raw.trim();
  if (line === '') continue;
  const url = /^#\s*(https?:\/\/\S+)\s*$/.exec(line);
  if (url) { reference = url[1]; continue; }
  if (line.startsWith('#')) continue;
  const m = /^(\*?)(\d{4})\/(\d{1,2})\s+(\d{4}-\d{2}-\d{2})\s*(?:#\s*(.*))?$/.exec(line);
  if (!m) throw new Error(`unreadable line in ${PATH}: ${raw}`);
  const [, star, hy, hm, start, comment] = m;
  const note = comment?.trim();
  const ownUrl = note && /(https?:\/\/\S+)/.exec(note)?.[1];
  months.push({
    hijri: `${hy}/${hm.padStart(2, '0')}`,
    start,
    // '*': the month began (was observed) on another day than the one the published calendar
    // had pre-computed; the date given is the day it actually began.
    observed: star === '*',
    implied: /implied/i.test(note ?? ''),
    reference: ownUrl ?? reference,
  });
}
months.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
for (let i = 1; i < months.length; i++) {
  if (months[i].start === months[i - 1].start) throw new Error(`two months start on ${months[i].start}`);
}

const out = {
  source: 'calendar-center',
  provenance: {
    repository: 'https://github.com/roozbehp/qamari',
    path: PATH,
    commit,
    committed,
    license: 'CC0-1.0',
    extractedBy: '.ci/holidays/extract-calendar-center.mjs',
  },
  months,
};
const file = resolve(import.meta.dirname, 'sources/calendar-center.json');
writeFileSync(file, JSON.stringify(out, null, 1) + '\n');
console.log(`${file}: ${months.length} months, ${months[0].hijri} (${months[0].start}) … ${months.at(-1).hijri} (${months.at(-1).start}), commit ${commit}`);
