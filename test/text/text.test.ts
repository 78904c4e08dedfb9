import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cite, CLAUSE_LETTERS, type Citation } from '../../src/core/citation.js';
import { InputError, safe } from '../../src/core/errors.js';
import {
  CitationInputSchema,
  citeWithText,
  getArticle,
  getProvision,
  REGULATION_1401_TEXT,
  type Article,
} from '../../src/text/index.js';
import { FIXTURE_PATH, faNumber, readSource } from './source.js';

const source = readSource();
const data = REGULATION_1401_TEXT;
const articleOf = (n: number): Article => {
  const a = data.articles[n - 1];
  if (a === undefined) throw new Error(`no Art. ${n}`);
  return a;
};
const sourceOf = (n: number) => {
  const a = source.articles.find((x) => x.n === n);
  if (a === undefined) throw new Error(`no Art. ${n} in the source`);
  return a;
};
const ordinals = ['اول', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم'];
const gradeWords = ['یک', 'دو', 'سه', 'چهار', 'پنج', 'شش', 'هفت'];
const allNotes = data.articles.flatMap((a) => a.notes);

/** Every citation the data holds: each article and each of its parts. */
const allCitations: Citation[] = data.articles.flatMap((a) => [
  { article: a.number },
  ...a.clauses.map((c) => ({ article: a.number, clause: c.id })),
  ...a.notes.map((x) => ({ article: a.number, note: x.number })),
  ...a.paragraphs.map((p) => ({ article: a.number, paragraph: p.number })),
  ...a.grades.map((g) => ({ article: a.number, grade: g.grade })),
]);

describe('the fixture', () => {
  const shared = fileURLToPath(new URL('../../../shared/regulation/regulation-1401.fa.txt', import.meta.url));
  it.skipIf(!existsSync(shared))('is a byte-for-byte copy of ../shared/regulation/regulation-1401.fa.txt', () => {
    expect(readFileSync(FIXTURE_PATH).equals(readFileSync(shared))).toBe(true);
  });

  it('the independent reader sees 54 articles numbered 1–54, 7 chapters and 8 notes', () => {
    expect(source.articles.map((a) => a.n)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
    expect(source.chapters.map((c) => c.ordinal)).toEqual(ordinals);
    expect(source.articles.flatMap((a) => a.notes)).toHaveLength(8);
  });
});

describe('the text as data matches the published text', () => {
  it('title, approval and signatory are as published', () => {
    expect(data.title).toBe(source.title);
    expect(data.approvalLine).toBe(source.approval);
    expect(data.signatory).toBe(source.signature);
    expect(data.id).toBe('regulation-1401');
    expect(data.approved).toBe('1401/05/23');
    expect(source.approval).toContain('۱۴۰۱/۰۵/۲۳');
    expect(source.approval).toContain(data.approvedBy);
  });

  it('54 articles numbered 1–54, articles[n-1] is Art. n', () => {
    expect(data.articles.map((a) => a.number)).toEqual(Array.from({ length: 54 }, (_, i) => i + 1));
  });

  it('8 notes in all', () => {
    expect(allNotes).toHaveLength(8);
  });

  it('Art. 54: its own statement «۵۴ ماده و ۸ تبصره» matches the data', () => {
    const m = /([۰-۹]+) ماده و ([۰-۹]+) تبصره/.exec(articleOf(54).text);
    expect(m).not.toBeNull();
    expect(faNumber(m![1]!)).toBe(data.articles.length);
    expect(faNumber(m![2]!)).toBe(allNotes.length);
  });

  it('the seven chapters: titles and articles as published; Art. 1 precedes chapter 1', () => {
    expect(data.chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(data.chapters.map((c) => c.title)).toEqual(source.chapters.map((c) => c.title));
    expect(data.chapters.map((c) => c.articles)).toEqual(source.chapters.map((c) => c.articles));
    for (const a of data.articles) {
      const holder = data.chapters.find((c) => c.articles.includes(a.number));
      expect(a.chapter).toBe(holder === undefined ? null : holder.number);
    }
    expect(articleOf(1).chapter).toBeNull();
  });

  it.each(source.articles.map((a) => [a.n, a] as const))('Art. %i: lead, clauses, notes, paragraphs, grades equal the source', (n, src) => {
    const a = articleOf(n);
    expect(a.text).toBe(src.lead);
    // clause letters in published order, and each clause's text equal to its source line
    expect(a.clauses.map((c) => c.letter)).toEqual(src.clauses.map((c) => c.letter));
    expect(a.clauses.map((c) => c.text)).toEqual(src.clauses.map((c) => c.text));
    expect(a.notes.map((x) => x.text)).toEqual(src.notes.map((x) => x.text));
    expect(a.notes.map((x) => (x.numbered ? `تبصره ${String(x.number).replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!)}` : 'تبصره'))).toEqual(
      src.notes.map((x) => x.heading),
    );
    expect(a.paragraphs.map((p) => p.text)).toEqual(src.paragraphs);
    expect(a.paragraphs.map((p) => p.number)).toEqual(src.paragraphs.map((_, i) => i + 1));
    expect(a.grades.map((g) => g.text)).toEqual(src.grades.map((g) => g.text));
    expect(a.grades.map((g) => gradeWords[g.grade - 1])).toEqual(src.grades.map((g) => g.word));
  });

  it('every text is non-empty and trimmed', () => {
    const texts = data.articles.flatMap((a) => [a.text, a.titleEn, ...a.clauses.map((c) => c.text), ...a.notes.map((x) => x.text), ...a.paragraphs.map((p) => p.text), ...a.grades.map((g) => g.text)]);
    for (const t of texts) {
      expect(t).not.toBe('');
      expect(t).toBe(t.trim());
    }
  });

  it('every word of the source is in the data (no line lost)', () => {
    const body = data.articles
      .flatMap((a) => [a.text, ...a.clauses.map((c) => c.text), ...a.notes.map((x) => x.text), ...a.paragraphs.map((p) => p.text), ...a.grades.map((g) => g.text)])
      .concat(data.chapters.map((c) => c.title), [data.title, data.approvalLine, data.signatory])
      .join(' ');
    const dataWords = new Set(body.split(/\s+/));
    const structural = /^(ماده|فصل|تبصره|درجه|-|[۰-۹]+-?|الف|[بپتثجچحخدذرزژ])-?$/;
    const lost = source.lines.flatMap((l) => l.split(/\s+/)).filter((w) => !dataWords.has(w) && !structural.test(w) && !/^(اول|دوم|سوم|چهارم|پنجم|ششم|هفتم|یک|دو|سه|چهار|پنج|شش|هفت):?-?$/.test(w));
    expect(lost).toEqual([]);
  });
});

describe('SPEC D15: the oddities of the published text are kept', () => {
  it('Art. 1 has ز twice; the second is ز2', () => {
    expect(articleOf(1).clauses.map((c) => c.id)).toEqual(['الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ز', 'ر', 'ز2', 'ژ']);
    const second = articleOf(1).clauses[12]!;
    expect(second).toEqual({ id: 'ز2', letter: 'ز', text: 'هیأت تجدید نظر: هیات تجدیدنظر رسیدگی به تخلفات دفاتر.' });
    expect(getProvision({ article: 1, clause: 'ز' })?.text).toBe('متقاضی: شخصی که تقاضای استفاده از خدمات را دارد؛');
    expect(getProvision({ article: 1, clause: 'ز2' })?.text).toBe(second.text);
  });

  it('only Art. 1 has a repeated letter (ز2 nowhere else)', () => {
    for (const a of data.articles) {
      expect(new Set(a.clauses.map((c) => c.id)).size).toBe(a.clauses.length);
      if (a.number !== 1) expect(a.clauses.every((c) => c.id === c.letter)).toBe(true);
    }
  });

  it('Art. 37 goes from د to ز (no ذ, no ر)', () => {
    expect(articleOf(37).clauses.map((c) => c.id)).toEqual(['الف', 'ب', 'پ', 'ت', 'ث', 'ج', 'چ', 'ح', 'خ', 'د', 'ز']);
    expect(getProvision({ article: 37, clause: 'ذ' })).toBeUndefined();
    expect(getProvision({ article: 37, clause: 'ز' })?.text).toBe('عدم همکاری با بازرسان.');
  });

  it('Art. 39: ث and ج, published on one line, are two clauses', () => {
    expect(articleOf(39).clauses.map((c) => c.id)).toEqual(['الف', 'ب', 'پ', 'ت', 'ث', 'ج']);
    expect(getProvision({ article: 39, clause: 'ث' })?.text).toBe('ارتباط نامتعارف با مراجعان؛');
    expect(getProvision({ article: 39, clause: 'ج' })?.text).toBe('صدور گواهی خلاف واقع.');
  });

  it.each([
    [30, 'ب', 'تخلف، مشمول مرور زمان شده باشد؛'],
    [38, 'د', 'جابجایی دفتر پیش از تأیید معاونت خدمات'],
    [39, 'پ', 'محکومیت قطعی به جرایم دارای مجازات تبعی؛'],
  ] as const)('Art. %i(%s), published without a dash, is a clause', (article, clause, text) => {
    expect(getProvision({ article, clause })?.text).toBe(text);
  });

  it('Arts. 34–40 hold 51 offence clauses', () => {
    expect([34, 35, 36, 37, 38, 39, 40].map((n) => articleOf(n).clauses.length)).toEqual([4, 4, 7, 11, 12, 6, 7]);
  });

  it('notes: Art. 3 «تبصره ۵» is note 5; Arts. 5, 29, 30 one unnumbered note; Arts. 13 and 17 notes 1 and 2', () => {
    const notes = data.articles.filter((a) => a.notes.length > 0).map((a) => [a.number, a.notes.map((x) => [x.number, x.numbered])]);
    expect(notes).toEqual([
      [3, [[5, true]]],
      [5, [[1, false]]],
      [13, [[1, true], [2, true]]],
      [17, [[1, true], [2, true]]],
      [29, [[1, false]]],
      [30, [[1, false]]],
    ]);
  });

  it('Art. 14: three unlettered paragraphs, the first its lead', () => {
    const a = articleOf(14);
    expect(a.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(a.paragraphs[0]!.text).toBe(a.text);
    expect(a.paragraphs[2]!.text).toBe('کانون موظف است هزینه خدمات ارائه شده به این اشخاص را به دفاتر پرداخت کند.');
    expect(data.articles.filter((x) => x.paragraphs.length > 0).map((x) => x.number)).toEqual([14]);
  });

  it('Art. 29: seven grades, 1–7', () => {
    expect(articleOf(29).grades.map((g) => g.grade)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(getProvision({ article: 29, grade: 1 })?.text).toBe('تذکر شفاهی؛');
    expect(getProvision({ article: 29, grade: 7 })?.text).toBe('لغو دائم پروانه.');
    expect(data.articles.filter((x) => x.grades.length > 0).map((x) => x.number)).toEqual([29]);
  });

  it('Art. 45: the heading of chapter 7 printed at its end belongs to the chapter', () => {
    expect(articleOf(45).text.endsWith('این رای ظرف بیست روز قابل اعتراض در هیأت تجدید نظر است.')).toBe(true);
    expect(articleOf(45).text).not.toContain('فصل');
    expect(data.chapters[6]).toMatchObject({ number: 7, title: 'مقررات عمومی' });
    expect(data.chapters[6]!.articles[0]).toBe(46);
    expect(articleOf(45).chapter).toBe(6);
  });

  it('typos are kept as published: Art. 9(ت) «با» for «یا»', () => {
    expect(getProvision({ article: 9, clause: 'ت' })?.text).toMatch(/^دارا بودن مدرک کارشناسی با بالاتر/);
  });
});

describe('core/citation agrees with the data', () => {
  it('the articles whose note is cited without a number (Arts. 5, 29, 30) are exactly those with an unnumbered note', () => {
    // (only articles with a note 1 can be cited so: cite refuses a note an article lacks)
    for (const a of data.articles.filter((x) => x.notes.some((n) => n.number === 1))) {
      const unnumbered = a.notes.some((x) => !x.numbered);
      expect(cite({ article: a.number, note: 1 }, 'en') === `Art. ${a.number}, note`).toBe(unnumbered);
      expect(cite({ article: a.number, note: 1 }, 'fa').startsWith('تبصره ماده')).toBe(unnumbered);
    }
    expect(data.articles.filter((a) => a.notes.some((x) => !x.numbered)).map((a) => a.number)).toEqual([5, 29, 30]);
  });

  it('every clause letter of the data is a CLAUSE_LETTERS letter', () => {
    for (const c of data.articles.flatMap((a) => a.clauses)) expect(CLAUSE_LETTERS).toContain(c.letter);
  });
});

describe('getArticle, getProvision, citeWithText', () => {
  it('TSDoc example: REGULATION_1401_TEXT', () => {
    expect(REGULATION_1401_TEXT.articles.length).toBe(54);
    expect(REGULATION_1401_TEXT.articles.flatMap((a) => a.notes).length).toBe(8);
    expect(REGULATION_1401_TEXT.chapters[5]!.title).toBe('مقررات انتظامی');
  });

  it('TSDoc example: getArticle', () => {
    expect(getArticle(38)?.clauses.length).toBe(12);
    expect(getArticle(3)?.notes[0]?.number).toBe(5);
    expect(getArticle(55)).toBeUndefined();
  });

  it('TSDoc example: getProvision', () => {
    expect(getProvision({ article: 38, clause: 'ذ' })).toEqual({ citation: { article: 38, clause: 'ذ' }, text: 'دریافت وجه بیشتر از هزینه های تعیین شده؛' });
    expect(getProvision({ article: 29, grade: 7 })?.text).toBe('لغو دائم پروانه.');
    expect(getProvision({ article: 37, clause: 'ذ' })).toBeUndefined();
  });

  it('TSDoc example: citeWithText', () => {
    expect(citeWithText({ article: 38, clause: 'ذ' }, 'fa')).toBe('ماده ۳۸ بند ذ: دریافت وجه بیشتر از هزینه های تعیین شده');
    expect(citeWithText({ article: 38, clause: 'ذ' }, 'en')).toBe('Art. 38(dh): دریافت وجه بیشتر از هزینه های تعیین شده');
    expect(citeWithText({ article: 29, note: 1 }, 'fa')).toBe('تبصره ماده ۲۹: مسئولیت تخلفات انتظامی در دفاتر به عهده مدیر دفتر است.');
  });

  it('getArticle(n) is Art. n for 1–54 and undefined outside', () => {
    for (let n = 1; n <= 54; n++) expect(getArticle(n)?.number).toBe(n);
    fc.assert(fc.property(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 55 })), (n) => getArticle(n) === undefined));
  });

  it('getArticle refuses a non-integer with InputError', () => {
    for (const bad of [1.5, Number.NaN, '38', null]) expect(() => getArticle(bad as number)).toThrow(InputError);
  });

  it('every provision of the data is found, with the text of that part', () => {
    for (const c of allCitations) {
      const p = getProvision(c);
      expect(p?.citation).toEqual(c);
      expect(typeof p?.text).toBe('string');
    }
    for (const a of data.articles) {
      for (const c of a.clauses) expect(getProvision({ article: a.number, clause: c.id })?.text).toBe(c.text);
      for (const x of a.notes) expect(getProvision({ article: a.number, note: x.number })?.text).toBe(x.text);
    }
  });

  it('an article cited whole gives its whole text: lead (or paragraphs), grades, clauses, notes in order', () => {
    const t9 = getProvision({ article: 9 })!.text.split('\n');
    expect(t9[0]).toBe(articleOf(9).text);
    expect(t9.slice(1)).toEqual(articleOf(9).clauses.map((c) => `${c.letter}- ${c.text}`));
    expect(getProvision({ article: 2 })!.text).toBe(articleOf(2).text);
    expect(getProvision({ article: 14 })!.text.split('\n')).toEqual(articleOf(14).paragraphs.map((p) => p.text));
    const t29 = getProvision({ article: 29 })!.text.split('\n');
    expect(t29[1]).toBe('درجه یک: تذکر شفاهی؛');
    expect(t29[8]).toBe('تبصره- مسئولیت تخلفات انتظامی در دفاتر به عهده مدیر دفتر است.');
    expect(getProvision({ article: 3 })!.text.split('\n')[1]).toMatch(/^تبصره ۵- مرکز مکلف است/);
    expect(getProvision({ article: 1 })!.text.split('\n')[13]).toBe('ز- هیأت تجدید نظر: هیات تجدیدنظر رسیدگی به تخلفات دفاتر.');
  });

  it('a well-formed citation of a provision the regulation lacks gives undefined', () => {
    expect(getProvision({ article: 55 })).toBeUndefined();
    expect(getProvision({ article: 2, clause: 'الف' })).toBeUndefined();
    expect(getProvision({ article: 3, note: 1 })).toBeUndefined();
    expect(getProvision({ article: 13, note: 3 })).toBeUndefined();
    expect(getProvision({ article: 14, paragraph: 4 })).toBeUndefined();
    expect(getProvision({ article: 29, grade: 8 })).toBeUndefined();
    expect(getProvision({ article: 9, clause: 'ز2' })).toBeUndefined();
    expect(getProvision({ article: 13, clause: 'الف', note: 1 })).toBeUndefined();
  });

  it('a malformed citation is an InputError naming the field', () => {
    const cases: unknown[] = [{ article: 0 }, { article: 1.5 }, { article: '38' }, { article: 38, clause: 'ط' }, { article: 38, clase: 'ذ' }, null, { article: 13, note: 0 }];
    for (const c of cases) {
      const r = safe(getProvision)(c as Citation);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues[0]!.field.startsWith('citation')).toBe(true);
    }
    expect(() => citeWithText({ article: 38, clause: 'ذ' }, 'de' as 'fa')).toThrow(InputError);
  });

  it('citeWithText of a provision the regulation lacks is an InputError that names it', () => {
    const r = safe(citeWithText)({ article: 37, clause: 'ذ' }, 'en');
    expect(r.ok).toBe(false);
    // refused as a citation (issue 15, item 5): the clauses Art. 37 has are listed
    if (!r.ok) expect(r.error.messages.en).toContain('a clause of Art. 37: الف, ب, پ, ت, ث, ج, چ, ح, خ, د, ز');
  });

  it('citeWithText is the citation, ": ", and the Persian text, in both languages, for every provision', () => {
    for (const c of allCitations) {
      const text = getProvision(c)!.text.replace(/؛$/, '');
      expect(citeWithText(c, 'fa')).toBe(`${cite(c, 'fa')}: ${text}`);
      expect(citeWithText(c, 'en')).toBe(`${cite(c, 'en')}: ${text}`);
    }
  });

  it('does not mutate the citation it is given', () => {
    const c = { article: 38, clause: 'ذ' as const };
    const copy = structuredClone(c);
    getProvision(c);
    citeWithText(c, 'fa');
    expect(c).toEqual(copy);
  });

  it('the data is frozen and JSON-serialisable', () => {
    expect(Object.isFrozen(data)).toBe(true);
    expect(Object.isFrozen(data.articles[37]!.clauses[10])).toBe(true);
    expect(() => {
      (data.articles as Article[]).push(articleOf(1));
    }).toThrow(TypeError);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('CitationInputSchema accepts every citation of the data', () => {
    for (const c of allCitations) expect(CitationInputSchema.safeParse(c).success).toBe(true);
  });

  it('every article has an English title, marked unofficial in its type', () => {
    const titles = data.articles.map((a) => a.titleEn);
    expect(new Set(titles).size).toBe(54);
  });
});

describe('packaging: the text stays in its own entry point', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
    });
  const root = fileURLToPath(new URL('../../', import.meta.url));

  it('no module outside src/text imports src/text (but the HTTP server, its own entry, which serves GET /v1/text)', () => {
    const textDir = join(root, 'src', 'text');
    const serverDir = join(root, 'src', 'server');
    const offenders = files(join(root, 'src'))
      .filter((p) => !p.startsWith(textDir) && !p.startsWith(serverDir + sep))
      .flatMap((p) =>
        [...readFileSync(p, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)]
          .map((m) => resolve(dirname(p), m[1]!))
          .filter((target) => target === textDir || target.startsWith(textDir + sep))
          .map((target) => `${p} -> ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it('src/text imports only the small core modules (not the main entry or the message catalogue)', () => {
    const allowed = new Set(["'zod/mini'", "'../_lib/digits.js'", "'../_lib/freeze.js'", "'../core/citation.js'", "'../core/errors.js'", "'./types.js'", "'./regulation-1401.js'", "'./provision.js'", "'./instruction-earlier.js'", "'./lookup.js'"]);
    for (const p of files(join(root, 'src', 'text'))) {
      const imports = [...readFileSync(p, 'utf8').matchAll(/from ('[^']+')/g)].map((m) => m[1]!);
      for (const i of imports) expect(allowed.has(i), `${p} imports ${i}`).toBe(true);
    }
  });
});
