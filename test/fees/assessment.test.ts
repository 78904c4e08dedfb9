import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError, type InputIssue } from '../../src/core/errors.js';
import { assessFee, checkFeeCollection, EXEMPTION_EVIDENCE, type ConfirmingBody, type ExemptGroup, type FeeCollectionInput, tariffInForce } from '../../src/fees/index.js';
import { type Finding } from '../../src/core/decision.js';
import { groupThousands, rialsEn, rialsFa } from '../../src/fees/money.js';

const GROUPS: readonly ExemptGroup[] = ['reliefCommittee', 'welfarePensioner', 'indigentPrisoner'];
const BODIES: readonly ConfirmingBody[] = ['reliefCommittee', 'welfareOrganization', 'prisonsOrganization'];

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error('no error');
}

const base = { serviceDate: '1403/05/01', tariff: 1_000_000, judicialCosts: 500_000 } as const;
const clean = { receiptIssued: true, method: 'centerMethod' } as const;

describe('Arts. 13–14: what the applicant pays (assessFee)', () => {
  it('TSDoc example: assessFee for a confirmed indigent prisoner', () => {
    const d = assessFee({
      serviceDate: '1403/05/01',
      tariff: 1_200_000,
      judicialCosts: 3_000_000,
      exemption: { group: 'indigentPrisoner', confirmedBy: 'prisonsOrganization' },
    });
    expect(d.status).toBe('determined');
    expect(d.value.applicantPaysOffice).toBe(0);
    expect(d.value.associationPaysOffice).toBe(1200000);
    expect(d.value.applicantPaysTotal).toBe(3000000);
  });

  it('Art. 13: without an exemption the applicant pays the tariff and the judicial costs', () => {
    const d = assessFee(base);
    expect(d.value).toEqual({
      tariff: 1_000_000,
      tariffEffectiveFrom: null,
      exempt: false,
      exemptionClaimed: null,
      applicantPaysOffice: 1_000_000,
      associationPaysOffice: 0,
      judicialCosts: 500_000,
      applicantPaysTotal: 1_500_000,
    });
    expect(d.asOf).toBe('1403/05/01');
    expect(d.findings.map((f) => f.code)).toEqual([
      'fees.tariff.inForce',
      'fees.exemption.notClaimed',
      'fees.applicant.paysTariff',
      'fees.judicialCosts.notExempt',
      'fees.payment.centerMethods',
    ]);
  });

  it.each(GROUPS)('Art. 14: %s confirmed by its body is exempt; the Association pays the office (Art. 14 para. 3)', (group) => {
    const d = assessFee({ ...base, exemption: { group, confirmedBy: EXEMPTION_EVIDENCE[group] } });
    expect(d.value.exempt).toBe(true);
    expect(d.value.applicantPaysOffice).toBe(0);
    expect(d.value.associationPaysOffice).toBe(1_000_000);
    const pays = d.findings.find((f) => f.code === 'fees.association.pays');
    expect(pays?.citation).toEqual({ article: 14, paragraph: 3 });
    expect(d.findings.find((f) => f.code === 'fees.exemption.proven')?.citation).toEqual({ article: 14, paragraph: 1 });
  });

  it('Art. 14: the indigent prisoner needs the Prisons Organization\'s confirmation', () => {
    expect(EXEMPTION_EVIDENCE.indigentPrisoner).toBe('prisonsOrganization');
    const unconfirmed = assessFee({ ...base, exemption: { group: 'indigentPrisoner' } });
    expect(unconfirmed.value.exempt).toBe(false);
    expect(unconfirmed.value.applicantPaysOffice).toBe(1_000_000);
    const f = unconfirmed.findings.find((x) => x.code === 'fees.exemption.unproven');
    expect(f?.status).toBe('unmet');
    expect(f?.message.en).toContain('Prisons');
    expect(unconfirmed.status).toBe('determined');
    expect(unconfirmed.missing).toEqual([]);
  });

  it('Art. 14: an unproven claim is not an exemption, whether confirmation is null or from the wrong body', () => {
    for (const group of GROUPS) {
      for (const confirmedBy of [null, ...BODIES.filter((b) => b !== EXEMPTION_EVIDENCE[group])]) {
        const d = assessFee({ ...base, exemption: { group, confirmedBy } });
        expect(d.value.exempt, `${group} by ${String(confirmedBy)}`).toBe(false);
        expect(d.value.applicantPaysOffice).toBe(1_000_000);
        expect(d.value.associationPaysOffice).toBe(0);
        expect(d.value.exemptionClaimed).toBe(group);
      }
    }
  });

  it('Art. 1(ژ): the exemption never covers the judicial costs', () => {
    const d = assessFee({ ...base, exemption: { group: 'reliefCommittee', confirmedBy: 'reliefCommittee' } });
    expect(d.value.judicialCosts).toBe(500_000);
    expect(d.value.applicantPaysTotal).toBe(500_000);
    const f = d.findings.find((x) => x.code === 'fees.judicialCosts.notExempt');
    expect(f?.citation).toEqual({ article: 1, clause: 'ژ' });
    expect(f?.message.en).toContain('covers only');
  });

  it('Arts. 1(ژ), 14 (property): the applicant always pays the judicial costs; the office always gets the tariff', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.option(fc.record({ group: fc.constantFrom(...GROUPS), confirmedBy: fc.option(fc.constantFrom(...BODIES), { nil: null }) }), { nil: undefined }),
        (tariff, judicialCosts, exemption) => {
          const d = assessFee({ serviceDate: '1403/01/01', tariff, judicialCosts, ...(exemption ? { exemption } : {}) });
          expect(d.value.judicialCosts).toBe(judicialCosts);
          expect((d.value.applicantPaysOffice ?? NaN) + (d.value.associationPaysOffice ?? NaN)).toBe(tariff);
          expect(d.value.applicantPaysTotal).toBe((d.value.applicantPaysOffice ?? NaN) + judicialCosts);
          expect(d.value.exempt).toBe(exemption !== undefined && exemption.confirmedBy === EXEMPTION_EVIDENCE[exemption.group]);
        },
      ),
    );
  });

  it('Art. 13: the tariff can come from a dated table', () => {
    const d = assessFee({
      serviceDate: '1403/01/01',
      service: 'petition',
      tariffs: [
        { effectiveFrom: '1403/01/01', services: { petition: 1_100_000 } },
        { effectiveFrom: '1402/01/01', services: { petition: 900_000 } },
      ],
      judicialCosts: 0,
    });
    expect(d.value.tariff).toBe(1_100_000);
    expect(d.value.tariffEffectiveFrom).toBe('1403/01/01');
  });

  it('an unknown tariff or judicial costs make the assessment incomplete and list the fact', () => {
    const noTariff = assessFee({ serviceDate: '1403/01/01', judicialCosts: 10 });
    expect(noTariff.status).toBe('incomplete');
    expect(noTariff.missing).toEqual(['tariff']);
    expect(noTariff.value.applicantPaysOffice).toBeNull();
    expect(noTariff.value.associationPaysOffice).toBeNull();

    const noneInForce = assessFee({ serviceDate: '1401/01/01', service: 'x', tariffs: [{ effectiveFrom: '1402/01/01', services: { x: 1 } }], judicialCosts: 0 });
    expect(noneInForce.missing).toEqual(['tariffs']);
    const notListed = assessFee({ serviceDate: '1403/01/01', service: 'y', tariffs: [{ effectiveFrom: '1402/01/01', services: { x: 1 } }], judicialCosts: 0 });
    expect(notListed.missing).toEqual(['tariffs[0].services.y']);

    const noCosts = assessFee({ serviceDate: '1403/01/01', tariff: 5 });
    expect(noCosts.status).toBe('incomplete');
    expect(noCosts.missing).toEqual(['judicialCosts']);
    expect(noCosts.value.applicantPaysOffice).toBe(5);
  });

  it('bad input is an InputError naming the field', () => {
    expect(fieldsOf(() => assessFee({ ...base, tariff: -1 }))).toEqual(['tariff']);
    expect(fieldsOf(() => assessFee({ ...base, judicialCosts: 0.5 }))).toEqual(['judicialCosts']);
    expect(fieldsOf(() => assessFee({ ...base, serviceDate: '1403/13/01' }))).toEqual(['serviceDate']);
    expect(fieldsOf(() => assessFee({ ...base, exemption: { group: 'student' as ExemptGroup } }))).toEqual(['exemption.group']);
    expect(fieldsOf(() => assessFee({ ...base, tariffs: [] }))).toEqual(['tariffs']);
    expect(fieldsOf(() => assessFee({ serviceDate: '1403/01/01', tariffs: [] }))).toEqual(['service']);
    expect(fieldsOf(() => assessFee({ ...base, tariff: Number.MAX_SAFE_INTEGER, judicialCosts: 1 }))).toEqual(['judicialCosts']);
    expect(fieldsOf(() => assessFee({ ...base, extra: 1 } as never))).toEqual(['(input)']);
  });

  it('every finding is cited and has both languages; Persian text has Persian digits only', () => {
    const d = assessFee({ ...base, exemption: { group: 'welfarePensioner', confirmedBy: 'welfareOrganization' } });
    for (const f of [...d.findings, { message: d.summary, citation: { article: 13 } }]) {
      expect(f.citation.article).toBeGreaterThan(0);
      expect(f.message.fa.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(/[0-9]/.test(f.message.fa)).toBe(false);
    }
    expect(d.summary.fa).toContain('۱٬۰۰۰٬۰۰۰ ریال');
    expect(d.summary.en).toContain('1,000,000 rials');
  });

  it('does not mutate its input', () => {
    const input = { ...base, exemption: { group: 'reliefCommittee' as const, confirmedBy: 'reliefCommittee' as const } };
    const copy = structuredClone(input);
    assessFee(input);
    expect(input).toEqual(copy);
  });
});

describe('Art. 13 notes, Art. 35(ت), Art. 38(ذ): what the office collected (checkFeeCollection)', () => {
  it('TSDoc example: checkFeeCollection with 300,000 rials too much and no receipt', () => {
    const d = checkFeeCollection({
      serviceDate: '1403/05/01',
      tariff: 1_000_000,
      judicialCosts: 500_000,
      collected: { officeFee: 1_300_000, judicialCosts: 500_000, receiptIssued: false, method: 'centerMethod' },
    });
    expect(d.status).toBe('unlawful');
    expect(d.value.overcharged).toBe(300000);
    expect(d.value.offences.map((o) => o.grade)).toEqual([5, 2]);
    expect(d.value.offences.map((o) => o.citation)).toEqual([
      { article: 38, clause: 'ذ' },
      { article: 35, clause: 'ت' },
    ]);
  });

  it('Art. 13 note 2: the tariff itself is lawful; one rial more is the grade-5 offence of Art. 38(ذ)', () => {
    const at = checkFeeCollection({ ...base, collected: { ...clean, officeFee: 1_000_000, judicialCosts: 500_000 } });
    expect(at.status).toBe('lawful');
    expect(at.value.overcharged).toBe(0);
    const more = checkFeeCollection({ ...base, collected: { ...clean, officeFee: 1_000_001, judicialCosts: 500_000 } });
    expect(more.status).toBe('unlawful');
    const f = more.findings.find((x) => x.code === 'fees.collection.overcharged');
    expect(f?.citation).toEqual({ article: 38, clause: 'ذ' });
    expect(f?.data).toEqual({ grade: 5 });
    expect(more.value.overcharged).toBe(1);
  });

  it('Art. 13 note 2: taking less than the tariff is allowed', () => {
    const d = checkFeeCollection({ ...base, collected: { ...clean, officeFee: 0, judicialCosts: 500_000 } });
    expect(d.status).toBe('lawful');
    expect(d.value.undercharged).toBe(1_000_000);
    const f = d.findings.find((x) => x.code === 'fees.collection.undercharged');
    expect(f?.status).toBe('met');
    expect(f?.citation).toEqual({ article: 13, note: 2 });
  });

  it('Arts. 14, 38(ذ): any office fee taken from a proven-exempt applicant is more than the fee set', () => {
    const exemption = { group: 'welfarePensioner', confirmedBy: 'welfareOrganization' } as const;
    const zero = checkFeeCollection({ ...base, exemption, collected: { ...clean, officeFee: 0, judicialCosts: 500_000 } });
    expect(zero.status).toBe('lawful');
    const one = checkFeeCollection({ ...base, exemption, collected: { ...clean, officeFee: 1, judicialCosts: 500_000 } });
    expect(one.status).toBe('unlawful');
    expect(one.findings.find((x) => x.code === 'fees.collection.overcharged')?.message.en).toContain('exempt');
  });

  it('Art. 14: an unproven claim lets the office take the tariff', () => {
    const d = checkFeeCollection({ ...base, exemption: { group: 'indigentPrisoner' }, collected: { ...clean, officeFee: 1_000_000, judicialCosts: 500_000 } });
    expect(d.status).toBe('lawful');
  });

  it('Art. 35(ت): no receipt is the grade-2 offence; a receipt meets Art. 13 note 1', () => {
    const no = checkFeeCollection({ ...base, collected: { ...clean, receiptIssued: false, officeFee: 1_000_000, judicialCosts: 500_000 } });
    expect(no.status).toBe('unlawful');
    expect(no.value.offences).toEqual([{ citation: { article: 35, clause: 'ت' }, grade: 2 }]);
    const yes = checkFeeCollection({ ...base, collected: { ...clean, officeFee: 1_000_000, judicialCosts: 500_000 } });
    expect(yes.findings.find((x) => x.code === 'fees.collection.receiptIssued')?.citation).toEqual({ article: 13, note: 1 });
  });

  it('Art. 13 note 1: a sum taken outside the Center\'s methods breaks the note', () => {
    const d = checkFeeCollection({ ...base, collected: { ...clean, method: 'other', officeFee: 1_000_000, judicialCosts: 500_000 } });
    expect(d.status).toBe('unlawful');
    const f = d.findings.find((x) => x.code === 'fees.collection.otherMethod');
    expect(f?.status).toBe('unmet');
    expect(f?.citation).toEqual({ article: 13, note: 1 });
    expect(d.value.offences).toEqual([]);
  });

  it('Art. 1(ژ): judicial costs short of what the system computed are not lawful; more is Art. 38(ذ)', () => {
    const short = checkFeeCollection({ ...base, exemption: { group: 'reliefCommittee', confirmedBy: 'reliefCommittee' }, collected: { ...clean, officeFee: 0, judicialCosts: 499_999 } });
    expect(short.status).toBe('unlawful');
    expect(short.findings.find((x) => x.code === 'fees.collection.judicialCostsShort')?.status).toBe('unmet');
    const more = checkFeeCollection({ ...base, collected: { ...clean, officeFee: 1_000_000, judicialCosts: 500_100 } });
    expect(more.status).toBe('unlawful');
    expect(more.value.overcharged).toBe(100);
    expect(more.value.offences).toEqual([{ citation: { article: 38, clause: 'ذ' }, grade: 5 }]);
  });

  it('missing facts make the check incomplete and are listed', () => {
    const d = checkFeeCollection({ serviceDate: '1403/05/01', judicialCosts: 1, collected: { officeFee: 10 } });
    expect(d.status).toBe('incomplete');
    expect(d.missing).toEqual(['tariff', 'collected.judicialCosts', 'collected.receiptIssued', 'collected.method']);
    expect(d.value.overcharged).toBeNull();
  });

  it('an unlawful fact wins over missing ones', () => {
    // 1 rial taken without a receipt (Art. 35(ت)); the judicial costs collected and the method unknown.
    const d = checkFeeCollection({ ...base, collected: { officeFee: 1, receiptIssued: false } });
    expect(d.status).toBe('unlawful');
    expect(d.missing).toEqual(['collected.judicialCosts', 'collected.method']);
  });

  it('bad amounts collected are InputErrors naming collected.*', () => {
    expect(fieldsOf(() => checkFeeCollection({ ...base, collected: { officeFee: -5 } }))).toEqual(['collected.officeFee']);
    expect(fieldsOf(() => checkFeeCollection({ ...base, collected: { judicialCosts: 1.25 } }))).toEqual(['collected.judicialCosts']);
    expect(fieldsOf(() => checkFeeCollection({ ...base } as unknown as FeeCollectionInput))).toEqual(['collected']);
  });

  it('Art. 38(ذ) (property): paying more never makes a charge lawful', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 2 * 10 ** 9 }),
        fc.integer({ min: 1, max: 10 ** 9 }),
        fc.boolean(),
        fc.boolean(),
        (tariff, officeFee, more, receiptIssued, exempt) => {
          const input = (fee: number): FeeCollectionInput => ({
            serviceDate: '1403/05/01',
            tariff,
            judicialCosts: 100,
            ...(exempt ? { exemption: { group: 'reliefCommittee', confirmedBy: 'reliefCommittee' } as const } : {}),
            collected: { officeFee: fee, judicialCosts: 100, receiptIssued, method: 'centerMethod' },
          });
          const a = checkFeeCollection(input(officeFee));
          const b = checkFeeCollection(input(officeFee + more));
          if (a.status === 'unlawful') expect(b.status).toBe('unlawful');
          if (b.status === 'lawful') expect(a.status).toBe('lawful');
          const due = exempt ? 0 : tariff;
          expect(a.status === 'unlawful').toBe(officeFee > due || !receiptIssued);
        },
      ),
    );
  });

  it('every finding is cited and bilingual', () => {
    const d = checkFeeCollection({ ...base, collected: { officeFee: 2_000_000, judicialCosts: 400_000, receiptIssued: false, method: 'other' } });
    for (const f of d.findings) {
      expect(f.message.fa.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
      expect(/[0-9]/.test(f.message.fa)).toBe(false);
    }
  });

  it('does not mutate its input', () => {
    const input: FeeCollectionInput = { ...base, collected: { officeFee: 1, judicialCosts: 2, receiptIssued: true, method: 'centerMethod' } };
    const copy = structuredClone(input);
    checkFeeCollection(input);
    expect(input).toEqual(copy);
  });
});

describe('Art. 13 note 1 and Art. 35(ت): a receipt and a method only for money taken', () => {
  const exemptNothing = {
    serviceDate: '1403/05/01',
    tariff: 1000000,
    judicialCosts: 0,
    exemption: { group: 'reliefCommittee', confirmedBy: 'reliefCommittee' },
  } as const;
  const offenceCodes = (d: ReturnType<typeof checkFeeCollection>) => d.value.offences.map((o) => o.citation);

  it('Art. 35(ت) «عدم تسلیم قبض رسید وجوه»: nothing collected, no receipt given — lawful, no offence (the issue\'s call)', () => {
    const d = checkFeeCollection({ ...exemptNothing, collected: { officeFee: 0, judicialCosts: 0, receiptIssued: false, method: 'centerMethod' } });
    expect(d.status).toBe('lawful');
    expect(d.value.offences).toEqual([]);
    const f = d.findings.find((x) => x.code === 'fees.collection.receiptNotDue');
    expect(f?.status).toBe('met');
    expect(f?.citation).toEqual({ article: 35, clause: 'ت' });
    expect(d.findings.some((x) => x.code === 'fees.collection.noReceipt')).toBe(false);
  });

  it('Art. 35(ت): 1 rial collected without a receipt is still the grade-2 offence (pair of the call above)', () => {
    const d = checkFeeCollection({ ...exemptNothing, judicialCosts: 1, collected: { officeFee: 0, judicialCosts: 1, receiptIssued: false, method: 'centerMethod' } });
    expect(d.status).toBe('unlawful');
    expect(offenceCodes(d)).toEqual([{ article: 35, clause: 'ت' }]);
    const fee = checkFeeCollection({ ...base, tariff: 1, judicialCosts: 0, collected: { officeFee: 1, judicialCosts: 0, receiptIssued: false, method: 'centerMethod' } });
    expect(offenceCodes(fee)).toEqual([{ article: 35, clause: 'ت' }]);
  });

  it('Art. 13 note 1 «دریافت کلیه وجوه»: nothing collected and method "other" — no method broken (the issue\'s call)', () => {
    const d = checkFeeCollection({ ...exemptNothing, collected: { officeFee: 0, judicialCosts: 0, receiptIssued: false, method: 'other' } });
    expect(d.status).toBe('lawful');
    expect(d.findings.find((x) => x.code === 'fees.collection.methodNotApplicable')?.status).toBe('met');
    expect(d.findings.some((x) => x.code === 'fees.collection.otherMethod')).toBe(false);
  });

  it('Art. 13 note 1: the method rule applies as soon as 1 rial is taken (pair)', () => {
    const d = checkFeeCollection({ ...exemptNothing, judicialCosts: 1, collected: { officeFee: 0, judicialCosts: 1, receiptIssued: true, method: 'other' } });
    expect(d.status).toBe('unlawful');
    expect(d.findings.find((x) => x.code === 'fees.collection.otherMethod')?.status).toBe('unmet');
  });

  it('Art. 35(ت), Art. 13 note 1: with an amount unknown and the known one 0, no receipt or another method is unknown, not an offence', () => {
    const d = checkFeeCollection({ ...exemptNothing, collected: { officeFee: 0, receiptIssued: false, method: 'other' } });
    expect(d.status).toBe('incomplete');
    expect(d.value.offences).toEqual([]);
    expect(d.findings.filter((x) => x.code === 'fees.collection.noReceiptIfTaken' || x.code === 'fees.collection.otherMethodIfTaken').map((x) => x.status)).toEqual(['unknown', 'unknown']);
    expect(d.missing).toEqual(['collected.judicialCosts']);
    // Known to be taken (1 rial) though the other amount is unknown: the offence stands.
    expect(checkFeeCollection({ ...exemptNothing, collected: { officeFee: 1, receiptIssued: false } }).value.offences).toEqual([
      { citation: { article: 38, clause: 'ذ' }, grade: 5 },
      { citation: { article: 35, clause: 'ت' }, grade: 2 },
    ]);
  });

  it('Arts. 13 note 1, 35(ت) (property): with nothing collected, the receipt and method fields never change the outcome', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.boolean(),
        fc.option(fc.boolean(), { nil: undefined }),
        fc.option(fc.constantFrom('centerMethod' as const, 'other' as const), { nil: undefined }),
        (tariff, judicialCosts, exempt, receiptIssued, method) => {
          const input = (collected: FeeCollectionInput['collected']): FeeCollectionInput => ({
            serviceDate: '1403/05/01',
            tariff,
            judicialCosts,
            ...(exempt ? { exemption: { group: 'reliefCommittee', confirmedBy: 'reliefCommittee' } as const } : {}),
            collected,
          });
          const ref = checkFeeCollection(input({ officeFee: 0, judicialCosts: 0, receiptIssued: true, method: 'centerMethod' }));
          const d = checkFeeCollection(
            input({ officeFee: 0, judicialCosts: 0, ...(receiptIssued === undefined ? {} : { receiptIssued }), ...(method === undefined ? {} : { method }) }),
          );
          expect(d.status).toBe(ref.status);
          expect(d.value).toEqual(ref.value);
          expect(d.findings.map((f) => [f.code, f.status])).toEqual(ref.findings.map((f) => [f.code, f.status]));
          expect(d.value.offences.some((o) => o.citation.article === 35)).toBe(false);
        },
      ),
    );
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).

// Tests written to kill Stryker's survivors in src/fees/{assessment,money,tariff}.ts: they
// pin each finding's code, status, citation, missing facts and data, the messages in both
// languages (amounts grouped by thousands; Persian with Persian digits), the decision's
// kind and summary, and the input errors' codes and texts.
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

const byCode = (d: { findings: readonly Finding[] }, code: string): Finding | undefined => d.findings.find((f) => f.code === code);
/** The collection's own findings (after the assessment's five). */
const own = (d: { findings: readonly Finding[] }): Finding[] => d.findings.slice(5);

describe('amounts in rials as text — pinned', () => {
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

describe('Art. 13: the tariff table — pinned', () => {
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

describe('Arts. 1(ژ), 13, 14: every finding of assessFee — pinned', () => {
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

describe('Art. 13 notes, Arts. 1(ژ), 35(ت), 38(ذ): every finding of checkFeeCollection — pinned', () => {
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
