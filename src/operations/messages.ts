import { defineMessages, plural, verbatim } from '../core/text.js';
import { REGULATION_DATES } from '../params.js';

// Local copies of the domain's literal types (this file is imported by the catalogue, so
// it imports nothing from the rule modules).
type Role = 'manager' | 'legalExpert' | 'clerical';
/** Whether a member meets a condition: yes, no, or not known. */
type Tri = 'yes' | 'no' | 'unknown';
type Compliance = 'compliant' | 'noncompliant' | 'incomplete';
type Level = 'firstInstance' | 'appeal';
type Location = 'tehran' | 'provincialCapital' | 'elsewhere';
type Kind = 'judge' | 'associationRepresentative' | 'centerRepresentative';
type Basis = 'clientSatisfaction' | 'offences' | 'freeServices' | 'inspectionReports' | 'compliance';
type Route = 'portal' | 'office';
type Step =
  | 'documentsReceived'
  | 'identityVerified'
  | 'costsComputed'
  | 'paidElectronically'
  | 'convertedToElectronic'
  | 'shownToApplicant'
  | 'matchedWithOriginals'
  | 'trackingCodeIssued'
  | 'sent';
type StepState = 'done' | 'missing' | 'outOfOrder' | 'pending';
type Duty =
  | 'servicesIdentification'
  | 'officeAdministrationInstruction'
  | 'exemptionEnquiry'
  | 'kioskInstruction'
  | 'exam'
  | 'yearlyPublication'
  | 'yearlyReport';
type DutyState = 'done' | 'late' | 'notDue' | 'overdue' | 'unknown';
type DutyFrom = 'approval' | 'communication' | 'lastExam' | 'lastPublication' | 'lastReport';

const ROLE = {
  fa: { manager: 'مدیر دفتر', legalExpert: 'کارشناس حقوقی', clerical: 'کارکنان دفتری' },
  en: { manager: 'manager', legalExpert: 'legal expert', clerical: 'clerical staff' },
} as const satisfies Record<'fa' | 'en', Record<Role, string>>;

const LEVEL = {
  fa: { firstInstance: 'هیات بدوی', appeal: 'هیات تجدیدنظر' },
  en: { firstInstance: 'first-instance board', appeal: 'appeal board' },
} as const satisfies Record<'fa' | 'en', Record<Level, string>>;

const LOCATION = {
  fa: { tehran: 'تهران', provincialCapital: 'مرکز استان', elsewhere: 'شهری جز تهران و مراکز استان‌ها' },
  en: { tehran: 'Tehran', provincialCapital: 'a provincial capital', elsewhere: 'a city other than Tehran or a provincial capital' },
} as const satisfies Record<'fa' | 'en', Record<Location, string>>;

const KIND = {
  fa: { judge: 'قاضی', associationRepresentative: 'نماینده کانون', centerRepresentative: 'نماینده مرکز' },
  en: { judge: 'judge', associationRepresentative: 'Association representative', centerRepresentative: 'Center representative' },
} as const satisfies Record<'fa' | 'en', Record<Kind, string>>;

const BASIS = {
  fa: {
    clientSatisfaction: 'میزان رضایت‌مندی مراجعان',
    offences: 'تعداد و نوع تخلفات انتظامی',
    freeServices: 'گستره و تنوع خدمات رایگان به افراد محروم',
    inspectionReports: 'گزارش‌های بازرسی',
    compliance: 'میزان پایبندی به مقررات و نظامات',
  },
  en: {
    clientSatisfaction: 'client satisfaction',
    offences: 'number and type of disciplinary offences',
    freeServices: 'breadth and variety of free services to deprived people',
    inspectionReports: 'inspection reports',
    compliance: 'compliance with the rules',
  },
} as const satisfies Record<'fa' | 'en', Record<Basis, string>>;

const ROUTE = {
  fa: { portal: 'درگاه', office: 'دفتر' },
  en: { portal: 'the portal', office: 'an office' },
} as const satisfies Record<'fa' | 'en', Record<Route, string>>;

const STEP = {
  fa: {
    documentsReceived: 'تحویل درخواست و مستندات به دفتر',
    identityVerified: 'احراز هویت',
    costsComputed: 'محاسبه هزینه خدمات قضایی توسط سامانه',
    paidElectronically: 'پرداخت الکترونیکی هزینه',
    convertedToElectronic: 'تبدیل اسناد به سند الکترونیکی',
    shownToApplicant: 'رساندن اسناد الکترونیکی به رؤیت متقاضی',
    matchedWithOriginals: 'مطابقت اسناد الکترونیکی با اوراق ابرازی',
    trackingCodeIssued: 'اخذ کد رهگیری',
    sent: 'ارسال از طریق سامانه به مرجع',
  },
  en: {
    documentsReceived: 'request and documents handed to the office',
    identityVerified: 'identity verified',
    costsComputed: 'judicial costs computed by the system',
    paidElectronically: 'costs paid electronically',
    convertedToElectronic: 'documents turned into electronic documents',
    shownToApplicant: 'electronic documents shown to the applicant',
    matchedWithOriginals: 'electronic documents matched with the paper originals',
    trackingCodeIssued: 'tracking code obtained',
    sent: 'sent through the system to the authority',
  },
} as const satisfies Record<'fa' | 'en', Record<Step, string>>;

const DUTY = {
  fa: {
    servicesIdentification: 'شناسایی و ارائه خدمات و استعلامات الکترونیکی',
    officeAdministrationInstruction: 'دستورالعمل نحوه اداره دفتر در صورت عدم امکان حضور مدیر',
    exemptionEnquiry: 'فراهم کردن استعلام الکترونیک افراد معاف',
    kioskInstruction: 'دستورالعمل تأسیس باجه',
    exam: 'برگزاری آزمون',
    yearlyPublication: 'انتشار سالانه اطلاعات مؤثر برای تأسیس دفتر',
    yearlyReport: 'گزارش سالانه اقدامات اجرایی به رئیس قوه قضائیه',
  },
  en: {
    servicesIdentification: 'identifying and providing the electronic services and enquiries',
    officeAdministrationInstruction: 'the instruction on running an office whose manager cannot be present',
    exemptionEnquiry: 'the electronic enquiry of the exempt groups',
    kioskInstruction: 'the instruction on kiosks',
    exam: 'holding the exam',
    yearlyPublication: 'the yearly publication of the information for opening an office',
    yearlyReport: 'the yearly report of the implementation to the Head of the Judiciary',
  },
} as const satisfies Record<'fa' | 'en', Record<Duty, string>>;

const FROM = {
  fa: {
    approval: 'از تاریخ تصویب',
    communication: 'از تاریخ ابلاغ',
    lastExam: 'از آخرین آزمون',
    lastPublication: 'از آخرین انتشار',
    lastReport: 'از آخرین گزارش',
  },
  en: {
    approval: 'from the approval',
    communication: 'from the communication',
    lastExam: 'from the last exam',
    lastPublication: 'from the last publication',
    lastReport: 'from the last report',
  },
} as const satisfies Record<'fa' | 'en', Record<DutyFrom, string>>;

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const faList = (xs: readonly string[]): string => xs.join('، ');
const enList = (xs: readonly string[]): string => xs.join(', ');

/** Messages of the operations domain (codes prefixed `operations.`). */
export const operationsMessages = defineMessages({
  // Art. 8: staffing
  'operations.staffing.role': {
    fa: (p: { role: Role; count: number }) =>
      p.count > 0 ? `${ROLE.fa[p.role]}: ${p.count} نفر.` : `دفتر ${ROLE.fa[p.role]} ندارد؛ دفتر از مدیر دفتر، کارشناس حقوقی و کارکنان دفتری تشکیل می‌شود.`,
    en: (p: { role: Role; count: number }) =>
      p.count > 0
        ? `${p.role === 'clerical' ? 'Clerical staff' : p.role === 'manager' ? 'Manager' : 'Legal expert'}: ${p.count}.`
        : `The office has no ${ROLE.en[p.role]}; an office consists of a manager, a legal expert and clerical staff.`,
  },
  'operations.staffing.dualRole': {
    fa: (p: { id: string; roles: readonly Role[]; allowed: boolean }) =>
      `«${verbatim(p.id)}» در چند سمت آمده است (${faList(p.roles.map((r) => ROLE.fa[r]))})${p.allowed ? '؛ به موجب گزینه پذیرفته شد' : '؛ هر سمت شخص جداگانه‌ای می‌خواهد'}.`,
    en: (p: { id: string; roles: readonly Role[]; allowed: boolean }) =>
      `"${p.id}" is listed in several roles (${enList(p.roles.map((r) => ROLE.en[r]))})${p.allowed ? '; accepted by the option' : '; each role needs its own person'}.`,
  },
  'operations.staffing.person': {
    fa: (p: { index: number; id: string | null; role: 'manager' | 'legalExpert'; status: 'eligible' | 'ineligible' | 'incomplete' }) =>
      `${ROLE.fa[p.role]} ${p.id === null ? `(ردیف ${p.index})` : `«${verbatim(p.id)}»`}: ${p.status === 'eligible' ? 'شرایط مواد ۹ و ۱۱ را دارد' : p.status === 'ineligible' ? 'شرایط مواد ۹ و ۱۱ را ندارد' : 'احراز شرایط مواد ۹ و ۱۱ اطلاعات بیشتری می‌خواهد'}.`,
    en: (p: { index: number; id: string | null; role: 'manager' | 'legalExpert'; status: 'eligible' | 'ineligible' | 'incomplete' }) =>
      `${p.role === 'manager' ? 'Manager' : 'Legal expert'} ${p.id === null ? `(entry ${p.index})` : `"${p.id}"`}: ${p.status === 'eligible' ? 'meets the conditions of Arts. 9 and 11' : p.status === 'ineligible' ? 'does not meet the conditions of Arts. 9 and 11' : 'more facts are needed for the conditions of Arts. 9 and 11'}.`,
  },
  'operations.staffing.personNotChecked': {
    fa: (p: { index: number; id: string | null; role: 'manager' | 'legalExpert' }) =>
      `شرایط ${ROLE.fa[p.role]} ${p.id === null ? `(ردیف ${p.index})` : `«${verbatim(p.id)}»`} (مواد ۹ و ۱۱) بررسی نشد: اطلاعات او داده نشده است.`,
    en: (p: { index: number; id: string | null; role: 'manager' | 'legalExpert' }) =>
      `The conditions of Arts. 9 and 11 for ${ROLE.en[p.role]} ${p.id === null ? `(entry ${p.index})` : `"${p.id}"`} were not checked: no facts were given.`,
  },
  'operations.staffing.summary': {
    fa: (p: { status: Compliance; counts: Readonly<Record<Role, number>> }) =>
      `ترکیب کارکنان دفتر ${p.status === 'compliant' ? 'کامل است' : p.status === 'noncompliant' ? 'کامل نیست' : 'نامعلوم است'} (مدیر ${p.counts.manager}، کارشناس حقوقی ${p.counts.legalExpert}، کارکنان دفتری ${p.counts.clerical}).`,
    en: (p: { status: Compliance; counts: Readonly<Record<Role, number>> }) =>
      `The office's staff is ${p.status === 'compliant' ? 'complete' : p.status === 'noncompliant' ? 'not complete' : 'not known in full'} (manager ${p.counts.manager}, legal expert ${p.counts.legalExpert}, clerical ${p.counts.clerical}).`,
  },

  // Arts. 22–25: composition
  'operations.board.location': {
    fa: (p: { level: Level; location: Location | null }) =>
      p.location === null
        ? `محل استقرار ${LEVEL.fa[p.level]} معلوم نیست.`
        : `${LEVEL.fa[p.level]} در ${LOCATION.fa[p.location]} مستقر است؛ ${p.level === 'appeal' ? 'هیات تجدیدنظر در تهران مستقر است' : 'هیات بدوی در تهران یا، در صورت نیاز، در مراکز استان‌ها تشکیل می‌شود'}.`,
    en: (p: { level: Level; location: Location | null }) =>
      p.location === null
        ? `Where the ${LEVEL.en[p.level]} sits is unknown.`
        : `The ${LEVEL.en[p.level]} sits in ${LOCATION.en[p.location]}; ${p.level === 'appeal' ? 'the appeal board sits in Tehran' : 'a first-instance board sits in Tehran or, where needed, in a provincial capital'}.`,
  },
  'operations.board.judges': {
    fa: (p: { level: Level; count: number; required: number }) => `${LEVEL.fa[p.level]} ${p.count} قاضی اصلی دارد؛ ${p.required} قاضی لازم است.`,
    en: (p: { level: Level; count: number; required: number }) => `The ${LEVEL.en[p.level]} has ${plural(p.count, 'principal judge')}; ${p.required} are required.`,
  },
  'operations.board.representative': {
    fa: (p: { level: Level; kind: Kind; count: number; required: number; wrong: number }) =>
      `${LEVEL.fa[p.level]} ${p.count} ${KIND.fa[p.kind]} اصلی دارد؛ ${p.required} لازم است${p.wrong > 0 ? `؛ ${p.wrong} عضو اصلی از نوع دیگر جایی در این هیات ندارد` : ''}.`,
    en: (p: { level: Level; kind: Kind; count: number; required: number; wrong: number }) =>
      `The ${LEVEL.en[p.level]} has ${plural(p.count, `principal ${KIND.en[p.kind]}`)}; ${p.required} required${p.wrong > 0 ? `; ${plural(p.wrong, 'principal member')} of another kind ${p.wrong === 1 ? 'has' : 'have'} no seat on this board` : ''}.`,
  },
  'operations.board.alternates': {
    fa: (p: { level: Level; judges: number; representatives: number; kind: Kind; wrong: number }) =>
      `اعضای علی‌البدل ${LEVEL.fa[p.level]}: ${p.judges} قاضی و ${p.representatives} ${KIND.fa[p.kind]}؛ یک قاضی و یک ${KIND.fa[p.kind]} علی‌البدل لازم است${p.wrong > 0 ? `؛ ${p.wrong} عضو علی‌البدل از نوع دیگر` : ''}.`,
    en: (p: { level: Level; judges: number; representatives: number; kind: Kind; wrong: number }) =>
      `Alternates of the ${LEVEL.en[p.level]}: ${plural(p.judges, 'judge')} and ${plural(p.representatives, KIND.en[p.kind])}; one alternate judge and one alternate ${KIND.en[p.kind]} are required${p.wrong > 0 ? `; ${plural(p.wrong, 'alternate')} of another kind` : ''}.`,
  },
  'operations.board.judgeSelected': {
    fa: (p: { id: string; alternate: boolean; state: Tri }) => {
      const who = `قاضی${p.alternate ? ' علی‌البدل' : ''} «${verbatim(p.id)}»`;
      return {
        yes: `${who} را رئیس قوه قضاییه انتخاب کرده است.`,
        no: `${who} را رئیس قوه قضاییه انتخاب نکرده است؛ قضات هیات را رئیس قوه قضاییه انتخاب می‌کند.`,
        unknown: `معلوم نیست ${who} را رئیس قوه قضاییه انتخاب کرده باشد.`,
      }[p.state];
    },
    en: (p: { id: string; alternate: boolean; state: Tri }) => {
      const who = `${p.alternate ? 'alternate judge' : 'judge'} "${p.id}"`;
      return {
        yes: `${capital(who)} was selected by the Head of the Judiciary.`,
        no: `${capital(who)} was not selected by the Head of the Judiciary, who selects the boards' judges.`,
        unknown: `Whether ${who} was selected by the Head of the Judiciary is unknown.`,
      }[p.state];
    },
  },
  'operations.board.judgeGrade': {
    fa: (p: { id: string; alternate: boolean; grade: number | null; min: number }) =>
      `پایه قضایی قاضی${p.alternate ? ' علی‌البدل' : ''} «${verbatim(p.id)}»: ${p.grade === null ? 'نامعلوم' : p.grade}؛ قضات هیات تجدیدنظر باید حداقل پایه ${p.min} باشند.`,
    en: (p: { id: string; alternate: boolean; grade: number | null; min: number }) =>
      `Judicial grade of ${p.alternate ? 'alternate judge' : 'judge'} "${p.id}": ${p.grade === null ? 'unknown' : p.grade}; the appeal board's judges must be of grade ${p.min} or higher.`,
  },
  'operations.board.repOfficeManager': {
    fa: (p: { id: string; alternate: boolean; state: Tri }) => {
      const who = `نماینده${p.alternate ? ' علی‌البدل' : ''} کانون «${verbatim(p.id)}»`;
      return {
        yes: `${who} از مدیران دفتر است.`,
        no: `${who} از مدیران دفتر نیست؛ نماینده کانون باید از میان مدیران دفتر باشد.`,
        unknown: `معلوم نیست ${who} از مدیران دفتر باشد.`,
      }[p.state];
    },
    en: (p: { id: string; alternate: boolean; state: Tri }) => {
      const who = `${p.alternate ? 'alternate Association' : 'Association'} representative "${p.id}"`;
      return {
        yes: `${capital(who)} is an office manager.`,
        no: `${capital(who)} is not an office manager; the Association's representative must be one.`,
        unknown: `Whether ${who} is an office manager is unknown.`,
      }[p.state];
    },
  },
  'operations.board.repNotDirector': {
    fa: (p: { id: string; alternate: boolean; state: Tri }) => {
      const who = `نماینده${p.alternate ? ' علی‌البدل' : ''} کانون «${verbatim(p.id)}»`;
      return {
        yes: `${who} عضو هیأت مدیره کانون نیست.`,
        no: `${who} عضو هیأت مدیره کانون است؛ نماینده کانون باید غیر از اعضای هیأت مدیره کانون باشد.`,
        unknown: `معلوم نیست ${who} عضو هیأت مدیره کانون باشد یا نه.`,
      }[p.state];
    },
    en: (p: { id: string; alternate: boolean; state: Tri }) => {
      const who = `${p.alternate ? 'alternate Association' : 'Association'} representative "${p.id}"`;
      return {
        yes: `${capital(who)} is not on the Association's board of directors.`,
        no: `${capital(who)} is on the Association's board of directors, which the representative may not be.`,
        unknown: `Whether ${who} is on the Association's board of directors is unknown.`,
      }[p.state];
    },
  },
  'operations.board.summary': {
    fa: (p: { level: Level; status: Compliance }) =>
      `ترکیب ${LEVEL.fa[p.level]} ${p.status === 'compliant' ? 'مطابق مقررات است' : p.status === 'noncompliant' ? 'مطابق مقررات نیست' : 'به طور کامل معلوم نیست'}.`,
    en: (p: { level: Level; status: Compliance }) =>
      `The ${LEVEL.en[p.level]}'s composition ${p.status === 'compliant' ? 'meets the rules' : p.status === 'noncompliant' ? 'does not meet the rules' : 'is not known in full'}.`,
  },

  // Art. 28: the sitting
  'operations.sitting.substitute': {
    fa: (p: { alternate: string; for: string }) => `عضو علی‌البدل «${verbatim(p.alternate)}» به جای «${verbatim(p.for)}» حضور دارد.`,
    en: (p: { alternate: string; for: string }) => `Alternate "${p.alternate}" sits in place of "${p.for}".`,
  },
  'operations.sitting.allPresent': {
    fa: (p: { unfilled: number; absent: readonly string[] }) =>
      p.unfilled === 0
        ? 'همه اعضای هیات حاضرند؛ جلسه تشکیل شده است.'
        : `${p.unfilled} جایگاه هیات خالی است${p.absent.length > 0 ? ` (غایب: ${faList(p.absent)})` : ''}؛ جلسه هیات با حضور کلیه اعضا تشکیل می‌شود.`,
    en: (p: { unfilled: number; absent: readonly string[] }) =>
      p.unfilled === 0
        ? 'Every member of the board is present; the sitting is formed.'
        : `${plural(p.unfilled, 'seat')} of the board ${p.unfilled === 1 ? 'is' : 'are'} empty${p.absent.length > 0 ? ` (absent: ${enList(p.absent)})` : ''}; a sitting is formed only with all members present.`,
  },
  'operations.sitting.summary': {
    fa: (p: { status: 'valid' | 'invalid' | 'incomplete'; unfilled: number }) =>
      p.status === 'valid' ? 'جلسه هیات معتبر است.' : p.status === 'invalid' ? 'جلسه هیات معتبر نیست.' : 'اعتبار جلسه هیات معلوم نیست.',
    en: (p: { status: 'valid' | 'invalid' | 'incomplete'; unfilled: number }) =>
      p.status === 'valid' ? 'The sitting is valid.' : p.status === 'invalid' ? `The sitting is not valid${p.unfilled > 0 ? ` (${plural(p.unfilled, 'seat')} empty)` : ''}.` : 'Whether the sitting is valid is not known.',
  },

  // Art. 28: the vote; Art. 26: the chair
  'operations.vote.notCounted': {
    fa: (p: { member: string }) => `رأی «${verbatim(p.member)}» شمرده نشد: در این جلسه جایگاهی در هیات ندارد.`,
    en: (p: { member: string }) => `The vote of "${p.member}" was not counted: they hold no seat at this sitting.`,
  },
  'operations.vote.majority': {
    fa: (p: { choice: string | null; votes: number; needed: number }) =>
      p.choice === null ? `هیچ نظری اکثریت (${p.needed} رأی) را به دست نیاورد.` : `«${verbatim(p.choice)}» با ${p.votes} رأی (اکثریت: ${p.needed}) رأی هیات است.`,
    en: (p: { choice: string | null; votes: number; needed: number }) =>
      p.choice === null ? `No choice won a majority (${plural(p.needed, 'vote')}).` : `"${p.choice}" carries with ${plural(p.votes, 'vote')} (majority: ${p.needed}).`,
  },
  'operations.vote.summary': {
    fa: (p: { status: 'adopted' | 'notAdopted' | 'incomplete'; choice: string | null }) =>
      p.status === 'adopted' ? `رأی اکثریت: «${verbatim(p.choice ?? '')}».` : p.status === 'notAdopted' ? 'رأیی به تصویب نرسید.' : 'اعتبار رأی معلوم نیست.',
    en: (p: { status: 'adopted' | 'notAdopted' | 'incomplete'; choice: string | null }) =>
      p.status === 'adopted' ? `The majority's ruling: "${p.choice ?? ''}".` : p.status === 'notAdopted' ? 'No ruling was adopted.' : 'Whether the vote is valid is not known.',
  },
  'operations.chair.notJudge': {
    fa: (p: { candidate: string }) => `رأی به «${verbatim(p.candidate)}» باطل است: رئیس هیات از میان قضات عضو انتخاب می‌شود.`,
    en: (p: { candidate: string }) => `Votes for "${p.candidate}" are void: the chair is elected from among the judge members.`,
  },
  'operations.chair.majority': {
    fa: (p: { chair: string | null; votes: number; needed: number }) =>
      p.chair === null ? `هیچ قاضی اکثریت آرای اعضا (${p.needed} رأی) را به دست نیاورد.` : `«${verbatim(p.chair)}» با ${p.votes} رأی (اکثریت: ${p.needed}) رئیس هیات است.`,
    en: (p: { chair: string | null; votes: number; needed: number }) =>
      p.chair === null ? `No judge won a majority of the members' votes (${p.needed}).` : `"${p.chair}" is elected chair with ${plural(p.votes, 'vote')} (majority: ${p.needed}).`,
  },
  'operations.chair.summary': {
    fa: (p: { status: 'elected' | 'notElected' | 'incomplete'; chair: string | null }) =>
      p.status === 'elected' ? `رئیس هیات: «${verbatim(p.chair ?? '')}».` : p.status === 'notElected' ? 'رئیس هیات انتخاب نشد.' : 'اعتبار انتخاب رئیس هیات معلوم نیست.',
    en: (p: { status: 'elected' | 'notElected' | 'incomplete'; chair: string | null }) =>
      p.status === 'elected' ? `Chair of the board: "${p.chair ?? ''}".` : p.status === 'notElected' ? 'No chair was elected.' : 'Whether the election is valid is not known.',
  },

  // Art. 27: the ruling
  'operations.ruling.reasoned': {
    fa: (p: { reasoned: boolean | null }) => (p.reasoned === null ? 'استدلال رأی داده نشده است.' : p.reasoned ? 'رأی مستدل است.' : 'رأی استدلالی ندارد؛ آرای هیات باید مستدل باشد.'),
    en: (p: { reasoned: boolean | null }) => (p.reasoned === null ? "The ruling's reasons were not given." : p.reasoned ? 'The ruling gives reasons.' : "The ruling gives no reasons; the boards' rulings must be reasoned."),
  },
  'operations.ruling.cited': {
    fa: (p: { count: number | null }) =>
      p.count === null ? 'مستندات قانونی رأی داده نشده است.' : p.count > 0 ? `رأی به ${p.count} مقرره قانونی استناد کرده است.` : 'رأی به هیچ مقرره‌ای استناد نکرده است؛ آرای هیات باید مستند به مقررات قانونی باشد.',
    en: (p: { count: number | null }) =>
      p.count === null ? 'The rules the ruling applies were not given.' : p.count > 0 ? `The ruling cites ${plural(p.count, 'rule')}.` : "The ruling cites no rule; the boards' rulings must rest on the rules they apply.",
  },
  'operations.ruling.summary': {
    fa: (p: { status: Compliance }) =>
      p.status === 'compliant' ? 'رأی مستدل و مستند است.' : p.status === 'noncompliant' ? 'رأی مستدل و مستند به مقررات نیست.' : 'شکل رأی به طور کامل معلوم نیست.',
    en: (p: { status: Compliance }) =>
      p.status === 'compliant' ? 'The ruling is reasoned and cites its rules.' : p.status === 'noncompliant' ? 'The ruling is not reasoned or cites no rule.' : "The ruling's form is not known in full.",
  },

  // Arts. 17–19: ranking and inspection
  'operations.ranking.indices': {
    fa: (p: { used: readonly Basis[]; unused: readonly Basis[]; others: boolean }) =>
      `شاخص‌های رتبه‌بندی از میان شاخص‌های ماده ۱۸: ${p.used.length > 0 ? faList(p.used.map((b) => BASIS.fa[b])) : 'هیچ'}${p.others ? '، و شاخص‌های دیگر' : ''}${p.unused.length > 0 ? `؛ به کار نرفته: ${faList(p.unused.map((b) => BASIS.fa[b]))}` : ''}.`,
    en: (p: { used: readonly Basis[]; unused: readonly Basis[]; others: boolean }) =>
      `Ranking indices among those Art. 18 names: ${p.used.length > 0 ? enList(p.used.map((b) => BASIS.en[b])) : 'none'}${p.others ? ', and others' : ''}${p.unused.length > 0 ? `; not used: ${enList(p.unused.map((b) => BASIS.en[b]))}` : ''}.`,
  },
  'operations.ranking.unscored': {
    fa: (p: { id: string; indices: readonly string[]; excluded: boolean }) =>
      `دفتر «${verbatim(p.id)}» مقدار شاخص‌های ${faList(p.indices)} را ندارد${p.excluded ? '؛ از رتبه‌بندی کنار گذاشته شد' : ''}.`,
    en: (p: { id: string; indices: readonly string[]; excluded: boolean }) =>
      `Office "${p.id}" has no value for ${enList(p.indices)}${p.excluded ? '; left out of the ranking' : ''}.`,
  },
  'operations.ranking.average': {
    fa: (p: { average: number | null; count: number }) =>
      p.average === null ? 'میانگین کشوری معلوم نیست.' : `میانگین کشوری امتیاز ${p.count} دفتر: ${p.average}.`,
    en: (p: { average: number | null; count: number }) =>
      p.average === null ? 'The national average is unknown.' : `National average of ${plural(p.count, 'office')}: ${p.average}.`,
  },
  'operations.inspection.field': {
    fa: (p: { id: string; count: number | null; from: string; to: string; dueBy: string | null }) =>
      p.count === null
        ? `دفتر «${verbatim(p.id)}» پایین‌تر از میانگین کشوری است و بازرسی‌های میدانی آن داده نشده است.`
        : p.count > 0
          ? `دفتر «${verbatim(p.id)}» پایین‌تر از میانگین کشوری است و از ${p.from} تا ${p.to} ${p.count} نوبت بازرسی میدانی شده است.`
          : `دفتر «${verbatim(p.id)}» پایین‌تر از میانگین کشوری است و از ${p.from} تا ${p.to} بازرسی میدانی نشده است؛ ${p.dueBy === null ? 'بازرسی میدانی آن از موعد گذشته است' : `باید تا ${p.dueBy} حداقل یک نوبت بازرسی میدانی شود`}.`,
    en: (p: { id: string; count: number | null; from: string; to: string; dueBy: string | null }) =>
      p.count === null
        ? `Office "${p.id}" is below the national average and its field inspections were not given.`
        : p.count > 0
          ? `Office "${p.id}" is below the national average and had ${plural(p.count, 'field inspection')} from ${p.from} to ${p.to}.`
          : `Office "${p.id}" is below the national average and had no field inspection from ${p.from} to ${p.to}; ${p.dueBy === null ? 'its field inspection is overdue' : `it must be inspected in the field at least once by ${p.dueBy}`}.`,
  },
  'operations.ranking.publish': {
    fa: (_p: undefined) => 'نتیجه رتبه‌بندی از طریق پایگاه اطلاع‌رسانی به اطلاع مدیران دفتر می‌رسد.',
    en: (_p: undefined) => 'The result of the ranking is made known to the office managers through the information portal.',
  },
  'operations.ranking.privileges': {
    fa: (_p: undefined) => 'مرکز می‌تواند متناسب با رتبه‌بندی، امتیازهایی از قبیل تخفیف در حق عضویت و مجوز تأسیس باجه به دفاتر اختصاص دهد.',
    en: (_p: undefined) => 'The Center may grant offices privileges in proportion to their ranking, such as a discount on the membership fee or a licence to open a kiosk.',
  },
  'operations.ranking.privilege': {
    fa: (p: { id: string; limit: number; offices: readonly string[] | null; tied: readonly string[] | null; reading: 'includeTied' | 'excludeTied' }) =>
      p.offices === null
        ? `امتیاز «${verbatim(p.id)}» (برای ${p.limit} دفتر برتر): تا کامل شدن رتبه‌بندی معلوم نیست به کدام دفاتر می‌رسد.`
        : `امتیاز «${verbatim(p.id)}» (برای ${p.limit} دفتر برتر) به ${p.offices.length === 0 ? 'هیچ دفتری' : p.offices.join('، ')} می‌رسد${(p.tied ?? []).length > 0 ? `؛ دفاتر هم‌رتبه در مرز (${(p.tied ?? []).join('، ')}) ${p.reading === 'includeTied' ? 'همه آن را می‌گیرند (قرائت پیش‌فرض)' : 'هیچ‌یک آن را نمی‌گیرند (گزینه tieAtLimit: excludeTied)'}` : ''}.`,
    en: (p: { id: string; limit: number; offices: readonly string[] | null; tied: readonly string[] | null; reading: 'includeTied' | 'excludeTied' }) =>
      p.offices === null
        ? `Privilege "${p.id}" (for the best ${p.limit}): unknown which offices get it until the ranking is complete.`
        : `Privilege "${p.id}" (for the best ${p.limit}) goes to ${p.offices.length === 0 ? 'no office' : p.offices.join(', ')}${(p.tied ?? []).length > 0 ? `; the offices tied at the limit (${(p.tied ?? []).join(', ')}) ${p.reading === 'includeTied' ? 'all get it (default reading)' : "none get it (option tieAtLimit: 'excludeTied')"}` : ''}.`,
  },
  'operations.ranking.kiosk': {
    fa: (_p: undefined) => 'مرکز می‌تواند با توجه به رتبه‌بندی و امتیاز دفاتر، مجوز تأسیس باجه صادر کند.',
    en: (_p: undefined) => "The Center may license kiosks with regard to the offices' ranking and points.",
  },
  'operations.ranking.summary': {
    fa: (p: { status: 'ranked' | 'incomplete'; ranked: number; average: number | null; due: number }) =>
      p.status === 'ranked'
        ? `${p.ranked} دفتر رتبه‌بندی شد (میانگین کشوری ${p.average ?? 'نامعلوم'})؛ ${p.due} دفتر هنوز بازرسی میدانی امسال را ندارند.`
        : `رتبه‌بندی کامل نیست${p.ranked > 0 ? ` (${p.ranked} دفتر رتبه‌بندی شد)` : ''}؛ ${p.due} دفتر هنوز بازرسی میدانی امسال را ندارند.`,
    en: (p: { status: 'ranked' | 'incomplete'; ranked: number; average: number | null; due: number }) =>
      p.status === 'ranked'
        ? `${plural(p.ranked, 'office')} ranked (national average ${p.average ?? 'unknown'}); ${p.due} still ${p.due === 1 ? 'needs' : 'need'} this year's field inspection.`
        : `The ranking is incomplete${p.ranked > 0 ? ` (${plural(p.ranked, 'office')} ranked)` : ''}; ${plural(p.due, 'office')} known to need this year's field inspection.`,
  },

  // Arts. 3–4: the filing procedure
  'operations.filing.step': {
    fa: (p: { route: Route; step: Step; state: StepState; before: Step | null }) =>
      p.state === 'done'
        ? `${STEP.fa[p.step]}: انجام شده.`
        : p.state === 'pending'
          ? `${STEP.fa[p.step]}: در انتظار.`
          : p.state === 'missing'
            ? `${STEP.fa[p.step]}: در سابقه اقدامات نیست.`
            : `${STEP.fa[p.step]}: پیش از «${p.before === null ? '' : STEP.fa[p.before]}» انجام شده، حال آنکه باید پس از آن باشد.`,
    en: (p: { route: Route; step: Step; state: StepState; before: Step | null }) =>
      p.state === 'done'
        ? `${capital(STEP.en[p.step])}: done.`
        : p.state === 'pending'
          ? `${capital(STEP.en[p.step])}: pending.`
          : p.state === 'missing'
            ? `${capital(STEP.en[p.step])}: not in the log.`
            : `${capital(STEP.en[p.step])}: done before "${p.before === null ? '' : STEP.en[p.before]}", which must come first.`,
  },
  'operations.filing.order': {
    fa: (p: { reading: 'partial' | 'strict' }) =>
      p.reading === 'partial'
        ? 'ترتیب ماده ۴ (قرائت پیش‌فرض): تبدیل به سند الکترونیکی پس از احراز هویت، محاسبه هزینه و پرداخت آن؛ ترتیب احراز هویت و محاسبه هزینه میان خودشان مقرر نشده است.'
        : 'ترتیب ماده ۴ (گزینه order: strict): ترتیب متن، مرحله به مرحله، ترتیب لازم است.',
    en: (p: { reading: 'partial' | 'strict' }) =>
      p.reading === 'partial'
        ? "Art. 4's order (default reading): conversion after identity, the cost and its payment; identity and the cost in either order."
        : "Art. 4's order (option order: 'strict'): the order of the text, step by step, is the order required.",
  },
  'operations.filing.foreign': {
    fa: (p: { route: Route; step: Step }) => `«${STEP.fa[p.step]}» از مراحل اقدام از طریق ${ROUTE.fa[p.route]} نیست و بررسی نشد.`,
    en: (p: { route: Route; step: Step }) => `"${STEP.en[p.step]}" is not a step of filing through ${ROUTE.en[p.route]}; not checked.`,
  },
  'operations.filing.summary': {
    fa: (p: { route: Route; status: 'conforming' | 'nonconforming' | 'pending'; step: Step | null; problem: 'missing' | 'outOfOrder' | null; before: Step | null }) =>
      p.status === 'conforming'
        ? `اقدام از طریق ${ROUTE.fa[p.route]} مطابق مراحل مقرر است.`
        : p.status === 'pending'
          ? `اقدام از طریق ${ROUTE.fa[p.route]} تاکنون مطابق مراحل مقرر بوده و ادامه دارد.`
          : `نخستین اشکال: «${p.step === null ? '' : STEP.fa[p.step]}» ${p.problem === 'missing' ? 'انجام نشده است' : `پیش از «${p.before === null ? '' : STEP.fa[p.before]}» انجام شده است`}.`,
    en: (p: { route: Route; status: 'conforming' | 'nonconforming' | 'pending'; step: Step | null; problem: 'missing' | 'outOfOrder' | null; before: Step | null }) =>
      p.status === 'conforming'
        ? `The filing through ${ROUTE.en[p.route]} follows the steps in order.`
        : p.status === 'pending'
          ? `The filing through ${ROUTE.en[p.route]} has followed the steps so far and is under way.`
          : `First problem: "${p.step === null ? '' : STEP.en[p.step]}" ${p.problem === 'missing' ? 'is missing' : `came before "${p.before === null ? '' : STEP.en[p.before]}"`}.`,
  },

  // Arts. 7, 12, 14, 47, 49, 53: the Center's calendar
  'operations.calendar.duty': {
    fa: (p: { duty: Duty; state: DutyState; dueBy: string | null; doneOn: string | null; from: DutyFrom; earlierAct?: 'ignore' | 'count' | null }) => {
      const due = p.dueBy === null ? `موعد (${FROM.fa[p.from]}) نامعلوم` : `موعد ${p.dueBy} (${FROM.fa[p.from]})`;
      const state =
        p.state === 'done'
          ? `در ${p.doneOn ?? ''} انجام شد`
          : p.state === 'late'
            ? `با تأخیر در ${p.doneOn ?? ''} انجام شد`
            : p.state === 'notDue'
              ? 'موعد هنوز نرسیده است'
              : p.state === 'overdue'
                ? 'موعد گذشته و انجام نشده است'
                : 'وضعیت آن معلوم نیست';
      const earlier =
        p.earlierAct === 'ignore'
          ? `؛ آخرین نوبت (${p.doneOn ?? ''}) پیش از تصویب این آیین‌نامه (${REGULATION_DATES.approval.value}) بوده و نوبت این آیین‌نامه شمرده نمی‌شود`
          : p.earlierAct === 'count'
            ? `؛ مدت از آخرین نوبت (${p.doneOn ?? ''}، پیش از تصویب) شمرده شده و موعد پیش از ابلاغ نیست`
            : '';
      return `${DUTY.fa[p.duty]}: ${due}؛ ${state}${earlier}.`;
    },
    en: (p: { duty: Duty; state: DutyState; dueBy: string | null; doneOn: string | null; from: DutyFrom; earlierAct?: 'ignore' | 'count' | null }) => {
      const due = p.dueBy === null ? `due date (${FROM.en[p.from]}) unknown` : `due by ${p.dueBy} (${FROM.en[p.from]})`;
      const state =
        p.state === 'done'
          ? `done on ${p.doneOn ?? ''}`
          : p.state === 'late'
            ? `done late, on ${p.doneOn ?? ''}`
            : p.state === 'notDue'
              ? 'not yet due'
              : p.state === 'overdue'
                ? 'overdue'
                : 'where it stands is unknown';
      const earlier =
        p.earlierAct === 'ignore'
          ? `; the last one (${p.doneOn ?? ''}) predates this regulation's approval (${REGULATION_DATES.approval.value}) and is not counted as one of it`
          : p.earlierAct === 'count'
            ? `; the period runs from the last one (${p.doneOn ?? ''}, before the approval), and the duty is not due before the communication`
            : '';
      return `${capital(DUTY.en[p.duty])}: ${due}; ${state}${earlier}.`;
    },
  },
  'operations.calendar.summary': {
    fa: (p: { status: 'onSchedule' | 'late' | 'incomplete'; overdue: readonly Duty[] }) =>
      p.status === 'onSchedule'
        ? 'وظایف زمان‌دار مرکز طبق برنامه است.'
        : p.status === 'late'
          ? `وظایف با تأخیر: ${faList(p.overdue.map((d) => DUTY.fa[d]))}.`
          : 'وضعیت برخی وظایف زمان‌دار مرکز معلوم نیست.',
    en: (p: { status: 'onSchedule' | 'late' | 'incomplete'; overdue: readonly Duty[] }) =>
      p.status === 'onSchedule'
        ? "The Center's dated duties are on schedule."
        : p.status === 'late'
          ? `Late: ${enList(p.overdue.map((d) => DUTY.en[d]))}.`
          : "Where some of the Center's dated duties stand is unknown.",
  },
});
