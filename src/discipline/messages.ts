import { defineMessages, plural } from '../core/text.js';

/** Small counts in words, for Persian prose that writes the law's numbers as words («یک تا دو درجه»). */
const FA_NUMBER: Readonly<Record<number, string>> = { 1: 'یک', 2: 'دو', 3: 'سه', 4: 'چهار', 5: 'پنج', 6: 'شش', 7: 'هفت' };

/** A fragment of text in both languages, passed into a template. */
type B = { readonly fa: string; readonly en: string };

/** Three states of a fact. */
type Tri = 'yes' | 'no' | 'unknown';

const GRADE_CAP = {
  fa: (capped: boolean) => (capped ? ' (درجه هفت بالاترین درجه است)' : ''),
  en: (capped: boolean) => (capped ? ' (grade 7 is the highest grade)' : ''),
};

/** Who may appeal, in words. */
const APPELLANT = {
  fa: { convictedManager: 'محکوم علیه', headOfCenter: 'رییس مرکز', manager: 'مدیر دفتر' },
  en: { convictedManager: 'the convicted manager', headOfCenter: 'the head of the Center', manager: 'the manager' },
} as const;
type Appellant = keyof typeof APPELLANT.en;

const list = {
  fa: (xs: readonly Appellant[]) => xs.map((x) => APPELLANT.fa[x]).join(' یا '),
  en: (xs: readonly Appellant[]) => xs.map((x) => APPELLANT.en[x]).join(' or '),
};

/** The parameters of the Art. 33 step of a sentence. */
type AppealStep = {
  basis: 'imposed' | 'statutory' | 'range' | 'depends';
  grade: number | null;
  appealable: boolean | null;
  min: number;
  max: number;
  /** The lowest appealable grade (4). */
  threshold: number;
  appellants: readonly Appellant[];
};

/** A bar of Art. 30, in words. */
const BAR = {
  fa: { resJudicata: 'امر مختومه', limitation: 'مرور زمان', permanentSeparation: 'انفکاک دائم از مدیریت دفتر', death: 'فوت مدیر دفتر' },
  en: { resJudicata: 'res judicata', limitation: 'limitation', permanentSeparation: 'permanent separation from managing the office', death: "the manager's death" },
} as const;

/** One offence's bars in a case. */
type CaseBars = { index: number; ref: string; status: 'barred' | 'notBarred' | 'incomplete'; bars: readonly (keyof typeof BAR.en)[]; lastDay: string | null };

/** The summary of a case. */
type CaseSummary = { status: 'barred' | 'computed' | 'lawful' | 'unlawful' | 'incomplete'; prosecutable: number; barred: number; grade: number | null; lastDay: string | null };

/** An offence's grade raised by Art. 43 read per offence. */
type RepeatChange = { readonly ref: string; readonly from: number; readonly to: number };

/** Messages of the discipline domain (codes prefixed `discipline.`). */
export const disciplineMessages = defineMessages({
  // Art. 29 note
  'discipline.responsibility': {
    fa: (_: undefined) => 'مسئولیت تخلفات انتظامی در دفاتر به عهده مدیر دفتر است.',
    en: (_: undefined) => 'The manager of the office bears responsibility for disciplinary offences in the office.',
  },

  // Day-count offences (SPEC D9)
  'discipline.absence.offence': {
    fa: (p: { days: number; grade: number; band: B }) =>
      `غیبت بدون عذر موجه مدیر دفتر به مدت ${p.days} روز (${p.band.fa}): تخلف مستوجب مجازات درجه ${p.grade}.`,
    en: (p: { days: number; grade: number; band: B }) =>
      `The manager's unexcused absence of ${plural(p.days, 'day')} (${p.band.en}): an offence of grade ${p.grade}.`,
  },
  'discipline.absence.none': {
    fa: (_: undefined) => 'غیبتی نبوده است (صفر روز): تخلفی نیست.',
    en: (_: undefined) => 'No absence (zero days): no offence.',
  },
  'discipline.closure.offence': {
    fa: (p: { days: number; grade: number; band: B }) =>
      `تعطیل خدمت در اوقات اداری دفتر به مدت ${p.days} روز (${p.band.fa}): تخلف مستوجب مجازات درجه ${p.grade}.`,
    en: (p: { days: number; grade: number; band: B }) =>
      `The service closed in office hours for ${plural(p.days, 'day')} (${p.band.en}): an offence of grade ${p.grade}.`,
  },
  'discipline.closure.none': {
    fa: (_: undefined) => 'خدمت تعطیل نشده است (صفر روز): تخلفی نیست.',
    en: (_: undefined) => 'The service was not closed (zero days): no offence.',
  },
  'discipline.summary.dayCount': {
    fa: (p: { grade: number | null }) => (p.grade === null ? 'تخلفی نیست' : `تخلف مستوجب مجازات درجه ${p.grade}`),
    en: (p: { grade: number | null }) => (p.grade === null ? 'No offence' : `An offence of grade ${p.grade}`),
  },

  // Art. 29: suspension lengths
  'discipline.suspension.inRange': {
    fa: (p: { grade: number; months: number; range: B }) =>
      `تعلیق ${p.months} ماهه در حدود مجازات درجه ${p.grade} (${p.range.fa}) است.`,
    en: (p: { grade: number; months: number; range: B }) =>
      `A suspension of ${plural(p.months, 'month')} is within grade ${p.grade} (${p.range.en}).`,
  },
  'discipline.suspension.outOfRange': {
    fa: (p: { grade: number; months: number; range: B }) =>
      `تعلیق ${p.months} ماهه خارج از حدود مجازات درجه ${p.grade} (${p.range.fa}) است.`,
    en: (p: { grade: number; months: number; range: B }) =>
      `A suspension of ${plural(p.months, 'month')} is outside grade ${p.grade} (${p.range.en}).`,
  },
  'discipline.suspension.end': {
    fa: (p: { start: string; months: number; end: string }) =>
      `تعلیق از ${p.start} به مدت ${p.months} ماه، در ${p.end} پایان می‌یابد.`,
    en: (p: { start: string; months: number; end: string }) =>
      `Suspended from ${p.start} for ${plural(p.months, 'month')}: the suspension ends on ${p.end}.`,
  },
  'discipline.summary.suspension': {
    fa: (p: { lawful: boolean; grade: number; months: number }) =>
      `تعلیق ${p.months} ماهه برای مجازات درجه ${p.grade} ${p.lawful ? 'قانونی است' : 'قانونی نیست'}`,
    en: (p: { lawful: boolean; grade: number; months: number }) =>
      `A suspension of ${plural(p.months, 'month')} is ${p.lawful ? 'lawful' : 'not lawful'} for grade ${p.grade}`,
  },

  // Sentencing (SPEC D10)
  'discipline.offence.grade': {
    fa: (p: { title: B; days: number | null; grade: number }) =>
      `«${p.title.fa}»${p.days === null ? '' : ` (${p.days} روز)`}: مجازات درجه ${p.grade}.`,
    en: (p: { title: B; days: number | null; grade: number }) =>
      `${p.title.en}${p.days === null ? '' : ` (${plural(p.days, 'day')})`}: grade ${p.grade}.`,
  },
  'discipline.step.single': {
    fa: (p: { grade: number }) => `یک تخلف: ماده ۴۴ (تخلفات متعدد) اعمال نمی‌شود؛ درجه ${p.grade}.`,
    en: (p: { grade: number }) => `One offence: Art. 44 (several offences) does not apply; grade ${p.grade}.`,
  },
  'discipline.step.multipleSame': {
    fa: (p: { count: number; grade: number; result: number; capped: boolean }) =>
      `${p.count} تخلف، همه مستوجب مجازات درجه ${p.grade}: مجازات یک درجه تشدید می‌شود (الزامی): درجه ${p.result}${GRADE_CAP.fa(p.capped)}.`,
    en: (p: { count: number; grade: number; result: number; capped: boolean }) =>
      `${plural(p.count, 'offence')}, all of grade ${p.grade}: the penalty is aggravated by one grade (mandatory): grade ${p.result}${GRADE_CAP.en(p.capped)}.`,
  },
  'discipline.step.multipleMixed': {
    fa: (p: { count: number; highest: number; optionalMax: number; capped: boolean }) =>
      `${p.count} تخلف از درجات مختلف: مجازات درجه بالاتر، درجه ${p.highest}؛ هیات می‌تواند مجازات را یک درجه تشدید کند (تا درجه ${p.optionalMax})${GRADE_CAP.fa(p.capped)}.`,
    en: (p: { count: number; highest: number; optionalMax: number; capped: boolean }) =>
      `${plural(p.count, 'offence')} of different grades: the penalty of the higher grade, grade ${p.highest}; the board may aggravate it by one grade (up to grade ${p.optionalMax})${GRADE_CAP.en(p.capped)}.`,
  },
  'discipline.step.multipleHighestGroup': {
    fa: (p: { count: number; highest: number; sharing: number; result: number; capped: boolean }) =>
      `${p.count} تخلف از درجات مختلف که ${p.sharing} فقره از آنها مستوجب بالاترین درجه (${p.highest}) است: تخلفات هم‌درجه مجازات را یک درجه تشدید می‌کنند (الزامی): درجه ${p.result}${GRADE_CAP.fa(p.capped)}؛ تشدید اختیاری بیش از این ممکن نیست.`,
    en: (p: { count: number; highest: number; sharing: number; result: number; capped: boolean }) =>
      `${plural(p.count, 'offence')} of different grades, ${p.sharing} of them of the highest grade (${p.highest}): offences of one grade aggravate the penalty by one grade (mandatory): grade ${p.result}${GRADE_CAP.en(p.capped)}; no optional aggravation beyond it.`,
  },
  'discipline.repeat.applies': {
    fa: (p: { priorGrade: number; carriedOut: string; offenceDate: string; windowEnd: string }) =>
      `محکومیت انتظامی درجه ${p.priorGrade} که در ${p.carriedOut} اجرا شده و تخلف جدید در ${p.offenceDate}، ظرف دو سال پس از اجرای حکم (تا ${p.windowEnd}): مجازات یک درجه تشدید می‌شود.`,
    en: (p: { priorGrade: number; carriedOut: string; offenceDate: string; windowEnd: string }) =>
      `A conviction of grade ${p.priorGrade} carried out on ${p.carriedOut}, and a new offence on ${p.offenceDate}, within two years of it (until ${p.windowEnd}): the penalty is aggravated by one grade.`,
  },
  'discipline.repeat.noPriors': {
    fa: (_: undefined) => 'سابقه محکومیت انتظامی ندارد: تشدید ماده ۴۳ اعمال نمی‌شود.',
    en: (_: undefined) => 'No prior disciplinary conviction: the aggravation of Art. 43 does not apply.',
  },
  'discipline.repeat.none': {
    fa: (p: { count: number }) =>
      `از ${p.count} محکومیت سابق، هیچ محکومیت درجه یک تا چهاری در دو سال پیش از تخلف جدید اجرا نشده است: تشدید ماده ۴۳ اعمال نمی‌شود.`,
    en: (p: { count: number }) =>
      `Of ${plural(p.count, 'prior conviction')}, none of grade 1 to 4 was carried out within the two years before a new offence: the aggravation of Art. 43 does not apply.`,
  },
  'discipline.repeat.unknown': {
    fa: (_: undefined) => 'معلوم نیست تخلف ظرف دو سال پس از اجرای محکومیت درجه یک تا چهار سابق رخ داده است یا نه.',
    en: (_: undefined) => 'Unknown whether an offence came within two years after a prior grade 1–4 conviction was carried out.',
  },
  'discipline.step.repeat': {
    // `to` and `capped` are read only when the repeat applies.
    fa: (p: { applies: Tri; from: number; to: number; capped: boolean }) =>
      ({
        yes: () => `تکرار (ماده ۴۳): یک درجه تشدید الزامی، از درجه ${p.from} به درجه ${p.to}${GRADE_CAP.fa(p.capped)}.`,
        no: () => `تکرار (ماده ۴۳) نیست: درجه ${p.from} می‌ماند.`,
        unknown: () => 'تکرار (ماده ۴۳) معلوم نیست: درجه الزامی تعیین نمی‌شود.',
      })[p.applies](),
    en: (p: { applies: Tri; from: number; to: number; capped: boolean }) =>
      ({
        yes: () => `Repeat (Art. 43): a mandatory aggravation by one grade, from grade ${p.from} to grade ${p.to}${GRADE_CAP.en(p.capped)}.`,
        no: () => `No repeat (Art. 43): grade ${p.from} stands.`,
        unknown: () => 'Repeat (Art. 43) unknown: the mandatory grade cannot be set.',
      })[p.applies](),
  },
  'discipline.mitigation.ground': {
    fa: (p: { ground: B }) => `جهت تخفیف احراز شده: ${p.ground.fa}.`,
    en: (p: { ground: B }) => `Mitigating ground found: ${p.ground.en}.`,
  },
  'discipline.mitigation.groundExcluded': {
    fa: (p: { ground: B }) => `جهت «${p.ground.fa}» با وجود سابقه محکومیت انتظامی محقق نیست.`,
    en: (p: { ground: B }) => `The ground "${p.ground.en}" is not made out: a prior disciplinary conviction was given.`,
  },
  'discipline.mitigation.groundUnknown': {
    fa: (p: { ground: B }) => `جهت «${p.ground.fa}» تا معلوم نشدن سوابق محکومیت انتظامی قابل احراز نیست.`,
    en: (p: { ground: B }) => `The ground "${p.ground.en}" cannot be checked until the prior convictions are known.`,
  },
  'discipline.mitigation.none': {
    fa: (_: undefined) => 'هیچ یک از جهات تخفیف ماده ۳۲ احراز نشده است: تخفیف ممکن نیست.',
    en: (_: undefined) => 'None of the mitigating grounds of Art. 32 was found: no mitigation is possible.',
  },
  'discipline.step.mitigation': {
    fa: (p: { state: Tri; maxGrades: number }) =>
      ({
        yes: `تخفیف (ماده ۳۲): هیات می‌تواند مجازات را ${p.maxGrades === 1 ? 'یک درجه' : `یک تا ${FA_NUMBER[p.maxGrades] ?? p.maxGrades} درجه`} تخفیف دهد.`,
        no: 'تخفیف (ماده ۳۲): جهتی احراز نشده، تخفیف ممکن نیست.',
        unknown: 'تخفیف (ماده ۳۲): معلوم نیست جهت تخفیف محقق است.',
      })[p.state],
    en: (p: { state: Tri; maxGrades: number }) =>
      ({
        yes: `Mitigation (Art. 32): the board may lower the penalty by ${p.maxGrades === 1 ? 'one grade' : `one to ${p.maxGrades} grades`}.`,
        no: 'Mitigation (Art. 32): no ground found, no mitigation possible.',
        unknown: 'Mitigation (Art. 32): unknown whether a ground is made out.',
      })[p.state],
  },
  'discipline.step.range': {
    fa: (p: { beforeChoices: number; min: number; max: number }) =>
      `درجه پیش از انتخاب‌های هیات (تشدید اختیاری و تخفیف) ${p.beforeChoices}؛ هیات می‌تواند از درجه ${p.min} تا درجه ${p.max} حکم دهد (درجات یک تا هفت).`,
    en: (p: { beforeChoices: number; min: number; max: number }) =>
      `Grade before the board's choices (optional aggravation, mitigation) ${p.beforeChoices}; the board may lawfully impose grade ${p.min} to grade ${p.max} (grades 1 to 7).`,
  },
  'discipline.step.appeal': {
    fa: (p: AppealStep) =>
      p.basis === 'depends'
        ? `قابلیت اعتراض (ماده ۳۳) به درجه‌ای که هیات انتخاب کند بستگی دارد: درجه ${p.min}${p.threshold - 1 > p.min ? ` تا ${p.threshold - 1}` : ''} قطعی است؛ درجه ${p.threshold}${p.max > p.threshold ? ` تا ${p.max}` : ''} ظرف بیست روز از ابلاغ توسط ${list.fa(p.appellants)} قابل اعتراض است.`
        : p.basis === 'range'
          ? `قابلیت اعتراض (ماده ۳۳): هر درجه‌ای که هیات انتخاب کند (درجه ${p.min} تا ${p.max}) ${p.appealable ? `ظرف بیست روز از ابلاغ توسط ${list.fa(p.appellants)} قابل اعتراض است` : 'قطعی است'}.`
          : `قابلیت اعتراض (ماده ۳۳)، بر پایه ${p.basis === 'imposed' ? 'درجه مورد حکم' : 'درجه‌ای که قانون پیش از انتخاب‌های هیات تعیین می‌کند (گزینه appealGrade: statutory)'}: درجه ${p.grade ?? ''} ${p.appealable ? `ظرف بیست روز از ابلاغ توسط ${list.fa(p.appellants)} قابل اعتراض است` : 'قطعی است'}.`,
    en: (p: AppealStep) =>
      p.basis === 'depends'
        ? `Appeal (Art. 33) depends on the grade the board chooses: ${p.threshold - 1 > p.min ? `grades ${p.min} to ${p.threshold - 1} are` : `grade ${p.min} is`} final; ${p.max > p.threshold ? `grades ${p.threshold} to ${p.max} are` : `grade ${p.threshold} is`} appealable by ${list.en(p.appellants)} within twenty days of notification.`
        : p.basis === 'range'
          ? `Appeal (Art. 33): whatever grade the board chooses (grade ${p.min} to ${p.max}), the ruling is ${p.appealable ? `appealable by ${list.en(p.appellants)} within twenty days of notification` : 'final'}.`
          : `Appeal (Art. 33), on ${p.basis === 'imposed' ? 'the grade imposed' : "the grade the law sets before the board's choices (option appealGrade: 'statutory')"}: grade ${p.grade ?? ''} is ${p.appealable ? `appealable by ${list.en(p.appellants)} within twenty days of notification` : 'final'}.`,
  },
  'discipline.art44.lighterLowers': {
    fa: (p: { highest: number; sharing: number; lighter: number; without: number }) =>
      `قرائت ظاهری ماده ۴۴ کمتر از همین تخلفات بدون تخلف سبک‌تر می‌دهد: ${p.sharing} تخلف درجه ${p.highest} به تنهایی درجه ${p.without} (تشدید الزامی) می‌گرفتند؛ با ${p.lighter} تخلف سبک‌تر درجه ${p.highest} است و تشدید تا درجه ${p.without} اختیاری است (گزینه multipleOffences: highestGroup آن را الزامی می‌کند).`,
    en: (p: { highest: number; sharing: number; lighter: number; without: number }) =>
      `The literal reading of Art. 44 gives less than the same offences without the lighter one: ${plural(p.sharing, 'offence')} of grade ${p.highest} alone would get grade ${p.without} (mandatory aggravation); with ${plural(p.lighter, 'lighter offence')} it is grade ${p.highest}, and aggravation to grade ${p.without} is optional (option multipleOffences: 'highestGroup' makes it mandatory).`,
  },
  'discipline.step.repeatPerOffence': {
    fa: (p: { applies: Tri; offences: readonly RepeatChange[]; unknown: boolean }) =>
      p.applies === 'yes'
        ? `تکرار (ماده ۴۳، تشدید خود تخلف تکراری پیش از ماده ۴۴): ${p.offences.map((o) => `${o.ref} از درجه ${o.from} به درجه ${o.to}`).join('، ')}${p.unknown ? '؛ تکرار در سایر تخلفات معلوم نیست' : ''}.`
        : p.applies === 'no'
          ? 'تکرار (ماده ۴۳، تشدید خود تخلف تکراری): هیچ تخلفی ظرف دو سال پس از اجرای حکم سابق نیست.'
          : 'تکرار (ماده ۴۳، تشدید خود تخلف تکراری) معلوم نیست: درجه پیش از انتخاب‌های هیات تعیین نمی‌شود.',
    en: (p: { applies: Tri; offences: readonly RepeatChange[]; unknown: boolean }) =>
      p.applies === 'yes'
        ? `Repeat (Art. 43, the repeat offence itself aggravated before Art. 44): ${p.offences.map((o) => `${o.ref} from grade ${o.from} to grade ${o.to}`).join(', ')}${p.unknown ? '; unknown for the other offences' : ''}.`
        : p.applies === 'no'
          ? 'Repeat (Art. 43, the repeat offence itself aggravated): no offence within two years after a prior sentence was carried out.'
          : "Repeat (Art. 43, the repeat offence itself aggravated) unknown: the grade before the board's choices cannot be set.",
  },
  'discipline.step.board': {
    fa: (p: { grade: number; aggravation: boolean; mitigation: number }) =>
      `انتخاب هیات: ${p.aggravation ? 'تشدید اختیاری یک درجه، ' : ''}${p.mitigation > 0 ? `تخفیف ${p.mitigation} درجه، ` : ''}مجازات درجه ${p.grade}.`,
    en: (p: { grade: number; aggravation: boolean; mitigation: number }) =>
      `The board's choice: ${p.aggravation ? 'optional aggravation by one grade, ' : ''}${p.mitigation > 0 ? `mitigation by ${plural(p.mitigation, 'grade')}, ` : ''}grade ${p.grade}.`,
  },
  'discipline.board.aggravation.lawful': {
    fa: (_: undefined) => 'تشدید اختیاری یک درجه در تخلفات متعدد از درجات مختلف مجاز است.',
    en: (_: undefined) => 'The optional aggravation by one grade is allowed for several offences of different grades.',
  },
  'discipline.board.aggravation.unavailable': {
    fa: (_: undefined) => 'تشدید اختیاری فقط در تخلفات متعدد از درجات مختلف مجاز است؛ این‌جا مجاز نیست.',
    en: (_: undefined) => 'The optional aggravation is allowed only for several offences of different grades; not here.',
  },
  'discipline.board.mitigation.lawful': {
    fa: (p: { grades: number }) => `تخفیف ${p.grades} درجه با جهت مذکور در ماده ۳۲ مجاز است.`,
    en: (p: { grades: number }) => `Mitigation by ${plural(p.grades, 'grade')} on a ground Art. 32 names is allowed.`,
  },
  'discipline.board.mitigation.unlawful': {
    fa: (p: { grades: number }) => `تخفیف ${p.grades} درجه بدون جهت محقق از جهات ماده ۳۲ مجاز نیست.`,
    en: (p: { grades: number }) => `Mitigation by ${plural(p.grades, 'grade')} without a ground of Art. 32 that is made out is not allowed.`,
  },
  'discipline.board.mitigation.unknown': {
    fa: (p: { grades: number }) => `مجاز بودن تخفیف ${p.grades} درجه تا معلوم شدن جهت آن معلوم نیست.`,
    en: (p: { grades: number }) => `Whether mitigation by ${plural(p.grades, 'grade')} is allowed is unknown until its ground is known.`,
  },
  'discipline.board.grade.inRange': {
    fa: (p: { grade: number; min: number; max: number }) => `مجازات درجه ${p.grade} در محدوده قانونی (درجه ${p.min} تا ${p.max}) است.`,
    en: (p: { grade: number; min: number; max: number }) => `Grade ${p.grade} is within the lawful range (grade ${p.min} to ${p.max}).`,
  },
  'discipline.board.grade.outOfRange': {
    fa: (p: { grade: number; min: number; max: number }) => `مجازات درجه ${p.grade} خارج از محدوده قانونی (درجه ${p.min} تا ${p.max}) است.`,
    en: (p: { grade: number; min: number; max: number }) => `Grade ${p.grade} is outside the lawful range (grade ${p.min} to ${p.max}).`,
  },
  'discipline.board.grade.mismatch': {
    fa: (p: { grade: number; computed: number }) => `مجازات درجه ${p.grade} با انتخاب‌های هیات (که به درجه ${p.computed} می‌رسد) سازگار نیست.`,
    en: (p: { grade: number; computed: number }) => `Grade ${p.grade} does not follow from the board's choices (which give grade ${p.computed}).`,
  },
  'discipline.board.grade.unknown': {
    fa: (p: { grade: number }) => `قانونی بودن مجازات درجه ${p.grade} تا کامل شدن اطلاعات معلوم نیست.`,
    en: (p: { grade: number }) => `Whether grade ${p.grade} is lawful is unknown until the facts are complete.`,
  },
  'discipline.board.suspension.notSuspension': {
    fa: (p: { grade: number; months: number }) => `مجازات درجه ${p.grade} تعلیق نیست؛ مدت ${p.months} ماه تعلیق با آن سازگار نیست.`,
    en: (p: { grade: number; months: number }) => `Grade ${p.grade} is not a suspension; a suspension of ${plural(p.months, 'month')} does not fit it.`,
  },
  'discipline.board.suspension.unknown': {
    fa: (p: { months: number }) => `مدت تعلیق ${p.months} ماه تا معلوم شدن درجه مجازات قابل بررسی نیست.`,
    en: (p: { months: number }) => `A suspension of ${plural(p.months, 'month')} cannot be checked until the grade is known.`,
  },
  'discipline.summary.sentence': {
    fa: (p: { beforeChoices: number; min: number; max: number }) =>
      `درجه پیش از انتخاب‌های هیات ${p.beforeChoices}؛ محدوده قانونی: درجه ${p.min} تا ${p.max}`,
    en: (p: { beforeChoices: number; min: number; max: number }) =>
      `Grade before the board's choices ${p.beforeChoices}; lawful range: grade ${p.min} to ${p.max}`,
  },
  'discipline.summary.sentenceLawful': {
    fa: (p: { grade: number; min: number; max: number }) => `مجازات درجه ${p.grade} قانونی است (محدوده: درجه ${p.min} تا ${p.max})`,
    en: (p: { grade: number; min: number; max: number }) => `Grade ${p.grade} is lawful (range: grade ${p.min} to ${p.max})`,
  },
  'discipline.summary.sentenceUnlawful': {
    fa: (p: { count: number }) => `انتخاب هیات قانونی نیست (${p.count} ایراد)`,
    en: (p: { count: number }) => `The board's choice is not lawful (${plural(p.count, 'defect')})`,
  },
  'discipline.summary.sentenceIncomplete': {
    fa: (p: { facts: readonly string[] }) => `اطلاعات برای تعیین مجازات کامل نیست: ${p.facts.join('، ')}`,
    en: (p: { facts: readonly string[] }) => `Not enough facts to set the penalty: ${p.facts.join(', ')}`,
  },

  // Art. 31: suspension of prosecution (SPEC D11)
  'discipline.prosecutionSuspension.available': {
    fa: (p: { highest: number; max: number }) => `تخلف مستوجب مجازات درجه ${p.highest} است (حداکثر ${p.max}): تعلیق تعقیب ممکن است.`,
    en: (p: { highest: number; max: number }) => `The offence carries grade ${p.highest} (at most ${p.max}): prosecution may be suspended.`,
  },
  'discipline.prosecutionSuspension.unavailable': {
    fa: (p: { highest: number; max: number }) => `تخلف مستوجب مجازات درجه ${p.highest} است (بیش از ${p.max}): تعلیق تعقیب ممکن نیست.`,
    en: (p: { highest: number; max: number }) => `The offence carries grade ${p.highest} (above ${p.max}): prosecution may not be suspended.`,
  },
  'discipline.prosecutionSuspension.combinedAvailable': {
    fa: (p: { grade: number; max: number }) => `تخلفات با هم، پس از مواد ۴۴ و ۴۳، مستوجب مجازات درجه ${p.grade} است (حداکثر ${p.max}؛ گزینه suspensionGrade: combined): تعلیق تعقیب ممکن است.`,
    en: (p: { grade: number; max: number }) => `Together, after Arts. 44 and 43, the offences carry grade ${p.grade} (at most ${p.max}; option suspensionGrade: 'combined'): prosecution may be suspended.`,
  },
  'discipline.prosecutionSuspension.combinedUnavailable': {
    fa: (p: { grade: number; max: number }) => `تخلفات با هم، پس از مواد ۴۴ و ۴۳، مستوجب مجازات درجه ${p.grade} است (بیش از ${p.max}؛ گزینه suspensionGrade: combined): تعلیق تعقیب ممکن نیست.`,
    en: (p: { grade: number; max: number }) => `Together, after Arts. 44 and 43, the offences carry grade ${p.grade} (above ${p.max}; option suspensionGrade: 'combined'): prosecution may not be suspended.`,
  },
  'discipline.prosecutionSuspension.combinedUnknown': {
    fa: (p: { max: number }) => `درجه تخلفات با هم پس از مواد ۴۴ و ۴۳ معلوم نیست (گزینه suspensionGrade: combined)؛ معلوم نیست از درجه ${p.max} بیشتر است یا نه.`,
    en: (p: { max: number }) => `The grade the offences carry together after Arts. 44 and 43 is unknown (option suspensionGrade: 'combined'): unknown whether it exceeds ${p.max}.`,
  },
  'discipline.prosecutionSuspension.periodInRange': {
    fa: (p: { months: number; min: number; max: number }) => `مدت ${p.months} ماه در حدود یک تا دو سال (${p.min} تا ${p.max} ماه) است.`,
    en: (p: { months: number; min: number; max: number }) => `A period of ${plural(p.months, 'month')} is within one to two years (${p.min} to ${plural(p.max, 'month')}).`,
  },
  'discipline.prosecutionSuspension.periodOutOfRange': {
    fa: (p: { months: number; min: number; max: number }) => `مدت ${p.months} ماه خارج از حدود یک تا دو سال (${p.min} تا ${p.max} ماه) است.`,
    en: (p: { months: number; min: number; max: number }) => `A period of ${plural(p.months, 'month')} is outside one to two years (${p.min} to ${plural(p.max, 'month')}).`,
  },
  'discipline.prosecutionSuspension.end': {
    fa: (p: { from: string; months: number; end: string }) => `تعلیق تعقیب از تاریخ صدور قرار، ${p.from}، به مدت ${p.months} ماه تا ${p.end}.`,
    en: (p: { from: string; months: number; end: string }) => `Prosecution suspended from the order, ${p.from}, for ${plural(p.months, 'month')}, until ${p.end}.`,
  },
  'discipline.prosecutionSuspension.revoked': {
    fa: (p: { committedOn: string }) => `تخلف ارتکابی در ${p.committedOn}، در مدت تعلیق، به محکومیت قطعی انجامیده است: هیات قرار تعلیق تعقیب را لغو و به موضوع رسیدگی می‌کند.`,
    en: (p: { committedOn: string }) => `The offence of ${p.committedOn}, within the period, ended in a final conviction: the board revokes the suspension and hears the case.`,
  },
  'discipline.prosecutionSuspension.pending': {
    fa: (p: { committedOn: string }) => `تخلف ارتکابی در ${p.committedOn} در مدت تعلیق است، اما هنوز به محکومیت قطعی نینجامیده است: قرار لغو نمی‌شود.`,
    en: (p: { committedOn: string }) => `The offence of ${p.committedOn} is within the period but has not ended in a final conviction: the order is not revoked.`,
  },
  'discipline.prosecutionSuspension.convictionUnknown': {
    fa: (p: { committedOn: string }) => `تخلف ارتکابی در ${p.committedOn} در مدت تعلیق است؛ معلوم نیست به محکومیت قطعی انجامیده است.`,
    en: (p: { committedOn: string }) => `The offence of ${p.committedOn} is within the period; unknown whether it ended in a final conviction.`,
  },
  'discipline.prosecutionSuspension.outside': {
    fa: (p: { committedOn: string; from: string; end: string }) => `تخلف ارتکابی در ${p.committedOn} خارج از مدت تعلیق (${p.from} تا ${p.end}) است: موجب لغو قرار نیست.`,
    en: (p: { committedOn: string; from: string; end: string }) => `The offence of ${p.committedOn} is outside the period (${p.from} to ${p.end}): it does not revoke the order.`,
  },
  'discipline.prosecutionSuspension.periodUnknown': {
    fa: (_: undefined) => 'تاریخ صدور قرار، مدت تعلیق یا تاریخ تخلف جدید معلوم نیست.',
    en: (_: undefined) => 'The date of the order, the period, or the date of the new offence is unknown.',
  },
  'discipline.prosecutionSuspension.art44': {
    fa: (_: undefined) => 'در صورت محکومیت، به هر دو تخلف مطابق ماده ۴۴ (تخلفات متعدد) رسیدگی و حکم داده می‌شود.',
    en: (_: undefined) => 'If convicted, both offences are sentenced together under Art. 44 (several offences).',
  },
  'discipline.summary.prosecutionSuspension': {
    fa: (p: { status: 'available' | 'unavailable' | 'revoked' | 'incomplete' }) =>
      ({ available: 'تعلیق تعقیب ممکن است', unavailable: 'تعلیق تعقیب ممکن نیست', revoked: 'قرار تعلیق تعقیب لغو می‌شود', incomplete: 'اطلاعات برای تصمیم کامل نیست' })[p.status],
    en: (p: { status: 'available' | 'unavailable' | 'revoked' | 'incomplete' }) =>
      ({ available: 'Prosecution may be suspended', unavailable: 'Prosecution may not be suspended', revoked: 'The suspension of prosecution is revoked', incomplete: 'Not enough facts to decide' })[p.status],
  },

  // Art. 30: bars to prosecution (SPEC D12)
  'discipline.bar.resJudicata': {
    fa: (p: { state: Tri }) =>
      ({ yes: 'تخلف مشمول امر مختومه است: تعقیب موقوف می‌شود.', no: 'تخلف مشمول امر مختومه نیست.', unknown: 'معلوم نیست تخلف مشمول امر مختومه است.' })[p.state],
    en: (p: { state: Tri }) =>
      ({ yes: 'The offence is res judicata: prosecution ends.', no: 'The offence is not res judicata.', unknown: 'Unknown whether the offence is res judicata.' })[p.state],
  },
  'discipline.bar.separation': {
    fa: (p: { state: Tri }) =>
      ({ yes: 'مدیر دفتر به طور دائم از مدیریت دفتر منفک شده است: تعقیب موقوف می‌شود.', no: 'مدیر دفتر به طور دائم از مدیریت دفتر منفک نشده است.', unknown: 'معلوم نیست مدیر دفتر به طور دائم از مدیریت دفتر منفک شده است.' })[p.state],
    en: (p: { state: Tri }) =>
      ({ yes: 'The manager has been permanently separated from managing the office: prosecution ends.', no: 'The manager has not been permanently separated from managing the office.', unknown: 'Unknown whether the manager has been permanently separated from managing the office.' })[p.state],
  },
  'discipline.bar.death': {
    fa: (p: { state: Tri }) =>
      ({ yes: 'مدیر دفتر فوت کرده است: تعقیب موقوف می‌شود.', no: 'مدیر دفتر در قید حیات است.', unknown: 'معلوم نیست مدیر دفتر در قید حیات است.' })[p.state],
    en: (p: { state: Tri }) =>
      ({ yes: 'The manager has died: prosecution ends.', no: 'The manager is alive.', unknown: 'Unknown whether the manager is alive.' })[p.state],
  },
  'discipline.bar.limitation.running': {
    fa: (p: { asOf: string; lastDay: string }) => `در ${p.asOf} مرور زمان تمام نشده است؛ تعقیب تا ${p.lastDay} ممکن است.`,
    en: (p: { asOf: string; lastDay: string }) => `On ${p.asOf} the limitation period has not run out; prosecution is possible until ${p.lastDay}.`,
  },
  'discipline.bar.limitation.beyondRange': {
    fa: (p: { asOf: string }) => `در ${p.asOf} مرور زمان تمام نشده است (پایان آن خارج از سال‌های پشتیبانی‌شده است).`,
    en: (p: { asOf: string }) => `On ${p.asOf} the limitation period has not run out (its end lies beyond the supported years).`,
  },
  'discipline.bar.limitation.expired': {
    fa: (p: { asOf: string; lastDay: string; barredFrom: string }) => `تخلف مشمول مرور زمان شده است: آخرین روز تعقیب ${p.lastDay} بود و از ${p.barredFrom} تعقیب موقوف است (در ${p.asOf}).`,
    en: (p: { asOf: string; lastDay: string; barredFrom: string }) => `The offence is time-barred: the last day to prosecute was ${p.lastDay}, barred from ${p.barredFrom} (as of ${p.asOf}).`,
  },
  'discipline.bar.limitation.unknown': {
    fa: (_: undefined) => 'مشمول مرور زمان بودن تخلف بدون تاریخ وقوع آن یا اقدامات تعقیبی معلوم نیست.',
    en: (_: undefined) => 'Whether the offence is time-barred is unknown without its date or the acts of prosecution.',
  },
  'discipline.limitation.start': {
    fa: (p: { date: string; continuing: boolean }) =>
      p.continuing ? `تخلف مستمر: مرور زمان از آخرین روز آن، ${p.date}، شروع می‌شود.` : `مرور زمان از تاریخ وقوع تخلف، ${p.date}، شروع می‌شود.`,
    en: (p: { date: string; continuing: boolean }) =>
      p.continuing ? `A continuing offence: the limitation runs from its last day, ${p.date}.` : `The limitation runs from the date of the offence, ${p.date}.`,
  },
  'discipline.limitation.act': {
    fa: (p: { act: string; lastDayBefore: string }) => `اقدام تعقیبی در ${p.act}، پیش از پایان مرور زمان (${p.lastDayBefore})، مرور زمان را از نو شروع می‌کند.`,
    en: (p: { act: string; lastDayBefore: string }) => `The act of prosecution on ${p.act}, before the limitation ran out (${p.lastDayBefore}), starts it afresh.`,
  },
  'discipline.limitation.actNoEffect': {
    fa: (p: { act: string; start: string }) => `اقدام تعقیبی در ${p.act} دیرتر از آغاز مرور زمان (${p.start}) نیست و اثری ندارد.`,
    en: (p: { act: string; start: string }) => `The act of prosecution on ${p.act} is not later than the start of the limitation (${p.start}) and changes nothing.`,
  },
  'discipline.limitation.actIgnored': {
    fa: (p: { act: string; barredFrom: string }) => `اقدام تعقیبی در ${p.act} پس از حصول مرور زمان (از ${p.barredFrom}) است و آن را احیا نمی‌کند.`,
    en: (p: { act: string; barredFrom: string }) => `The act of prosecution on ${p.act} came after the bar fell (from ${p.barredFrom}) and revives nothing.`,
  },
  'discipline.limitation.lastDay': {
    fa: (p: { start: string; lastDay: string; barredFrom: string }) => `دو سال از ${p.start}: تعقیب تا ${p.lastDay} (همان روز) ممکن است و از ${p.barredFrom} موقوف است.`,
    en: (p: { start: string; lastDay: string; barredFrom: string }) => `Two years from ${p.start}: prosecution is possible until ${p.lastDay} (that day included) and barred from ${p.barredFrom}.`,
  },
  'discipline.limitation.lastDayBeyondRange': {
    fa: (p: { start: string }) => `دو سال از ${p.start}: پایان مرور زمان خارج از سال‌های پشتیبانی‌شده است.`,
    en: (p: { start: string }) => `Two years from ${p.start}: the end of the limitation period lies beyond the supported years.`,
  },
  'discipline.summary.bars': {
    fa: (p: { status: 'barred' | 'notBarred' | 'incomplete' }) =>
      ({ barred: 'تعقیب انتظامی موقوف است', notBarred: 'مانعی برای تعقیب انتظامی نیست', incomplete: 'اطلاعات برای تصمیم درباره موانع تعقیب کامل نیست' })[p.status],
    en: (p: { status: 'barred' | 'notBarred' | 'incomplete' }) =>
      ({ barred: 'Disciplinary prosecution is barred', notBarred: 'Nothing bars disciplinary prosecution', incomplete: 'Not enough facts to decide the bars to prosecution' })[p.status],
  },

  // Arts. 33, 45: appeals (SPEC D13)
  'discipline.appeal.conviction': {
    fa: (p: { grade: number; appellants: readonly Appellant[] }) =>
      p.appellants.length > 0
        ? `رای محکومیت به مجازات درجه ${p.grade}: ظرف بیست روز از ابلاغ توسط ${list.fa(p.appellants)} قابل اعتراض در هیات تجدیدنظر است.`
        : `رای محکومیت به مجازات درجه ${p.grade} قطعی است.`,
    en: (p: { grade: number; appellants: readonly Appellant[] }) =>
      p.appellants.length > 0
        ? `A conviction with a grade ${p.grade} penalty: appealable to the appeal board by ${list.en(p.appellants)} within twenty days of notification.`
        : `A conviction with a grade ${p.grade} penalty is final.`,
  },
  'discipline.appeal.acquittal': {
    fa: (p: { grade: number; appellants: readonly Appellant[] }) =>
      p.appellants.length > 0
        ? `رای برائت از تخلف مستوجب مجازات درجه ${p.grade}: ظرف بیست روز از ابلاغ توسط ${list.fa(p.appellants)} قابل اعتراض است.`
        : `رای برائت از تخلف مستوجب مجازات درجه ${p.grade} قطعی است.`,
    en: (p: { grade: number; appellants: readonly Appellant[] }) =>
      p.appellants.length > 0
        ? `An acquittal of an offence of grade ${p.grade}: appealable by ${list.en(p.appellants)} within twenty days of notification.`
        : `An acquittal of an offence of grade ${p.grade} is final.`,
  },
  'discipline.appeal.revocation': {
    fa: (_: undefined) => 'رای لغو پروانه به سبب از دست دادن یا فقدان شرایط: ظرف بیست روز قابل اعتراض در هیات تجدیدنظر است.',
    en: (_: undefined) => 'A revocation of the licence for lost or missing conditions: appealable to the appeal board within twenty days.',
  },
  'discipline.appeal.unknown': {
    fa: (_: undefined) => 'درجه مجازات (یا درجه تخلف) معلوم نیست: قابل اعتراض بودن رای معلوم نیست.',
    en: (_: undefined) => 'The grade (of the penalty or of the offence) is unknown: whether the ruling is appealable is unknown.',
  },
  'discipline.appeal.inTime': {
    fa: (p: { asOf: string; lastDay: string }) => `اعتراض در ${p.asOf} در مهلت است (آخرین روز: ${p.lastDay}).`,
    en: (p: { asOf: string; lastDay: string }) => `An appeal on ${p.asOf} is in time (last day: ${p.lastDay}).`,
  },
  'discipline.appeal.late': {
    fa: (p: { asOf: string; lastDay: string }) => `اعتراض در ${p.asOf} خارج از مهلت است (آخرین روز: ${p.lastDay}).`,
    en: (p: { asOf: string; lastDay: string }) => `An appeal on ${p.asOf} is late (last day: ${p.lastDay}).`,
  },
  'discipline.summary.appealability': {
    fa: (p: { status: 'appealable' | 'final' | 'incomplete' }) =>
      ({ appealable: 'رای قابل اعتراض است', final: 'رای قطعی است', incomplete: 'قابل اعتراض بودن رای معلوم نیست' })[p.status],
    en: (p: { status: 'appealable' | 'final' | 'incomplete' }) =>
      ({ appealable: 'The ruling is appealable', final: 'The ruling is final', incomplete: 'Whether the ruling is appealable is unknown' })[p.status],
  },
  'discipline.summary.appealDeadline': {
    fa: (p: { status: 'appealable' | 'final' | 'incomplete'; lastDay: string | null }) =>
      p.status === 'final' ? 'رای قطعی است؛ مهلت اعتراضی نیست' : `آخرین روز اعتراض: ${p.lastDay}${p.status === 'incomplete' ? ' (اگر رای قابل اعتراض باشد)' : ''}`,
    en: (p: { status: 'appealable' | 'final' | 'incomplete'; lastDay: string | null }) =>
      p.status === 'final' ? 'The ruling is final; there is no time to appeal' : `Last day to appeal: ${p.lastDay}${p.status === 'incomplete' ? ' (if the ruling is appealable)' : ''}`,
  },

  // One case from the complaint to the last day (judgeCase)
  'discipline.case.bars': {
    fa: (p: CaseBars) =>
      p.status === 'barred'
        ? `تخلف ${p.index + 1} (${p.ref}): تعقیب موقوف است (${p.bars.map((b) => BAR.fa[b]).join('، ')})؛ مجازات نمی‌شود.`
        : p.status === 'incomplete'
          ? `تخلف ${p.index + 1} (${p.ref}): موانع تعقیب معلوم نیست؛ تا معلوم شدن، مجازات نمی‌شود.`
          : `تخلف ${p.index + 1} (${p.ref}): مانعی برای تعقیب نیست${p.lastDay === null ? '' : ` (مرور زمان تا ${p.lastDay})`}.`,
    en: (p: CaseBars) =>
      p.status === 'barred'
        ? `Offence ${p.index + 1} (${p.ref}): prosecution is barred (${p.bars.map((b) => BAR.en[b]).join(', ')}); it is not sentenced.`
        : p.status === 'incomplete'
          ? `Offence ${p.index + 1} (${p.ref}): the bars to prosecution are unknown; it is not sentenced until they are known.`
          : `Offence ${p.index + 1} (${p.ref}): nothing bars prosecution${p.lastDay === null ? '' : ` (limitation runs until ${p.lastDay})`}.`,
  },
  'discipline.case.step.bars': {
    fa: (p: { hearingDate: string; prosecutable: readonly number[]; barred: readonly number[]; undetermined: readonly number[] }) =>
      `موانع تعقیب در روز رسیدگی، ${p.hearingDate}: ${p.prosecutable.length} تخلف قابل تعقیب${p.barred.length > 0 ? `، ${p.barred.length} تخلف موقوف (${p.barred.map((i) => i + 1).join('، ')})` : ''}${p.undetermined.length > 0 ? `، ${p.undetermined.length} تخلف نامعلوم (${p.undetermined.map((i) => i + 1).join('، ')})` : ''}.`,
    en: (p: { hearingDate: string; prosecutable: readonly number[]; barred: readonly number[]; undetermined: readonly number[] }) =>
      `Bars to prosecution on the day of the hearing, ${p.hearingDate}: ${p.prosecutable.length} offence(s) prosecutable${p.barred.length > 0 ? `, ${p.barred.length} barred (no. ${p.barred.map((i) => i + 1).join(', ')})` : ''}${p.undetermined.length > 0 ? `, ${p.undetermined.length} unknown (no. ${p.undetermined.map((i) => i + 1).join(', ')})` : ''}.`,
  },
  'discipline.case.suspension': {
    fa: (p: { available: boolean | null }) =>
      p.available === null ? 'معلوم نیست تعلیق تعقیب (ماده ۳۱) ممکن است.' : p.available ? 'هیات می‌تواند به جای حکم، تعقیب را یک تا دو سال معلق کند (ماده ۳۱).' : 'تعلیق تعقیب (ماده ۳۱) ممکن نیست.',
    en: (p: { available: boolean | null }) =>
      p.available === null ? 'Unknown whether prosecution may be suspended (Art. 31).' : p.available ? 'Instead of ruling, the board may suspend prosecution for one to two years (Art. 31).' : 'Prosecution may not be suspended (Art. 31).',
  },
  'discipline.case.step.suspension': {
    fa: (p: { available: boolean | null }) =>
      `تعلیق تعقیب (ماده ۳۱): ${p.available === null ? 'معلوم نیست' : p.available ? 'ممکن است' : 'ممکن نیست'}.`,
    en: (p: { available: boolean | null }) =>
      `Suspension of prosecution (Art. 31): ${p.available === null ? 'unknown' : p.available ? 'available' : 'not available'}.`,
  },
  'discipline.case.sentence': {
    fa: (p: { summary: B; count: number }) => `مجازات ${p.count} تخلف قابل تعقیب با هم: ${p.summary.fa}.`,
    en: (p: { summary: B; count: number }) => `The sentence of the ${p.count} prosecutable offence(s) together: ${p.summary.en}.`,
  },
  'discipline.case.appeal': {
    fa: (p: { status: 'appealable' | 'final' | 'incomplete'; lastDay: string | null; notified: boolean }) =>
      p.status === 'final'
        ? 'رای قطعی است (ماده ۳۳).'
        : p.status === 'incomplete'
          ? 'قابل اعتراض بودن رای یا آخرین روز اعتراض هنوز معلوم نیست (ماده ۳۳).'
          : p.lastDay === null
            ? `رای قابل اعتراض است (ماده ۳۳)؛ ${p.notified ? '' : 'آخرین روز پس از ابلاغ معلوم می‌شود'}.`
            : `رای قابل اعتراض است (ماده ۳۳)؛ آخرین روز اعتراض: ${p.lastDay}.`,
    en: (p: { status: 'appealable' | 'final' | 'incomplete'; lastDay: string | null; notified: boolean }) =>
      p.status === 'final'
        ? 'The ruling is final (Art. 33).'
        : p.status === 'incomplete'
          ? 'Whether the ruling is appealable, or its last day, is not known yet (Art. 33).'
          : p.lastDay === null
            ? `The ruling is appealable (Art. 33)${p.notified ? '' : '; the last day follows from the notification'}.`
            : `The ruling is appealable (Art. 33); last day to appeal: ${p.lastDay}.`,
  },
  'discipline.summary.case': {
    fa: (p: CaseSummary) =>
      ({
        barred: 'تعقیب انتظامی همه تخلفات موقوف است',
        unlawful: 'انتخاب هیات قانونی نیست',
        incomplete: 'اطلاعات پرونده کامل نیست',
        computed: `${p.prosecutable} تخلف قابل تعقیب، ${p.barred} تخلف موقوف`,
        lawful: `مجازات درجه ${p.grade ?? ''} قانونی است${p.lastDay === null ? '' : `؛ آخرین روز اعتراض ${p.lastDay}`}`,
      })[p.status],
    en: (p: CaseSummary) =>
      ({
        barred: 'Prosecution of every offence is barred',
        unlawful: "The board's choice is not lawful",
        incomplete: 'The facts of the case are not complete',
        computed: `${p.prosecutable} offence(s) prosecutable, ${p.barred} barred`,
        lawful: `Grade ${p.grade ?? ''} is lawful${p.lastDay === null ? '' : `; last day to appeal ${p.lastDay}`}`,
      })[p.status],
  },

  // Art. 42
  'discipline.crime.report': {
    fa: (_: undefined) => 'هیات‌های بدوی و تجدیدنظر چنانچه حین رسیدگی از وقوع جرم واجد جنبه عمومی مطلع شوند، مکلفند مراتب را به مرجع قضایی صلاحیت‌دار اعلام کنند.',
    en: (_: undefined) => 'A first-instance or appeal board that learns, while hearing a case, of a crime with a public aspect must report it to the competent judicial authority.',
  },
  'discipline.crime.continues': {
    fa: (_: undefined) => 'رسیدگی مرجع قضایی به جرم مانع رسیدگی به تخلف انتظامی نیست.',
    en: (_: undefined) => "The judicial authority's hearing of the crime does not stop the hearing of the disciplinary offence.",
  },
  'discipline.summary.crime': {
    fa: (_: undefined) => 'جرم را به مرجع قضایی اعلام کنید و رسیدگی انتظامی را ادامه دهید',
    en: (_: undefined) => 'Report the crime to the judicial authority and go on with the disciplinary case',
  },
});

export type { Appellant };
