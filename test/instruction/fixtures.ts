/**
 * Shared fixtures for the instruction's tests. Inputs are built from known-good values.
 */
import fc from 'fast-check';
import { isLeapYear, toDayNumber, formatDayNumber } from '../../src/_lib/jalali.js';
import type { Citation } from '../../src/core/citation.js';
import type { Decision, Finding } from '../../src/core/decision.js';
import { FULL, LAW_BACHELOR } from '../eligibility/arbitraries.js';
import type { InstructionPersonFacts, InstructionPost } from '../../src/instruction/index.js';

export { FULL, LAW_BACHELOR, isLeapYear };

/** A day number from a Jalali date (month 1-based). */
export const day = (y: number, m: number, d: number): number => toDayNumber(y, m, d);
/** A Jalali date string of a day number. */
export const date = (dayNumber: number): string => formatDayNumber(dayNumber);

/** A person meeting every condition of the instruction's Arts. 4–8 (and of the regulation's Arts. 9, 11); born 1370/05/10, a man. */
export const FULL_I: InstructionPersonFacts = {
  ...FULL,
  adheresToVelayatFaqih: true,
  criminalRecord: false,
  physicallyAndMentallyFit: true,
  computerSkillsApproved: true,
  article187Adviser: false,
  dismissedJudgeOrNotary: false,
};

/** Five years and more of related work by 1396 (for the manager, Instruction Art. 5(3)). */
export const LONG_WORK = { periods: [{ start: '1388/01/01', related: true }] };

/** The date FULL_I is 25 or more. */
export const ADULT = '1396/01/01';

export const POSTS: readonly InstructionPost[] = ['manager', 'legalExpert', 'itExpert', 'clerical'];

/** The finding of a citation (article and item or note) of the instruction. */
export function at(d: Decision, article: number, part?: { item?: number; note?: number }): Finding {
  const f = d.findings.find(
    (x) =>
      x.citation.ruleSet === 'instruction-1392' &&
      x.citation.article === article &&
      x.citation.item === part?.item &&
      x.citation.note === part?.note,
  );
  if (f === undefined) throw new Error(`no finding for Instruction Art. ${article} ${JSON.stringify(part)}`);
  return f;
}

/** The finding of a regulation clause. */
export function reg(d: Decision, article: number, clause?: string): Finding {
  const f = d.findings.find((x) => x.citation.ruleSet === undefined && x.citation.article === article && x.citation.clause === clause);
  if (f === undefined) throw new Error(`no finding for Art. ${article}(${clause})`);
  return f;
}

/** Every citation a decision carries (findings and steps). */
export const citationsOf = (d: Decision): Citation[] => [...d.findings.map((f) => f.citation), ...d.steps.map((s) => s.citation)];

const bool = fc.option(fc.boolean(), { nil: undefined });

/** Any person: each fact given or not (built from known-good values). */
export const personArb: fc.Arbitrary<InstructionPersonFacts> = fc
  .record({
    iranianNationality: bool,
    adheresToConstitution: bool,
    adheresToVelayatFaqih: bool,
    religion: fc.option(fc.constantFrom('islam' as const, 'other' as const), { nil: undefined }),
    practisesIslam: bool,
    degrees: fc.option(
      fc.array(
        fc.record({
          kind: fc.constant('university' as const),
          level: fc.constantFrom('associate' as const, 'bachelor' as const, 'master' as const, 'doctorate' as const),
          field: fc.constantFrom('law' as const, 'judicialSciences' as const, 'softwareEngineering' as const, 'politicalScience' as const),
          awarded: fc.boolean(),
        }),
        { maxLength: 3 },
      ),
      { nil: undefined },
    ),
    birth: fc.option(fc.integer({ min: day(1340, 1, 1), max: day(1385, 12, 29) }), { nil: undefined }),
    sex: fc.option(fc.constantFrom('male' as const, 'female' as const), { nil: undefined }),
    militaryService: fc.option(fc.constantFrom('completionCard' as const, 'permanentExemption' as const, 'temporaryExemption' as const, 'serving' as const), { nil: undefined }),
    permanentDismissalConviction: bool,
    computerSkillsCertificate: bool,
    computerSkillsApproved: bool,
    effectiveCriminalRecord: bool,
    criminalRecord: bool,
    drugAddiction: bool,
    opposingGroupAffiliation: bool,
    physicallyAndMentallyFit: bool,
    stateEmployee: bool,
    engagedInCommerce: bool,
    attorney: bool,
    officialExpert: bool,
    article187Adviser: bool,
    dismissedJudgeOrNotary: bool,
    approvedServiceRecord: bool,
  })
  .map(({ birth, ...rest }) => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(rest)) if (v !== undefined) out[k] = v;
    if (birth !== undefined) out['birthDate'] = date(birth);
    return out as InstructionPersonFacts;
  });

/** A post. */
export const postArb = fc.constantFrom(...POSTS);

/** A date in 1380–1405. */
export const asOfArb = fc.integer({ min: day(1380, 1, 1), max: day(1405, 12, 29) }).map(date);
