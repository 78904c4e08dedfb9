/**
 * Mutation tests for eligibility under the instruction (Arts. 4–8): they pin what the
 * other tests leave loose — where each condition is written for each post, each finding's
 * code, status, citation, missing facts, data and message (both languages), the summary's
 * count, `value.age`, `value.experience.reachedOn` and `value.eligibleOn`.
 */
import { describe, expect, it } from 'vitest';
import {
  checkEligibilityUnderInstruction,
  conditionsOfPost,
  INSTRUCTION_CONDITION_KEYS,
  instructionConditionCitation,
  instructionMinimumAge,
  type InstructionPersonFacts,
  type InstructionPost,
} from '../../src/instruction/index.js';
import { InputError, safe } from '../../src/index.js';
import { FULL_I, POSTS } from './fixtures.js';

const RS = 'instruction-1392' as const;
const item = (article: number, n: number) => ({ article, item: n, ruleSet: RS });
const ADULT = '1396/01/01';

const decide = (post: InstructionPost, person: InstructionPersonFacts, extra: object = {}) =>
  checkEligibilityUnderInstruction({ post, asOf: ADULT, person, ...extra });
const findingOf = (post: InstructionPost, person: InstructionPersonFacts, key: string, extra: object = {}) => {
  const d = decide(post, person, extra);
  return d.findings[d.value.conditions.indexOf(key as never)]!;
};

describe('Instruction Arts. 4–8: where each condition is written, for each post', () => {
  it('Instruction Arts. 4–8: the citation of every condition of every post (Art. 4 general, 5/6/7 special, the note of Art. 5, Art. 8 bars)', () => {
    const table = (post: InstructionPost) => Object.fromEntries(INSTRUCTION_CONDITION_KEYS.map((k) => [k, instructionConditionCitation(post, k)]));
    const general = {
      nationality: item(4, 1),
      constitution: item(4, 2),
      religion: item(4, 3),
      addiction: item(4, 4),
      criminalRecord: item(4, 5),
      military: item(4, 6),
      fitness: item(4, 7),
      legalPractice: item(8, 1),
      judgeNotaryDismissal: item(8, 2),
      commerce: item(8, 3),
      stateEmployment: item(8, 4),
    };
    expect(table('manager')).toEqual({
      ...general,
      degree: item(5, 1),
      age: item(5, 2),
      experience: item(5, 3),
      computerSkills: item(5, 4),
      priority: { article: 5, note: 1, ruleSet: RS },
    });
    expect(table('legalExpert')).toEqual({ ...general, degree: item(6, 1), age: item(6, 2), experience: null, computerSkills: item(6, 3), priority: null });
    for (const post of ['itExpert', 'clerical'] as const) {
      expect(table(post)).toEqual({ ...general, degree: item(7, 1), age: item(7, 2), experience: null, computerSkills: item(7, 3), priority: null });
    }
  });

  it('an unknown condition key is refused with an InputError naming the field `key` and listing the keys', () => {
    const r = safe(instructionConditionCitation)('manager', 'exam' as never);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toBeInstanceOf(InputError);
    expect(r.error.issues).toHaveLength(1);
    expect(r.error.issues[0]!.field).toBe('key');
    expect(r.error.issues[0]!.expected).toEqual({
      en: `one of ${INSTRUCTION_CONDITION_KEYS.join(', ')}`,
      fa: `یکی از ${INSTRUCTION_CONDITION_KEYS.join('، ')}`,
    });
    expect(r.error.issues[0]!.expected.en).toMatch(/^one of nationality, constitution, religion, .*, stateEmployment$/);
    expect(r.error.issues[0]!.expected.fa).toMatch(/^یکی از nationality، constitution، /);
  });

  it('Instruction Art. 3: anything but the four posts is refused (an unknown name, an inherited key, a non-string), naming the field `post`', () => {
    const expected = { en: "'manager', 'legalExpert', 'itExpert' or 'clerical'", fa: "'manager'، 'legalExpert'، 'itExpert' یا 'clerical'" };
    const impostor = { toString: () => 'manager' };
    for (const bad of ['judge', 'toString', impostor, 5, undefined]) {
      const calls: (() => unknown)[] = [
        () => instructionMinimumAge(bad as never),
        () => conditionsOfPost(bad as never),
        () => instructionConditionCitation(bad as never, 'age'),
      ];
      for (const fn of calls) {
        const r = safe(fn)();
        expect(r.ok, String(bad)).toBe(false);
        if (r.ok) continue;
        expect(r.error).toBeInstanceOf(InputError);
        expect(r.error.issues[0]!.field).toBe('post');
        expect(r.error.issues[0]!.expected).toEqual(expected);
      }
    }
    expect(POSTS.map((p) => instructionMinimumAge(p))).toEqual([25, 25, 25, 25]);
  });
});

describe('Instruction Arts. 4–8: nothing known', () => {
  it('Instruction Arts. 4, 5, 8: a manager of whom nothing is known — every condition unknown, each listing its own facts; the note is info', () => {
    const d = decide('manager', {});
    expect(d.kind).toBe('instruction.eligibility');
    expect(d.status).toBe('incomplete');
    expect(d.findings.map((f) => [f.code, f.status, f.citation, f.missing ?? []])).toEqual([
      ['instruction.nationality.unknown', 'unknown', item(4, 1), ['person.iranianNationality']],
      ['instruction.constitution.unknown', 'unknown', item(4, 2), ['person.adheresToConstitution', 'person.adheresToVelayatFaqih']],
      ['instruction.religion.unknown', 'unknown', item(4, 3), ['person.religion', 'person.practisesIslam']],
      ['instruction.addiction.unknown', 'unknown', item(4, 4), ['person.drugAddiction']],
      ['instruction.criminalRecord.unknown', 'unknown', item(4, 5), ['person.criminalRecord']],
      ['instruction.military.unknown', 'unknown', item(4, 6), ['person.sex', 'person.militaryService']],
      ['instruction.fitness.unknown', 'unknown', item(4, 7), ['person.physicallyAndMentallyFit']],
      ['instruction.degree.unknown', 'unknown', item(5, 1), ['person.degrees']],
      ['instruction.age.unknown', 'unknown', item(5, 2), ['person.birthDate']],
      ['instruction.experience.unknown', 'unknown', item(5, 3), ['experience.periods']],
      ['instruction.computerSkills.unknown', 'unknown', item(5, 4), ['person.computerSkillsApproved']],
      ['instruction.priority', 'info', { article: 5, note: 1, ruleSet: RS }, []],
      ['instruction.legalPractice.unknown', 'unknown', item(8, 1), ['person.attorney', 'person.article187Adviser', 'person.officialExpert']],
      ['instruction.judgeNotaryDismissal.unknown', 'unknown', item(8, 2), ['person.dismissedJudgeOrNotary']],
      ['instruction.commerce.unknown', 'unknown', item(8, 3), ['person.engagedInCommerce']],
      ['instruction.stateEmployment.unknown', 'unknown', item(8, 4), ['person.stateEmployee']],
    ]);
    expect(d.findings[7]!.data).toEqual({ reading: 'asWritten', degrees: [] });
    expect(d.findings[8]!.message).toEqual({
      fa: 'تاریخ تولد معلوم نیست؛ حداقل سن مدیر دفتر در دستورالعمل ۲۵ سال است.',
      en: 'Date of birth not known; under the instruction an office manager must be at least 25.',
    });
    expect(d.findings[11]!.data).toEqual({ approvedServiceRecord: null });
    expect(d.findings[11]!.message).toEqual({
      fa: 'شرط نیست: دارندگان سوابق خدمتی تأییدشده به تشخیص اداره کل در اولویت‌اند.',
      en: "Not a condition: people with approved service records have priority, at the Directorate-General's discretion.",
    });
    expect(d.summary).toEqual({
      fa: 'طبق دستورالعمل، داشتن شرایط مدیر دفتر هنوز معلوم نیست (۱۵ شرط نامعلوم).',
      en: 'Under the instruction, whether the conditions of an office manager are met is not yet known (15 conditions unknown).',
    });
    expect(d.value).toEqual({
      post: 'manager',
      conditions: conditionsOfPost('manager'),
      age: null,
      experience: { requiredDays: 1825, countedDays: 0, shortfallDays: 1825, reachedOn: null },
      eligibleOn: null,
    });
  });

  it('Instruction Arts. 4–8: the yes/no conditions, each with its messages when unknown', () => {
    const d = decide('clerical', {});
    const msg = (code: string) => d.findings.find((f) => f.code === code)!.message;
    expect(msg('instruction.nationality.unknown')).toEqual({ fa: 'تابعیت معلوم نیست.', en: 'Nationality is not known.' });
    expect(msg('instruction.addiction.unknown')).toEqual({ fa: 'اعتیاد به مواد مخدر معلوم نیست.', en: 'Whether addicted to narcotics is not known.' });
    expect(msg('instruction.fitness.unknown')).toEqual({ fa: 'توانایی جسمی و روحی لازم معلوم نیست.', en: 'Physical and mental capacity is not known.' });
    expect(msg('instruction.commerce.unknown')).toEqual({ fa: 'اشتغال به امر تجارت معلوم نیست.', en: 'Whether engaged in commerce is not known.' });
    expect(msg('instruction.criminalRecord.unknown')).toEqual({ fa: 'معلوم نیست سوءپیشینه کیفری دارد یا نه.', en: 'Whether there is any criminal record is not known.' });
    expect(msg('instruction.computerSkills.unknown')).toEqual({
      fa: 'تأیید اداره کل درباره مهارت کار با رایانه معلوم نیست.',
      en: 'Whether the Directorate-General approved the computer skills is not known.',
    });
  });
});

describe('Instruction Arts. 4–8: a person meeting every condition', () => {
  it('Instruction Arts. 4, 7, 8: an IT expert meeting every condition — every finding met, with its message; the summary says so', () => {
    const d = decide('itExpert', FULL_I);
    expect(d.status).toBe('eligible');
    expect(d.findings.map((f) => [f.code, f.status])).toEqual([
      ['instruction.nationality.met', 'met'],
      ['instruction.constitution.met', 'met'],
      ['instruction.religion.met', 'met'],
      ['instruction.addiction.met', 'met'],
      ['instruction.criminalRecord.met', 'met'],
      ['instruction.military.met', 'met'],
      ['instruction.fitness.met', 'met'],
      ['instruction.degree.met', 'met'],
      ['instruction.age.met', 'met'],
      ['instruction.computerSkills.met', 'met'],
      ['instruction.legalPractice.met', 'met'],
      ['instruction.judgeNotaryDismissal.met', 'met'],
      ['instruction.commerce.met', 'met'],
      ['instruction.stateEmployment.met', 'met'],
    ]);
    const m = d.findings.map((f) => f.message.en);
    expect(m).toEqual([
      'Holds the nationality of the Islamic Republic of Iran.',
      'Is committed in practice to the Constitution and to velayat-e faqih.',
      'Professes Islam and is committed in practice to Islamic precepts and ethics.',
      'Is not addicted to narcotics.',
      'Has no criminal record.',
      'Has a military-service completion card.',
      'Has the physical and mental capacity required.',
      "The bachelor's in law meets the degree condition.",
      'Aged 25 (completed years); under the instruction an IT expert must be at least 25.',
      'Has basic computer knowledge and skills approved by the Directorate-General for this post.',
      'Is not a practising attorney, an adviser under «Art. 187», nor an official expert of the judiciary.',
      'Is not a judge or notary finally sentenced to permanent dismissal.',
      'Is not engaged in commerce (Art. 2 of the Commercial Code).',
      'Is not an employee of the State or of a non-governmental public institution.',
    ]);
    expect(d.findings[5]!.data).toEqual({ applies: true, status: 'completionCard' });
    expect(d.findings[5]!.message.fa).toBe('کارت پایان خدمت دارد.');
    expect(d.findings[7]!.data).toEqual({ reading: 'asWritten', degrees: [{ index: 0, qualifies: 'yes', reasons: [] }], degree: 0 });
    expect(d.findings[7]!.message.fa).toBe('مدرک کارشناسی حقوق شرط مدرک تحصیلی را تأمین می‌کند.');
    expect(d.findings[8]!.data).toEqual({ age: 25, minAge: 25 });
    expect(d.findings[8]!.message.fa).toBe('۲۵ سال تمام دارد؛ حداقل سن کارشناس فناوری اطلاعات در دستورالعمل ۲۵ سال است.');
    expect(d.findings[10]!.message.fa).toBe('وکیل دادگستری، مشاور موضوع ماده ۱۸۷ یا کارشناس رسمی دادگستری نیست.');
    expect(d.summary).toEqual({ fa: 'طبق دستورالعمل، شرایط کارشناس فناوری اطلاعات را دارد.', en: 'Under the instruction, meets the conditions of an IT expert.' });
    expect(d.value.age).toBe(25);
    expect(d.value.experience).toBeNull();
    expect(d.value.eligibleOn).toBe(ADULT);
  });
});

describe('Instruction Art. 4(2): the Constitution and velayat-e faqih, two facts', () => {
  it('Instruction Art. 4(2): either fact false is unmet, naming what is lacking; both false names both', () => {
    const cases = [
      [false, false, 'both', 'Is not committed in practice to the Constitution and velayat-e faqih.', 'التزام عملی به قانون اساسی و ولایت فقیه ندارد.'],
      [false, true, 'constitution', 'Is not committed in practice to the Constitution.', 'التزام عملی به قانون اساسی ندارد.'],
      [false, undefined, 'constitution', 'Is not committed in practice to the Constitution.', 'التزام عملی به قانون اساسی ندارد.'],
      [true, false, 'velayat', 'Is not committed in practice to velayat-e faqih.', 'التزام عملی به ولایت فقیه ندارد.'],
      [undefined, false, 'velayat', 'Is not committed in practice to velayat-e faqih.', 'التزام عملی به ولایت فقیه ندارد.'],
    ] as const;
    for (const [c, v, lacking, en, fa] of cases) {
      const f = findingOf('manager', { adheresToConstitution: c, adheresToVelayatFaqih: v }, 'constitution');
      expect([f.code, f.status, f.missing], lacking).toEqual(['instruction.constitution.unmet', 'unmet', undefined]);
      expect(f.message).toEqual({ en, fa });
    }
  });

  it('Instruction Art. 4(2): one fact true and the other unknown is unknown, listing only the unknown one; both true is met', () => {
    const c = findingOf('manager', { adheresToConstitution: true }, 'constitution');
    expect([c.code, c.status, c.missing]).toEqual(['instruction.constitution.unknown', 'unknown', ['person.adheresToVelayatFaqih']]);
    expect(c.message.en).toBe('Practical commitment to the Constitution and to velayat-e faqih is not known.');
    const v = findingOf('manager', { adheresToVelayatFaqih: true }, 'constitution');
    expect([v.code, v.status, v.missing]).toEqual(['instruction.constitution.unknown', 'unknown', ['person.adheresToConstitution']]);
    const both = findingOf('manager', { adheresToConstitution: true, adheresToVelayatFaqih: true }, 'constitution');
    expect([both.code, both.status]).toEqual(['instruction.constitution.met', 'met']);
  });
});

describe('Instruction Art. 4(3): religion, two facts', () => {
  it('Instruction Art. 4(3): not a Muslim, or not practising, is unmet with its own message', () => {
    const other = findingOf('clerical', { religion: 'other', practisesIslam: true }, 'religion');
    expect([other.code, other.status]).toEqual(['instruction.religion.notMuslim', 'unmet']);
    expect(other.message).toEqual({ fa: 'متدین به دین مبین اسلام نیست.', en: 'Does not profess Islam.' });
    const lax = findingOf('clerical', { religion: 'islam', practisesIslam: false }, 'religion');
    expect([lax.code, lax.status]).toEqual(['instruction.religion.notPractising', 'unmet']);
    expect(lax.message).toEqual({ fa: 'التزام عملی به احکام و اخلاق اسلامی ندارد.', en: 'Is not committed in practice to Islamic precepts and ethics.' });
  });

  it('Instruction Art. 4(3): one fact known to hold and the other left out lists only the one left out', () => {
    expect(findingOf('clerical', { religion: 'islam' }, 'religion').missing).toEqual(['person.practisesIslam']);
    expect(findingOf('clerical', { practisesIslam: true }, 'religion').missing).toEqual(['person.religion']);
    expect(findingOf('clerical', { religion: 'islam' }, 'religion').message.en).toBe('Profession of Islam or practical commitment to its precepts is not known.');
  });
});

describe('Instruction Art. 4(5): any criminal record', () => {
  it('Instruction Art. 4(5): no effective record (the regulation’s test) leaves it unknown, and the message says why', () => {
    const f = findingOf('manager', { effectiveCriminalRecord: false }, 'criminalRecord');
    expect([f.code, f.status, f.missing]).toEqual(['instruction.criminalRecord.unknown', 'unknown', ['person.criminalRecord']]);
    expect(f.message).toEqual({
      fa: 'معلوم نیست سوءپیشینه کیفری دارد یا نه (نداشتن سوءپیشینه مؤثر، که آیین نامه می‌خواهد، برای دستورالعمل کافی نیست).',
      en: 'Whether there is any criminal record is not known (no effective record, which the regulation asks, is not enough for the instruction).',
    });
  });

  it('Instruction Art. 4(5): an effective record is a record — unmet, with its message', () => {
    const f = findingOf('manager', { effectiveCriminalRecord: true }, 'criminalRecord');
    expect([f.code, f.status]).toEqual(['instruction.criminalRecord.unmet', 'unmet']);
    expect(f.message.en).toBe('Has a criminal record; the instruction bars any criminal record, not only an effective one.');
  });
});

describe('Instruction Art. 4(6): military service, men only (SPEC D7)', () => {
  it('Instruction Art. 4(6): a woman — met as not applicable, data says it does not apply', () => {
    const f = findingOf('manager', { sex: 'female' }, 'military');
    expect(f).toMatchObject({ code: 'instruction.military.notApplicable', status: 'met', data: { applies: false } });
    expect(f.message).toEqual({ fa: 'شرط خدمت نظام وظیفه فقط برای داوطلبان مرد است.', en: 'The military-service condition applies to men only.' });
  });

  it('Instruction Art. 4(6): a man serving is unmet, data naming the status; a permanent exemption with sex unknown is met', () => {
    const f = findingOf('manager', { sex: 'male', militaryService: 'serving' }, 'military');
    expect([f.code, f.status, f.data]).toEqual(['instruction.military.unmet', 'unmet', { applies: true, status: 'serving' }]);
    const ex = findingOf('manager', { militaryService: 'permanentExemption' }, 'military');
    expect([ex.code, ex.status, ex.data]).toEqual(['instruction.military.met', 'met', { applies: true, status: 'permanentExemption' }]);
  });
});

describe('Instruction Arts. 5(1), 6(1), 7(1): the degree', () => {
  it('Instruction Art. 7(1), option anyField: no degrees given is unknown (the degrees listed as missing), data records the reading', () => {
    for (const post of ['itExpert', 'clerical'] as const) {
      const f = findingOf(post, {}, 'degree', { options: { art7Degree: 'anyField' } });
      expect([f.code, f.status, f.missing, f.data]).toEqual(['instruction.degree.unknown', 'unknown', ['person.degrees'], { reading: 'anyField', degrees: [] }]);
    }
  });

  it('Instruction Art. 5(1): the manager’s degree is read as written whatever the option (data.reading asWritten)', () => {
    const f = findingOf('manager', { degrees: [{ kind: 'university', level: 'bachelor', field: 'softwareEngineering', awarded: true }] }, 'degree', {
      options: { art7Degree: 'anyField' },
    });
    expect([f.code, f.status]).toEqual(['instruction.degree.unmet', 'unmet']);
    expect(f.data).toEqual({ reading: 'asWritten', degrees: [{ index: 0, qualifies: 'no', reasons: ['field'] }] });
  });

  it('Instruction Art. 7(1), option anyField: a seminary level-2 degree qualifies and is described as such', () => {
    const f = findingOf('clerical', { degrees: [{ kind: 'seminary', level: 2, awarded: true }] }, 'degree', { options: { art7Degree: 'anyField' } });
    expect([f.code, f.status]).toEqual(['instruction.degree.met', 'met']);
    expect(f.data).toEqual({ reading: 'anyField', degrees: [{ index: 0, qualifies: 'yes', reasons: [] }], degree: 0 });
    expect(f.message.en).toBe('The seminary level 2 meets the degree condition.');
  });
});

describe('Instruction Arts. 5(4), 6(3), 7(3): computer skills approved by the Directorate-General', () => {
  it('Instruction Art. 6(3): a certificate from a recognised body does not settle the approval, and the message says so', () => {
    const f = findingOf('legalExpert', { computerSkillsCertificate: true }, 'computerSkills');
    expect([f.code, f.status, f.citation, f.missing]).toEqual(['instruction.computerSkills.unknown', 'unknown', item(6, 3), ['person.computerSkillsApproved']]);
    expect(f.message.en).toBe(
      "Whether the Directorate-General approved the computer skills is not known (a certificate from a recognised body, the regulation's condition, is not the Directorate-General's approval).",
    );
    expect(f.message.fa).toContain('جای تأیید اداره کل را نمی‌گیرد');
  });

  it('Instruction Art. 6(3): approval refused is unmet', () => {
    const f = findingOf('legalExpert', { computerSkillsApproved: false }, 'computerSkills');
    expect([f.code, f.status]).toEqual(['instruction.computerSkills.unmet', 'unmet']);
    expect(f.message.en).toBe('Lacks basic computer knowledge and skills approved by the Directorate-General for this post.');
  });
});

describe('Instruction Art. 5, note: the priority of approved service records (info)', () => {
  it('Instruction Art. 5, note: records approved — priority, said in both languages; none — said too; always info', () => {
    const yes = findingOf('manager', { approvedServiceRecord: true }, 'priority');
    expect([yes.status, yes.data]).toEqual(['info', { approvedServiceRecord: true }]);
    expect(yes.message.en).toBe("Not a condition: people with approved service records have priority, at the Directorate-General's discretion; has approved service records.");
    expect(yes.message.fa).toContain('؛ سوابق خدمتی تأییدشده دارد.');
    const no = findingOf('manager', { approvedServiceRecord: false }, 'priority');
    expect([no.status, no.data]).toEqual(['info', { approvedServiceRecord: false }]);
    expect(no.message.en).toBe("Not a condition: people with approved service records have priority, at the Directorate-General's discretion; has no approved service records.");
    expect(no.message.fa).toContain('؛ سوابق خدمتی تأییدشده ندارد.');
  });
});

describe('Instruction Art. 8(1): attorneys, advisers of «Art. 187», official experts', () => {
  it('Instruction Art. 8(1): each role alone bars the post, the message naming it; the others unknown do not matter', () => {
    const roles = [
      ['attorney', { attorney: true }],
      ['adviser', { article187Adviser: true }],
      ['officialExpert', { officialExpert: true }],
    ] as const;
    for (const [role, person] of roles) {
      const f = findingOf('clerical', person, 'legalPractice');
      expect([f.code, f.status, f.missing], role).toEqual(['instruction.legalPractice.unmet', 'unmet', undefined]);
    }
    expect(roles.map(([, person]) => findingOf('clerical', person, 'legalPractice').message.en)).toEqual([
      'Is a practising attorney: barred from a licence and from working in an office while it continues.',
      'Is an adviser under «Art. 187»: barred from a licence and from working in an office while it continues.',
      'Is an official expert of the judiciary: barred from a licence and from working in an office while it continues.',
    ]);
    expect(findingOf('clerical', { article187Adviser: true }, 'legalPractice').message.fa).toBe(
      'مشاور موضوع ماده ۱۸۷ است و تا این فعالیت ادامه دارد نمی‌تواند پروانه بگیرد یا در دفتر شاغل باشد.',
    );
    expect(findingOf('clerical', { attorney: true, article187Adviser: true, officialExpert: true }, 'legalPractice').message.en).toBe(
      'Is a practising attorney, an adviser under «Art. 187» and an official expert of the judiciary: barred from a licence and from working in an office while it continues.',
    );
    expect(findingOf('clerical', { attorney: true, article187Adviser: true, officialExpert: true }, 'legalPractice').message.fa).toBe(
      'وکیل دادگستری، مشاور موضوع ماده ۱۸۷ و کارشناس رسمی دادگستری است و تا این فعالیت ادامه دارد نمی‌تواند پروانه بگیرد یا در دفتر شاغل باشد.',
    );
  });

  it('Instruction Art. 8(1): with two roles known not to be held, only the third is listed as missing', () => {
    expect(findingOf('clerical', { article187Adviser: false, officialExpert: false }, 'legalPractice').missing).toEqual(['person.attorney']);
    expect(findingOf('clerical', { attorney: false, officialExpert: false }, 'legalPractice').missing).toEqual(['person.article187Adviser']);
    expect(findingOf('clerical', { attorney: false, article187Adviser: false }, 'legalPractice').missing).toEqual(['person.officialExpert']);
  });
});

describe('Instruction Arts. 5(2), 5(3): when time alone lifts the unmet conditions (value.eligibleOn)', () => {
  const born = '1371/05/10';
  it('Instruction Art. 5(2): aged 24 and otherwise eligible — eligibleOn is the 25th birthday; the summary counts one unmet', () => {
    const d = decide('legalExpert', { ...FULL_I, birthDate: born });
    expect(d.status).toBe('ineligible');
    expect(d.value.age).toBe(24);
    expect(d.value.eligibleOn).toBe('1396/05/10');
    expect(d.findings[8]!.data).toEqual({ age: 24, minAge: 25, dateOfAge: '1396/05/10', daysToAge: 133 });
    expect(d.findings[8]!.message.en).toBe('Aged 24 (completed years); under the instruction a legal expert must be at least 25, reached on 1396/05/10.');
    expect(d.findings[8]!.message.fa).toBe('۲۴ سال تمام دارد؛ حداقل سن کارشناس حقوقی در دستورالعمل ۲۵ سال است؛ در ۱۳۹۶/۰۵/۱۰ به این سن می‌رسد.');
    expect(d.summary).toEqual({
      fa: 'طبق دستورالعمل، شرایط کارشناس حقوقی را ندارد (۱ شرط تأمین نیست).',
      en: 'Under the instruction, does not meet the conditions of a legal expert (1 condition not met).',
    });
  });

  it('Instruction Arts. 4, 5(2): under age and another fact unknown — ineligible, but eligibleOn is null (the unknown may bar too)', () => {
    const d = decide('legalExpert', { ...FULL_I, birthDate: born, physicallyAndMentallyFit: undefined });
    expect(d.status).toBe('ineligible');
    expect(d.value.eligibleOn).toBeNull();
    expect(d.summary.en).toBe('Under the instruction, does not meet the conditions of a legal expert (1 condition not met).');
  });

  it('Instruction Arts. 5(2), 8(4): under age and a state employee — ineligible with two unmet; a bar does not lift by time, so eligibleOn is null', () => {
    const d = decide('legalExpert', { ...FULL_I, birthDate: born, stateEmployee: true });
    expect(d.value.eligibleOn).toBeNull();
    expect(d.summary.en).toBe('Under the instruction, does not meet the conditions of a legal expert (2 conditions not met).');
    expect(d.summary.fa).toBe('طبق دستورالعمل، شرایط کارشناس حقوقی را ندارد (۲ شرط تأمین نیست).');
  });

  it('Instruction Art. 5(2), SPEC D3: when the 25th birthday lies beyond the calendar (after 1600) its date is null and so is eligibleOn', () => {
    const d = checkEligibilityUnderInstruction({ post: 'clerical', asOf: '1590/01/01', person: { ...FULL_I, birthDate: '1580/01/01' } });
    expect(d.status).toBe('ineligible');
    expect(d.findings[8]!.data).toEqual({ age: 10, minAge: 25, dateOfAge: null, daysToAge: null });
    expect(d.findings[8]!.message.en).toBe('Aged 10 (completed years); under the instruction a clerical employee must be at least 25.');
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Instruction Art. 5(3): related work ended short of five years — ineligible, reachedOn null, eligibleOn null', () => {
    const d = decide('manager', FULL_I, { experience: { periods: [{ start: '1390/01/01', end: '1392/12/29', related: true }] } });
    expect(d.status).toBe('ineligible');
    expect(d.value.experience).toEqual({ requiredDays: 1825, countedDays: 1096, shortfallDays: 729, reachedOn: null });
    expect(d.value.eligibleOn).toBeNull();
  });

  it('Instruction Art. 5(3): related work going on — eligibleOn is the day the fifth year is complete (also when later than the birthday)', () => {
    const d = decide('manager', FULL_I, { experience: { periods: [{ start: '1393/01/01', related: true }] } });
    expect(d.status).toBe('ineligible');
    expect(d.value.experience?.reachedOn).toBe('1397/12/28');
    expect(d.value.eligibleOn).toBe('1397/12/28');
    const young = decide('manager', { ...FULL_I, birthDate: born }, { experience: { periods: [{ start: '1393/01/01', related: true }] } });
    expect(young.value.eligibleOn).toBe('1397/12/28');
    const younger = decide('manager', { ...FULL_I, birthDate: '1373/05/10' }, { experience: { periods: [{ start: '1393/01/01', related: true }] } });
    expect(younger.value.eligibleOn).toBe('1398/05/10');
  });
});
