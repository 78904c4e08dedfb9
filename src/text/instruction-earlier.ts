/**
 * The text of the earlier instruction on judicial electronic services offices
 * («دستورالعمل ضوابط و شرایط تاسیس، فعالیت و انحلال دفتر خدمات الکترونیک قضایی», 26
 * articles, 9 notes), as published: the only authority is
 * `regulation/instruction-earlier.fa.txt` (kept in `test/fixtures/`, which the tests read
 * independently and compare with this data).
 *
 * The text states no date. Public reports date it 1392/02/26; it is kept here as
 * `reportedDate`, with `dateSource: 'publicReport'`, never as a date of force. The page
 * that published it (a 1399 call for applications, «در سال 99») put a few lines of its own
 * before the text; they are kept apart as `publisherIntroduction`, not as the instruction.
 *
 * The Persian is as published (the lost zero-width non-joiners included: «میشود»,
 * «رشتههای»); only surrounding whitespace, the «ماده N» headings, the item numbers with
 * their dashes («۱ –», «۱۰-»), the clause letters with their colons («الف:») and the
 * «تبصره …» headings are taken off. Numbered items are cited `item` (Arts. 4–8, 13, 22,
 * 23, 25); lettered clauses (Arts. 9, 11, 15, in abjad order: الف ب ج د ه و ز) `clause`;
 * the single unnumbered notes of Arts. 3, 5, 10 and 13 are note 1. `titleEn` headings
 * are this library's, not the instruction's.
 */
import * as z from 'zod/mini';
import { toPersianDigits } from '../_lib/digits.js';
import { INSTRUCTION_CLAUSE_LETTERS, type Citation, type InstructionClauseLetter, type Lang } from '../core/citation.js';
import { parseInput } from '../core/errors.js';
import { deepFreeze } from '../_lib/freeze.js';
import { articleOf, citeWithTextOf, provisionOf, type ProvisionText, type TextSource } from './lookup.js';
import type { Chapter, Note } from './types.js';

/** A numbered item («۱ –», «۲ –» …) of an article. */
export interface InstructionItem {
  /** 1, 2, … as published. */
  readonly number: number;
  /** The item as published, without its number and dash. */
  readonly text: string;
}

/** A lettered clause («الف:», «ب:» …) of an article (Arts. 9, 11, 15). */
export interface InstructionClause {
  readonly letter: InstructionClauseLetter;
  /** The clause as published, without its letter and colon. */
  readonly text: string;
}

/** A definition of Art. 1 («مرکز: …»). */
export interface InstructionDefinition {
  readonly term: string;
  readonly text: string;
}

/** One article (ماده) of the instruction. Parts it does not have are empty arrays. */
export interface InstructionArticle {
  /** 1–26. */
  readonly number: number;
  /** The chapter (فصل) holding it, 1–5. */
  readonly chapter: number;
  /** A short English heading written by this library (unofficial). */
  readonly titleEn: string;
  /** The article's lead text: what follows «ماده N» on its first line. */
  readonly text: string;
  readonly definitions: readonly InstructionDefinition[];
  readonly items: readonly InstructionItem[];
  readonly clauses: readonly InstructionClause[];
  readonly notes: readonly Note[];
}

/** The whole instruction. */
export interface InstructionText {
  /** The rule-set id (as in `INSTRUCTION_1392.id`). */
  readonly id: 'instruction-1392';
  /** The title, as the line that introduces the full text gives it. */
  readonly title: string;
  /** An English title (unofficial). */
  readonly titleEn: string;
  /** The date public reports give it (Jalali `YYYY/MM/DD`); the text itself states none. */
  readonly reportedDate: string;
  /** How the date is known: only from public reports. */
  readonly dateSource: 'publicReport';
  /** Who approved it, as its closing line says. */
  readonly approvedBy: string;
  /** The closing line as published («این دستورالعمل در ۲۶ ماده و ۹ تبصره …»). */
  readonly closingLine: string;
  /** The publisher's lines before the text (a 1399 call for applications); not part of the instruction. */
  readonly publisherIntroduction: readonly string[];
  readonly chapters: readonly Chapter[];
  /** The 26 articles in order; `articles[n - 1]` is Art. n. */
  readonly articles: readonly InstructionArticle[];
}

/** The five chapters (فصل) of the instruction. */
export const INSTRUCTION_CHAPTERS: readonly Chapter[] = [
  { number: 1, title: 'تعاریف', titleEn: 'Definitions', articles: [1] },
  { number: 2, title: 'تشکیلات و کارکنان دفتر', titleEn: 'Organisation and staff of the office', articles: [2, 3, 4, 5, 6, 7, 8] },
  { number: 3, title: 'اداره کل خدمات الکترونیک قضایی و شورای مشورتی', titleEn: 'The Directorate-General of judicial electronic services and the Advisory Council', articles: [9, 10, 11] },
  { number: 4, title: 'کانون دفاتر خدمات الکترونیک قضایی', titleEn: 'The Association of judicial electronic services offices', articles: [12, 13, 14, 15, 16, 17, 18] },
  { number: 5, title: 'مقررات اداری و انتظامی', titleEn: 'Administrative and disciplinary rules', articles: [19, 20, 21, 22, 23, 24, 25, 26] },
];

/** The 26 articles, in order. */
export const INSTRUCTION_ARTICLES: readonly InstructionArticle[] = [
  {
    number: 1,
    chapter: 1,
    titleEn: 'Definitions',
    text: 'عبارات اختصاری به کار رفته در این دستورالعمل در معانی مشروح زیر تعریف میشود:',
    definitions: [
      { term: 'مرکز', text: 'مرکز آمار و فناوری اطلاعات قوه قضاییه' },
      { term: 'اداره کل', text: 'اداره کل دفاتر خدمات الکترونیک قضایی' },
      { term: 'شورا', text: 'شورای مشورتی دفاتر خدمات الکترونیک قضایی' },
      { term: 'دفتر/ دفاتر', text: 'دفتر/ دفاتر خدمات الکترونیک قضایی' },
      { term: 'کانون', text: 'کانون دفاتر خدمات الکترونیک قضایی' },
      { term: 'مدیر دفتر', text: 'فردی که پروانه دفتر به نام او صادر شده است' },
    ],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 2,
    chapter: 2,
    titleEn: 'Establishing an office; the manager\'s appointment',
    text: 'دفتر با پیشنهاد شورا و موافقت رییس مرکز تاسیس میگردد. صدور ابلاغ مدیر دفتر با رییس مرکز میباشد.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 3,
    chapter: 2,
    titleEn: 'The office\'s staff',
    text: 'هر دفتر علاوه بر مدیر دفتر که باید به صورت تماموقت در دفتر حضور داشته باشد، حداقل دارای یک کارشناس حقوقی و یک کارشناس فناوری اطلاعات و دو کارمند دفتری خواهد بود.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [
      { number: 1, numbered: false, text: 'در صورتی که حجم خدمات وسعت پیدا کند، اداره کل، دفاتر را مکلف بهافزایش منابع انسانی خواهد کرد.' },
    ],
  },
  {
    number: 4,
    chapter: 2,
    titleEn: 'General conditions of the manager and the staff',
    text: 'شرایط عمومی مدیر دفتر، کارشناس حقوقی، کارشناس فناوری اطلاعات و کارمندان دفتر به شرح ذیل است:',
    definitions: [],
    items: [
      { number: 1, text: 'تابعیت کشور جمهوری اسلامی ایران' },
      { number: 2, text: 'التزام عملی به قانون اساسی و ولایتفقیه' },
      { number: 3, text: 'تدین به دین مبین اسلام و التزام عملی به احکام و اخلاق اسلامی' },
      { number: 4, text: 'عدم اعتیاد به مواد مخدر' },
      { number: 5, text: 'عدم سوءپیشینه کیفری' },
      { number: 6, text: 'دارابودن کارت پایان خدمت یا معافیت دائم از خدمت نظام وظیفه برای داوطلبان مرد' },
      { number: 7, text: 'توانایی جسمی و روحی لازم' },
    ],
    clauses: [],
    notes: [],
  },
  {
    number: 5,
    chapter: 2,
    titleEn: 'Special conditions of the manager',
    text: 'شرایط اختصاصی مدیر دفتر به شرح ذیل است:',
    definitions: [],
    items: [
      { number: 1, text: 'دارابودن مدرک کارشناسی یا بالاتر در رشتههای مرتبط با حقوق، فقه و علومقضایی از دانشگاهها و موسسات آموزش عالی یا مدرک سطح دو یا بالاتر از حوزههای علمیه' },
      { number: 2, text: 'داشتن حداقل بیستوپنج سال سن' },
      { number: 3, text: 'دارا بودن پنج سال سابقه کار مرتبط' },
      { number: 4, text: 'دارابودن اطلاعات پایه و مهارت کار با رایانه مورد تایید اداره کل برای این سمت' },
    ],
    clauses: [],
    notes: [
      { number: 1, numbered: false, text: 'علاوه بر شرایط عمومی و اختصاصی فوق، اشخاصی که دارای سوابق خدمتی تایید شده باشند به تشخیص اداره کل، در اولویت قرار دارند.' },
    ],
  },
  {
    number: 6,
    chapter: 2,
    titleEn: 'Special conditions of the legal expert',
    text: 'شرایط اختصاصی کارشناس حقوقی به شرح ذیل است:',
    definitions: [],
    items: [
      { number: 1, text: 'دارابودن مدرک کارشناسی یا بالاتر در رشتههای مرتبط با حقوق، فقه و علوم قضایی از دانشگاهها و موسسات آموزش عالی یا مدرک سطح دو یا بالاتر از حوزههای علمیه' },
      { number: 2, text: 'داشتن حداقل بیستوپنج سال سن' },
      { number: 3, text: 'دارابودن اطلاعات پایه و مهارت کار با رایانه مورد تایید اداره کل برای این سمت' },
    ],
    clauses: [],
    notes: [],
  },
  {
    number: 7,
    chapter: 2,
    titleEn: 'Special conditions of the IT expert and the clerical staff',
    text: 'شرایط اختصاصی کارشناس فناوری و کارمندان دفتر به شرح ذیل است:',
    definitions: [],
    items: [
      { number: 1, text: 'دارابودن مدرک کارشناسی یا بالاتر در رشتههای مرتبط با حقوق، فقه و علومقضایی از دانشگاهها و موسسات آموزش عالی یا مدرک سطح دو یا بالاتر از حوزههای علمیه' },
      { number: 2, text: 'داشتن حداقل بیستوپنج سال سن' },
      { number: 3, text: 'دارابودن اطلاعات پایه و مهارت کار با رایانه مورد تایید اداره کل برای این سمت' },
    ],
    clauses: [],
    notes: [],
  },
  {
    number: 8,
    chapter: 2,
    titleEn: 'Persons barred from a licence and from working in an office',
    text: 'دریافت پروانه و اشتغال در دفتر برای اشخاص ذیل ممنوع میباشد:',
    definitions: [],
    items: [
      { number: 1, text: 'وکلای دادگستری و مشاوران موضوع ماده ۱۸۷ و کارشناسان رسمی دادگستری' },
      { number: 2, text: 'قضات و سردفترانی که به انفصال دائم محکوم شده و این محکومیت قطعیت یافته است' },
      { number: 3, text: 'شاغلان به امر تجارت طبق تعریف ماده ۲ قانون تجارت' },
      { number: 4, text: 'کارمندان و مستخدمان دولت و کارمندان موسسات عمومی غیردولتی' },
    ],
    clauses: [],
    notes: [],
  },
  {
    number: 9,
    chapter: 3,
    titleEn: 'The Directorate-General and its duties',
    text: 'اداره کل در مرکز تشکیل میگردد و علاوه بر انجام وظایف ذیل، مسوولیت حسن اجرای این دستورالعمل را بر عهده دارد.',
    definitions: [],
    items: [],
    clauses: [
      { letter: 'الف', text: 'برگزاری فراخوان ثبتنام متقاضیان و بررسی و تایید صلاحیت آنان' },
      { letter: 'ب', text: 'اظهارنظر نسبت به پیشنهاد شورا در مورد تقاضای صدور، تمدید، انصراف، لغو و تعلیق پروانه و جابهجایی و جایگزینی دفتر و پیشنهاد آن به ریاست مرکز' },
      { letter: 'ج', text: 'تعیین میزان هزینههای مربوط به خدمات دفتر و حق عضویت سالانه دفاتر جهت تصویب رییس مرکز' },
      { letter: 'د', text: 'نظارت بر حسن اجرای کلیه امور دفاتر و کانونها و ارزیابی کمی و کیفی عملکرد آنها و گزارش آن به رییس مرکز' },
      { letter: 'ه', text: 'پیشنهاد دستورالعملها و نظامنامههای مورد نیاز دفاتر جهت تصویب مراجع ذیصلاح' },
      { letter: 'و', text: 'پیشنهاد تغییر وظایف و اختیارات کانونها به رییس مرکز جهت تصویب ریاست قوه قضاییه' },
      { letter: 'ز', text: 'تعامل و هماهنگی با مراجع قضایی و دفاتر خدمات و سایر موسسات دولتی و عمومی به منظور ارایه خدمات بهتر در چهارچوب قوانین و آییننامههای مصوب' },
    ],
    notes: [],
  },
  {
    number: 10,
    chapter: 3,
    titleEn: 'The Advisory Council',
    text: 'اعضای شورا پنج نفر میباشند و با پیشنهاد اداره کل و حکم رییس مرکز منصوب میشوند.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [
      { number: 1, numbered: false, text: 'اعضای شورا نمیتوانند همزمان عضو هیاتمدیره کانون باشند.' },
    ],
  },
  {
    number: 11,
    chapter: 3,
    titleEn: 'Duties of the Council',
    text: 'وظایف شورا به قرار ذیل است:',
    definitions: [],
    items: [],
    clauses: [
      { letter: 'الف', text: 'بررسی و پیشنهاد برنامههای راهبردی و عملیاتی، نظامنامهها، شیوهنامهها و دستورالعملهای اجرایی، نظارتی و فنی مربوط به توسعه دفاتر به اداره کل جهت تصویب در مراجع ذیصلاح' },
      { letter: 'ب', text: 'پیشنهاد میزان هزینههای مربوط به خدمات دفتر به اداره کل جهت تصویب رییس مرکز' },
      { letter: 'ج', text: 'بررسی تقاضای صدور، تمدید، انصراف، لغو، تعلیق، پروانه، جابهجایی و جایگزینی و پیشنهاد آن به اداره کل' },
      { letter: 'د', text: 'رسیدگی به تجدیدنظرخواهی نسبت به احکام تعلیق و لغو پروانه دفتر' },
      { letter: 'ه', text: 'سایر امور محول از سوی اداره کل' },
    ],
    notes: [],
  },
  {
    number: 12,
    chapter: 4,
    titleEn: 'The Association of offices',
    text: 'قوه قضاییه جهت هماهنگی کلیه امور صنفی مربوط و نظارت بر حسن اجرای امور دفاتر، کانون دفاتر خدمات الکترونیک قضایی را در تهران و سایر مراکز استان حسب نیاز تحت نظارت خود تشکیل میدهد. کانون دارای استقلال مالی و از نظر نظامات، تابع قوه قضاییه خواهد بود. تا زمانی که در استانی کانون تشکیل نشده باشد، امور مربوط به دفاتر آن استان به عهده نزدیکترین کانون به آن استان میباشد.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 13,
    chapter: 4,
    titleEn: 'The Association\'s board of directors',
    text: 'کانون به وسیله هیاتمدیرهای مرکب از اشخاص ذیل اداره میشود:',
    definitions: [],
    items: [
      { number: 1, text: 'دو نفر از مدیران دفاتر از بین مدیران پیشنهادی اعضای کانون و تایید رییس مرکز' },
      { number: 2, text: 'دو نفر از قضات با حداقل ده سال سابقه قضایی بهپیشنهاد شورا و تایید رییس مرکز' },
      { number: 3, text: 'نماینده تامالاختیار اداره کل خدمات الکترونیک قضایی' },
    ],
    clauses: [],
    notes: [
      { number: 1, numbered: false, text: 'دوره تصدی اعضای هیاتمدیره سه سال و انتخاب مجدد آنها بلامانع است.' },
    ],
  },
  {
    number: 14,
    chapter: 4,
    titleEn: 'The board\'s officers, meetings and decisions',
    text: 'اعضای هیاتمدیره در اولین جلسه با رای مخفی از میان اشخاص مذکور در بند یک، یک نفر را به عنوان رییس و یک نفر را به عنوان خزانهدار انتخاب خواهند کرد. جلسات هیاتمدیره با حضور کلیه اعضای تشکیل و تصمیمات هیاتمدیره با اکثریت آرا معتبر میباشد. رییس هیاتمدیره نماینده قانونی کانون در اجرای تصمیمات هیاتمدیره است و مکاتبات کانون با امضای او و در امور مالی به همراه امضای خزانهدار معتبر خواهد بود.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 15,
    chapter: 4,
    titleEn: 'Duties of the board',
    text: 'وظایف هیاتمدیره کانون به قرار ذیل تعیین میگردد:',
    definitions: [],
    items: [],
    clauses: [
      { letter: 'الف', text: 'نظارت بر حسن اجرای امور در دفاتر' },
      { letter: 'ب', text: 'بازرسیهای دورهای و موردی و جمعبندی نتایج بازرسیها و ارسال آن به اداره کل جهت اتخاذ تصمیمات لازم' },
      { letter: 'ج', text: 'تدوین و تنظیم گزارش عملکرد دفاتر و پیشرفت کار و اقدامات مرتبط و ارسال آن به اداره کل' },
      { letter: 'د', text: 'پیشنهاد توسعه دفاتر در مناطق مختلف' },
      { letter: 'ه', text: 'بررسی و پیگیری شکایات واصله و تخلفات دفاتر و گزارش آن به اداره کل' },
      { letter: 'و', text: 'اجرای برنامههای آموزشی ابلاغی از سوی اداره کل دفاتر' },
      { letter: 'ز', text: 'بررسی پیشنهادهای واصل مربوط به تعیین و تغییر هزینههای مربوط به خدمات الکترونیک قضایی و حق عضویت سالانه و ارسال نتایج آن به اداره کل جهت تصویب در مراجع ذیصلاح' },
    ],
    notes: [],
  },
  {
    number: 16,
    chapter: 4,
    titleEn: 'The Association\'s budget',
    text: 'بودجه کانون از طریق حق عضویت دفاتر تامین میشود و نحوه هزینه آن با تصویب هیاتمدیره و نظارت اداره کل خواهد بود.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 17,
    chapter: 4,
    titleEn: 'Delegating the Directorate-General\'s duties to the board',
    text: 'اداره کل میتواند بعضی از وظایف اجرایی خود را به هیاتمدیره کانون تفویض نماید.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 18,
    chapter: 4,
    titleEn: 'Later rules on the Associations',
    text: 'پس از تاسیس اولین هیات مدیره کانون در تهران، شرح وظایف تازه و نحوه تاسیس و انحلال کانونها به سبب نظامنامهای خواهد بود که به پیشنهاد هیاتمدیره کانون در تهران و تایید رییس مرکز به تصویب رییس قوه قضاییه خواهد رسید.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 19,
    chapter: 5,
    titleEn: 'Replacing an office on the manager\'s withdrawal or death',
    text: 'با انصراف یا فوت مدیر دفتر، اداره کل میتواند نسبت به جایگزینی یا تاسیس دفتر تازه از بین متقاضیان اقدام نماید.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 20,
    chapter: 5,
    titleEn: 'Rules of supervision and inspection',
    text: 'ضوابط نظارت و بازرسی از دفاتر به پیشنهاد رییس مرکز و به تصویب رییس قوه قضاییه میرسد.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 21,
    chapter: 5,
    titleEn: 'Inspections by the Association',
    text: 'کانون موظف است براساس ضوابط، بازرسیهای موردی یا دورهای از دفاتر را بهعمل آورده و گزارش مستدل و مستند خود را به شورا ارائه نماید. مدیران دفاتر موظف به همکاری با بازرسان میباشند.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 22,
    chapter: 5,
    titleEn: 'The first-instance board',
    text: 'شکایات واصله از دفاتر و تخلفات گزارش شده در هیات بدوی، مورد رسیدگی قرار میگیرد. اعضای هیات بدوی به قرار ذیل میباشند:',
    definitions: [],
    items: [
      { number: 1, text: 'قضات عضو هیاتمدیره کانون' },
      { number: 2, text: 'یک نفر نماینده رییس کانون غیر از اشخاص هیاتمدیره' },
    ],
    clauses: [],
    notes: [
      { number: 1, numbered: true, text: 'یکی از قضات عضو هیات با رأی اکثریت اعضا به عنوان رییس هیاتبدوی انتخاب میگردد.' },
      { number: 2, numbered: true, text: 'جلسه هیات بدوی رسیدگی با حضور کلیه اعضا تشکیل و رای اکثریت به وسیله رییس هیات انشا میشود.' },
    ],
  },
  {
    number: 23,
    chapter: 5,
    titleEn: 'Disciplinary measures',
    text: 'اقدامات تنبیهی انتظامی به قرار زیر است:',
    definitions: [],
    items: [
      { number: 1, text: 'تذکر شفاهی' },
      { number: 2, text: 'اخطار کتبی' },
      { number: 3, text: 'توبیخ کتبی با درج در پرونده' },
      { number: 4, text: 'توبیخ با درج در پایگاه اینترنتی مرکز' },
      { number: 5, text: 'تعلیق موقت پروانه از سه ماه تا دو سال' },
      { number: 6, text: 'لغو دائم پروانه' },
    ],
    clauses: [],
    notes: [],
  },
  {
    number: 24,
    chapter: 5,
    titleEn: 'Finality and appeal of the measures',
    text: 'محکومیتهای ردیف یک تا چهار ماده فوق قطعی و بقیه با اعتراض محکومعلیه یا رییس مرکز قابل تجدیدنظر در هیات تجدیدنظر است. اعضای هیات تجدیدنظر همان اعضای شورای مشورتی میباشند.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [],
  },
  {
    number: 25,
    chapter: 5,
    titleEn: 'Disciplinary offences of managers and staff',
    text: 'تخلفات انتظامی مدیر و کارکنان دفاتر به قرار زیر است:',
    definitions: [],
    items: [
      { number: 1, text: 'عدم نصب هزینه خدمات در محل مناسب' },
      { number: 2, text: 'عدم حضور مدیر در ساعات اداری دفتر خدمات قضایی بدون عذر موجه' },
      { number: 3, text: 'تاخیر در ارسال آمار و اطلاعات درخواستی مراجع ذیصلاح' },
      { number: 4, text: 'تاخیر غیرموجه در ارسال یا درج اطلاعات یا اسناد مربوط در سامانه یا در سایر فرآیندهای خدمات یا تقصیر در امور مذکور' },
      { number: 5, text: 'عدم حضور فعال در دورههای آموزشی تعیین شده توسط مرکز' },
      { number: 6, text: 'عدم تحویل قبض رسید وجوه به ارباب رجوع' },
      { number: 7, text: 'عدم رعایت نکات امنیتی در حفاظت از اطلاعات و سامانه خدمات الکترونیک قضایی مطابق با ضوابط ابلاغی مرکز' },
      { number: 8, text: 'رفتار خارج از نزاکت با ارباب رجوع و همکاران' },
      { number: 9, text: 'عدم همکاری با بازرسان' },
      { number: 10, text: 'اجتناب از تحویل رونوشت به کسانی که قانونا حق دریافت آن را دارند.' },
      { number: 11, text: 'امتناع از واریز وجوه به حسابهای مربوط که پرداخت آنها الزامی است.' },
      { number: 12, text: 'دریافت وجه بیشتر از هزینههای تعیین شده.' },
      { number: 13, text: 'افشای اطلاعات اصحاب دعوا به اشخاص غیرمسوول و عدم رعایت حریم خصوصی.' },
      { number: 14, text: 'عدم رعایت مقررات و ضوابط مربوط.' },
    ],
    clauses: [],
    notes: [],
  },
  {
    number: 26,
    chapter: 5,
    titleEn: 'Crimes found during proceedings; criminal proceedings, withdrawal of the complaint, repeat',
    text: 'چنانچه هیاتهای بدوی و تجدیدنظر در حین رسیدگی به تخلفات از وقوع جرمی مطلع گردند مکلفاند مراتب را به مرجع قضایی ذیصلاح اعلام نمایند.',
    definitions: [],
    items: [],
    clauses: [],
    notes: [
      { number: 1, numbered: true, text: 'رسیدگی بهجرائم توسط مرجع قضایی ذیصلاح مانع از رسیدگی به تخلفات انتظامی نخواهد بود.' },
      { number: 2, numbered: true, text: 'استرداد شکایت مانع رسیدگی انتظامی نیست، لیکن در فرض محکومیت سبب تخفیف مجازات است.' },
      { number: 3, numbered: true, text: 'در صورتی که مدیر دفتر به محکومیتهای انتظامی ردیفهای یک تا چهار محکوم و پس از قطعیت حکم مجددا مرتکب تخلف گردد، حسب مورد به درجات بالاتر از حکم قبلی محکوم خواهد شد.' },
    ],
  },
];

/** The lines of the publisher's page that precede the instruction's text (not part of it). */
export const PUBLISHER_INTRODUCTION: readonly string[] = [
  'شرایط تاسیس دفتر خدمات الکترونیک قضایی',
  'مرکز آمار و فناوری اطلاعات قوه قضائیه جهت گسترش خدمات الکترونیک قضایی در راستای تکمیل ظرفیت دفتر خدمات الکترونیک قضایی از کلیه متقاضیان واجد شرایط در تمامی حوزه های قضایی کشور (بجز مراکز استان ها) برای تاسیس این دفاتر دعوت به همکاری می نماید.',
  'شرایط تاسیس دفتر خدمات الکترونیک قضایی در سال 99',
  'دستورالعمل ضوابط و شرایط تاسیس و ثبت نام دفتر خدمات الکترونیک قضایی',
  'متقاضیان واجد شرایط تاسیس دفتر خدمات الکترونیک قضایی پس از مطالعه اطلاعیه های اعلامی در صورت تمایل اقدام به ثبت نام نمایند.',
  'ثبت نام فقط از طریق سامانه خدمات الکترونیک قضایی انجام می شود.',
  'بر اساس این دستورالعمل، تاسیس دفتر خدمات الکترونیک قضایی با تایید مرکز آمار و فناوری اطلاعات قوه قضاییه صورت میپذیرد. دارا بودن حداقل مدرک کارشناسی در رشتههای مرتبط با حقوق، فقه و علومقضایی از دانشگاهها و موسسات آموزش عالی یا مدرک سطح دو از حوزههای علمیه از شروط متقاضیان تاسیس این دفاتر ذکر شده است.',
  'در این دستورالعمل همچنین پیشبینی شده است که قوه قضاییه برای هماهنگی امور صنفی و نظارت بر دفاتر، کانون دفاتر خدمات الکترونیک قضایی را در تهران و مراکز استان تشکیل دهد.',
  'متن کامل دستورالعمل ضوابط و شرایط تاسیس، فعالیت و انحلال دفتر خدمات الکترونیک قضایی به این شرح است:',
];

/** The closing line, as published (the stray «»» included). */
export const INSTRUCTION_CLOSING_LINE = 'این دستورالعمل در ۲۶ ماده و ۹ تبصره به تصویب رییس قوه قضاییه رسید.»';

/**
 * The whole earlier instruction as data (frozen): title, the date public reports give
 * it, the five chapters and the 26 articles with their definitions, items, clauses and
 * notes, in Persian as published. English titles are this library's (unofficial).
 *
 * @example
 * INSTRUCTION_1392_TEXT.articles.length;                          // 26
 * INSTRUCTION_1392_TEXT.articles.flatMap((a) => a.notes).length;  // 9
 * INSTRUCTION_1392_TEXT.reportedDate;                             // '1392/02/26' (public reports; the text states none)
 */
export const INSTRUCTION_1392_TEXT: InstructionText = /* @__PURE__ */ deepFreeze({
  id: 'instruction-1392',
  title: 'دستورالعمل ضوابط و شرایط تاسیس، فعالیت و انحلال دفتر خدمات الکترونیک قضایی',
  titleEn: 'Instruction on the rules and conditions for establishing, operating and dissolving judicial electronic services offices (unofficial title)',
  reportedDate: '1392/02/26',
  dateSource: 'publicReport',
  approvedBy: 'رییس قوه قضاییه',
  closingLine: INSTRUCTION_CLOSING_LINE,
  publisherIntroduction: PUBLISHER_INTRODUCTION,
  chapters: INSTRUCTION_CHAPTERS,
  articles: INSTRUCTION_ARTICLES,
} as const);

/**
 * A citation of the instruction as callers give it: an article number (a positive
 * integer), at most one of `clause` (a letter the instruction uses), `note`, `item`, and
 * optionally `ruleSet: 'instruction-1392'`. Whether the provision exists is not the
 * schema's business: {@link getInstructionProvision} gives `undefined` for one the
 * instruction lacks.
 */
export const InstructionCitationInputSchema = z.strictObject({
  article: z.int().check(z.minimum(1)),
  clause: z.optional(z.enum(INSTRUCTION_CLAUSE_LETTERS)),
  note: z.optional(z.int().check(z.minimum(1))),
  item: z.optional(z.int().check(z.minimum(1))),
  ruleSet: z.optional(z.literal('instruction-1392')),
});

/** A citation of the instruction as callers give it (see {@link InstructionCitationInputSchema}). */
export type InstructionCitationInput = z.input<typeof InstructionCitationInputSchema>;

/** A provision of the instruction: its citation (with `ruleSet`) and its text. */
export type InstructionProvision = ProvisionText;

/**
 * An article's whole text, one part a line: its lead, its definitions («مرکز: …»), items
 * («۱- …»), clauses («الف- …») and notes («تبصره ۱- …», «تبصره- …»). The headings are
 * normalised as the regulation's are; the words are as published.
 */
function wholeArticle(a: InstructionArticle): string {
  const lines = [a.text];
  for (const d of a.definitions) lines.push(`${d.term}: ${d.text}`);
  for (const i of a.items) lines.push(`${toPersianDigits(String(i.number))}- ${i.text}`);
  for (const c of a.clauses) lines.push(`${c.letter}- ${c.text}`);
  for (const n of a.notes) lines.push(n.numbered ? `تبصره ${toPersianDigits(String(n.number))}- ${n.text}` : `تبصره- ${n.text}`);
  return lines.join('\n');
}

function readCitation(input: unknown): Citation {
  const c = parseInput(InstructionCitationInputSchema, input, 'citation');
  const out: { article: number; clause?: InstructionClauseLetter; note?: number; item?: number; ruleSet: 'instruction-1392' } = {
    article: c.article,
    ruleSet: 'instruction-1392',
  };
  if (c.clause !== undefined) out.clause = c.clause;
  if (c.note !== undefined) out.note = c.note;
  if (c.item !== undefined) out.item = c.item;
  return out;
}

function lookUp(c: Citation): string | undefined {
  const a = INSTRUCTION_ARTICLES[c.article - 1];
  if (a === undefined) return undefined;
  const parts = [c.clause, c.note, c.item].filter((p) => p !== undefined).length;
  if (parts > 1) return undefined;
  if (c.clause !== undefined) return a.clauses.find((x) => x.letter === c.clause)?.text;
  if (c.note !== undefined) return a.notes.find((x) => x.number === c.note)?.text;
  if (c.item !== undefined) return a.items.find((x) => x.number === c.item)?.text;
  return wholeArticle(a);
}

const INSTRUCTION: TextSource<InstructionArticle> = {
  articles: INSTRUCTION_ARTICLES,
  read: readCitation,
  lookUp,
  expected: { en: 'a provision of the instruction', fa: 'یکی از مواد، بندها یا تبصره‌های دستورالعمل' },
  name: { en: 'the instruction', fa: 'دستورالعمل' },
  dropListSeparator: false,
};

/**
 * One article of the instruction.
 *
 * @param n - the article number (an integer)
 * @returns the article, or `undefined` when the instruction has no article `n` (it has 1–26)
 * @throws {InputError} when `n` is not an integer
 * @example
 * getInstructionArticle(25)?.items.length;  // 14
 * getInstructionArticle(26)?.notes.length;  // 3
 * getInstructionArticle(27);                // undefined
 */
export function getInstructionArticle(n: number): InstructionArticle | undefined {
  return articleOf(INSTRUCTION, n);
}

/**
 * The text of one provision of the instruction: an article (its whole text, one part a
 * line), a numbered item, a lettered clause or a note, in Persian as published. The
 * citation returned carries `ruleSet: 'instruction-1392'`.
 *
 * @param citation - the provision; names at most one of `clause`, `note`, `item`
 * @returns the citation and its text, or `undefined` when the instruction has no such
 *   provision (or the citation names two parts at once)
 * @throws {InputError} when the citation is malformed (article not a positive integer, a
 *   letter the instruction does not use, an unknown key, another `ruleSet`)
 * @example
 * getInstructionProvision({ article: 5, item: 2 });
 * // { citation: { article: 5, ruleSet: 'instruction-1392', item: 2 }, text: 'داشتن حداقل بیستوپنج سال سن' }
 * getInstructionProvision({ article: 23, item: 5 })?.text; // 'تعلیق موقت پروانه از سه ماه تا دو سال'
 * getInstructionProvision({ article: 23, item: 7 });       // undefined (six measures)
 */
export function getInstructionProvision(citation: InstructionCitationInput): InstructionProvision | undefined {
  return provisionOf(INSTRUCTION, citation);
}

/**
 * A citation of the instruction followed by its text: `ماده ۵ بند ۲ دستورالعمل: …`. The
 * text is always the Persian as published, so `en` renders only the citation in English.
 *
 * @param citation - the provision (see {@link getInstructionProvision})
 * @param lang - `fa` or `en`: the language of the citation
 * @returns the rendered citation, `: `, and the provision's Persian text
 * @throws {InputError} when the citation is malformed or the instruction has no such provision
 * @example
 * citeInstructionWithText({ article: 5, item: 2 }, 'fa'); // 'ماده ۵ بند ۲ دستورالعمل: داشتن حداقل بیستوپنج سال سن'
 * citeInstructionWithText({ article: 5, item: 2 }, 'en'); // 'Instruction Art. 5(2): داشتن حداقل بیستوپنج سال سن'
 */
export function citeInstructionWithText(citation: InstructionCitationInput, lang: Lang): string {
  return citeWithTextOf(INSTRUCTION, citation, lang);
}
