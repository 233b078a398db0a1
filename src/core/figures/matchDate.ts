// Reads a written date or clock time starting at an offset — "March 3, 2025", "3 March", "Jan. 12", "Monday", "1990s", "'82", "12/03/2025", "14:00 UTC", "the first quarter of 2009" — with its ISO 8601 value.

/** A date found at the offset: `end` is just past it; `value` is ISO 8601 (X for unknown digits) or undefined. */
export interface DateMatch {
  start: number;
  end: number;
  value?: string;
}

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** Month names that are also everyday words or first names; alone they need a preposition or a number. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'june', 'august']);
const WEEKDAYS: Record<string, number> = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 };
const QUARTER_ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

const S = '[ \\u00A0\\u2009\\u202F]+';
const MONTH_NAME = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH_FIRST = new RegExp(
  `(${MONTH_NAME})(\\.)?(?![\\p{L}\\p{N}])(?:${S}(\\d{1,2})(?:st|nd|rd|th)?(?![\\p{L}\\p{N}:])(?:,?${S}(\\d{4})(?![\\p{L}\\p{N}]))?|,?${S}(?:of${S})?(\\d{4})(?![\\p{L}\\p{N}]))?`,
  'uy',
);
const DAY_FIRST = new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?${S}(?:of${S})?(${MONTH_NAME})(\\.)?(?![\\p{L}\\p{N}])(?:,?${S}(\\d{4})(?![\\p{L}\\p{N}]))?`, 'uy');
const WEEKDAY = new RegExp(`(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?![\\p{L}\\p{N}])(?:${S}(morning|afternoon|evening|night)(?![\\p{L}]))?`, 'uy');
const FULL_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;
const WEEKDAY_ABBREVIATION = /(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?[ \u00A0]+(?=\d|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))/uy;
const ISO_DATE = /(\d{4})-(\d{2})-(\d{2})(?![\d\p{L}])/uy;
const SLASH_DATE = /(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/\p{L}])/uy;
/**
 * "am", "PM", "a.m.": the dots come in pairs, so the full stop of "before 2am." stays the sentence's. Time zones are the
 * abbreviations wire copy prints after a time ("18.05 BST", "4:12 AM EDT", "2:07 PM GMT+3").
 */
const MERIDIEM = '(?:([aApP])\\.[mM]\\.|([aApP])[mM])(?![\\p{L}])';
const ZONE = `(UTC|GMT|BST|CET|CEST|EET|EEST|WET|EST|EDT|CST|CDT|MST|MDT|PST|PDT|IST|JST|KST|AEST|AEDT|SAST|WAT|CAT|EAT|MSK|local${S}time)(?:[+\\u2212-]\\d{1,2})?(?![\\p{L}\\d])`;
const CLOCK = new RegExp(`(\\d{1,2})[:.](\\d{2})(?![\\d.,]\\d)(?:(?:${S})?${MERIDIEM})?(?:${S}${ZONE})?`, 'uy');
const CLOCK_MERIDIEM = new RegExp(`(\\d{1,2})(?:${S})?${MERIDIEM}(?:${S}${ZONE})?`, 'uy');
const MILITARY_UTC = /([01]\d|2[0-3])([0-5]\d)[ \u00A0]+(UTC|GMT)(?![\p{L}])/uy;
/** Time zones that are UTC itself, so the value can say "Z". */
const UTC_ZONES = new Set(['UTC', 'GMT']);
const DECADE = /(?:(1[5-9]|20)(\d)0|['\u2019]?([1-9])0)s(?![\p{L}\p{N}])/uy;
const SHORT_YEAR = /['\u2019](\d{2})(?![\p{L}\p{N}'\u2019])/uy;
const QUARTER = new RegExp(
  `(?:the${S})?(first|second|third|fourth|final|last)[ -]quarter(?![\\p{L}])(?:${S}of${S}(?:(\\d{4})(?![\\p{L}\\p{N}])|(?:this|last|next)${S}year(?![\\p{L}])))?`,
  'iuy',
);
const Q_CODE = new RegExp(`([QH])([1-4])(?![\\p{L}\\p{N}])(?:${S}(\\d{4})(?![\\p{N}]))?`, 'uy');

const FIRST_DAY = 1;
const MAX_DAY = 31;
const MAX_MONTH = 12;
const NOON = 12;
/** Two-digit years at or above this are read as 19xx, below as 20xx ("'82" → 1982, "'07" → 2007). */
const CENTURY_PIVOT = 30;
const HOURS_PER_DAY = 24;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

function isWordBefore(text: string, pos: number): boolean {
  return pos > 0 && /[\p{L}\p{N}_]/u.test(text[pos - 1]);
}

function fullYear(twoDigits: number): number {
  return twoDigits >= CENTURY_PIVOT ? 1900 + twoDigits : 2000 + twoDigits;
}

function ymd(year: number | undefined, month: number, day?: number): string {
  const y = year === undefined ? 'XXXX' : pad(year, 4);
  return day === undefined ? `${y}-${pad(month)}` : `${y}-${pad(month)}-${pad(day)}`;
}

/** The word just before `pos`, lower-cased ("in" for "in May"); '' when none. */
function previousWord(text: string, pos: number): string {
  const m = /([\p{L}]+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, pos - 16), pos));
  return m ? m[1].toLowerCase() : '';
}

const TEMPORAL_WORDS = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'before',
  'after', 'between', 'and', 'through', 'to', 'on', 'throughout', 'or', 'each', 'every', 'that', 'following',
]);

/** A month name, optionally with day and year: "March 3, 2025", "Jan. 12", "Sept 11", "March 2025", "January". */
function monthFirst(text: string, pos: number): DateMatch | null {
  const m = exec(MONTH_FIRST, text, pos);
  if (!m) return null;
  const name = m[1].toLowerCase();
  const month = MONTHS[name];
  const abbreviated = name.length <= 4 && name !== 'may' && name !== 'june' && name !== 'july';
  const day = m[3] ? Number(m[3]) : undefined;
  const year = m[4] ? Number(m[4]) : m[5] ? Number(m[5]) : undefined;
  if (day !== undefined && (day < FIRST_DAY || day > MAX_DAY)) return null;
  if (day === undefined && year === undefined) {
    // A bare month: abbreviations and everyday-word months need context to be dates.
    if (abbreviated) return null;
    if (AMBIGUOUS_MONTHS.has(name) && !TEMPORAL_WORDS.has(previousWord(text, pos))) return null;
    // "April Ryan", "June Carter": a capitalised word straight after reads as a name.
    if (!m[2] && /^[ \u00A0]+\p{Lu}\p{Ll}/u.test(text.slice(pos + m[1].length, pos + m[1].length + 3))) return null;
    // "the July-September quarter": a range of months is one date.
    const end = pos + m[1].length;
    if (/^[-\u2013]/.test(text.slice(end, end + 1))) {
      const to = exec(MONTH_FIRST, text, end + 1);
      // Full month names only ("April-May", not "Jan-Feb" codes), and a valid day if one is given.
      const toDay = to?.[3] ? Number(to[3]) : undefined;
      if (to && FULL_MONTH.test(to[1]) && !to[2] && (toDay === undefined || (toDay >= FIRST_DAY && toDay <= MAX_DAY))) {
        const toYear = to[4] ?? to[5] ? Number(to[4] ?? to[5]) : undefined;
        // "July-September 2024": the year written once belongs to both ends.
        return { start: pos, end: end + 1 + to[0].length, value: `${ymd(toYear, month)}/${ymd(toYear, MONTHS[to[1].toLowerCase()], toDay)}` };
      }
    }
    return { start: pos, end, value: ymd(undefined, month) };
  }
  return { start: pos, end: pos + m[0].length, value: ymd(year, month, day) };
}

function dayFirst(text: string, pos: number): DateMatch | null {
  const m = exec(DAY_FIRST, text, pos);
  if (!m) return null;
  const day = Number(m[1]);
  if (day < FIRST_DAY || day > MAX_DAY) return null;
  const name = m[2].toLowerCase();
  const month = MONTHS[name];
  // A full stop after a full month name ends the sentence; only abbreviations ("3 Jan.") own it.
  const fullStopIsSentenceEnd = m[3] && !m[4] && (name.length > 4 || name === 'may' || name === 'june' || name === 'july');
  return { start: pos, end: pos + m[0].length - (fullStopIsSentenceEnd ? 1 : 0), value: ymd(m[4] ? Number(m[4]) : undefined, month, day) };
}

/** "12/03/2025": read day/month or month/day only when one part is over 12; otherwise the value stays unknown. */
function slashDate(text: string, pos: number): DateMatch | null {
  const m = exec(SLASH_DATE, text, pos);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[2]);
  const year = m[3].length === 2 ? fullYear(Number(m[3])) : Number(m[3]);
  if (a < 1 || b < 1 || a > MAX_DAY || b > MAX_DAY || (a > MAX_MONTH && b > MAX_MONTH)) return null;
  let value: string | undefined;
  if (a > MAX_MONTH) value = ymd(year, b, a);
  else if (b > MAX_MONTH) value = ymd(year, a, b);
  else if (a === b) value = ymd(year, a, b);
  return { start: pos, end: pos + m[0].length, value };
}

function clock(text: string, pos: number): DateMatch | null {
  let m = exec(CLOCK, text, pos);
  let hour: number;
  let minute = 0;
  let meridiem: string | undefined;
  let zone: string | undefined;
  if (m) {
    // "5.30" is more often a decimal than a time; only a colon, or a dot with am/pm or a time zone, makes a clock time.
    if (text[pos + m[1].length] === '.' && !m[3] && !m[4] && !m[5]) m = null;
  }
  if (m) {
    hour = Number(m[1]);
    minute = Number(m[2]);
    meridiem = m[3] ?? m[4];
    zone = m[5];
  } else if ((m = exec(CLOCK_MERIDIEM, text, pos))) {
    hour = Number(m[1]);
    meridiem = m[2] ?? m[3];
    zone = m[4];
  } else if ((m = exec(MILITARY_UTC, text, pos))) {
    hour = Number(m[1]);
    minute = Number(m[2]);
    zone = m[3];
  } else {
    return null;
  }
  if (hour >= HOURS_PER_DAY || minute >= 60 || (meridiem && (hour === 0 || hour > NOON))) return null;
  if (meridiem?.toLowerCase() === 'p' && hour < NOON) hour += NOON;
  if (meridiem?.toLowerCase() === 'a' && hour === NOON) hour = 0;
  // "GMT+3" is three hours off UTC: only the bare zone is "Z".
  const z = zone && UTC_ZONES.has(zone) && !/[+\u2212-]\d{1,2}$/.test(m[0]) ? 'Z' : '';
  return { start: pos, end: pos + m[0].length, value: `T${pad(hour)}:${pad(minute)}${z}` };
}

function quarter(text: string, pos: number): DateMatch | null {
  const m = exec(QUARTER, text, pos);
  if (m) {
    const n = QUARTER_ORDINALS[m[1].toLowerCase()];
    const year = m[2] ? m[2] : 'XXXX';
    return { start: pos, end: pos + m[0].length, value: n ? `${year}-Q${n}` : undefined };
  }
  const q = exec(Q_CODE, text, pos);
  if (!q || isWordBefore(text, pos)) return null;
  return { start: pos, end: pos + q[0].length, value: `${q[3] ?? 'XXXX'}-${q[1]}${q[2]}` };
}

/**
 * The date or time that starts exactly at `pos`, or `null`. Years on their own ("2024") are left to the
 * number reader, which knows whether "2000" counts people or names a year.
 */
export function matchDate(text: string, pos: number): DateMatch | null {
  if (isWordBefore(text, pos)) return null;
  const c = text[pos];
  if (c >= '0' && c <= '9') {
    let m = exec(ISO_DATE, text, pos);
    if (m) {
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month >= 1 && month <= MAX_MONTH && day >= 1 && day <= MAX_DAY) return { start: pos, end: pos + m[0].length, value: m[0] };
    }
    const d = dayFirst(text, pos) ?? slashDate(text, pos) ?? clock(text, pos);
    if (d) return d;
    m = exec(DECADE, text, pos);
    if (m) return { start: pos, end: pos + m[0].length, value: m[1] ? `${m[1]}${m[2]}` : `19${m[3]}` };
    return null;
  }
  if (c === "'" || c === '\u2019') {
    const m = exec(DECADE, text, pos);
    if (m && m[3]) return { start: pos, end: pos + m[0].length, value: `19${m[3]}` };
    const y = exec(SHORT_YEAR, text, pos);
    // An apostrophe straight after a letter or space-less quote is a quotation mark, not a short year.
    if (y && (pos === 0 || /[\s(]/.test(text[pos - 1]))) return { start: pos, end: pos + y[0].length, value: String(fullYear(Number(y[1]))) };
    return null;
  }
  // "Tue 14 Oct 2025", "Thu., Jan. 12": an abbreviated weekday only before the date it names.
  const abbr = exec(WEEKDAY_ABBREVIATION, text, pos);
  if (abbr) {
    const d = dayFirst(text, pos + abbr[0].length) ?? monthFirst(text, pos + abbr[0].length);
    return d ? { start: pos, end: d.end, value: d.value } : null;
  }
  const w = exec(WEEKDAY, text, pos);
  if (w) return { start: pos, end: pos + w[0].length, value: `XXXX-WXX-${WEEKDAYS[w[1].toLowerCase()]}` };
  return monthFirst(text, pos) ?? quarter(text, pos);
}
