import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isInputError } from '../../src/core/errors.js';
import { checkFilingLog, FILING_ROUTES, filingRouteCitation, type FilingRoute, type FilingStep } from '../../src/operations/index.js';
import { type Finding } from '../../src/core/decision.js';

function fieldsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (isInputError(e)) return e.issues.map((i) => i.field);
    throw e;
  }
  throw new Error('no error');
}

const OFFICE = FILING_ROUTES.office;
const PORTAL = FILING_ROUTES.portal;

describe('Arts. 3–4: the ordered steps of a filing', () => {
  it('TSDoc example: checkFilingLog finds the conversion done before the payment', () => {
    const d = checkFilingLog({
      route: 'office',
      events: ['documentsReceived', 'identityVerified', 'costsComputed', 'convertedToElectronic', 'paidElectronically', 'shownToApplicant', 'matchedWithOriginals', 'sent'],
    });
    expect(d.status).toBe('nonconforming');
    expect(d.value.firstProblem).toEqual({ step: 'convertedToElectronic', problem: 'outOfOrder', before: 'paidElectronically', citation: { article: 4 } });
  });

  it('TSDoc example: filingRouteCitation(\'office\') is Art. 4', () => {
    expect(filingRouteCitation('office')).toEqual({ article: 4 });
    expect(filingRouteCitation('portal')).toEqual({ article: 3 });
  });

  it('Art. 3: through the portal: electronic document, costs computed by the system, paid, tracking code, sent', () => {
    expect(PORTAL).toEqual(['convertedToElectronic', 'costsComputed', 'paidElectronically', 'trackingCodeIssued', 'sent']);
    const d = checkFilingLog({ route: 'portal', events: [...PORTAL] });
    expect(d.status).toBe('conforming');
    expect(d.findings.every((f) => f.status === 'met' && f.citation.article === 3)).toBe(true);
  });

  it('Art. 4: through an office: handed in, identity, costs, payment, electronic document, shown, matched, sent', () => {
    expect(OFFICE).toEqual([
      'documentsReceived',
      'identityVerified',
      'costsComputed',
      'paidElectronically',
      'convertedToElectronic',
      'shownToApplicant',
      'matchedWithOriginals',
      'sent',
    ]);
    expect(checkFilingLog({ route: 'office', events: [...OFFICE] }).status).toBe('conforming');
  });

  it('Art. 4: a filing sent without matching the electronic documents with the paper originals is missing that step', () => {
    const d = checkFilingLog({ route: 'office', events: OFFICE.filter((s) => s !== 'matchedWithOriginals') });
    expect(d.value.firstProblem).toEqual({ step: 'matchedWithOriginals', problem: 'missing', before: null, citation: { article: 4 } });
    expect(d.summary.en).toBe('First problem: "electronic documents matched with the paper originals" is missing.');
  });

  it('Art. 4: identity not verified is the first problem even when later steps are also wrong', () => {
    const d = checkFilingLog({ route: 'office', events: ['documentsReceived', 'paidElectronically', 'costsComputed', 'sent'] });
    expect(d.value.firstProblem?.step).toBe('identityVerified');
    expect(d.value.steps.map((s) => s.state)).toEqual(['done', 'missing', 'done', 'outOfOrder', 'missing', 'missing', 'missing', 'done']);
  });

  it('Art. 3: a tracking code is a portal step; in an office log it is noted, not required (Art. 4 names none)', () => {
    const d = checkFilingLog({ route: 'office', events: [...OFFICE.slice(0, 7), 'trackingCodeIssued', 'sent'] });
    expect(d.status).toBe('conforming');
    expect(d.findings.find((f) => f.code === 'operations.filing.foreign')?.status).toBe('info');
    expect(checkFilingLog({ route: 'portal', events: PORTAL.filter((s) => s !== 'trackingCodeIssued') }).value.firstProblem?.step).toBe('trackingCodeIssued');
  });

  it('a repeated step (a retried payment) is fine: the first record counts', () => {
    const events: FilingStep[] = ['convertedToElectronic', 'costsComputed', 'paidElectronically', 'paidElectronically', 'trackingCodeIssued', 'sent'];
    expect(checkFilingLog({ route: 'portal', events }).status).toBe('conforming');
  });

  it('a filing under way: later steps are pending, earlier gaps are still missing', () => {
    const d = checkFilingLog({ route: 'office', events: OFFICE.slice(0, 4), inProgress: true });
    expect(d.status).toBe('pending');
    expect(d.value.steps.filter((s) => s.state === 'pending').map((s) => s.step)).toEqual(OFFICE.slice(4));
    // Strict reading: identity comes before the cost, so a cost recorded first leaves it missing.
    const gap = checkFilingLog({ route: 'office', events: ['documentsReceived', 'costsComputed'], inProgress: true, options: { order: 'strict' } });
    expect(gap.status).toBe('nonconforming');
    expect(gap.value.firstProblem?.step).toBe('identityVerified');
    // Default reading: identity may still come after the cost (before the conversion): pending.
    expect(checkFilingLog({ route: 'office', events: ['documentsReceived', 'costsComputed'], inProgress: true }).status).toBe('pending');
    const late = checkFilingLog({ route: 'office', events: ['documentsReceived', 'costsComputed', 'paidElectronically', 'convertedToElectronic'], inProgress: true });
    expect(late.value.firstProblem).toEqual({ step: 'identityVerified', problem: 'missing', before: null, citation: { article: 4 } });
    expect(checkFilingLog({ route: 'office', events: OFFICE.slice(0, 4) }).status).toBe('nonconforming');
  });

  it('Arts. 3–4 (property): dropping any one step reports exactly that step as the first problem', () => {
    fc.assert(
      fc.property(fc.constantFrom<FilingRoute>('portal', 'office'), fc.nat(), (route, k) => {
        const steps = FILING_ROUTES[route];
        const drop = steps[k % steps.length] as FilingStep;
        const d = checkFilingLog({ route, events: steps.filter((s) => s !== drop) });
        expect(d.value.firstProblem).toEqual({ step: drop, problem: 'missing', before: null, citation: { article: route === 'portal' ? 3 : 4 } });
      }),
    );
  });

  it('Arts. 3–4 (property), option order strict: a log conforms exactly when its first records follow the route\'s order', () => {
    fc.assert(
      fc.property(fc.constantFrom<FilingRoute>('portal', 'office'), fc.array(fc.nat({ max: 8 }), { maxLength: 14 }), (route, picks) => {
        const steps = FILING_ROUTES[route];
        const events = picks.map((i) => steps[i % steps.length] as FilingStep);
        const firsts = [...new Set(events)];
        const model = firsts.length === steps.length && firsts.every((s, i) => s === steps[i]);
        expect(checkFilingLog({ route, events, options: { order: 'strict' } }).status === 'conforming').toBe(model);
      }),
    );
  });

  it('Arts. 3–4 (property), option order strict: swapping two adjacent steps is out of order', () => {
    fc.assert(
      fc.property(fc.constantFrom<FilingRoute>('portal', 'office'), fc.nat(), (route, k) => {
        const steps = [...FILING_ROUTES[route]];
        const i = k % (steps.length - 1);
        [steps[i], steps[i + 1]] = [steps[i + 1] as FilingStep, steps[i] as FilingStep];
        const d = checkFilingLog({ route, events: steps, options: { order: 'strict' } });
        expect(d.value.firstProblem?.problem).toBe('outOfOrder');
        expect(d.value.firstProblem?.step).toBe(steps[i]);
      }),
    );
  });

  it('Art. 4 «پس از احراز هویت و محاسبه هزینه … و پرداخت … تبدیل»: an office that computes the cost before verifying identity conforms (default); the option strict finds it out of order', () => {
    const events: FilingStep[] = ['documentsReceived', 'costsComputed', 'identityVerified', 'paidElectronically', 'convertedToElectronic', 'shownToApplicant', 'matchedWithOriginals', 'sent'];
    const d = checkFilingLog({ route: 'office', events });
    expect(d.status).toBe('conforming');
    expect(d.steps).toEqual([expect.objectContaining({ code: 'operations.filing.order', citation: { article: 4 }, data: { reading: 'partial' } })]);
    const strict = checkFilingLog({ route: 'office', events, options: { order: 'strict' } });
    expect(strict.value.firstProblem).toEqual({ step: 'costsComputed', problem: 'outOfOrder', before: 'identityVerified', citation: { article: 4 } });
    expect(strict.steps[0]?.data).toEqual({ reading: 'strict' });
  });

  it('Art. 4 (default reading): identity after the payment but before the conversion conforms; identity after the conversion does not', () => {
    const after = (k: number): FilingStep[] => {
      const rest: FilingStep[] = ['documentsReceived', 'costsComputed', 'paidElectronically', 'convertedToElectronic', 'shownToApplicant', 'matchedWithOriginals', 'sent'];
      return [...rest.slice(0, k), 'identityVerified', ...rest.slice(k)];
    };
    expect(checkFilingLog({ route: 'office', events: after(3) }).status).toBe('conforming');
    expect(checkFilingLog({ route: 'office', events: after(4) }).value.firstProblem).toEqual({ step: 'convertedToElectronic', problem: 'outOfOrder', before: 'identityVerified', citation: { article: 4 } });
  });

  it('Art. 4 (default reading): the payment of the cost («پرداخت الکترونیک آن») still comes after the cost is computed', () => {
    const events: FilingStep[] = ['documentsReceived', 'identityVerified', 'paidElectronically', 'costsComputed', 'convertedToElectronic', 'shownToApplicant', 'matchedWithOriginals', 'sent'];
    expect(checkFilingLog({ route: 'office', events }).value.firstProblem).toEqual({ step: 'paidElectronically', problem: 'outOfOrder', before: 'costsComputed', citation: { article: 4 } });
  });

  it('Art. 4 (property, default reading): a complete office log conforms exactly when its order is one of the eight the text allows', () => {
    // The model: the text's order, identity anywhere before the conversion (4 places), showing and matching either way (2).
    const head = ['documentsReceived', 'costsComputed', 'paidElectronically'];
    const allowed = new Set<string>();
    for (let k = 0; k <= 3; k++) {
      for (const tail of [['shownToApplicant', 'matchedWithOriginals'], ['matchedWithOriginals', 'shownToApplicant']]) {
        allowed.add([...head.slice(0, k), 'identityVerified', ...head.slice(k), 'convertedToElectronic', ...tail, 'sent'].join());
      }
    }
    expect(allowed.size).toBe(8);
    fc.assert(
      fc.property(fc.shuffledSubarray([...OFFICE], { minLength: OFFICE.length, maxLength: OFFICE.length }), (events) => {
        expect(checkFilingLog({ route: 'office', events }).status === 'conforming').toBe(allowed.has(events.join()));
      }),
      { numRuns: 300 },
    );
    for (const order of allowed) expect(checkFilingLog({ route: 'office', events: order.split(',') as FilingStep[] }).status).toBe('conforming');
  });

  it('Art. 3: the portal is read in its own order under either reading', () => {
    const swapped: FilingStep[] = ['convertedToElectronic', 'paidElectronically', 'costsComputed', 'trackingCodeIssued', 'sent'];
    expect(checkFilingLog({ route: 'portal', events: swapped }).status).toBe('nonconforming');
    expect(checkFilingLog({ route: 'portal', events: swapped, options: { order: 'strict' } }).status).toBe('nonconforming');
  });

  it('an unknown step or route is an InputError naming the field', () => {
    expect(fieldsOf(() => checkFilingLog({ route: 'office', events: ['documentsReceived', 'faxed' as FilingStep] }))).toEqual(['events[1]']);
    expect(fieldsOf(() => checkFilingLog({ route: 'email' as FilingRoute, events: [] }))).toEqual(['route']);
  });

  it('every finding is cited and bilingual', () => {
    const d = checkFilingLog({ route: 'office', events: ['sent', 'documentsReceived', 'trackingCodeIssued'] });
    for (const f of [...d.findings, { message: d.summary }]) {
      expect(f.message.fa.length).toBeGreaterThan(0);
      expect(f.message.en.length).toBeGreaterThan(0);
    }
  });

  it('does not mutate its input', () => {
    const input = { route: 'office' as const, events: [...OFFICE].reverse() };
    const copy = structuredClone(input);
    checkFilingLog(input);
    expect(input).toEqual(copy);
  });
});

// ---------------------------------------------------------------------------
// Pinned outputs, error texts and fast paths (first written against mutants; folded here, issue 16).

// Tests written to kill Stryker's survivors in src/operations/filing.ts: each step's state,
// position and finding (status, message), the foreign steps, the decision's kind and
// summary, and the input error of an unknown route.
const brief = (f: Finding): unknown[] => [f.code, f.status, f.citation];

describe('Arts. 3–4: every step of a filing log — pinned', () => {
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
