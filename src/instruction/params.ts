/**
 * Every number the earlier instruction fixes, in one table, each with its citation (with
 * `ruleSet: 'instruction-1392'`), in the same `Parameter` shape as the regulation's
 * `PARAMETERS`. Rules read these; no rule writes a number of the instruction in a formula.
 */
import type { Parameter } from '../params.js';
import { iArt, iItem, iNote } from './cite.js';

/** The parameters of the earlier instruction. */
export const INSTRUCTION_PARAMETERS = {
  // Art. 3: the office's staff
  managers: {
    value: 1, unit: 'count', citation: iArt(3),
    label: { fa: 'مدیر دفتر (تمام‌وقت)', en: 'The office manager (full time)' },
  },
  legalExpertsMin: {
    value: 1, unit: 'count', citation: iArt(3),
    label: { fa: 'حداقل کارشناس حقوقی هر دفتر', en: 'Minimum legal experts of an office' },
  },
  itExpertsMin: {
    value: 1, unit: 'count', citation: iArt(3),
    label: { fa: 'حداقل کارشناس فناوری اطلاعات هر دفتر', en: 'Minimum IT experts of an office' },
  },
  clericalMin: {
    value: 2, unit: 'count', citation: iArt(3),
    label: { fa: 'حداقل کارمند دفتری هر دفتر', en: 'Minimum clerical staff of an office' },
  },
  // Arts. 5(2), 6(2), 7(2): age
  managerMinAge: {
    value: 25, unit: 'years', citation: iItem(5, 2),
    label: { fa: 'حداقل سن مدیر دفتر', en: "Minimum age of an office's manager" },
  },
  legalExpertMinAge: {
    value: 25, unit: 'years', citation: iItem(6, 2),
    label: { fa: 'حداقل سن کارشناس حقوقی', en: 'Minimum age of a legal expert' },
  },
  itAndClericalMinAge: {
    value: 25, unit: 'years', citation: iItem(7, 2),
    label: { fa: 'حداقل سن کارشناس فناوری و کارمندان دفتر', en: 'Minimum age of the IT expert and the clerical staff' },
  },
  // Art. 5(3): experience
  managerExperienceYears: {
    value: 5, unit: 'years', citation: iItem(5, 3),
    label: { fa: 'سابقه کار مرتبط مدیر دفتر', en: "Related experience of an office's manager" },
  },
  daysPerExperienceYear: {
    value: 365, unit: 'days', citation: iItem(5, 3),
    label: { fa: 'روزهای هر سال سابقه', en: 'Days in a year of experience' },
    interpretation: 'D5, as for the regulation: N years = N × 365 days (option daysPerYear)',
  },
  // Art. 10: the Advisory Council
  councilMembers: {
    value: 5, unit: 'count', citation: iArt(10),
    label: { fa: 'اعضای شورای مشورتی', en: 'Members of the Advisory Council' },
  },
  // Art. 13: the Association's board
  boardManagers: {
    value: 2, unit: 'count', citation: iItem(13, 1),
    label: { fa: 'مدیران دفاتر عضو هیات‌مدیره کانون', en: "Office managers on the Association's board" },
  },
  boardJudges: {
    value: 2, unit: 'count', citation: iItem(13, 2),
    label: { fa: 'قضات عضو هیات‌مدیره کانون', en: "Judges on the Association's board" },
  },
  boardJudgeMinYears: {
    value: 10, unit: 'years', citation: iItem(13, 2),
    label: { fa: 'حداقل سابقه قضایی قضات عضو هیات‌مدیره', en: 'Minimum judicial experience of the judges on the board' },
  },
  boardTermYears: {
    value: 3, unit: 'years', citation: iNote(13, 1),
    label: { fa: 'دوره تصدی اعضای هیات‌مدیره', en: 'Term of office of the board members' },
  },
  // Art. 23: disciplinary measures
  measures: {
    min: 1, max: 6, unit: 'grade', citation: iArt(23),
    label: { fa: 'اقدامات تنبیهی انتظامی (شش ردیف)', en: 'Disciplinary measures (six rows)' },
  },
  suspensionMonths: {
    min: 3, max: 24, unit: 'months', citation: iItem(23, 5),
    label: { fa: 'تعلیق موقت پروانه از سه ماه تا دو سال', en: 'Temporary suspension of the licence, three months to two years' },
  },
  // Art. 24: finality and appeal
  finalMaxMeasure: {
    value: 4, unit: 'grade', citation: iArt(24),
    label: { fa: 'محکومیت‌های ردیف یک تا چهار قطعی است', en: 'Convictions to measures 1–4 are final' },
  },
  // Art. 26 note 3: repeat
  repeatPriorMaxMeasure: {
    value: 4, unit: 'grade', citation: iNote(26, 3),
    label: { fa: 'بالاترین ردیف محکومیت سابق موجب تشدید', en: 'Highest measure of a prior conviction that aggravates' },
  },
  repeatStep: {
    value: 1, unit: 'grade', citation: iNote(26, 3),
    label: { fa: 'حداقل فاصله حکم تازه از حکم قبلی (درجات بالاتر)', en: 'Least step above the prior measure ("higher degrees")' },
    interpretation: 'L-I4: «به درجات بالاتر از حکم قبلی» = at least one measure above the prior one',
  },
} as const satisfies Readonly<Record<string, Parameter>>;

/** The name of a parameter of the instruction. */
export type InstructionParameterName = keyof typeof INSTRUCTION_PARAMETERS;
