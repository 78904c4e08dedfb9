import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES, MESSAGES, message } from '../../src/messages.js';
import { PARAMETERS } from '../../src/params.js';

describe('the message catalogue (one union of codes, fa/en parity)', () => {
  it('no code is declared by two domains, and every code carries its domain prefix', () => {
    let total = 0;
    for (const [domain, table] of Object.entries(MESSAGE_TABLES)) {
      for (const code of Object.keys(table)) expect(code.startsWith(`${domain}.`), code).toBe(true);
      total += Object.keys(table).length;
    }
    expect(Object.keys(MESSAGES).length).toBe(total);
  });

  it('every code has a Persian and an English template of the same arity', () => {
    for (const [code, t] of Object.entries(MESSAGES)) {
      const tpl = t as { fa: unknown; en: unknown };
      expect(typeof tpl.fa, code).toBe('function');
      expect(typeof tpl.en, code).toBe('function');
      expect((tpl.fa as (...a: unknown[]) => unknown).length, code).toBe((tpl.en as (...a: unknown[]) => unknown).length);
    }
  });

  it('Persian renderings use Persian digits', () => {
    const m = message('core.ruleSet', { id: 'regulation-1401', approved: '1401/05/23' });
    expect(m.en).toBe('Rule set regulation-1401 (approved 1401/05/23)');
    expect(m.fa).toBe('مجموعه قواعد regulation-1401 (مصوب ۱۴۰۱/۰۵/۲۳)');
    // The id is a code: its digits stay Latin; the date's are Persian.
    expect(/[0-9]/.test(m.fa.replace('regulation-1401', ''))).toBe(false);
  });
});

describe('the parameters table (every number of the regulation, cited)', () => {
  it('every parameter cites an article of the regulation (1–54) and is labelled in both languages', () => {
    for (const [name, p] of Object.entries(PARAMETERS)) {
      expect(p.citation.article, name).toBeGreaterThanOrEqual(1);
      expect(p.citation.article, name).toBeLessThanOrEqual(54);
      expect(p.label.fa.length, name).toBeGreaterThan(0);
      expect(/[\u0600-\u06ff]/.test(p.label.fa), name).toBe(true);
      expect(/[\u0600-\u06ff]/.test(p.label.en), name).toBe(false);
    }
  });

  it('ranges are ordered and scalars are finite', () => {
    for (const [name, p] of Object.entries(PARAMETERS)) {
      if ('value' in p) expect(Number.isFinite(p.value), name).toBe(true);
      else expect(p.min, name).toBeLessThan(p.max);
    }
  });

  it('pins the numbers the text writes (Arts. 9, 10, 29, 30, 33, 43, 45)', () => {
    expect(PARAMETERS.managerMinAge.value).toBe(24);
    expect(PARAMETERS.legalExpertMinAge.value).toBe(22);
    expect(PARAMETERS.examPassPercent.value).toBe(70);
    expect(PARAMETERS.examTopSharePercent.value).toBe(1);
    expect([PARAMETERS.experienceYearsBachelor.value, PARAMETERS.experienceYearsMaster.value, PARAMETERS.experienceYearsDoctorate.value]).toEqual([3, 2, 1]);
    expect([PARAMETERS.penaltyGrades.min, PARAMETERS.penaltyGrades.max]).toEqual([1, 7]);
    expect([PARAMETERS.grade5SuspensionMonths.min, PARAMETERS.grade5SuspensionMonths.max]).toEqual([3, 12]);
    expect(PARAMETERS.grade6SuspensionMonths).toMatchObject({ min: 12, max: 36, minExclusive: true });
    expect(PARAMETERS.limitationYears.value).toBe(2);
    expect(PARAMETERS.appealDays.value).toBe(20);
    expect(PARAMETERS.revocationAppealDays.value).toBe(20);
    expect(PARAMETERS.repeatWindowYears.value).toBe(2);
    expect([PARAMETERS.prosecutionSuspensionYears.min, PARAMETERS.prosecutionSuspensionYears.max]).toEqual([1, 2]);
  });
});
