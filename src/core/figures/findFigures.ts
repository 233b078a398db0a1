// Finds the figures in news text — counts, percentages, money, quantities, dates and durations — as FIGURE entities with normalised values.
//
// Span conventions (chosen so highlights read naturally and match how news corpora mark figures):
// - the span is the figure itself; what it counts goes to `counts` ("three provinces" → span "three", counts "provinces"),
//   but units, currencies and time units are part of it ("300 km", "€120 million", "48 hours");
// - hedges that change the claim are kept ("about 1,100", "more than 250 points", "up to 60");
// - a range is one figure ("10–12 per cent", "between $12 million and $20 million", "25,000 to 30,000"); its value is
//   left undefined for numbers (a single number would overstate precision) and is an ISO interval for years ("2009/2011");
// - vague magnitudes ("tens of thousands", "hundreds of") are COUNTs without a value, for the same reason;
// - clock times ("14:00", "08:30 UTC") are DATEs valued "T14:00" (with "Z" for UTC/GMT);
// - weekdays are valued ISO-week-style "XXXX-WXX-1" (Monday): this function sees only a paragraph, so it cannot
//   resolve them against a dateline; year-less dates are "XXXX-01-12";
// - not figures: deictic words ("today", "this week", "recently", "now"), ordinals ("second round"), bare "one",
//   and numbers inside names and identifiers ("Airbus A330", "COVID-19", "G7", "Article 5", "Boeing 747"),
//   phone numbers, URLs and e-mail addresses.

import type { Entity, FigureSubtype } from '../model';
import { parseNumber } from './parseNumber';
import { currencyCode, currencyName, isCurrencyCode } from './currencyCode';
import { matchMeasure, matchTimeUnit } from './matchUnit';
import { matchDate } from './matchDate';
import { figureCounts } from './figureCounts';

type FigureValue = Entity['value'];

interface Figure {
  start: number;
  end: number;
  subtype: FigureSubtype;
  value?: FigureValue;
  counts?: string;
}

/** A number with its currency prefix and scale word: "US$4.5bn", "1.2 million", "three". */
interface Amount {
  start: number;
  end: number;
  /** Where the number itself starts, after any currency prefix. */
  numberStart: number;
  value: number;
  words: boolean;
  /** Digits only, no separators or decimals, so it may be a year. */
  plain: boolean;
  currency?: string;
  scaled: boolean;
}

const NUMBER_WORDS =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen';
const MONTH_WORDS =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const CURRENCY_CODES = 'USD|EUR|GBP|CHF|JPY|CNY|INR|ZAR|KES|NGN|AUD|CAD|RUB|SEK|NOK|DKK|PLN|BRL|MXN|EGP|SAR|AED|PKR|IDR|ILS|TRY|UAH|KRW|GHS|GH[¢₵]';
const DOLLAR_PREFIXES = 'US|USD|AU|A|C|CA|HK|NZ|S|NT|R|MX|Z';
/**
 * Nigerian copy writes naira with a plain "N" ("N2 trillion"); only before a scale word, so codes such as "N95" or
 * "N2" (a road) stay what they are.
 */
const NAIRA_SCALES = '(?:trillion|billion|million|bn|tn|m)(?![\\p{L}])';
const SYMBOLS = '$€£¥₹₦₽₩₪₺₴₱₫฿';

/** "two|three" → "[Tt]wo|[Tt]hree": sentence-initial capitals without the cost of a case-insensitive scan. */
const capitalisable = (words: string): string =>
  words
    .split('|')
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');

/**
 * Everything a figure can start with. Single characters (digits, currency symbols, a sign or apostrophe before a
 * digit) come first; every word-like trigger shares one leading \b so the scanner tests a word boundary once per
 * position. The pattern is case-sensitive on purpose: a case-insensitive scan was the largest cost of the whole
 * function. URLs are matched only to be skipped whole; e-mail addresses need no pattern, as their digits are glued
 * to letters or "@" and fail the identifier test.
 */
const TRIGGER_SOURCE =
  `[\\d${SYMBOLS}]|[-\\u2212'\\u2019](?=\\d)|\\b(?:` +
  [
    `(?:${capitalisable(NUMBER_WORDS)}|${capitalisable('tens|hundreds|thousands|millions|billions|dozens')}|${MONTH_WORDS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[QH][1-4])\\b`,
    `(?:${DOLLAR_PREFIXES})\\$`,
    'Rs\\.?(?=[ \\u00A0]?\\d)',
    'R(?=\\d)',
    `N(?=[\\d.,]+[ \\u00A0]?${NAIRA_SCALES})`,
    `(?:${CURRENCY_CODES})(?=[ \\u00A0]?\\d)`,
    'https?://[^\\s<>"\']+',
    'www\\.[^\\s<>"\']+',
    '(?:[Tt]he[ \\u00A0]+)?(?:first|second|third|fourth|final|last)[ -]quarter\\b',
    '[Aa]n?[ \\u00A0]+(?:decade|century|year|month|week|day|fortnight|dozen|hundred|thousand|million|billion)\\b',
    '[Hh]alf[ \\u00A0]+an?[ \\u00A0]+(?:dozen|million|billion|trillion)\\b',
    `(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=\\.?,?[ \\u00A0]+(?:\\d|${MONTH_WORDS}))`,
    '[Tt]he[ \\u00A0]+(?:past|last|next|previous|coming)[ \\u00A0]+(?:decade|century)\\b',
  ].join('|') +
  ')';

const SP = '[ \\u00A0\\u2009\\u202F]';
const PREFIX = new RegExp(
  `(?:(${DOLLAR_PREFIXES})\\$|([${SYMBOLS}])|(Rs\\.?)(?=${SP}?\\d)|(R|N(?=[\\d.,]+${SP}?${NAIRA_SCALES}))(?=\\d)|(${CURRENCY_CODES})(?=${SP}?\\d))${SP}?`,
  'uy',
);
const SIGN = /[-\u2212]/y;
const SCALE = new RegExp(`${SP}?(million|billion|trillion|thousand|bln|mln|bn|mn|tn|m|k|crore|lakh)(?![\\p{L}\\p{N}])`, 'iuy');
const SCALE_VALUES: Record<string, number> = {
  million: 1e6, billion: 1e9, trillion: 1e12, thousand: 1e3, bln: 1e9, mln: 1e6, bn: 1e9, mn: 1e6, tn: 1e12, m: 1e6, k: 1e3, crore: 1e7, lakh: 1e5,
};
/** Abbreviated scales are only read after a currency: "£20m" is money, "20m" alone may be metres. */
const ABBREVIATED_SCALES = new Set(['m', 'k']);
const RANGE_DASH = new RegExp(`${SP}*[-\\u2010\\u2011\\u2013\\u2014]${SP}*`, 'uy');
const RANGE_TO = new RegExp(`${SP}+to${SP}+`, 'uy');
const RANGE_AND = new RegExp(`${SP}+and${SP}+`, 'uy');
const PERCENT = new RegExp(`${SP}?(?:%|per${SP}?cent(?![\\p{L}])|percentage${SP}+points?(?![\\p{L}])|percent(?![\\p{L}])|pc(?![\\p{L}]))`, 'iuy');
const CODE_AFTER = new RegExp(`${SP}+(${CURRENCY_CODES})(?![\\p{L}])`, 'uy');
const NAME_AFTER = new RegExp(
  `${SP}*(?:(US|U\\.S\\.|American|Australian|Canadian|Hong${SP}Kong|New${SP}Zealand|Singapore|Taiwan|Zimbabwe|Egyptian|Sudanese|Lebanese|Mexican|Argentine|Philippine|Colombian|Chilean|Swiss|CFA|Indian|Pakistani|Sri${SP}Lankan|Brazilian|South${SP}African|Kenyan|Ugandan|Tanzanian|Libyan|Iraqi|Jordanian|Tunisian|Kuwaiti|Algerian|Serbian|Bahraini|Zambian|Malawian|Dominican|Cuban|Uruguayan|Somali|Syrian)${SP}+)?(dollars?|euros?|dinars?|pesos?|kyats?|birr|kwacha|taka|afghanis?|tenge|lari|forints?|koruna|lei|leu|leva|reais|soles|bolivianos?|lempiras?|quetzal(?:es)?|c[oó]rdobas?|col[oó]n(?:es)?|pounds?(?:${SP}sterling)?|sterling|yuan|renminbi|yen|rupees?|roubles?|rubles?|rand|naira|shekels?|won|lira|hryvnias?|zlotys?|baht|ringgit|rupiah|dirhams?|riyals?|francs?|kronor|krona|kroner|krone|shillings?|cedis?|cents?|pence|penny)(?![\\p{L}])`,
  'uy',
);
const AGO = new RegExp(`${SP}+ago(?![\\p{L}])`, 'uy');
const OLD = /-old(?![\p{L}])/uy;
const ORDINAL_SUFFIX = /(?:st|nd|rd|th)(?![\p{L}])/uy;
const PHONE = /\+?\(?\d{2,4}\)?(?:[ .-]\d{2,5}){2,}/y;
const RUN = /[\p{L}\p{N}_.,:/-]*/uy;
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;
const CAPITALISED = /\p{Lu}/u;
const MONTH_OR_DAY = new RegExp(`^(?:${MONTH_WORDS}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\\.?$`);

const APPROXIMATOR = new RegExp(
  `(?:^|[^\\p{L}])((?:about|around|approximately|roughly|some|nearly|almost|over|more${SP}+than|less${SP}+than|fewer${SP}+than|at${SP}+least|at${SP}+most|as${SP}+many${SP}+as|well${SP}+over|under|an${SP}+estimated|upwards${SP}+of|all)${SP}+)$`,
  'iu',
);
const BETWEEN = new RegExp(`(?:^|[^\\p{L}])((?:between|from)${SP}+)$`, 'iu');
const DURATION_LEAD = new RegExp(`(?:^|[^\\p{L}])(the${SP}+(?:past|next|last|previous|coming|following|first|final)${SP}+)$`, 'iu');
const DATE_LEAD = new RegExp(`(?:^|[^\\p{L}])((?:early|late|mid|last|next)(?:${SP}+|-))$`, 'iu');
const LOOKBEHIND = 32;

/** Capitalised words that commonly precede a number at the start of a sentence without naming anything. */
const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'of', 'with', 'since', 'until', 'till', 'before', 'after',
  'during', 'about', 'around', 'some', 'over', 'under', 'nearly', 'almost', 'only', 'just', 'all', 'and', 'but', 'or', 'so',
  'then', 'than', 'as', 'up', 'down', 'another', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'this', 'that',
  'between', 'among', 'within', 'through', 'across', 'per', 'each', 'every', 'roughly', 'approximately', 'more', 'less',
  'fewer', 'least', 'most', 'by', 'while', 'when', 'if', 'of', 'estimated', 'another', 'another', 'whereas', 'although',
  'though', 'because', 'yet', 'nor', 'both', 'either', 'neither', 'even', 'still', 'also', 'here', 'there', 'what', 'which',
]);
/** Lower-case or capitalised labels whose number is an identifier, not a figure: "Article 5", "Resolution 2231", "Flight 200". */
const LABEL_WORDS = new Set([
  'article', 'articles', 'resolution', 'flight', 'no', 'no.', 'nos', 'nos.', 'number', '#', 'page', 'pages', 'chapter', 'section',
  'clause', 'route', 'highway', 'road', 'room', 'gate', 'platform', 'level', 'phase', 'stage', 'round', 'version', 'model',
  'grade', 'category', 'paragraph', 'amendment', 'item', 'case', 'series', 'line', 'bus', 'district', 'zone', 'block', 'lot',
  'unit', 'apartment', 'suite', 'floor', 'terminal', 'runway', 'exit', 'pier', 'vol', 'vol.', 'volume', 'episode', 'season',
  'game', 'tier', 'bay', 'channel', 'act', 'rule', 'point', 'psalm', 'class', 'type', 'mk', 'mark', 'spot', 'seat', 'box', 'p.', 'pp.',
]);
/** Words after a 4-digit number that show it names a year even though a plural follows ("the 2008 elections"). */
const TEMPORAL_WORDS = new Set(['in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'before', 'after', 'the', 'and', 'early', 'late', 'mid', 'between', 'through', 'to', 'on', "'s"]);
const MIN_YEAR = 1000;
const CENTURY = 100;
/** "the two", "the three": spelled numbers up to this after "the" refer back rather than count. */
const MAX_ANAPHORIC = 3;
const MAX_YEAR = 2099;
/** Smallest number read as an aircraft or product model before a variant number ("787-9"). */
const MIN_MODEL_NUMBER = 100;
/** Variant numbers after a model are single digits ("787-9", "737-8"). */
const MAX_VARIANT = 10;
/** Bare numbers with more digits than this are not model numbers ("Boeing 747"), whatever precedes them. */
const MAX_NAME_NUMBER_LENGTH = 4;
const PLURAL_AFTER = /^[ \u00A0]+(\p{Ll}+s)(?![\p{L}])/u;
const NOT_PLURAL = new Set(['was', 'is', 'has', 'as', 'this', 'its', 'his', 'plus', 'thus', 'us', 'yes', 'less', 'across', 'does', 'whereas']);

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** The token (run of non-space characters) just before `pos`, skipping one run of spaces. */
function previousToken(text: string, pos: number): string {
  let p = pos;
  while (p > 0 && (text[p - 1] === ' ' || text[p - 1] === '\u00A0')) p--;
  if (p === pos) return '';
  let s = p;
  while (s > 0 && !/\s/.test(text[s - 1]) && p - s < LOOKBEHIND) s--;
  return text.slice(s, p);
}

/** True when the character run around `pos` makes the number part of an identifier: "A330", "COVID-19", "+44", "v2.1". */
function isGluedBefore(text: string, pos: number): boolean {
  if (pos === 0) return false;
  const c = text[pos - 1];
  // "1&1": an ampersand between digits makes a company's name.
  if (LETTER_OR_DIGIT.test(c) || c === '+' || c === '#' || c === '@' || c === '/' || c === '\\' || c === '_' || (c === '&' && pos >= 2 && LETTER_OR_DIGIT.test(text[pos - 2]))) return true;
  if ((c === '-' || c === '.' || c === ':' || c === '\u2010' || c === '\u2011') && pos >= 2 && LETTER_OR_DIGIT.test(text[pos - 2])) {
    return !(c === '-' && /(?:^|[^\p{L}])mid$/iu.test(text.slice(Math.max(0, pos - 5), pos - 1)));
  }
  return false;
}

function readAmount(text: string, pos: number, afterRangeDash = false): Amount | null {
  let p = pos;
  let currency: string | undefined;
  const pre = exec(PREFIX, text, p);
  if (pre) {
    if (isGluedBefore(text, p) && !/[$€£¥₹₦₽₩₪₺₴₱₫฿]/.test(text[p])) return null;
    currency = currencyCode(pre[1] ? `${pre[1]}$` : (pre[2] ?? pre[3] ?? pre[4] ?? pre[5]) as string) ?? undefined;
    p += pre[0].length;
  }
  let negative = false;
  if (!currency && !afterRangeDash && exec(SIGN, text, p)) {
    // A minus only belongs to the number after a space or bracket: "closed at -36", not "COVID-19" or "mid-2011".
    negative = p === 0 || /[\s(]/.test(text[p - 1]);
    p++;
  }
  if (!currency && !negative && !afterRangeDash && isGluedBefore(text, p)) return null;
  if (negative) pos = p - 1;
  else if (!currency) pos = p;
  const n = parseNumber(text, p);
  if (!n) return null;
  // Figures never start with a zero digit ("0800 123 456", "007"); decimals like "0.9" are fine.
  if (!n.words && text[n.start] === '0' && /\d/.test(text[n.start + 1] ?? '')) return null;
  let value = negative ? -n.value : n.value;
  let end = n.end;
  let scaled = false;
  const raw = text.slice(n.start, n.end);
  if (!n.words || /(?:hundred|thousand|million|billion|trillion|dozen)$/i.test(raw)) {
    const sc = exec(SCALE, text, end);
    if (sc) {
      const word = sc[1].toLowerCase();
      const abbreviated = ABBREVIATED_SCALES.has(word) || (sc[1] !== word && word.length <= 2);
      if (!(abbreviated && !currency) && !(n.words && word.length <= 2)) {
        value *= SCALE_VALUES[word];
        end += sc[0].length;
        scaled = true;
        // "1.5 lakh crore"
        if (word === 'lakh') {
          const more = exec(SCALE, text, end);
          if (more && more[1].toLowerCase() === 'crore') {
            value *= SCALE_VALUES.crore;
            end += more[0].length;
          }
        }
      }
    }
  }
  return {
    start: pos,
    end,
    numberStart: n.start,
    value,
    words: n.words,
    plain: !n.words && /^\d+$/.test(raw),
    currency,
    scaled,
  };
}

function isYear(a: Amount, text: string): boolean {
  return a.plain && !a.scaled && !a.currency && a.end - a.numberStart === 4 && a.value >= MIN_YEAR && a.value <= MAX_YEAR && text[a.numberStart] !== '0';
}

/** Reads "N1–N2", "N1 to N2" and "between N1 and N2"; returns the second amount or null. */
function readRangeEnd(text: string, first: Amount, floor: number): { second: Amount; start: number } | null {
  const lead = BETWEEN.exec(text.slice(Math.max(floor, first.start - LOOKBEHIND), first.start));
  const leadWord = lead ? lead[1].trim().toLowerCase() : '';
  let sep = exec(RANGE_DASH, text, first.end);
  if (!sep && (leadWord !== 'from' || isYear(first, text))) sep = exec(RANGE_TO, text, first.end);
  if (!sep && leadWord === 'between') sep = exec(RANGE_AND, text, first.end);
  if (!sep) return null;
  const second = readAmount(text, first.end + sep[0].length, true);
  if (second && leadWord === 'from' && !isYear(second, text)) return null;
  if (!second) return null;
  if (sep[0].trim() === '-' && sep[0].length > 1) return null; // "2 - 3" with spaced hyphen is more often a dash between clauses
  // "7-Eleven" is a name, not a range: both ends are digits or both are words.
  if (first.words !== second.words) return null;
  // A currency on one side only still makes the range money: "$12 million to 20 million".
  const start = leadWord === 'between' || (leadWord === 'from' && isYear(first, text) && isYear(second, text)) ? first.start - lead![1].length : first.start;
  return { second, start };
}

function duration(n: number, unit: { unit: string; factor?: number; clock?: boolean }): string {
  const amount = +(n * (unit.factor ?? 1)).toFixed(6);
  return unit.clock ? `PT${amount}${unit.unit}` : `P${amount}${unit.unit}`;
}

/** True when the bare number reads as part of a name or label: "Boeing 747", "Article 5", "Nikkei 225". */
function isInName(text: string, a: Amount): boolean {
  const prev = previousToken(text, a.start);
  if (!prev) return false;
  const lower = prev.toLowerCase();
  if (LABEL_WORDS.has(lower)) return true;
  if (a.words) {
    // "the Big Three", "Ford Five Hundred": a capitalised number word mid-sentence is part of a name.
    return CAPITALISED.test(text[a.numberStart]) && !/(?:^|[.!?:;"“”'‘’(\n\r\u2014\u2013|•-])$/.test(text.slice(Math.max(0, a.start - LOOKBEHIND), a.start).trimEnd());
  }
  if (a.end - a.numberStart > MAX_NAME_NUMBER_LENGTH || a.scaled || a.currency) return false;
  if (looksLikeModelNumber(text, a, prev)) return true;
  // "the BJP's 89 by …", "Rakhine's 17 townships": a possessive owns a count; "Standard & Poor's 500 index" and
  // "Boeing's 787," name a product.
  if (/['’]s$/.test(prev)) {
    const word = NEXT_WORD.exec(text.slice(a.end, a.end + LOOKAHEAD))?.[1];
    if (word && isPluralNoun(word)) return false;
    if (word && !CAPITALISED.test(word[0]) && !NOT_A_NOUN_AFTER.has(word.toLowerCase())) return true;
    return MODEL_DIGITS.test(text.slice(a.numberStart, a.end));
  }
  if (!CAPITALISED.test(prev) || /[.,;:!?)"”’]$/.test(prev)) return false;
  return !FUNCTION_WORDS.has(lower.replace(/[^\p{L}]/gu, ''));
}

/** Possessives before a bare number that make it the owner's model rather than a count ("its 777", "Boeing's 787"). */
const OWNER_WORDS = /^(?:its|their|his|her|our|\p{Lu}[\p{L}-]*['’]s?)$/u;
/** Plurals without a final "s", which still make the number before them a count ("157 people", "212 aircraft"). */
const IRREGULAR_PLURALS = new Set(['people', 'police', 'men', 'women', 'children', 'staff', 'personnel', 'aircraft', 'cattle', 'livestock', 'crew', 'dead', 'wounded', 'injured']);
/** Words after a bare number that say nothing of a model: the number is read as usual ("157 were killed", "157 of them"). */
const NOT_A_NOUN_AFTER = new Set(['by', 'as', 'than', 'after', 'before', 'more', 'fewer', 'other', 'others', 'or', 'and', 'to', 'of', 'in', 'on', 'at', 'for', 'from', 'with', 'per', 'were', 'was', 'had', 'have', 'are', 'will', 'would', 'could', 'remain', 'remained', 'died', 'voted', 'out', 'million', 'billion', 'thousand', 'hundred']);
const isPluralNoun = (w: string) => /s$/.test(w) || IRREGULAR_PLURALS.has(w.toLowerCase());
/** Digits of the model numbers news writes bare: three, not round ("787", "A350" is glued and handled elsewhere). */
const MODEL_DIGITS = /^\d\d[1-9]$/;
const NEXT_WORD = /^[ \u00A0]+([\p{L}][\p{L}-]*)/u;
/** How far after a number the next word is looked for. */
const LOOKAHEAD = 32;

/**
 * "the first 787 Dreamliner", "its 777 airliner", "Boeing's 737 replacement": a bare three-digit number that is not
 * round, followed by a capitalised name, or owned and followed by a singular noun, is a model, not a count.
 */
function looksLikeModelNumber(text: string, a: Amount, prev: string): boolean {
  if (a.words || !a.plain || !MODEL_DIGITS.test(text.slice(a.numberStart, a.end))) return false;
  const next = NEXT_WORD.exec(text.slice(a.end, a.end + LOOKAHEAD));
  if (!next) return false;
  const word = next[1];
  if (isPluralNoun(word)) return false;
  // "157 Russian soldiers", "their 125 new recruits": a plural a word later still leaves a count.
  const then = NEXT_WORD.exec(text.slice(a.end + next[0].length, a.end + next[0].length + LOOKAHEAD));
  if (then && isPluralNoun(then[1])) return false;
  if (CAPITALISED.test(word[0])) return !MONTH_OR_DAY.test(word);
  return OWNER_WORDS.test(prev.replace(/^[^\p{L}]+/u, '')) && !NOT_A_NOUN_AFTER.has(word.toLowerCase());
}

function readNumberFigure(text: string, pos: number, floor: number, names: Set<string>): Figure | null {
  const first = readAmount(text, pos);
  if (!first) return null;
  const range = readRangeEnd(text, first, floor);
  const last = range ? range.second : first;
  const start = range ? range.start : first.start;
  let end = last.end;
  const isRange = range !== null;
  // "a 787-9", "the 737-8": a three-digit model and a one-digit variant, not a range (unlike "2023-24" or "218-214").
  if (isRange && first.plain && last.plain && !first.words && first.value >= MIN_MODEL_NUMBER && first.value < MIN_YEAR && last.value < MAX_VARIANT && !matchMeasure(text, last.end) && !exec(PERCENT, text, last.end)) return null;
  const currency = first.currency ?? last.currency;
  const after = text[end];

  // Glued suffixes: ordinals and model numbers are not figures; "500km" and "2GB" are.
  if (after !== undefined && /\p{L}/u.test(after)) {
    const unit = matchMeasure(text, end);
    if (unit && !currency) {
      return { start, end: unit.end, subtype: 'QUANTITY', value: isRange ? undefined : { amount: last.value, unit: unit.unit } };
    }
    if (!currency || exec(ORDINAL_SUFFIX, text, end)) {
      // "787s", "A380s": remember the model number so its bare mentions are not counted either.
      if (!isRange && first.plain && !exec(ORDINAL_SUFFIX, text, end)) names.add(text.slice(first.numberStart, first.end));
      return null;
    }
  }
  if (after === '.' && /\d/.test(text[end + 1] ?? '')) return null; // "1.2.3", an IP address or version
  if ((after === '-' || after === '\u2011') && /\p{Lu}/u.test(text[end + 1] ?? '') && !matchTimeUnit(text, end)) return null; // "7-Eleven", not "5-Year"
  if (after === '/' && /\d/.test(text[end + 1] ?? '')) return null; // a fraction or partial date
  if (after === '&' && /[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) return null; // "1&1", a company's name
  if (after === ':' && /\d/.test(text[end + 1] ?? '')) return null; // a score "2:1" or a verse

  const single = isRange ? undefined : last.value;

  // Money: a currency prefix, an ISO code or a currency name after the number.
  if (currency) {
    const code = exec(CODE_AFTER, text, end);
    const name = exec(NAME_AFTER, text, end);
    if (code) end += code[0].length;
    else if (name && /dollar/i.test(name[2])) end += name[0].length;
    return { start, end, subtype: 'MONEY', value: single === undefined ? undefined : { amount: single, currency } };
  }
  const named = exec(NAME_AFTER, text, end);
  if (named && !(first.words && first.value === 1 && !first.scaled && /^(?:won|pounds?)$/i.test(named[2]))) {
    const c = currencyName(named[2].split(/[ \u00A0]/)[0], named[1]);
    if (c) {
      const amount = single === undefined ? undefined : c.fraction ? +(single / c.fraction).toFixed(6) : single;
      return { start, end: end + named[0].length, subtype: 'MONEY', value: amount === undefined ? undefined : { amount, currency: c.code } };
    }
  }
  const code = exec(CODE_AFTER, text, end);
  if (code && isCurrencyCode(code[1])) {
    return { start, end: end + code[0].length, subtype: 'MONEY', value: single === undefined ? undefined : { amount: single, currency: code[1] } };
  }
  const pct = exec(PERCENT, text, end);
  if (pct) {
    return { start, end: end + pct[0].length, subtype: 'PERCENT', value: single };
  }
  const time = matchTimeUnit(text, end);
  if (time && !(first.value === 0)) {
    end = time.end;
    const ago = exec(AGO, text, end);
    if (ago) return { start, end: end + ago[0].length, subtype: 'DATE' };
    const old = exec(OLD, text, end);
    if (old) end += old[0].length;
    if (isYear(first, text) && !range) return null;
    return { start, end, subtype: 'DURATION', value: single === undefined ? undefined : duration(single, time) };
  }
  const measure = matchMeasure(text, end);
  if (measure && !(first.words && first.value === 1 && measure.unit === 'points')) {
    return { start, end: measure.end, subtype: 'QUANTITY', value: single === undefined ? undefined : { amount: single, unit: measure.unit } };
  }

  // "2023-24", "the 1990-91 war": a year and the next year's last two digits, as fiscal years and seasons are written.
  if (range && isYear(first, text) && last.plain && !last.words && last.end - last.numberStart === 2 && last.value === (first.value + 1) % CENTURY) {
    return { start, end, subtype: 'DATE', value: `${first.value}/${first.value + 1}` };
  }
  // Years: "2024", "in 1998", "2009–2011", "from 2009 to 2011".
  if (isYear(first, text) && (!range || isYear(last, text))) {
    const plural = PLURAL_AFTER.exec(text.slice(end, end + LOOKBEHIND));
    const prevWord = previousToken(text, first.start).toLowerCase();
    const countsSomething = plural && !NOT_PLURAL.has(plural[1]) && !TEMPORAL_WORDS.has(prevWord) && !range;
    if (!countsSomething && !isLabelled(text, first.start)) {
      return { start, end, subtype: 'DATE', value: range ? `${first.value}/${last.value}` : String(first.value) };
    }
  }

  // Plain counts: bare "one" and "zero" are too often pronouns and idioms ("one of the", "zero tolerance").
  if (!isRange && first.words && (first.value === 1 || first.value === 0) && !first.scaled) return null;
  // "the two companies", "the three men": small spelled numbers after "the" point back to things already counted.
  if (!isRange && first.words && first.value <= MAX_ANAPHORIC && /^the$/i.test(previousToken(text, first.start))) return null;
  if (isInName(text, first)) {
    if (!first.words) names.add(text.slice(first.numberStart, first.end));
    return null;
  }
  return { start, end, subtype: 'COUNT', value: single };
}

function isLabelled(text: string, start: number): boolean {
  return LABEL_WORDS.has(previousToken(text, start).toLowerCase());
}

/** "tens of thousands", "hundreds", "dozens of": a count whose size the article does not give. */
const VAGUE = new RegExp(`(?:tens|hundreds|dozens)${SP}+of${SP}+(?:thousands|millions|billions)(?![\\p{L}])|(?:tens|hundreds|thousands|millions|billions|dozens)(?![\\p{L}])`, 'iuy');
const OF_MONEY = new RegExp(`${SP}+of${SP}+(dollars|euros|pounds|yuan|yen|rupees|roubles|rubles|francs)(?![\\p{L}])`, 'iuy');
const OF = new RegExp(`${SP}+of${SP}+`, 'uy');
function readVague(text: string, pos: number): Figure | null {
  if (isGluedBefore(text, pos)) return null;
  const m = exec(VAGUE, text, pos);
  if (!m) return null;
  // "the thousands who marched" still counts people; but "in the hundreds" is an idiom without a noun.
  const end = pos + m[0].length;
  const money = exec(OF_MONEY, text, end);
  if (money) return { start: pos, end: end + money[0].length, subtype: 'MONEY' };
  const of = exec(OF, text, end);
  const unit = of ? matchMeasure(text, end + of[0].length) : null;
  if (unit) return { start: pos, end: unit.end, subtype: 'QUANTITY' };
  return { start: pos, end, subtype: 'COUNT' };
}

/** "a decade", "over a year", "a week ago": a duration spelled with "a". */
const A_TIME = new RegExp(`an?${SP}+(decade|century|year|month|week|day|fortnight)(?![\\p{L}])`, 'iuy');
function readATime(text: string, pos: number, floor: number): Figure | null {
  const m = exec(A_TIME, text, pos);
  if (!m) return null;
  const unit = matchTimeUnit(text, pos + m[0].length - m[1].length - 1);
  if (!unit) return null;
  let end = pos + m[0].length;
  const ago = exec(AGO, text, end);
  if (ago) return { start: pos, end: end + ago[0].length, subtype: 'DATE' };
  const hedged = APPROXIMATOR.test(text.slice(Math.max(floor, pos - LOOKBEHIND), pos));
  const long = /decade|century/i.test(m[1]);
  if (!hedged && !long) return null;
  if (exec(OLD, text, end)) end += 4;
  return { start: pos, end, subtype: 'DURATION', value: duration(1, unit) };
}

function isPhoneNumber(text: string, pos: number): number {
  const m = exec(PHONE, text, pos);
  if (!m) return 0;
  const s = m[0];
  if (/^\d{4}-\d{2}-\d{2}(?!\d)/.test(s)) return 0; // an ISO date, not a phone number
  const digits = s.replace(/\D/g, '').length;
  const groups = s.split(/[ .()-]+/).filter(Boolean);
  const MIN_PHONE_DIGITS = 8;
  const PHONE_GROUP = 4;
  if (digits < MIN_PHONE_DIGITS) return 0;
  const dashed = /[-.]/.test(s) && groups.length >= 3;
  const longGroup = groups.slice(1).some((g) => g.length === PHONE_GROUP || g.length === 2);
  // A leading zero marks a trunk prefix ("0800 123 456"): amounts never start with one.
  const trunk = s.startsWith('0') && groups.length >= 2;
  return s.startsWith('+') || s.startsWith('(') || dashed || longGroup || trunk ? s.length : 0;
}

function withLead(text: string, f: Figure, floor: number): Figure {
  const window = text.slice(Math.max(floor, f.start - LOOKBEHIND), f.start);
  if (f.subtype === 'DATE') {
    const lead = DATE_LEAD.exec(window);
    if (lead && f.value !== undefined && !String(f.value).includes('W') && !String(f.value).startsWith('T')) {
      return { ...f, start: f.start - lead[1].length };
    }
    return f;
  }
  if (f.subtype === 'DURATION') {
    const lead = DURATION_LEAD.exec(window);
    if (lead) return { ...f, start: f.start - lead[1].length };
  }
  if (/^between/i.test(text.slice(f.start, f.start + 7))) return f;
  const approx = APPROXIMATOR.exec(window);
  if (approx) return { ...f, start: f.start - approx[1].length };
  return f;
}

function readFigure(text: string, pos: number, token: string, floor: number, names: Set<string>): Figure | null {
  const date = matchDate(text, pos);
  if (date) return { start: date.start, end: date.end, subtype: 'DATE', value: date.value };
  const lower = token.toLowerCase();
  if (/^(?:tens|hundreds|thousands|millions|billions|dozens)$/.test(lower)) return readVague(text, pos);
  if (/^an?[ \u00A0]+(?:decade|century|year|month|week|day|fortnight)/.test(lower)) return readATime(text, pos, floor);
  // "half a million": the amount after "half" is read as usual, then halved.
  const half = /^half[ \u00A0]+/.exec(lower);
  if (half) {
    const f = readNumberFigure(text, pos + half[0].length, floor, names);
    if (!f || f.start !== pos + half[0].length) return f;
    const v = f.value;
    const value = typeof v === 'number' ? v / 2 : v && typeof v === 'object' ? { ...v, amount: v.amount / 2 } : v;
    return { ...f, start: pos, value };
  }
  if (/^the[ \u00A0]/.test(lower)) {
    // "the past decade": a stated span of time, unlike "the past year", which is deictic.
    if (/(?:decade|century)$/.test(lower)) return { start: pos, end: pos + token.length, subtype: 'DURATION', value: /decade$/.test(lower) ? 'P10Y' : 'P100Y' };
  }
  return readNumberFigure(text, pos, floor, names);
}

const TRIGGER = new RegExp(TRIGGER_SOURCE, 'gu');

function skipRun(text: string, pos: number): number {
  RUN.lastIndex = pos;
  const m = RUN.exec(text);
  return m && m[0].length > 0 ? pos + m[0].length : pos + 1;
}

/**
 * Every figure in `text`, sorted and non-overlapping, with UTF-16 offsets into `text`. Safe on any substring
 * (the engine calls it per paragraph) and linear in the length of the text.
 */
export function findFigures(text: string, numbersInNames?: Set<string>): Entity[] {
  const found: Entity[] = [];
  if (typeof text !== 'string' || text.length === 0) return found;
  // One shared scanner: building the big pattern per call cost more than scanning a short paragraph. The function
  // is synchronous and never re-entered, so resetting lastIndex is enough.
  const trigger = TRIGGER;
  trigger.lastIndex = 0;
  const names = new Set<string>();
  let floor = 0;
  let m: RegExpExecArray | null;
  while ((m = trigger.exec(text)) !== null) {
    const pos = m.index;
    const token = m[0];
    if (/^(?:https?:|www\.)/i.test(token)) {
      floor = pos + token.length;
      continue;
    }
    if (/^\d/.test(token)) {
      // Phone numbers are skipped whole, including a leading "+" or "(" that the trigger did not see.
      const from = pos > floor && (text[pos - 1] === '+' || text[pos - 1] === '(') ? pos - 1 : pos;
      const phone = isPhoneNumber(text, from);
      if (phone) {
        trigger.lastIndex = from + phone;
        continue;
      }
    }
    const raw = readFigure(text, pos, token, floor, names);
    if (!raw || raw.end <= pos) {
      // Step over the rest of a word or number so "A330" or "2.1.4" is not retried digit by digit.
      if (/^[-\u2212]?\d/.test(token)) trigger.lastIndex = skipRun(text, pos + (/\d/.test(token[0]) ? 0 : 1));
      continue;
    }
    const fig = withLead(text, raw, floor);
    const counts = fig.subtype === 'COUNT' || fig.subtype === 'QUANTITY' || fig.subtype === 'PERCENT' || fig.subtype === 'MONEY'
      ? figureCounts(text, fig.start, fig.end, fig.subtype !== 'COUNT')
      : null;
    const entity: Entity = { start: fig.start, end: fig.end, type: 'FIGURE', text: text.slice(fig.start, fig.end), subtype: fig.subtype };
    if (fig.value !== undefined) entity.value = fig.value;
    if (counts) entity.counts = counts;
    found.push(entity);
    floor = fig.end;
    trigger.lastIndex = fig.end;
  }
  // A number the text also uses as a name ("Boeing 787", "787s") is a name when it stands alone too ("the 787").
  if (numbersInNames) for (const n of names) numbersInNames.add(n);
  return names.size === 0 ? found : found.filter((e) => !(e.subtype === 'COUNT' && names.has(e.text)));
}
