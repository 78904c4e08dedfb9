/**
 * The earlier instruction's text as data, checked against the published text
 * (test/fixtures/instruction-earlier.fa.txt, a byte copy of
 * ../shared/regulation/instruction-earlier.fa.txt) by an independent line reader below.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cite, INSTRUCTION_CLAUSE_LETTERS, INSTRUCTION_CLAUSE_TRANSLITERATION, type Citation } from '../../src/core/citation.js';
import { InputError, safe } from '../../src/core/errors.js';
import {
  citeInstructionWithText,
  getInstructionArticle,
  getInstructionProvision,
  INSTRUCTION_1392_TEXT,
  InstructionCitationInputSchema,
  REGULATION_1401_TEXT,
  type InstructionArticle,
} from '../../src/text/index.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/instruction-earlier.fa.txt', import.meta.url));
const DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const fa = (n: number): string => String(n).replace(/\d/g, (d) => DIGITS[Number(d)]!);
const faNumber = (s: string): number => [...s].reduce((n, ch) => n * 10 + DIGITS.indexOf(ch), 0);

// ---------------------------------------------------------------------------
// An independent reader of the published text: one line at a time.

interface SourceArticle {
  n: number;
  lead: string;
  lines: string[];
}
function readSource(): { lines: string[]; chapters: { ordinal: string; title: string; articles: number[] }[]; articles: SourceArticle[]; closing: string } {
  const lines = readFileSync(FIXTURE, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const chapters: { ordinal: string; title: string; articles: number[] }[] = [];
  const articles: SourceArticle[] = [];
  for (const line of lines.slice(0, -1)) {
    const ch = /^فصل (\S+): (.+)$/.exec(line);
    if (ch) {
      chapters.push({ ordinal: ch[1]!, title: ch[2]!, articles: [] });
      continue;
    }
    const art = /^ماده ?([۰-۹]+)-? ?(.+)$/.exec(line);
    if (art) {
      const n = faNumber(art[1]!);
      articles.push({ n, lead: art[2]!, lines: [] });
      chapters[chapters.length - 1]!.articles.push(n);
      continue;
    }
    if (articles.length > 0) articles[articles.length - 1]!.lines.push(line);
  }
  return { lines, chapters, articles, closing: lines[lines.length - 1]! };
}

const source = readSource();
const data = INSTRUCTION_1392_TEXT;
const articleOf = (n: number): InstructionArticle => data.articles[n - 1]!;
const allNotes = data.articles.flatMap((a) => a.notes);

/** Every citation the data holds. */
const allCitations: Citation[] = data.articles.flatMap((a) => [
  { article: a.number, ruleSet: 'instruction-1392' as const },
  ...a.items.map((i) => ({ article: a.number, item: i.number, ruleSet: 'instruction-1392' as const })),
  ...a.clauses.map((c) => ({ article: a.number, clause: c.letter, ruleSet: 'instruction-1392' as const })),
  ...a.notes.map((x) => ({ article: a.number, note: x.number, ruleSet: 'instruction-1392' as const })),
]);

describe('the fixture', () => {
  const shared = fileURLToPath(new URL('../../../shared/regulation/instruction-earlier.fa.txt', import.meta.url));
  it.skipIf(!existsSync(shared))('is a byte-for-byte copy of ../shared/regulation/instruction-earlier.fa.txt', () => {
    expect(readFileSync(FIXTURE).equals(readFileSync(shared))).toBe(true);
  });

  it('the independent reader sees 26 articles numbered 1–26 and 5 chapters', () => {
    expect(source.articles.map((a) => a.n)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(source.chapters.map((c) => c.ordinal)).toEqual(['اول', 'دوم', 'سوم', 'چهارم', 'پنجم']);
  });
});

describe('the instruction as data matches the published text (26 articles, 9 notes)', () => {
  it('26 articles, articles[n-1] is Art. n; 9 notes in all', () => {
    expect(data.articles.map((a) => a.number)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(allNotes).toHaveLength(9);
  });

  it('the closing line «… در ۲۶ ماده و ۹ تبصره …» matches the data, and is kept as published', () => {
    expect(data.closingLine).toBe(source.closing);
    const m = /([۰-۹]+) ماده و ([۰-۹]+) تبصره/.exec(data.closingLine);
    expect(faNumber(m![1]!)).toBe(data.articles.length);
    expect(faNumber(m![2]!)).toBe(allNotes.length);
    expect(data.closingLine).toContain(data.approvedBy);
  });

  it('the text states no date: the date is the one public reports give, and marked so', () => {
    expect(data.reportedDate).toBe('1392/02/26');
    expect(data.dateSource).toBe('publicReport');
    const raw = readFileSync(FIXTURE, 'utf8');
    expect(raw).not.toContain('۱۳۹۲');
    expect(raw).not.toContain('1392');
  });

  it('the title is the one the line introducing the full text gives; the publisher’s lines are kept apart', () => {
    const intro = source.lines.slice(0, source.lines.findIndex((l) => l.startsWith('فصل ')));
    expect(data.publisherIntroduction).toEqual(intro);
    expect(intro[intro.length - 1]).toBe(`متن کامل ${data.title} به این شرح است:`);
  });

  it('the five chapters: titles and articles as published', () => {
    expect(data.chapters.map((c) => c.title)).toEqual(source.chapters.map((c) => c.title));
    expect(data.chapters.map((c) => c.articles)).toEqual(source.chapters.map((c) => c.articles));
    for (const a of data.articles) expect(data.chapters.find((c) => c.articles.includes(a.number))?.number).toBe(a.chapter);
  });

  it.each(source.articles.map((a) => [a.n, a] as const))('Instruction Art. %i: lead, definitions, items, clauses, notes equal the source lines', (n, src) => {
    const a = articleOf(n);
    expect(a.text).toBe(src.lead);
    // Rebuild each source line from the data, in the published order of its parts.
    const rebuilt = [
      ...a.definitions.map((d) => `${d.term}: ${d.text}`),
      ...a.items.map((i) => i.number),
      ...a.clauses.map((c) => `${c.letter}: ${c.text}`),
    ];
    const itemLines = src.lines.filter((l) => /^[۰-۹]+ ?[–-]/.test(l));
    expect(itemLines.map((l) => faNumber(/^([۰-۹]+)/.exec(l)![1]!))).toEqual(a.items.map((i) => i.number));
    itemLines.forEach((l, i) => expect(l.replace(/^[۰-۹]+ ?[–-] ?/, '')).toBe(a.items[i]!.text));
    const noteLines = src.lines.filter((l) => l.startsWith('تبصره'));
    expect(noteLines.length).toBe(a.notes.length);
    noteLines.forEach((l, i) => {
      const x = a.notes[i]!;
      expect(l.startsWith(x.numbered ? `تبصره ${fa(x.number)}` : 'تبصره')).toBe(true);
      expect(l.endsWith(x.text)).toBe(true);
    });
    const others = src.lines.filter((l) => !itemLines.includes(l) && !noteLines.includes(l));
    expect(others).toEqual(rebuilt.filter((x): x is string => typeof x === 'string'));
  });

  it('every text is non-empty and trimmed; every word of the source is in the data', () => {
    const texts = data.articles.flatMap((a) => [
      a.text,
      a.titleEn,
      ...a.definitions.flatMap((d) => [d.term, d.text]),
      ...a.items.map((i) => i.text),
      ...a.clauses.map((c) => c.text),
      ...a.notes.map((x) => x.text),
    ]);
    for (const t of texts) {
      expect(t).not.toBe('');
      expect(t).toBe(t.trim());
    }
    const words = new Set([...texts, ...data.chapters.map((c) => c.title), data.closingLine, ...data.publisherIntroduction].join(' ').split(/\s+/));
    const structural = /^(ماده ?[۰-۹]*-?|فصل|تبصره:?|[۰-۹]+-?|–|-|الف:|[بجدهوز]:|اول:|دوم:|سوم:|چهارم:|پنجم:)$/;
    // A definition's term is followed by «:» in the source; the data keeps the term without it.
    const lost = source.lines.flatMap((l) => l.split(/\s+/)).filter((w) => !words.has(w) && !words.has(w.replace(/:$/, '')) && !structural.test(w));
    expect(lost).toEqual([]);
  });

  it('numbered items: Arts. 4 (7), 5 (4), 6 (3), 7 (3), 8 (4), 13 (3), 22 (2), 23 (6), 25 (14); clauses in abjad order: Arts. 9, 11, 15', () => {
    const items = data.articles.filter((a) => a.items.length > 0).map((a) => [a.number, a.items.length]);
    expect(items).toEqual([[4, 7], [5, 4], [6, 3], [7, 3], [8, 4], [13, 3], [22, 2], [23, 6], [25, 14]]);
    for (const a of data.articles) expect(a.items.map((i) => i.number)).toEqual(a.items.map((_, i) => i + 1));
    const clauses = data.articles.filter((a) => a.clauses.length > 0).map((a) => [a.number, a.clauses.map((c) => c.letter).join(' ')]);
    expect(clauses).toEqual([
      [9, 'الف ب ج د ه و ز'],
      [11, 'الف ب ج د ه'],
      [15, 'الف ب ج د ه و ز'],
    ]);
  });

  it('notes: Arts. 3, 5, 10, 13 one unnumbered note each; Art. 22 notes 1–2; Art. 26 notes 1–3', () => {
    const notes = data.articles.filter((a) => a.notes.length > 0).map((a) => [a.number, a.notes.map((x) => [x.number, x.numbered])]);
    expect(notes).toEqual([
      [3, [[1, false]]],
      [5, [[1, false]]],
      [10, [[1, false]]],
      [13, [[1, false]]],
      [22, [[1, true], [2, true]]],
      [26, [[1, true], [2, true], [3, true]]],
    ]);
  });

  it('Instruction Art. 1: six definitions', () => {
    expect(articleOf(1).definitions.map((d) => d.term)).toEqual(['مرکز', 'اداره کل', 'شورا', 'دفتر/ دفاتر', 'کانون', 'مدیر دفتر']);
  });

  it('the lost zero-width non-joiners are kept as published («بیستوپنج», «میشود»)', () => {
    expect(getInstructionProvision({ article: 5, item: 2 })?.text).toBe('داشتن حداقل بیستوپنج سال سن');
    expect(articleOf(1).text).toContain('میشود');
  });
});

describe('cite: the instruction is cited distinctly (Citation.ruleSet)', () => {
  it('Instruction Art. 5(2): «ماده ۵ بند ۲ دستورالعمل» / «Instruction Art. 5(2)»', () => {
    expect(cite({ article: 5, item: 2, ruleSet: 'instruction-1392' }, 'fa')).toBe('ماده ۵ بند ۲ دستورالعمل');
    expect(cite({ article: 5, item: 2, ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 5(2)');
  });

  it('TSDoc example: cite (the instruction’s lines)', () => {
    expect(cite({ article: 5, item: 2, ruleSet: 'instruction-1392' }, 'fa')).toBe('ماده ۵ بند ۲ دستورالعمل');
    expect(cite({ article: 5, item: 2, ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 5(2)');
    expect(cite({ article: 26, note: 3, ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 26, note 3');
  });

  it('Instruction Art. 26 note 3 and the unnumbered note of Art. 5', () => {
    expect(cite({ article: 26, note: 3, ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 26, note 3');
    expect(cite({ article: 26, note: 3, ruleSet: 'instruction-1392' }, 'fa')).toBe('تبصره ۳ ماده ۲۶ دستورالعمل');
    expect(cite({ article: 5, note: 1, ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 5, note');
    expect(cite({ article: 5, note: 1, ruleSet: 'instruction-1392' }, 'fa')).toBe('تبصره ماده ۵ دستورالعمل');
    // Art. 22's note 1 is numbered in the instruction; the regulation's unnumbered set does not apply.
    expect(cite({ article: 22, note: 1, ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 22, note 1');
    expect(cite({ article: 29, note: 1, ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 29, note 1');
  });

  it('Instruction Art. 9(ه) and 9(و): clauses the regulation never uses', () => {
    expect(cite({ article: 9, clause: 'ه', ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 9(he)');
    expect(cite({ article: 9, clause: 'و', ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 9(v)');
    expect(cite({ article: 9, clause: 'ج', ruleSet: 'instruction-1392' }, 'en')).toBe('Instruction Art. 9(j)');
    expect(cite({ article: 9, clause: 'ه', ruleSet: 'instruction-1392' }, 'fa')).toBe('ماده ۹ بند ه دستورالعمل');
  });

  it('regulation citations render as before, and never equal an instruction citation of the same parts', () => {
    expect(cite({ article: 5, note: 1 }, 'en')).toBe('Art. 5, note');
    expect(cite({ article: 9, clause: 'ث' }, 'fa')).toBe('ماده ۹ بند ث');
    expect(cite({ article: 9, clause: 'ث', ruleSet: 'regulation-1401' }, 'fa')).toBe('ماده ۹ بند ث');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 54 }), fc.option(fc.integer({ min: 1, max: 14 }), { nil: undefined }), fc.constantFrom('fa' as const, 'en' as const), (article, item, lang) => {
        const c: Citation = item === undefined ? { article } : { article, item };
        const i = cite({ ...c, ruleSet: 'instruction-1392' }, lang);
        const r = cite(c, lang);
        return i !== r && (lang === 'fa' ? i === `${r} دستورالعمل` : i === `Instruction ${r}`);
      }),
    );
  });

  it('every provision of the data renders, and the renderings of one article are distinct', () => {
    for (const a of data.articles) {
      const own = allCitations.filter((c) => c.article === a.number);
      for (const lang of ['fa', 'en'] as const) expect(new Set(own.map((c) => cite(c, lang))).size).toBe(own.length);
    }
  });

  it('the instruction’s transliteration table is one-to-one and agrees with the regulation’s on shared letters', () => {
    const forms = Object.values(INSTRUCTION_CLAUSE_TRANSLITERATION);
    expect(new Set(forms).size).toBe(forms.length);
    expect(Object.keys(INSTRUCTION_CLAUSE_TRANSLITERATION)).toEqual([...INSTRUCTION_CLAUSE_LETTERS]);
    expect(INSTRUCTION_CLAUSE_TRANSLITERATION.الف).toBe('a');
    expect(INSTRUCTION_CLAUSE_TRANSLITERATION.ج).toBe('j');
    expect(INSTRUCTION_CLAUSE_TRANSLITERATION.ز).toBe('z');
  });
});

describe('getInstructionArticle, getInstructionProvision, citeInstructionWithText', () => {
  it('TSDoc example: INSTRUCTION_1392_TEXT', () => {
    expect(INSTRUCTION_1392_TEXT.articles.length).toBe(26);
    expect(INSTRUCTION_1392_TEXT.articles.flatMap((a) => a.notes).length).toBe(9);
    expect(INSTRUCTION_1392_TEXT.reportedDate).toBe('1392/02/26');
  });

  it('TSDoc example: getInstructionArticle', () => {
    expect(getInstructionArticle(25)?.items.length).toBe(14);
    expect(getInstructionArticle(26)?.notes.length).toBe(3);
    expect(getInstructionArticle(27)).toBeUndefined();
  });

  it('TSDoc example: getInstructionProvision', () => {
    expect(getInstructionProvision({ article: 5, item: 2 })).toEqual({
      citation: { article: 5, ruleSet: 'instruction-1392', item: 2 },
      text: 'داشتن حداقل بیستوپنج سال سن',
    });
    expect(getInstructionProvision({ article: 23, item: 5 })?.text).toBe('تعلیق موقت پروانه از سه ماه تا دو سال');
    expect(getInstructionProvision({ article: 23, item: 7 })).toBeUndefined();
  });

  it('TSDoc example: citeInstructionWithText', () => {
    expect(citeInstructionWithText({ article: 5, item: 2 }, 'fa')).toBe('ماده ۵ بند ۲ دستورالعمل: داشتن حداقل بیستوپنج سال سن');
    expect(citeInstructionWithText({ article: 5, item: 2 }, 'en')).toBe('Instruction Art. 5(2): داشتن حداقل بیستوپنج سال سن');
  });

  it('every provision of the data is found with its text; the citation returned carries the rule set', () => {
    for (const c of allCitations) {
      const p = getInstructionProvision(c as never);
      expect(p?.citation).toEqual(c);
      expect(typeof p?.text).toBe('string');
    }
    expect(getInstructionProvision({ article: 26, note: 2 })?.text).toBe('استرداد شکایت مانع رسیدگی انتظامی نیست، لیکن در فرض محکومیت سبب تخفیف مجازات است.');
    expect(getInstructionProvision({ article: 11, clause: 'د' })?.text).toBe('رسیدگی به تجدیدنظرخواهی نسبت به احکام تعلیق و لغو پروانه دفتر');
  });

  it('an article cited whole gives its lead, then its parts one a line', () => {
    const t4 = getInstructionProvision({ article: 4 })!.text.split('\n');
    expect(t4[0]).toBe(articleOf(4).text);
    expect(t4.slice(1)).toEqual(articleOf(4).items.map((i) => `${fa(i.number)}- ${i.text}`));
    expect(getInstructionProvision({ article: 26 })!.text.split('\n')[3]).toMatch(/^تبصره ۳- در صورتی که مدیر دفتر/);
    expect(getInstructionProvision({ article: 3 })!.text.split('\n')[1]).toMatch(/^تبصره- در صورتی که حجم خدمات/);
    expect(getInstructionProvision({ article: 1 })!.text.split('\n')[1]).toBe('مرکز: مرکز آمار و فناوری اطلاعات قوه قضاییه');
  });

  it('a well-formed citation of a provision the instruction lacks gives undefined', () => {
    expect(getInstructionProvision({ article: 27 })).toBeUndefined();
    expect(getInstructionProvision({ article: 2, item: 1 })).toBeUndefined();
    expect(getInstructionProvision({ article: 4, note: 1 })).toBeUndefined();
    expect(getInstructionProvision({ article: 11, clause: 'و' })).toBeUndefined();
    expect(getInstructionProvision({ article: 25, item: 15 })).toBeUndefined();
    expect(getInstructionProvision({ article: 26, note: 1, item: 1 })).toBeUndefined();
  });

  it('a malformed citation is an InputError naming the field: a regulation letter, another rule set, an unknown key', () => {
    const cases: unknown[] = [{ article: 0 }, { article: 1.5 }, { article: 9, clause: 'پ' }, { article: 5, ruleSet: 'regulation-1401' }, { article: 5, grade: 1 }, null];
    for (const c of cases) {
      const r = safe(getInstructionProvision)(c as never);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.issues[0]!.field.startsWith('citation')).toBe(true);
    }
    expect(() => citeInstructionWithText({ article: 5, item: 2 }, 'de' as 'fa')).toThrow(InputError);
    expect(() => getInstructionArticle(2.5)).toThrow(InputError);
  });

  it('citeInstructionWithText of a provision the instruction lacks names it', () => {
    const r = safe(citeInstructionWithText)({ article: 23, item: 7 }, 'en');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.messages.en).toContain('Instruction Art. 23(7)');
  });

  it('InstructionCitationInputSchema accepts every citation of the data', () => {
    for (const c of allCitations) expect(InstructionCitationInputSchema.safeParse(c).success).toBe(true);
  });

  it('does not mutate the citation; the data is frozen and JSON-serialisable', () => {
    const c = { article: 5, item: 2 } as const;
    const copy = structuredClone(c);
    getInstructionProvision(c);
    citeInstructionWithText(c, 'fa');
    expect(c).toEqual(copy);
    expect(Object.isFrozen(data.articles[24]!.items[11])).toBe(true);
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('the two texts are kept apart: the regulation’s getters never see the instruction', () => {
    expect(REGULATION_1401_TEXT.articles).toHaveLength(54);
    expect(new Set(data.articles.map((a) => a.titleEn)).size).toBe(26);
  });
});
