// Tests written to kill Stryker's survivors in src/fees/{assessment,money,tariff}.ts: they
// pin each finding's code, status, citation, missing facts and data, the messages in both
// languages (amounts grouped by thousands; Persian with Persian digits), the decision's
// kind and summary, and the input errors' codes and texts.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/decision.js';
import { isInputError, type InputIssue } from '../../src/core/errors.js';
import { assessFee, checkFeeCollection, tariffInForce, type FeeCollectionInput } from '../../src/fees/index.js';
import { groupThousands, rialsEn, rialsFa } from '../../src/fees/money.js';

function issuesOf(fn: () => unknown): InputIssue[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return [...e.issues];
    throw e;
  }
  throw new Error('no error');
}

/** code, status, citation, missing facts and data of a finding. */
function brief(f: Finding): unknown[] {
  return [f.code, f.status, f.citation, f.missing ?? [], f.data ?? null];
}

const base = { serviceDate: '1403/05/01', tariff: 1_000_000, judicialCosts: 500_000 } as const;
const clean = { receiptIssued: true, method: 'centerMethod' } as const;
const byCode = (d: { findings: readonly Finding[] }, code: string): Finding | undefined => d.findings.find((f) => f.code === code);
/** The collection's own findings (after the assessment's five). */
const own = (d: { findings: readonly Finding[] }): Finding[] => d.findings.slice(5);

describe('amounts in rials as text', () => {
  it('Art. 13: amounts are grouped by thousands, with no leading separator', () => {
    expect(groupThousands(0, ',')).toBe('0');
    expect(groupThousands(999, ',')).toBe('999');
    expect(groupThousands(1000, ',')).toBe('1,000');
    expect(groupThousands(100_000, ',')).toBe('100,000');
    expect(groupThousands(1_250_000, '٬')).toBe('1٬250٬000');
    expect(rialsEn(900_000)).toBe('900,000 rials');
    expect(rialsFa(900_000)).toBe('900٬000 ریال');
  });
});

describe('Art. 13: the tariff table', () => {
  it('Art. 13: two tariffs starting on one day are an input error with its own code', () => {
    const issues = issuesOf(() =>
      tariffInForce({
        tariffs: [
          { effectiveFrom: '1402/01/01', services: { a: 1 } },
          { effectiveFrom: '1402/01/01', services: { a: 2 } },
        ],
        service: 'a',
        on: '1402/05/01',
      }),
    );
    expect(issues.map((i) => [i.field, i.code, i.expected.en])).toEqual([['tariffs[1].effectiveFrom', 'duplicate_tariff_date', 'a date no other tariff of the table starts on']]);
  });

  it('Art. 13: on the day a tariff starts it is in force; the day before, the earlier one', () => {
    const tariffs = [
      { effectiveFrom: '1403/01/01', services: { a: 2 } },
      { effectiveFrom: '1402/01/01', services: { a: 1 } },
    ];
    expect(tariffInForce({ tariffs, service: 'a', on: '1403/01/01' })).toEqual({ service: 'a', amount: 2, effectiveFrom: '1403/01/01', reference: null, index: 0 });
    expect(tariffInForce({ tariffs, service: 'a', on: '1402/12/29' })).toEqual({ service: 'a', amount: 1, effectiveFrom: '1402/01/01', reference: null, index: 1 });
    expect(tariffInForce({ tariffs, service: 'a', on: '1401/12/29' })).toEqual({ service: 'a', amount: null, effectiveFrom: null, reference: null, index: null });
  });
});

describe('Arts. 1(ژ), 13, 14: every finding of assessFee', () => {
  it('Art. 13: a tariff given for a named service, no exemption: five findings, each cited', () => {
    const d = assessFee({ ...base, service: 'petition' });
    expect(d.kind).toBe('fees.assessment');
    expect(d.findings.map(brief)).toEqual([
      ['fees.tariff.inForce', 'met', { article: 13 }, [], null],
      ['fees.exemption.notClaimed', 'info', { article: 14 }, [], null],
      ['fees.applicant.paysTariff', 'info', { article: 13 }, [], null],
      ['fees.judicialCosts.notExempt', 'info', { article: 1, clause: 'ژ' }, [], null],
      ['fees.payment.centerMethods', 'info', { article: 13, note: 1 }, [], null],
    ]);
    expect(d.findings.map((f) => f.message.en)).toEqual([
      'The tariff of the service "petition" is 1,000,000 rials.',
      'No exemption is claimed; the applicant pays the tariff.',
      "The applicant pays the office's tariff: 1,000,000 rials.",
      'The applicant pays the judicial costs (500,000 rials).',
      'All sums are received only through the methods the Center sets, with a receipt to the client.',
    ]);
    expect(d.findings[0]?.message.fa).toBe('تعرفه خدمت «petition» ۱٬۰۰۰٬۰۰۰ ریال است.');
    expect(d.findings[2]?.message.fa).toBe('متقاضی تعرفه خدمات دفتر را می‌پردازد: ۱٬۰۰۰٬۰۰۰ ریال.');
    expect(d.summary).toEqual({
      en: 'The applicant pays the office 1,000,000 rials and the judicial costs of 500,000 rials (total 1,500,000 rials); the Association pays 0 rials.',
      fa: 'متقاضی به دفتر ۱٬۰۰۰٬۰۰۰ ریال و بابت هزینه خدمات قضایی ۵۰۰٬۰۰۰ ریال می‌پردازد (جمع ۱٬۵۰۰٬۰۰۰ ریال)؛ سهم کانون: ۰ ریال.',
    });
    expect(assessFee(base).findings[0]?.message.en).toBe('The tariff of the service is 1,000,000 rials.');
  });

  it('Art. 13: a tariff found in the table names its first day and its index', () => {
    const d = assessFee({
      ...base,
      tariff: undefined,
      service: 'petition',
      tariffs: [
        { effectiveFrom: '1402/01/01', services: { petition: 900_000 } },
        { effectiveFrom: '1403/01/01', services: { petition: 1_100_000 } },
      ],
    });
    expect(d.status).toBe('determined');
    expect(d.findings[0] && brief(d.findings[0])).toEqual(['fees.tariff.inForce', 'met', { article: 13 }, [], { index: 1 }]);
    expect(d.findings[0]?.message.en).toBe('The tariff of the service "petition" is 1,100,000 rials (tariff in force from 1403/01/01).');
    expect(d.findings[0]?.message.fa).toBe('تعرفه خدمت «petition» ۱٬۱۰۰٬۰۰۰ ریال است (تعرفه نافذ از ۱۴۰۳/۰۱/۰۱).');
    expect(d.value.applicantPaysOffice).toBe(1_100_000);
  });

  it('Art. 13: no tariff in force, a service the tariff does not list, or no tariff given: unknown, each with its reason', () => {
    const none = assessFee({ serviceDate: '1401/01/01', service: 'x', tariffs: [{ effectiveFrom: '1402/01/01', services: { x: 1 } }], judicialCosts: 0 });
    expect(none.findings[0] && brief(none.findings[0])).toEqual(['fees.tariff.unknown', 'unknown', { article: 13 }, ['tariffs'], null]);
    expect(none.findings[0]?.message).toEqual({
      en: 'No tariff of the table given is in force on the service date.',
      fa: 'در تاریخ ارائه خدمت هیچ تعرفه‌ای از جدول داده‌شده نافذ نیست.',
    });
    const notListed = assessFee({ serviceDate: '1403/01/01', service: 'y', tariffs: [{ effectiveFrom: '1402/01/01', services: { x: 1 } }], judicialCosts: 0 });
    expect(notListed.findings[0] && brief(notListed.findings[0])).toEqual(['fees.tariff.unknown', 'unknown', { article: 13 }, ['tariffs[0].services.y'], null]);
    expect(notListed.findings[0]?.message).toEqual({
      en: 'The tariff in force on the service date does not list the service "y".',
      fa: 'تعرفه نافذ در تاریخ ارائه خدمت، خدمت «y» را ندارد.',
    });
    const notGiven = assessFee({ serviceDate: '1403/01/01', judicialCosts: 0 });
    expect(notGiven.findings[0] && brief(notGiven.findings[0])).toEqual(['fees.tariff.unknown', 'unknown', { article: 13 }, ['tariff'], null]);
    expect(notGiven.findings[0]?.message.en).toBe('The tariff of the service was not given (the regulation says who sets tariffs, not their amounts).');
    expect(notGiven.findings[2]?.message.en).toBe("The applicant pays the office's tariff: unknown.");
    expect(notGiven.summary.en).toBe('The applicant pays the office unknown and the judicial costs of 0 rials (total unknown); the Association pays unknown.');
  });

  it('Art. 14 paras. 1 and 3: a proven exemption; the Association pays the office; the judicial costs stay', () => {
    const d = assessFee({ ...base, exemption: { group: 'indigentPrisoner', confirmedBy: 'prisonsOrganization' } });
    expect(d.findings.map(brief)).toEqual([
      ['fees.tariff.inForce', 'met', { article: 13 }, [], null],
      ['fees.exemption.proven', 'met', { article: 14, paragraph: 1 }, [], null],
      ['fees.association.pays', 'info', { article: 14, paragraph: 3 }, [], null],
      ['fees.judicialCosts.notExempt', 'info', { article: 1, clause: 'ژ' }, [], null],
      ['fees.payment.centerMethods', 'info', { article: 13, note: 1 }, [], null],
    ]);
    expect(d.findings[1]?.message.en).toBe(
      "The applicant is one of the indigent prisoners, confirmed by the Prisons and Security and Corrective Measures Organization: exempt from the office's tariff.",
    );
    expect(d.findings[1]?.message.fa).toBe('متقاضی از زندانیان بی‌بضاعت است و سازمان زندان‌ها و اقدامات تأمینی و تربیتی کشور آن را تأیید کرده است: از پرداخت تعرفه خدمات دفتر معاف است.');
    expect(d.findings[2]?.message.en).toBe('The Association pays the office for the service given to the exempt person: 1,000,000 rials.');
    expect(d.findings[3]?.message.en).toBe("The applicant pays the judicial costs (500,000 rials); the exemption of Art. 14 covers only the office's tariff.");
  });

  it('Art. 14 para. 1: an unconfirmed claim, or one confirmed by another body, is unmet and names the body needed', () => {
    const none = assessFee({ ...base, exemption: { group: 'indigentPrisoner' } });
    expect(none.findings[1] && brief(none.findings[1])).toEqual(['fees.exemption.unproven', 'unmet', { article: 14, paragraph: 1 }, [], null]);
    expect(none.findings[1]?.message.en).toBe(
      'The exemption claimed (indigent prisoners) is not confirmed; an unproven claim is not an exemption and the applicant pays the tariff (confirmation by the Prisons and Security and Corrective Measures Organization is needed).',
    );
    const other = assessFee({ ...base, exemption: { group: 'reliefCommittee', confirmedBy: 'welfareOrganization' } });
    expect(other.findings[1]?.message.en).toBe(
      'The exemption claimed (people covered by the Imam Khomeini Relief Committee) is confirmed by the Welfare Organization, not the Imam Khomeini Relief Committee; an unproven claim is not an exemption and the applicant pays the tariff (confirmation by the Imam Khomeini Relief Committee is needed).',
    );
    expect(other.findings[2] && brief(other.findings[2])).toEqual(['fees.applicant.paysTariff', 'info', { article: 13 }, [], null]);
  });

  it('Art. 1(ژ): judicial costs not given are unknown', () => {
    const d = assessFee({ serviceDate: '1403/05/01', tariff: 5 });
    expect(d.findings[3] && brief(d.findings[3])).toEqual(['fees.judicialCosts.unknown', 'unknown', { article: 1, clause: 'ژ' }, ['judicialCosts'], null]);
    expect(d.findings[3]?.message).toEqual({
      en: 'The judicial costs were not given (no exemption covers them).',
      fa: 'هزینه خدمات قضایی داده نشده است (هیچ معافیتی آن را در بر نمی‌گیرد).',
    });
  });

  it('input errors say what was expected: a safe total, one tariff source, a service code for the table', () => {
    const [total] = issuesOf(() => assessFee({ ...base, tariff: Number.MAX_SAFE_INTEGER, judicialCosts: 1 }));
    expect(total?.field).toBe('judicialCosts');
    expect(total?.expected).toEqual({ en: 'amounts whose total is a safe integer', fa: 'مبالغی که جمع آن‌ها عدد صحیح امن باشد' });

    const tariffs = [{ effectiveFrom: '1402/01/01', services: { x: 1 } }];
    for (const fn of [() => assessFee({ ...base, service: 'x', tariffs }), () => checkFeeCollection({ ...base, service: 'x', tariffs, collected: {} })]) {
      const [both] = issuesOf(fn);
      expect(both?.field).toBe('tariffs');
      expect(both?.expected).toEqual({ en: 'either `tariff` or `tariffs`, not both', fa: 'یا `tariff` یا `tariffs`، نه هر دو' });
      expect(both?.received).toBe('"both given"');
    }
    const [service] = issuesOf(() => checkFeeCollection({ serviceDate: '1403/05/01', tariffs, collected: {} }));
    expect(service?.field).toBe('service');
    expect(service?.expected).toEqual({ en: 'the service code to look up in `tariffs`', fa: 'کد خدمت برای یافتن در `tariffs`' });
  });
});

describe('Art. 13 notes, Arts. 1(ژ), 35(ت), 38(ذ): every finding of checkFeeCollection', () => {
  const collect = (collected: FeeCollectionInput['collected'], extra: Partial<FeeCollectionInput> = {}) => checkFeeCollection({ ...base, ...extra, collected });

  it('Arts. 13, 1(ژ), 13 note 1: a lawful collection at the tariff, every own finding met', () => {
    const d = collect({ ...clean, officeFee: 1_000_000, judicialCosts: 500_000 });
    expect(d.kind).toBe('fees.collection');
    expect(d.status).toBe('lawful');
    expect(d.value).toEqual({ assessment: assessFee(base).value, overcharged: 0, undercharged: 0, offences: [] });
    expect(own(d).map(brief)).toEqual([
      ['fees.collection.atTariff', 'met', { article: 13 }, [], null],
      ['fees.collection.judicialCostsPaid', 'met', { article: 1, clause: 'ژ' }, [], null],
      ['fees.collection.receiptIssued', 'met', { article: 13, note: 1 }, [], null],
      ['fees.collection.centerMethod', 'met', { article: 13, note: 1 }, [], null],
    ]);
    expect(own(d).map((f) => f.message.en)).toEqual([
      'The office took 1,000,000 rials, the tariff.',
      'The judicial costs (500,000 rials) were paid in full.',
      'A receipt for the sums was given to the applicant.',
      'The sums were received through a method the Center set.',
    ]);
    expect(own(d)[0]?.message.fa).toBe('بابت تعرفه ۱٬۰۰۰٬۰۰۰ ریال، برابر تعرفه، دریافت شده است.');
    expect(d.summary).toEqual({ en: 'The collection was lawful.', fa: 'دریافت وجه مطابق مقررات بوده است.' });
  });

  it('Arts. 14, 13: nothing taken from a proven-exempt applicant is the fee set for them', () => {
    const d = collect({ ...clean, officeFee: 0, judicialCosts: 500_000 }, { exemption: { group: 'reliefCommittee', confirmedBy: 'reliefCommittee' } });
    expect(d.status).toBe('lawful');
    expect(own(d)[0] && brief(own(d)[0] as Finding)).toEqual(['fees.collection.atTariff', 'met', { article: 14, paragraph: 1 }, [], null]);
    expect(own(d)[0]?.message).toEqual({ en: 'No fee was taken from the exempt applicant.', fa: 'از متقاضی معاف تعرفه‌ای دریافت نشده است.' });
    expect(d.value.undercharged).toBe(0);
  });

  it('Art. 13 note 2: 400,000 of a 1,000,000 tariff is 600,000 under, and allowed', () => {
    const d = collect({ ...clean, officeFee: 400_000, judicialCosts: 500_000 });
    expect(d.status).toBe('lawful');
    expect(d.value.undercharged).toBe(600_000);
    expect(d.value.overcharged).toBe(0);
    expect(own(d)[0] && brief(own(d)[0] as Finding)).toEqual(['fees.collection.undercharged', 'met', { article: 13, note: 2 }, [], null]);
    expect(own(d)[0]?.message.en).toBe('The office took 400,000 rials, less than the tariff (1,000,000 rials); taking less than the tariff is allowed.');
  });

  it('Art. 38(ذ): both the office fee and the judicial costs overcharged: one offence, the excesses added', () => {
    const d = collect({ ...clean, officeFee: 1_200_000, judicialCosts: 600_000 });
    expect(d.status).toBe('unlawful');
    expect(d.value.overcharged).toBe(300_000);
    expect(d.value.offences).toEqual([{ citation: { article: 38, clause: 'ذ' }, grade: 5 }]);
    expect(own(d).slice(0, 2).map(brief)).toEqual([
      ['fees.collection.overcharged', 'unmet', { article: 38, clause: 'ذ' }, [], { grade: 5 }],
      ['fees.collection.overcharged', 'unmet', { article: 38, clause: 'ذ' }, [], { grade: 5 }],
    ]);
    expect(own(d).slice(0, 2).map((f) => f.message.en)).toEqual([
      "The office's fee collected was 1,200,000 rials against 1,000,000 rials owed: 200,000 rials more, which is taking more than the fees set, a grade-5 offence.",
      'The judicial costs collected were 600,000 rials against 500,000 rials owed: 100,000 rials more, which is taking more than the fees set, a grade-5 offence.',
    ]);
    expect(own(d)[1]?.message.fa).toBe(
      'بابت هزینه خدمات قضایی ۶۰۰٬۰۰۰ ریال دریافت شده و مبلغ مقرر ۵۰۰٬۰۰۰ ریال است: ۱۰۰٬۰۰۰ ریال بیشتر، که دریافت وجه بیشتر از هزینه‌های تعیین‌شده و تخلف درجه پنج است.',
    );
    expect(d.summary).toEqual({ en: 'The collection broke the rules (300,000 rials more than owed).', fa: 'دریافت وجه خلاف مقررات بوده است (۳۰۰٬۰۰۰ ریال بیش از مبلغ مقرر).' });
  });

  it('Art. 38(ذ): judicial costs alone overcharged are the offence; an office fee not given leaves the excess unknown', () => {
    const d = collect({ ...clean, judicialCosts: 500_001 });
    expect(d.status).toBe('unlawful');
    expect(d.value.offences).toEqual([{ citation: { article: 38, clause: 'ذ' }, grade: 5 }]);
    expect(d.value.overcharged).toBeNull();
    expect(d.value.undercharged).toBeNull();
    expect(own(d)[0] && brief(own(d)[0] as Finding)).toEqual(['fees.collection.unknown', 'unknown', { article: 38, clause: 'ذ' }, ['collected.officeFee'], null]);
    expect(own(d)[0]?.message).toEqual({ en: "The amount collected or owed for the office's fee is unknown.", fa: 'مبلغ دریافت‌شده یا مبلغ مقرر برای تعرفه خدمات دفتر معلوم نیست.' });
    expect(d.summary.en).toBe('The collection broke the rules.');
  });

  it('Art. 13: with the tariff unknown, the office fee collected cannot be judged', () => {
    const d = checkFeeCollection({ serviceDate: '1403/05/01', judicialCosts: 500_000, collected: { ...clean, officeFee: 7, judicialCosts: 500_000 } });
    expect(own(d)[0] && brief(own(d)[0] as Finding)).toEqual(['fees.collection.unknown', 'unknown', { article: 38, clause: 'ذ' }, ['tariff'], null]);
    expect(d.status).toBe('incomplete');
    expect(d.summary).toEqual({ en: 'There are not enough facts to judge the collection.', fa: 'برای داوری درباره دریافت وجه اطلاعات کافی نیست.' });
  });

  it('Art. 1(ژ): judicial costs not computed, or not reported as collected, cannot be judged', () => {
    const noDue = checkFeeCollection({ serviceDate: '1403/05/01', tariff: 1_000_000, collected: { ...clean, officeFee: 1_000_000, judicialCosts: 500_000 } });
    expect(own(noDue)[1] && brief(own(noDue)[1] as Finding)).toEqual(['fees.collection.unknown', 'unknown', { article: 1, clause: 'ژ' }, ['judicialCosts'], null]);
    expect(own(noDue)[1]?.message.en).toBe('The amount collected or owed for the judicial costs is unknown.');
    expect(noDue.value.overcharged).toBeNull();
    expect(noDue.value.offences).toEqual([]);
    expect(noDue.status).toBe('incomplete');
    const notReported = collect({ ...clean, officeFee: 1_000_000 });
    expect(own(notReported)[1] && brief(own(notReported)[1] as Finding)).toEqual(['fees.collection.unknown', 'unknown', { article: 1, clause: 'ژ' }, ['collected.judicialCosts'], null]);
    expect(notReported.value.overcharged).toBeNull();
    expect(notReported.value.undercharged).toBe(0);
  });

  it('Art. 1(ژ): judicial costs short are unmet, cited to Art. 1(ژ)', () => {
    const d = collect({ ...clean, officeFee: 1_000_000, judicialCosts: 499_999 });
    expect(own(d)[1] && brief(own(d)[1] as Finding)).toEqual(['fees.collection.judicialCostsShort', 'unmet', { article: 1, clause: 'ژ' }, [], null]);
    expect(own(d)[1]?.message.en).toBe(
      '499,999 rials was paid towards judicial costs of 500,000 rials; these costs are set by law, and neither Art. 13 note 2 nor the exemption of Art. 14 reduces them.',
    );
    expect(d.value.offences).toEqual([]);
  });

  it('Art. 35(ت), Art. 13 note 1: receipt and method unknown, or broken', () => {
    const unknown = collect({ officeFee: 1_000_000, judicialCosts: 500_000 });
    expect(own(unknown).slice(2).map(brief)).toEqual([
      ['fees.collection.receiptUnknown', 'unknown', { article: 13, note: 1 }, ['collected.receiptIssued'], null],
      ['fees.collection.methodUnknown', 'unknown', { article: 13, note: 1 }, ['collected.method'], null],
    ]);
    expect(own(unknown).slice(2).map((f) => f.message.en)).toEqual([
      'Whether a receipt for the sums was given to the applicant is unknown.',
      'Whether the sums were received through a method the Center set is unknown.',
    ]);
    expect(unknown.status).toBe('incomplete');
    const broken = collect({ officeFee: 1_000_000, judicialCosts: 500_000, receiptIssued: false, method: 'other' });
    expect(own(broken).slice(2).map(brief)).toEqual([
      ['fees.collection.noReceipt', 'unmet', { article: 35, clause: 'ت' }, [], { grade: 2 }],
      ['fees.collection.otherMethod', 'unmet', { article: 13, note: 1 }, [], null],
    ]);
    expect(own(broken)[2]?.message.en).toBe('No receipt for the sums was given to the applicant: a grade-2 offence.');
  });

  it('Art. 13 note 1: one fact unknown among lawful ones makes the check incomplete', () => {
    expect(collect({ officeFee: 1_000_000, judicialCosts: 500_000, receiptIssued: true }).status).toBe('incomplete');
  });
});
