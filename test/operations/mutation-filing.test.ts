// Tests written to kill Stryker's survivors in src/operations/filing.ts: each step's state,
// position and finding (status, message), the foreign steps, the decision's kind and
// summary, and the input error of an unknown route.
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/decision.js';
import { isInputError } from '../../src/core/errors.js';
import { checkFilingLog, FILING_ROUTES, filingRouteCitation, type FilingRoute } from '../../src/operations/index.js';

const brief = (f: Finding): unknown[] => [f.code, f.status, f.citation];

describe('Arts. 3–4: every step of a filing log', () => {
  it('Art. 4: a step repeated later (a retried payment) keeps the place of its first record', () => {
    const d = checkFilingLog({
      route: 'office',
      events: ['documentsReceived', 'identityVerified', 'costsComputed', 'paidElectronically', 'convertedToElectronic', 'paidElectronically', 'shownToApplicant', 'matchedWithOriginals', 'sent'],
    });
    expect(d.kind).toBe('operations.filingLog');
    expect(d.asOf).toBeNull();
    expect(d.status).toBe('conforming');
    expect(d.value.steps.map((s) => [s.state, s.position])).toEqual([
      ['done', 0],
      ['done', 1],
      ['done', 2],
      ['done', 3],
      ['done', 4],
      ['done', 6],
      ['done', 7],
      ['done', 8],
    ]);
    expect(d.findings.every((f) => f.status === 'met' && f.citation.article === 4)).toBe(true);
    expect(d.findings[0]?.message).toEqual({ en: 'Request and documents handed to the office: done.', fa: 'تحویل درخواست و مستندات به دفتر: انجام شده.' });
    expect(d.summary).toEqual({ en: 'The filing through an office follows the steps in order.', fa: 'اقدام از طریق دفتر مطابق مراحل مقرر است.' });
  });

  it('Art. 4: a step done before the one the text puts ahead of it is out of order, named in the finding and the summary', () => {
    const d = checkFilingLog({
      route: 'office',
      events: ['documentsReceived', 'identityVerified', 'costsComputed', 'convertedToElectronic', 'paidElectronically', 'shownToApplicant', 'matchedWithOriginals', 'sent'],
    });
    const f = d.findings[4];
    expect(f && brief(f)).toEqual(['operations.filing.step', 'unmet', { article: 4 }]);
    expect(f?.message).toEqual({
      en: 'Documents turned into electronic documents: done before "costs paid electronically", which must come first.',
      fa: 'تبدیل اسناد به سند الکترونیکی: پیش از «پرداخت الکترونیکی هزینه» انجام شده، حال آنکه باید پس از آن باشد.',
    });
    expect(d.value.steps[4]).toEqual({ step: 'convertedToElectronic', state: 'outOfOrder', position: 3 });
    expect(d.summary).toEqual({
      en: 'First problem: "documents turned into electronic documents" came before "costs paid electronically".',
      fa: 'نخستین اشکال: «تبدیل اسناد به سند الکترونیکی» پیش از «پرداخت الکترونیکی هزینه» انجام شده است.',
    });
  });

  it('Art. 3: the first step of the route recorded first is in order', () => {
    const d = checkFilingLog({ route: 'portal', events: ['convertedToElectronic'], inProgress: true });
    expect(d.value.steps[0]).toEqual({ step: 'convertedToElectronic', state: 'done', position: 0 });
    expect(d.status).toBe('pending');
  });

  it('Art. 4: under way, the steps after the last recorded are pending (info); a step skipped before a recorded one is missing (unmet)', () => {
    const pending = checkFilingLog({ route: 'office', events: ['documentsReceived', 'identityVerified'], inProgress: true });
    expect(pending.status).toBe('pending');
    expect(pending.findings.map((f) => f.status)).toEqual(['met', 'met', 'info', 'info', 'info', 'info', 'info', 'info']);
    expect(pending.findings[2]?.message).toEqual({ en: 'Judicial costs computed by the system: pending.', fa: 'محاسبه هزینه خدمات قضایی توسط سامانه: در انتظار.' });
    expect(pending.summary.en).toBe('The filing through an office has followed the steps so far and is under way.');

    const skipped = checkFilingLog({ route: 'office', events: ['documentsReceived', 'costsComputed'], inProgress: true, options: { order: 'strict' } });
    expect(skipped.status).toBe('nonconforming');
    expect(skipped.value.steps.slice(0, 4).map((s) => s.state)).toEqual(['done', 'missing', 'done', 'pending']);
    expect(skipped.findings.slice(0, 4).map((f) => f.status)).toEqual(['met', 'unmet', 'met', 'info']);
    expect(skipped.findings[1]?.message).toEqual({ en: 'Identity verified: not in the log.', fa: 'احراز هویت: در سابقه اقدامات نیست.' });
    expect(skipped.summary.en).toBe('First problem: "identity verified" is missing.');
  });

  it('Art. 3: a step of the other route is noted (info) and not checked', () => {
    const d = checkFilingLog({ route: 'portal', events: [...FILING_ROUTES.portal, 'identityVerified'] });
    expect(d.status).toBe('conforming');
    const foreign = d.findings[d.findings.length - 1];
    expect(foreign && brief(foreign)).toEqual(['operations.filing.foreign', 'info', { article: 3 }]);
    expect(foreign?.message).toEqual({
      en: '"identity verified" is not a step of filing through the portal; not checked.',
      fa: '«احراز هویت» از مراحل اقدام از طریق درگاه نیست و بررسی نشد.',
    });
  });

  it('Arts. 3–4: a route other than the portal or an office is an InputError naming `route`', () => {
    let issue: unknown;
    try {
      filingRouteCitation('court' as FilingRoute);
    } catch (e) {
      if (isInputError(e)) issue = e.issues[0];
    }
    expect(issue).toMatchObject({ field: 'route', expected: { en: "'portal' or 'office'", fa: "'portal' یا 'office'" }, received: '"court"' });
  });
});
