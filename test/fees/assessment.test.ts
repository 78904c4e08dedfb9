import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import {
  assessFee,
  checkFeeCollection,
  EXEMPTION_EVIDENCE,
  type ConfirmingBody,
  type ExemptGroup,
  type FeeCollectionInput,
} from '../../src/fees/index.js';

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
