// The applicants' page (examples/page/) in a real browser: Debian's Chromium, headless,
// driven by playwright-core. The page is built from the package's dist/ and served from
// 127.0.0.1; every answer it shows is checked against the built package called in this
// process with the same facts.
//
//   npm run build && npm run test:browser
//
// Not part of `npm test` (it needs Chromium: `apt-get install -y chromium`); .ci/run runs it.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..');
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const SCREENSHOT = join(ROOT, 'examples', 'page', 'dist', 'screenshot.png');

if (!existsSync(CHROMIUM)) {
  throw new Error(`test/browser: no Chromium at ${CHROMIUM}. Install Debian's: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH)`);
}
if (!existsSync(join(ROOT, 'dist', 'index.js'))) {
  throw new Error('test/browser: dist/ is missing; run `npm run build` first (the page bundles the built package)');
}

// The built package, as the page bundles it; the shared facts of the ten questions.
type Decision = {
  status: string;
  findings: { status: string; citation: { article: number; clause?: string }; message: { fa: string; en: string } }[];
  missing: string[];
  value: { eligibleOn: string | null };
};
type Question = { id: string; check: 'licence' | 'eligibility'; input: Record<string, unknown> };
const lib = (await import(join(ROOT, 'dist', 'eligibility.js'))) as {
  checkLicence: (i: unknown) => Decision;
  checkEligibility: (i: unknown) => Decision;
};
const { QUESTIONS, ASKED_ON } = (await import(join(ROOT, 'examples', 'data', 'questions.mjs'))) as { QUESTIONS: readonly Question[]; ASKED_ON: string };
const { buildPage, OUT_FILE } = (await import(join(ROOT, '.ci', 'build-page.mjs'))) as { buildPage: () => Promise<{ html: string }>; OUT_FILE: string };
const { getProvision, getInstructionProvision } = (await import(join(ROOT, 'dist', 'text.js'))) as {
  getProvision: (c: unknown) => { text: string } | undefined;
  getInstructionProvision: (c: unknown) => { text: string } | undefined;
};
const { compareRuleSets } = (await import(join(ROOT, 'dist', 'instruction.js'))) as { compareRuleSets: (i: unknown) => { status: string } };

// The few DOM names the callbacks run in the page use, declared here for this file alone:
// the project's lib is ES2022 without the DOM, on purpose (src/ must not reach for it).
interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
}
interface DomElement extends DomNode {
  readonly tagName: string;
  readonly className: string;
  readonly outerHTML: string;
  readonly childNodes: Iterable<DomNode>;
  readonly parentElement: DomElement | null;
  readonly offsetParent: unknown;
  readonly labels?: { readonly length: number } | null;
  cloneNode(deep: boolean): DomElement;
  querySelectorAll(selector: string): Iterable<DomElement>;
  remove(): void;
}
declare const document: { readonly activeElement: { readonly id: string } | null; querySelectorAll(selector: string): Iterable<DomElement> };
declare const Node: { readonly TEXT_NODE: number };
declare function getComputedStyle(e: DomElement): { readonly color: string; readonly backgroundColor: string };

const answerOf = (q: Question): Decision => (q.check === 'licence' ? lib.checkLicence(q.input) : lib.checkEligibility(q.input));
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const fa = (s: string): string => s.replace(/[0-9]/g, (c) => PERSIAN[Number(c)] as string);

/** The facts as the page fills them in Persian: every date written with Persian digits. */
function persianDates(v: unknown): unknown {
  if (typeof v === 'string') return /^\d{4}\/\d{2}\/\d{2}$/.test(v) ? fa(v) : v;
  if (Array.isArray(v)) return v.map(persianDates);
  if (typeof v === 'object' && v !== null) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, persianDates(x)]));
  return v;
}

let server: Server;
let url: string;
let context: BrowserContext;
let page: Page;
let userDataDir: string;
/** Every URL the browser asked for, and every console error or uncaught exception. */
const requests: string[] = [];
const problems: string[] = [];

beforeAll(async () => {
  const { html } = await buildPage();
  mkdirSync(dirname(OUT_FILE), { recursive: true });
  writeFileSync(OUT_FILE, html);
  server = createServer((req, res) => {
    if (req.url === '/' || req.url === '/index.html') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  userDataDir = mkdtempSync(join(tmpdir(), 'ije-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1100, height: 900 },
  });
  context.on('request', (r) => requests.push(r.url()));
  // Nothing but the page itself may be fetched: anything else is refused (and recorded).
  const onDisk = pathToFileURL(OUT_FILE).href;
  await context.route('**/*', (route) => (route.request().url().startsWith(url) || route.request().url() === onDisk ? route.continue() : route.abort()));
  page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
}, 120_000);

afterAll(async () => {
  await context?.close();
  await new Promise((ok) => server?.close(ok));
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
});

/** The status the page shows (`data-status` of the result region) after the last action. */
const shownStatus = async (): Promise<string | null> => page.locator('#result').getAttribute('data-status');
/** The statuses of the findings the page lists, in order. */
const shownFindings = async (): Promise<(string | null)[]> => page.locator('#result .finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
const shownMissing = async (): Promise<(string | null)[]> => page.locator('#missing li').evaluateAll((els) => els.map((e) => e.getAttribute('data-fact')));
/** The page's finding for a citation. */
const findingAt = (article: number, clause: string) => page.locator('#result .finding', { has: page.locator('cite', { hasText: fa(`ماده ${article} بند ${clause}`) }) });

/** Type a person's facts into the form, field by field, as a user would. */
async function typeFacts(person: Record<string, unknown>): Promise<void> {
  for (const [k, v] of Object.entries(person)) {
    if (k === 'degrees') continue;
    if (typeof v === 'boolean') await page.locator(`#${k}`).selectOption(v ? 'yes' : 'no');
    else if (k === 'birthDate') await page.locator(`#${k}`).fill(String(v));
    else await page.locator(`#${k}`).selectOption(String(v));
  }
  for (const d of (person['degrees'] ?? []) as Record<string, unknown>[]) {
    await page.locator('#add-degree').click();
    const row = page.locator('#degrees > .item').last();
    await row.locator('[data-name="kind"]').selectOption(String(d['kind']));
    if (d['level'] !== undefined) await row.locator('[data-name="level"]').selectOption(String(d['level']));
    if (d['field'] !== undefined) await row.locator('[data-name="field"]').selectOption(String(d['field']));
    if (d['awarded'] !== undefined) await row.locator('[data-name="awarded"]').selectOption(d['awarded'] ? 'yes' : 'no');
    if (d['awardedOn'] !== undefined) await row.locator('[data-name="awardedOn"]').fill(String(d['awardedOn']));
  }
}

async function fresh(): Promise<void> {
  await page.goto(url);
  expect(await page.locator('html').getAttribute('lang')).toBe('fa');
}

describe('the applicants\' page in Chromium (Arts. 9–11, 10(ب))', () => {
  it('opens in Persian, right to left, with the ten questions as buttons and nothing fetched but itself', async () => {
    await fresh();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('button.example').count()).toBe(10);
    expect(await page.locator('#result').getAttribute('aria-live')).toBe('polite');
    expect(await shownStatus()).toBe('none');
    // The "as of" date defaults to the browser's clock, in Persian digits.
    expect(await page.locator('#asOf').inputValue()).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
  });

  it('Q3 typed into the form (Art. 9(ث)): 40 on 1404/07/01 in Persian digits, the 24 of the regulation and the 25 of the earlier instruction', async () => {
    await fresh();
    await page.locator('#role').selectOption('manager');
    await page.locator('#check').selectOption('post');
    await page.locator('#asOf').fill('۱۴۰۴/۰۷/۰۱');
    await page.locator('#birthDate').fill('۱۳۶۳/۱۱/۱۷');
    await page.locator('#answer').click();
    const expected = lib.checkEligibility({ role: 'manager', asOf: ASKED_ON, person: { birthDate: '1363/11/17' } });
    expect(await shownStatus()).toBe(expected.status);
    expect(expected.status).toBe('incomplete');
    const age = findingAt(9, 'ث');
    expect(await age.getAttribute('data-status')).toBe('met');
    expect(await age.locator('.message').textContent()).toContain('۴۰');
    // Persian digits throughout, but for code: the fact paths and the input as JSON.
    const prose = await page.locator('#result').evaluate((e) => {
      const copy = (e as unknown as DomElement).cloneNode(true);
      for (const c of copy.querySelectorAll('code, pre')) c.remove();
      return copy.textContent ?? '';
    });
    expect(prose).toMatch(/[۰-۹]/);
    expect(prose).not.toMatch(/[0-9]/);
    // Under the earlier instruction: 24 vs 25, and the two birthdays.
    const ages = page.locator('#ages');
    expect(await ages.getAttribute('data-regulation')).toBe('1387/11/17');
    expect(await ages.getAttribute('data-instruction')).toBe('1388/11/17');
    expect(await ages.textContent()).toContain('۲۴');
    expect(await ages.textContent()).toContain('۲۵');
    expect(await page.locator('#comparison-summary').getAttribute('data-status')).toBe(
      compareRuleSets({ post: 'manager', asOf: ASKED_ON, person: { birthDate: '1363/11/17' } }).status,
    );
    // The age row gives both clauses on demand: Art. 9(ث) of the regulation, Art. 5(2) of the instruction.
    const ageRow = page.locator('.comparison-rows li[data-condition="age"]');
    await ageRow.locator('summary').click();
    expect(await ageRow.locator('blockquote').allTextContents()).toEqual([
      getProvision({ article: 9, clause: 'ث' })?.text,
      getInstructionProvision({ article: 5, item: 2, ruleSet: 'instruction-1392' })?.text,
    ]);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Art. 11(الف): an official employee is barred.
    await page.locator('#stateEmployee').selectOption('yes');
    await page.locator('#answer').click();
    expect(await shownStatus()).toBe('ineligible');
    expect(await findingAt(11, 'الف').getAttribute('data-status')).toBe('unmet');
  });

  it('Art. 9(ث): the day before the 24th birthday not yet, the birthday itself yes — and the date time alone brings (Latin digits, "-")', async () => {
    await fresh();
    await page.locator('#check').selectOption('post');
    await page.locator('#birthDate').fill('1363-11-17');
    await page.locator('#asOf').fill('1387-11-16');
    await page.locator('#answer').click();
    expect(await findingAt(9, 'ث').getAttribute('data-status')).toBe('unmet');
    expect(await page.locator('.dated li[data-condition="age"]').getAttribute('data-date')).toBe('1387/11/17');
    await page.locator('#asOf').fill('١٣٨٧/١١/١٧'); // Arabic-Indic digits
    await page.locator('#answer').click();
    expect(await findingAt(9, 'ث').getAttribute('data-status')).toBe('met');
  });

  it('Art. 9(ث), legal expert: 22 the day of the 22nd birthday, not the day before; the post\'s conditions only (the licence is the manager\'s); 22 vs 25', async () => {
    await fresh();
    await page.locator('#role').selectOption('legalExpert');
    expect(await page.locator('#check').isDisabled()).toBe(true);
    await page.locator('#birthDate').fill('1363/11/17');
    for (const [asOf, status] of [
      ['1385/11/16', 'unmet'],
      ['1385/11/17', 'met'],
    ] as const) {
      await page.locator('#asOf').fill(asOf);
      await page.locator('#answer').click();
      const d = lib.checkEligibility({ role: 'legalExpert', asOf, person: { birthDate: '1363/11/17' } });
      expect(await page.locator('#result').getAttribute('data-kind')).toBe('eligibility');
      expect(await shownFindings()).toEqual(d.findings.map((f) => f.status));
      expect(await findingAt(9, 'ث').getAttribute('data-status')).toBe(status);
    }
    expect(await page.locator('#ages').getAttribute('data-regulation')).toBe('1385/11/17');
    expect(await page.locator('#ages').getAttribute('data-instruction')).toBe('1388/11/17');
    await page.locator('#role').selectOption('manager');
    expect(await page.locator('#check').isDisabled()).toBe(false);
  });

  it('Art. 10(ب): when time alone stands in the way, the page gives the day the person becomes eligible', async () => {
    await fresh();
    // Every fact of Arts. 9 and 11 given and met (a bachelor of law), the exam passed, two of
    // the three years of related experience.
    const person = {
      ...Object.fromEntries(['iranianNationality', 'adheresToConstitution', 'practisesIslam', 'computerSkillsCertificate'].map((k) => [k, true])),
      ...Object.fromEntries(
        ['permanentDismissalConviction', 'effectiveCriminalRecord', 'drugAddiction', 'opposingGroupAffiliation', 'stateEmployee', 'engagedInCommerce', 'attorney', 'officialExpert'].map((k) => [k, false]),
      ),
      religion: 'islam',
      birthDate: '1370/05/10',
      sex: 'male',
      militaryService: 'completionCard',
      degrees: [{ kind: 'university', level: 'bachelor', field: 'law', awarded: true }],
    };
    const input = { asOf: ASKED_ON, person, exam: { passed: true }, experience: { periods: [{ start: '1402/07/01', related: true }] } };
    const expected = lib.checkLicence(input);
    expect(expected.status).toBe('ineligible');
    expect(expected.value.eligibleOn).not.toBeNull();
    await typeFacts(person);
    await page.locator('#asOf').fill(ASKED_ON);
    await page.locator('#exam').selectOption('passed');
    await page.locator('#add-period').click();
    await page.locator('#periods [data-name="start"]').fill('1402/07/01');
    await page.locator('#periods [data-name="related"]').selectOption('yes');
    await page.locator('#answer').click();
    expect(await shownStatus()).toBe('ineligible');
    expect(await page.locator('#eligible-on').getAttribute('data-date')).toBe(expected.value.eligibleOn);
    expect(await page.locator('#eligible-on').textContent()).toContain(fa(expected.value.eligibleOn as string));
    expect(await page.locator('#missing').count()).toBe(0); // nothing unknown

    // The pair: once the experience is complete, eligible, and no date is given.
    await page.locator('#asOf').fill(expected.value.eligibleOn as string);
    await page.locator('#answer').click();
    expect(await shownStatus()).toBe('eligible');
    expect(await page.locator('#eligible-on').count()).toBe(0);
  });

  it('Q5 typed into the form (Art. 9(ت)): a bachelor of software engineering does not qualify', async () => {
    await fresh();
    await page.locator('#check').selectOption('post');
    await page.locator('#asOf').fill('۱۴۰۴/۰۷/۰۱');
    await page.locator('#add-degree').click();
    await page.locator('#degrees [data-name="level"]').selectOption('bachelor');
    await page.locator('#degrees [data-name="field"]').selectOption('softwareEngineering');
    await page.locator('#degrees [data-name="awarded"]').selectOption('yes');
    await page.locator('#answer').click();
    const q5 = QUESTIONS.find((q) => q.id === 'Q5') as Question;
    const expected = answerOf(q5);
    expect(expected.status).toBe('ineligible');
    expect(await shownStatus()).toBe(expected.status);
    const degree = findingAt(9, 'ت');
    expect(await degree.getAttribute('data-status')).toBe('unmet');
    const libDegree = expected.findings.find((f) => f.citation.article === 9 && f.citation.clause === 'ت');
    expect(await degree.locator('.message').textContent()).toBe(fa(libDegree?.message.fa as string));
    // Its clause's text, on demand, from the /text entry.
    const details = degree.locator('details');
    expect(await details.locator('blockquote').isVisible()).toBe(false);
    await details.locator('summary').click();
    expect(await details.locator('blockquote').textContent()).toBe(getProvision({ article: 9, clause: 'ت' })?.text);
    expect(await details.locator('blockquote').isVisible()).toBe(true);
  });

  it('Q1–Q10: each one-click example gives what the library gives for the same facts (status, every finding, what is unknown)', async () => {
    await fresh();
    for (const q of QUESTIONS) {
      await page.locator('#clear').click();
      expect(await shownStatus()).toBe('none');
      await page.locator(`#example-${q.id}`).click();
      const d = answerOf(q);
      expect({ q: q.id, status: await shownStatus() }).toEqual({ q: q.id, status: d.status });
      expect({ q: q.id, findings: await shownFindings() }).toEqual({ q: q.id, findings: d.findings.map((f) => f.status) });
      expect({ q: q.id, missing: await shownMissing() }).toEqual({ q: q.id, missing: d.missing });
      const messages = await page.locator('#result .finding .message').allTextContents();
      expect({ q: q.id, messages }).toEqual({ q: q.id, messages: d.findings.map((f) => fa(f.message.fa)) });
      // The form gave the library the question's facts, no more and no less (marital status
      // is no fact of the regulation: the page has no field for it, the library drops it).
      const sent = JSON.parse(((await page.locator('#input').textContent()) ?? '').replace(/^\w+\(|\)$/g, '')) as Record<string, unknown>;
      const { maritalStatus: _dropped, ...person } = q.input['person'] as Record<string, unknown>;
      expect({ q: q.id, sent }).toEqual({ q: q.id, sent: persianDates({ ...q.input, person }) });
    }
  });

  it('the English switch: lang="en" dir="ltr", the answer re-rendered in English with Latin digits, and back', async () => {
    await fresh();
    await page.locator('#example-Q2').click();
    await page.locator('#lang').click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('html').getAttribute('dir')).toBe('ltr');
    const q2 = answerOf(QUESTIONS[1] as Question);
    expect(await shownStatus()).toBe(q2.status);
    expect(await page.locator('#status').textContent()).toBe('Not eligible');
    expect(await findingAt(11, 'الف').count()).toBe(0); // citations now in English
    const bar = page.locator('#result .finding', { has: page.locator('cite', { hasText: 'Art. 11(a)' }) });
    expect(await bar.locator('.message').textContent()).toBe(q2.findings.find((f) => f.citation.article === 11 && f.citation.clause === 'الف')?.message.en);
    expect(await page.locator('.dated li[data-condition="experience"]').textContent()).toContain('1405/06/30');
    await page.locator('#lang').click();
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    expect(await page.locator('.dated li[data-condition="experience"]').textContent()).toContain('۱۴۰۵/۰۶/۳۰');
  });

  it('a malformed date gives the library\'s InputError, naming the field, in place of an answer', async () => {
    await fresh();
    await page.locator('#asOf').fill('1404/13/01');
    await page.locator('#answer').click();
    expect(await shownStatus()).toBe('error');
    expect(await page.locator('#result [data-field="asOf"]').count()).toBe(1);
  });

  it('keyboard only: Tab goes through the page in order, Enter in a field and Space on a button answer', async () => {
    await fresh();
    // The order Tab follows is the document's: the language switch, the ten questions, then the form.
    const order: string[] = [];
    for (let i = 0; i < 16; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id ?? ''));
    }
    expect(order).toEqual(['lang', ...QUESTIONS.map((q) => `example-${q.id}`), 'role', 'check', 'asOf', 'birthDate', 'sex']);
    // Type Q3's facts with the keyboard and press Enter.
    await page.keyboard.press('Shift+Tab'); // back to the birth date
    await page.keyboard.type('۱۳۶۳/۱۱/۱۷');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('۱۴۰۴/۰۷/۰۱');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown'); // the check: from the licence to the post's conditions
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await shownStatus()).toBe(lib.checkEligibility({ role: 'manager', asOf: ASKED_ON, person: { birthDate: '1363/11/17' } }).status);
    expect(await findingAt(9, 'ث').getAttribute('data-status')).toBe('met');
    // Space on a question's button.
    await page.locator('#example-Q4').focus();
    await page.keyboard.press('Space');
    expect(await shownStatus()).toBe(answerOf(QUESTIONS[3] as Question).status);
    // Space on the answer button.
    await page.locator('#clear').click();
    await page.locator('#example-Q2').click();
    await page.locator('#answer').focus();
    await page.locator('#result').evaluate((e) => e.setAttribute('data-status', 'none'));
    await page.keyboard.press('Space');
    expect(await shownStatus()).toBe(answerOf(QUESTIONS[1] as Question).status);
    // A clause's text opens with the keyboard.
    await page.locator('#result .finding details summary').first().focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#result .finding details').first().getAttribute('open')).toBe('');
  });

  it('keyboard only: with an answer shown, Tab visits every control of the page once, in document order', async () => {
    await fresh();
    await page.locator('#example-Q2').click(); // a degree row, a period row, the answer and the comparison
    await page.locator('#comparison details summary').first().click(); // the texts open: still no new stop
    await page.locator('#example-Q2').focus();
    const focusables = await page.evaluate(() => {
      const name = (e: DomElement & { id?: string }): string => e.id || `${e.tagName}:${(e.textContent ?? '').trim().slice(0, 40)}`;
      const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')] as (DomElement & { id?: string; disabled?: boolean })[];
      return all.filter((e) => e.disabled !== true && e.offsetParent !== null).map(name);
    });
    const from = focusables.indexOf('example-Q2');
    const expected = focusables.slice(from + 1);
    expect(expected.length).toBeGreaterThan(60);
    const visited: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      visited.push(
        await page.evaluate(() => {
          const e = document.activeElement as (DomElement & { id?: string }) | null;
          return e === null ? '' : e.id || `${e.tagName}:${(e.textContent ?? '').trim().slice(0, 40)}`;
        }),
      );
    }
    expect(visited).toEqual(expected);
  });

  it('every field has a label, and every text shown has a contrast of at least 4.5:1', async () => {
    await fresh();
    await page.locator('#example-Q1').click();
    await page.locator('#add-degree').click();
    const unlabelled = await page.locator('input, select, textarea').evaluateAll((els) =>
      (els as unknown as DomElement[]).filter((e) => e.labels === null || e.labels?.length === 0).map((e) => e.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    const low = await page.evaluate(() => {
      const rgb = (s: string): number[] => (s.match(/[\d.]+/g) ?? []).map(Number);
      const lum = ([r, g, b]: number[]): number => {
        const c = [r, g, b].map((v) => {
          const x = (v as number) / 255;
          return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (c[0] as number) + 0.7152 * (c[1] as number) + 0.0722 * (c[2] as number);
      };
      const background = (e: DomElement | null): number[] => {
        for (let x = e; x !== null; x = x.parentElement) {
          const v = rgb(getComputedStyle(x).backgroundColor);
          if (v.length === 3 || (v[3] ?? 0) > 0) return v.slice(0, 3);
        }
        return [255, 255, 255];
      };
      const out: string[] = [];
      let checked = 0;
      for (const e of document.querySelectorAll('body *')) {
        const own = [...e.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
        if (!own || e.offsetParent === null) continue;
        const fg = lum(rgb(getComputedStyle(e).color));
        const bg = lum(background(e));
        const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
        checked++;
        if (ratio < 4.5) out.push(`${e.tagName}.${e.className} ${ratio.toFixed(2)}`);
      }
      return { checked, out };
    });
    expect(low.checked).toBeGreaterThan(100); // the form, the answer and the comparison
    expect(low.out).toEqual([]);
  });

  it('asked for nothing but the page itself, and logged no error (a CSP violation would be one)', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith(url))).toEqual([]);
    expect(problems).toEqual([]);
    expect(existsSync(SCREENSHOT)).toBe(true);
  });

  it('opened from disk (file://, no server) it answers all the same', async () => {
    const disk = await context.newPage();
    const errors: string[] = [];
    disk.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    disk.on('pageerror', (e) => errors.push(e.message));
    await disk.goto(pathToFileURL(OUT_FILE).href);
    await disk.locator('#example-Q4').click();
    expect(await disk.locator('#result').getAttribute('data-status')).toBe(answerOf(QUESTIONS[3] as Question).status);
    expect(errors).toEqual([]);
    await disk.close();
  });

  it("the page's Content-Security-Policy refuses any connection its script might try (connect-src 'none')", async () => {
    await fresh();
    const before = requests.length;
    const outcome = await page.evaluate(async (to) => {
      try {
        await fetch(to, { method: 'POST', body: '{}' });
        return 'sent';
      } catch {
        return 'refused';
      }
    }, `${url}collect`);
    expect(outcome).toBe('refused');
    expect(requests.slice(before).filter((r) => r.endsWith('/collect'))).toEqual([]);
  });
});
