// Reads one written number at a given offset — digits ("250,000", "250 000", "1.2") or words ("three thousand", "a dozen") — without scanning ahead.

/** A number read from the text: `end` is the offset just past it. */
export interface ParsedNumber {
  start: number;
  end: number;
  value: number;
  /** True when spelled in words ("three"), which matters for how ambiguous it is. */
  words: boolean;
}

// Thousands may be grouped with commas or with (thin, no-break or plain) spaces: "250,000", "250 000", "R30 000".
// Each group is exactly three digits and may not run on into a fourth, so "in 2008 500 people" stays two numbers.
const DIGITS = /(?:\d{1,3}(?:,\d{3}(?!\d))+|\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3}(?![\d,\p{L}]))+|\d+)(?:\.\d+)?/uy;
const GROUP_SEPARATORS = /[, \u00A0\u2009\u202F]/g;

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const HUNDRED = 100;
const DOZEN = 12;
/** Scale words multiply everything read so far in their group ("three hundred thousand"). */
export const SCALES: Record<string, number> = {
  thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
};

const WORD = /[A-Za-z]+/y;
const GAP = /[ \u00A0\u2009\u202F]+/y;
const HYPHEN = /[-\u2010\u2011]/y;

function wordAt(text: string, pos: number): { word: string; end: number } | null {
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  return m ? { word: m[0].toLowerCase(), end: pos + m[0].length } : null;
}

function skip(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : pos;
}

function has(table: Record<string, number>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, key);
}

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && /[\p{L}\p{N}_]/u.test(c);
}

/** Parses digits at `pos` ("1,200", "7,114.3", "250 000"); `null` when there are none. */
export function parseDigits(text: string, pos: number): ParsedNumber | null {
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m) return null;
  const value = Number(m[0].replace(GROUP_SEPARATORS, ''));
  if (!Number.isFinite(value)) return null;
  return { start: pos, end: pos + m[0].length, value, words: false };
}

/**
 * Parses a number in words at `pos`: "three", "twenty-five", "two hundred and fifty", "three thousand",
 * "a dozen", "two and a half", "a million". A bare "a"/"an" is only a number before hundred/thousand/dozen/scale
 * words, so "a plan" is not one. `null` when the word there is not a number.
 */
export function parseNumberWords(text: string, pos: number): ParsedNumber | null {
  if (isWordChar(text[pos - 1])) return null;
  let total = 0;
  let group = 0;
  let seen = false;
  let end = pos;
  let p = pos;
  // Where a scale word may open the number: at the start, or right after "a"/"an".
  let scaleMayStart = pos;
  for (;;) {
    const w = wordAt(text, p);
    if (!w || isWordChar(text[w.end]) && !/[A-Za-z]/.test(text[w.end] ?? '')) break;
    let next = w.end;
    let ok = true;
    if (has(UNITS, w.word) && group % HUNDRED === 0) {
      group += UNITS[w.word];
    } else if (has(TENS, w.word) && group % HUNDRED === 0) {
      group += TENS[w.word];
      // "twenty-five"
      const h = skip(HYPHEN, text, next);
      if (h > next) {
        const u = wordAt(text, h);
        if (u && has(UNITS, u.word) && UNITS[u.word] > 0 && UNITS[u.word] < 10) {
          group += UNITS[u.word];
          next = u.end;
        }
      }
    } else if (w.word === 'hundred' && (seen || p === scaleMayStart)) {
      group = (group || 1) * HUNDRED;
    } else if (has(SCALES, w.word) && (seen || p === scaleMayStart)) {
      total += (group || 1) * SCALES[w.word];
      group = 0;
    } else if (w.word === 'dozen' && (seen || p === scaleMayStart)) {
      group = (group || 1) * DOZEN;
    } else if ((w.word === 'a' || w.word === 'an') && !seen) {
      // Only a number when a scale follows: "a dozen", "a hundred", "a million".
      const n = skip(GAP, text, w.end);
      const after = wordAt(text, n);
      if (!after || !(after.word === 'hundred' || after.word === 'dozen' || has(SCALES, after.word))) return null;
      p = n;
      scaleMayStart = n;
      continue;
    } else {
      ok = false;
    }
    if (!ok) break;
    seen = true;
    end = next;
    // "two hundred and fifty", "two and a half"
    const gap = skip(GAP, text, end);
    const and = wordAt(text, gap);
    if (and && and.word === 'and') {
      const g2 = skip(GAP, text, and.end);
      const after = wordAt(text, g2);
      if (after && (has(UNITS, after.word) || has(TENS, after.word)) && group >= HUNDRED && group % HUNDRED === 0) {
        p = g2;
        continue;
      }
      if (after && after.word === 'a') {
        const g3 = skip(GAP, text, after.end);
        const half = wordAt(text, g3);
        if (half && half.word === 'half') {
          group += 0.5;
          end = half.end;
          break;
        }
      }
      break;
    }
    if (gap === end) break;
    p = gap;
  }
  if (!seen) return null;
  return { start: pos, end, value: total + group, words: true };
}

/** Parses digits or number words at `pos`; `null` when neither starts there. */
export function parseNumber(text: string, pos: number): ParsedNumber | null {
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) return parseDigits(text, pos);
  return parseNumberWords(text, pos);
}
