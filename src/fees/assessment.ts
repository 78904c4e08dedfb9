/**
 * What an applicant pays for one service, who covers an exemption, and whether what an
 * office collected was lawful (Arts. 13, 14, 35(ت), 38(ذ); SPEC D14).
 */
import * as z from 'zod/mini';
import { art, note, type Citation } from '../core/citation.js';
import type { Decision, Finding } from './render.js';
import { inputError, parseInput } from '../core/errors.js';
import { makeDecision } from '../core/findings.js';
import { ARTICLE_GRADES } from '../discipline/index.js';
import { selectTariff } from './tariff.js';
import { FeeAssessmentInputSchema, FeeCollectionInputSchema, type ConfirmingBody, type ExemptGroup, type FeeAssessmentInput, type FeeCollectionInput } from './schemas.js';
import { finding, message } from './render.js';

// ---------------------------------------------------------------------------
// Art. 14: the evidence each exempt group needs

/**
 * The body whose confirmation each group needs. For indigent prisoners the text names it
 * («با تایید سازمان زندانها و اقدامات تامینی و تربیتی کشور»); for the other two groups the
 * coverage (تحت پوشش، مستمری بگیر) is a status only the covering body can attest, which is
 * also whom the Center's electronic enquiry of Art. 14 para. 2 asks.
 */
export const EXEMPTION_EVIDENCE: Readonly<Record<ExemptGroup, ConfirmingBody>> = {
  reliefCommittee: 'reliefCommittee',
  welfarePensioner: 'welfareOrganization',
  indigentPrisoner: 'prisonsOrganization',
};

// ---------------------------------------------------------------------------
// Output

/** What is owed for one service, and by whom. Amounts in rials; null where unknown. */
export interface FeeAssessment {
  /** The office's tariff in force for the service. */
  readonly tariff: number | null;
  /** The first day of the tariff used, when it came from a table. */
  readonly tariffEffectiveFrom: string | null;
  /** Whether an exemption of Art. 14 applies (claimed and proven). */
  readonly exempt: boolean;
  /** The group claimed, if any. */
  readonly exemptionClaimed: ExemptGroup | null;
  /** The office's fee the applicant pays: the tariff, or 0 when exempt. */
  readonly applicantPaysOffice: number | null;
  /** What the Association pays the office for an exempt applicant (Art. 14 para. 3). */
  readonly associationPaysOffice: number | null;
  /** The judicial costs, which the applicant always pays (Art. 1(ژ)). */
  readonly judicialCosts: number | null;
  /** Everything the applicant pays: office fee + judicial costs. */
  readonly applicantPaysTotal: number | null;
}

/** Whether the fees of a service are known. */
export type FeeAssessmentStatus = 'determined' | 'incomplete';

/** The answer of {@link assessFee}. */
export type FeeAssessmentDecision = Decision<'fees.assessment', FeeAssessmentStatus, FeeAssessment>;

/** What was collected compared with what was owed. */
export interface FeeCollectionCheck {
  readonly assessment: FeeAssessment;
  /** Rials collected above what the applicant owed (office fee and judicial costs), or null. */
  readonly overcharged: number | null;
  /** Rials of the office fee below what the applicant owed (allowed, Art. 13 note 2), or null. */
  readonly undercharged: number | null;
  /** The offences the facts show, as citations with their grade. */
  readonly offences: readonly { readonly citation: Citation; readonly grade: number }[];
}

/** Whether a collection was lawful. */
export type FeeCollectionStatus = 'lawful' | 'unlawful' | 'incomplete';

/** The answer of {@link checkFeeCollection}. */
export type FeeCollectionDecision = Decision<'fees.collection', FeeCollectionStatus, FeeCollectionCheck>;

// The offences used here, with the grade their article attaches (the discipline catalogue):
// ماده ۳۵- مرتکبان هر یک از تخلفات زیر به مجازات درجه دو محکوم می شوند: ... ت- عدم تسلیم قبض رسید وجوه به مراجعان.
// ماده ۳۸- مرتکبان هر یک از تخلفات زیر به مجازات درجه پنج محکوم می شوند: ... ذ- دریافت وجه بیشتر از هزینه های تعیین شده؛
const NO_RECEIPT = { citation: art(35, 'ت'), grade: ARTICLE_GRADES[35] as number } as const;
const OVERCHARGE = { citation: art(38, 'ذ'), grade: ARTICLE_GRADES[38] as number } as const;

// ---------------------------------------------------------------------------
// The assessment

interface Assessed {
  readonly value: FeeAssessment;
  readonly findings: readonly Finding[];
  readonly serviceDate: number;
}

type ParsedAssessment = z.output<typeof FeeAssessmentInputSchema>;

function assess(p: ParsedAssessment): Assessed {
  const findings: Finding[] = [];
  const service = p.service ?? null;

  // Art. 13: the tariff (the caller's data: the regulation fixes who sets it, not how much).
  let tariff: number | null = null;
  let tariffEffectiveFrom: string | null = null;
  if (p.tariff !== undefined) {
    tariff = p.tariff;
    findings.push(finding({ code: 'fees.tariff.inForce', status: 'met', citation: art(13), params: { service, amount: tariff, from: null } }));
  } else if (p.tariffs !== undefined) {
    // Stryker disable next-line StringLiteral: equivalent — checkTariffSource has already thrown when `tariffs` come without `service`
    const code = p.service ?? '';
    const t = selectTariff(p.tariffs, code, p.serviceDate);
    tariff = t.amount;
    tariffEffectiveFrom = t.effectiveFrom;
    if (t.amount !== null) {
      findings.push(finding({ code: 'fees.tariff.inForce', status: 'met', citation: art(13), params: { service, amount: t.amount, from: t.effectiveFrom }, data: { index: t.index } }));
    } else {
      findings.push(
        finding({
          code: 'fees.tariff.unknown',
          status: 'unknown',
          citation: art(13),
          params: { service, reason: t.effectiveFrom === null ? 'noneInForce' : 'serviceNotListed' },
          missing: [t.index === null ? 'tariffs' : `tariffs[${t.index}].services.${code}`],
        }),
      );
    }
  } else {
    findings.push(finding({ code: 'fees.tariff.unknown', status: 'unknown', citation: art(13), params: { service, reason: 'notGiven' }, missing: ['tariff'] }));
  }

  // ماده ۱۴ (بند اول)- افراد تحت پوشش کمیته امداد امام خمینی (ره)، مددجویان مستمری بگیر سازمان
  // بهزیستی و زندانیان بی بضاعت با تایید سازمان زندانها و اقدامات تامینی و تربیتی کشور از
  // پرداخت تعرفه خدمات دفاتر معاف هستند.
  // Interpretation (D14): an exemption is proven only by the confirmation of the body that
  // covers the group; a claim without it (or confirmed by another body) is not an
  // exemption, and the applicant pays the tariff.
  const claim = p.exemption;
  let exempt = false;
  if (claim === undefined) {
    findings.push(finding({ code: 'fees.exemption.notClaimed', status: 'info', citation: art(14), params: undefined }));
  } else {
    const required = EXEMPTION_EVIDENCE[claim.group];
    const given = claim.confirmedBy ?? null;
    exempt = given === required;
    findings.push(
      exempt
        ? finding({ code: 'fees.exemption.proven', status: 'met', citation: { article: 14, paragraph: 1 }, params: { group: claim.group, body: required } })
        : finding({ code: 'fees.exemption.unproven', status: 'unmet', citation: { article: 14, paragraph: 1 }, params: { group: claim.group, required, given } }),
    );
  }

  // ماده ۱۴ (بند سوم)- کانون موظف است هزینه خدمات ارائه شده به این اشخاص را به دفاتر پرداخت کند.
  const applicantPaysOffice = exempt ? 0 : tariff;
  const associationPaysOffice = exempt ? tariff : tariff === null ? null : 0;
  findings.push(
    exempt
      ? finding({ code: 'fees.association.pays', status: 'info', citation: { article: 14, paragraph: 3 }, params: { amount: tariff } })
      : finding({ code: 'fees.applicant.paysTariff', status: 'info', citation: art(13), params: { amount: tariff } }),
  );

  // ماده ۱ بند ژ- هزینه خدمات قضایی: هزینه هایی که جهت طرح و پیگیری امور قضایی به موجب قوانین و
  // مقررات مربوط تعیین شده است.
  // D14: Art. 14 exempts from «تعرفه خدمات دفاتر» only; judicial costs are set by other
  // laws and no exemption of this regulation touches them.
  const judicialCosts = p.judicialCosts ?? null;
  findings.push(
    judicialCosts === null
      ? finding({ code: 'fees.judicialCosts.unknown', status: 'unknown', citation: art(1, 'ژ'), params: undefined, missing: ['judicialCosts'] })
      : finding({ code: 'fees.judicialCosts.notExempt', status: 'info', citation: art(1, 'ژ'), params: { amount: judicialCosts, exempt } }),
  );

  // تبصره ۱ ماده ۱۳- دریافت کلیه وجوه صرفا از طریق روشهای تعیین شده از سوی مرکز و با ارائه رسید
  // مراجعان انجام می شود.
  findings.push(finding({ code: 'fees.payment.centerMethods', status: 'info', citation: note(13, 1), params: undefined }));

  let applicantPaysTotal: number | null = null;
  if (applicantPaysOffice !== null && judicialCosts !== null) {
    applicantPaysTotal = applicantPaysOffice + judicialCosts;
    if (!Number.isSafeInteger(applicantPaysTotal)) {
      throw inputError(
        'judicialCosts',
        { en: 'amounts whose total is a safe integer', fa: 'مبالغی که جمع آن‌ها عدد صحیح امن باشد' },
        p.judicialCosts,
      );
    }
  }

  return {
    serviceDate: p.serviceDate,
    findings,
    value: {
      tariff,
      tariffEffectiveFrom,
      exempt,
      exemptionClaimed: claim?.group ?? null,
      applicantPaysOffice,
      associationPaysOffice,
      judicialCosts,
      applicantPaysTotal,
    },
  };
}

function checkTariffSource(p: ParsedAssessment, root: string): void {
  if (p.tariff !== undefined && p.tariffs !== undefined) {
    throw inputError(
      `${root}tariffs`,
      { en: 'either `tariff` or `tariffs`, not both', fa: 'یا `tariff` یا `tariffs`، نه هر دو' },
      'both given',
    );
  }
  if (p.tariffs !== undefined && p.service === undefined) {
    throw inputError(`${root}service`, { en: 'the service code to look up in `tariffs`', fa: 'کد خدمت برای یافتن در `tariffs`' }, undefined);
  }
}

/**
 * What the applicant pays for one service and who pays the office (Arts. 13, 14; SPEC D14).
 * The office's tariff comes from the caller (a number, or a dated table and the service
 * code). An exemption of Art. 14 covers the office's tariff only — the Association then
 * pays the office (Art. 14 para. 3) — and never the judicial costs (Art. 1(ژ)). A claim
 * without the confirmation of the body that covers the group is not an exemption.
 *
 * @param input - the service date, the tariff (`tariff` or `tariffs` + `service`), the
 * judicial costs, and the exemption claim with the body that confirmed it
 * @returns a decision: `determined` (or `incomplete` while the tariff or the judicial
 * costs are unknown), with the amounts in rials and the cited findings
 * @throws InputError for a negative, fractional or unsafe amount (naming the field), a bad
 * date, both `tariff` and `tariffs`, or `tariffs` without `service`
 * @example
 * const d = assessFee({
 *   serviceDate: '1403/05/01',
 *   tariff: 1_200_000,
 *   judicialCosts: 3_000_000,
 *   exemption: { group: 'indigentPrisoner', confirmedBy: 'prisonsOrganization' },
 * });
 * d.status; // 'determined'
 * d.value.applicantPaysOffice;   // 0
 * d.value.associationPaysOffice; // 1200000
 * d.value.applicantPaysTotal;    // 3000000 (the judicial costs are never exempt)
 */
export function assessFee(input: FeeAssessmentInput): FeeAssessmentDecision {
  const p = parseInput(FeeAssessmentInputSchema, input);
  checkTariffSource(p, '');
  const a = assess(p);
  const status: FeeAssessmentStatus = a.value.applicantPaysTotal === null ? 'incomplete' : 'determined';
  return makeDecision({
    kind: 'fees.assessment',
    asOf: a.serviceDate,
    status,
    value: a.value,
    summary: message('fees.summary.assessment', {
      applicantOffice: a.value.applicantPaysOffice,
      association: a.value.associationPaysOffice,
      judicialCosts: a.value.judicialCosts,
      total: a.value.applicantPaysTotal,
    }),
    findings: a.findings,
  });
}

/**
 * Whether what an office collected for one service was lawful (Art. 13 and its notes,
 * Art. 14, Art. 35(ت), Art. 38(ذ)). Collecting less than the applicant owes the office is
 * allowed (Art. 13 note 2); more — including any office fee from a proven-exempt
 * applicant, whose fee is zero — is the grade-5 offence of Art. 38(ذ); judicial costs are
 * owed in full whatever the exemption; no receipt is the grade-2 offence of Art. 35(ت);
 * sums go only through the Center's methods (Art. 13 note 1). Both concern sums received:
 * when nothing was collected (office fee and judicial costs both 0) no receipt is due and
 * no method can be broken, whatever `receiptIssued` and `method` say.
 *
 * @param input - the input of {@link assessFee} plus `collected`: `officeFee`,
 * `judicialCosts`, `receiptIssued`, `method`
 * @returns a decision `lawful`, `unlawful` or `incomplete` (the status reads only the
 * collection's findings; the assessment's findings come first, for the record)
 * @throws InputError as {@link assessFee}, naming `collected.*` fields
 * @example
 * const d = checkFeeCollection({
 *   serviceDate: '1403/05/01',
 *   tariff: 1_000_000,
 *   judicialCosts: 500_000,
 *   collected: { officeFee: 1_300_000, judicialCosts: 500_000, receiptIssued: false, method: 'centerMethod' },
 * });
 * d.status;                // 'unlawful'
 * d.value.overcharged;     // 300000
 * d.value.offences.map((o) => o.grade); // [5, 2] (Art. 38(ذ), Art. 35(ت))
 */
export function checkFeeCollection(input: FeeCollectionInput): FeeCollectionDecision {
  const p = parseInput(FeeCollectionInputSchema, input);
  checkTariffSource(p, '');
  const a = assess(p);
  const c = p.collected;
  const own: Finding[] = [];
  const offences: { citation: Citation; grade: number }[] = [];
  // Art. 38(ذ) is one offence however many items were overcharged.
  let overchargedAny = false;
  let overcharged: number | null = 0;
  let undercharged: number | null = 0;
  const exempt = a.value.exempt;

  // The office's fee. تبصره ۲ ماده ۱۳- دریافت وجه کمتر از تعرفه بابت خدمات ارائه شده بلامانع است.
  // ماده ۳۸ بند ذ- دریافت وجه بیشتر از هزینه های تعیین شده؛ (درجه پنج)
  // D14: for a proven-exempt applicant the fee set is zero, so any office fee taken from
  // them is more than the fees set.
  const dueOffice = a.value.applicantPaysOffice;
  if (c.officeFee === undefined || dueOffice === null) {
    overcharged = null;
    undercharged = null;
    own.push(
      finding({
        code: 'fees.collection.unknown',
        status: 'unknown',
        citation: art(38, 'ذ'),
        params: { item: 'officeFee' },
        missing: c.officeFee === undefined ? ['collected.officeFee'] : ['tariff'],
      }),
    );
  } else if (c.officeFee > dueOffice) {
    const excess = c.officeFee - dueOffice;
    overcharged = excess;
    overchargedAny = true;
    own.push(
      finding({
        code: 'fees.collection.overcharged',
        status: 'unmet',
        citation: OVERCHARGE.citation,
        params: { item: 'officeFee', collected: c.officeFee, due: dueOffice, excess, exempt },
        data: { grade: OVERCHARGE.grade },
      }),
    );
  } else if (c.officeFee < dueOffice) {
    undercharged = dueOffice - c.officeFee;
    own.push(finding({ code: 'fees.collection.undercharged', status: 'met', citation: note(13, 2), params: { collected: c.officeFee, due: dueOffice } }));
  } else {
    own.push(
      finding({
        code: 'fees.collection.atTariff',
        status: 'met',
        citation: exempt ? { article: 14, paragraph: 1 } : art(13),
        params: { collected: c.officeFee, exempt },
      }),
    );
  }

  // Judicial costs: owed in full (Art. 1(ژ)); Art. 13 note 2 lets the office take less than
  // its own tariff, not less than the costs set by law; more is Art. 38(ذ).
  const dueJudicial = a.value.judicialCosts;
  if (c.judicialCosts === undefined || dueJudicial === null) {
    overcharged = null;
    own.push(
      finding({
        code: 'fees.collection.unknown',
        status: 'unknown',
        citation: art(1, 'ژ'),
        params: { item: 'judicialCosts' },
        missing: c.judicialCosts === undefined ? ['collected.judicialCosts'] : ['judicialCosts'],
      }),
    );
  } else if (c.judicialCosts > dueJudicial) {
    const excess = c.judicialCosts - dueJudicial;
    if (overcharged !== null) overcharged += excess;
    overchargedAny = true;
    own.push(
      finding({
        code: 'fees.collection.overcharged',
        status: 'unmet',
        citation: OVERCHARGE.citation,
        params: { item: 'judicialCosts', collected: c.judicialCosts, due: dueJudicial, excess, exempt },
        data: { grade: OVERCHARGE.grade },
      }),
    );
  } else if (c.judicialCosts < dueJudicial) {
    own.push(finding({ code: 'fees.collection.judicialCostsShort', status: 'unmet', citation: art(1, 'ژ'), params: { collected: c.judicialCosts, due: dueJudicial } }));
  } else {
    own.push(finding({ code: 'fees.collection.judicialCostsPaid', status: 'met', citation: art(1, 'ژ'), params: { collected: c.judicialCosts } }));
  }

  if (overchargedAny) offences.push({ ...OVERCHARGE });

  // Whether any money was taken: the receipt and the payment method concern sums received.
  // ماده ۳۵ بند ت- «عدم تسلیم قبض رسید وجوه به مراجعان» and تبصره ۱ ماده ۱۳- «دریافت کلیه وجوه
  // صرفا از طریق روشهای تعیین شده ... و با ارائه رسید»: with nothing received there is no
  // receipt for sums to hand over and no method of receiving to break (docs/interpretation.md).
  // true: some money was taken; false: both amounts are 0; null: not known.
  const taken: boolean | null =
    (c.officeFee ?? 0) > 0 || (c.judicialCosts ?? 0) > 0 ? true : c.officeFee === 0 && c.judicialCosts === 0 ? false : null;
  const amountsMissing = [
    ...(c.officeFee === undefined ? ['collected.officeFee'] : []),
    ...(c.judicialCosts === undefined ? ['collected.judicialCosts'] : []),
  ];

  // ماده ۳۵ بند ت- عدم تسلیم قبض رسید وجوه به مراجعان؛ (درجه دو)
  if (taken === false) {
    own.push(finding({ code: 'fees.collection.receiptNotDue', status: 'met', citation: NO_RECEIPT.citation, params: undefined }));
  } else if (c.receiptIssued === undefined) {
    own.push(finding({ code: 'fees.collection.receiptUnknown', status: 'unknown', citation: note(13, 1), params: undefined, missing: ['collected.receiptIssued'] }));
  } else if (c.receiptIssued) {
    own.push(finding({ code: 'fees.collection.receiptIssued', status: 'met', citation: note(13, 1), params: undefined }));
  } else if (taken === null) {
    // No receipt, but whether a sum was received (and so a receipt due) is not known.
    own.push(finding({ code: 'fees.collection.noReceiptIfTaken', status: 'unknown', citation: NO_RECEIPT.citation, params: undefined, missing: amountsMissing }));
  } else {
    offences.push({ ...NO_RECEIPT });
    own.push(finding({ code: 'fees.collection.noReceipt', status: 'unmet', citation: NO_RECEIPT.citation, params: undefined, data: { grade: NO_RECEIPT.grade } }));
  }

  // تبصره ۱ ماده ۱۳: only by the methods the Center set. The regulation names no offence of
  // its own for another method; Art. 41 (a breach it does not list, grades 2–4) may apply.
  if (taken === false) {
    own.push(finding({ code: 'fees.collection.methodNotApplicable', status: 'met', citation: note(13, 1), params: undefined }));
  } else if (c.method === undefined) {
    own.push(finding({ code: 'fees.collection.methodUnknown', status: 'unknown', citation: note(13, 1), params: undefined, missing: ['collected.method'] }));
  } else if (c.method === 'centerMethod') {
    own.push(finding({ code: 'fees.collection.centerMethod', status: 'met', citation: note(13, 1), params: undefined }));
  } else if (taken === null) {
    own.push(finding({ code: 'fees.collection.otherMethodIfTaken', status: 'unknown', citation: note(13, 1), params: undefined, missing: amountsMissing }));
  } else {
    own.push(finding({ code: 'fees.collection.otherMethod', status: 'unmet', citation: note(13, 1), params: undefined }));
  }

  let status: FeeCollectionStatus = 'lawful';
  if (own.some((f) => f.status === 'unmet')) status = 'unlawful';
  else if (own.some((f) => f.status === 'unknown')) status = 'incomplete';

  return makeDecision({
    kind: 'fees.collection',
    asOf: a.serviceDate,
    status,
    value: { assessment: a.value, overcharged, undercharged, offences },
    summary: message('fees.summary.collection', { status, overcharged }),
    findings: [...a.findings, ...own],
  });
}
