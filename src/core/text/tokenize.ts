// Splits text into word tokens with UTF-16 offsets and the case and boundary facts the name finder needs.

/** One word of the text. */
export interface Token {
  start: number;
  end: number;
  text: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("NATO", "U.S."). */
  allCaps: boolean;
  /** Opens a sentence, line or quotation, where capitals say little about names. */
  sentenceStart: boolean;
  /** Only one plain space separates this token from the previous one: they may belong to one name. */
  joined: boolean;
  /** A possessive 's / ’s followed the word and was left out of it. */
  possessive: boolean;
  /** The text between the previous token (or the offset given) and this one. */
  gap: string;
  /** Lower-case form without a final dot, filled in by whoever first needs it. */
  lower?: string;
}

// Letters, marks and digits, with inner apostrophes, hyphens, dots and ampersands ("O'Brien", "Guinea-Bissau", "N.V.", "AT&T").
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.&\-‐][\p{L}\p{M}\p{N}]+)*\.?/gu;
const UPPER = /^\p{Lu}/u;
const DOT = 46;
const LOWER_S = 115;
const NOT_PROSE = /\b(?:https?:\/\/|www\.)\S+|[\w.+-]+@[\w-]+\.[\w.-]+|@\w+/gu;
const LOWER_ANY = /\p{Ll}/u;
const LETTERS = /\p{L}/gu;
const ACRONYM_DOTS = /^(?:\p{Lu}\.)+\p{Lu}?\.?$/u;
const POSSESSIVE = /['’]s$/;
const SENTENCE_BREAK = /[.!?:;—•|\u2029\n]|\s[-–]\s/;
/** Longest lower-case syllable kept with a capitalised one across a hyphen ("Mei-ling", "Kyung-wha"). */
const MAX_NAME_SYLLABLE = 4;
/** Short words a place or body takes after a hyphen in compounds ("Beijing-led", "Hamas-run", "Trump-era"), which split. */
const HYPHEN_SUFFIXES = new Set(['led', 'run', 'born', 'made', 'held', 'area', 'era', 'wide', 'long', 'old', 'type', 'like', 'based', 'owned', 'style', 'bred', 'bound', 'free']);
/** A French or Italian article elided onto a capitalised word ("d’Ivoire", "l'Aquila"), which is part of a name. */
const ELIDED_ARTICLE = /^[dl]['’]\p{Lu}/u;
/** Arabic and Romance particles that may open a capitalised name part ("al-Assad", "bin-Salman"). */
const PARTICLE_PREFIX = /^(?:al|el|ad|ash|as|an|at|ar|wal|bin|ibn|abu|ben|de|da|di|du)[-‐]\p{Lu}/u;
const OPENERS = /["“‘«(\[]\s*$/;
/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'rev',
  'jr', 'sr', 'no', 'vs', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'corp', 'co', 'ltd', 'bros', 'cmdr', 'supt', 'insp', 'det', 'pres', 'atty', 'u.s', 'u.k', 'e.g', 'i.e',
  // AP-style US state abbreviations.
  'ala', 'ariz', 'ark', 'calif', 'colo', 'conn', 'del', 'fla', 'ga', 'ill', 'ind', 'kan', 'kans', 'ky', 'md', 'mass', 'mich',
  'minn', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'vt', 'va', 'wash', 'wis', 'wyo',
]);

/** Tokenizes `text` from `from` to `to`; offsets are absolute positions in `text`. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  WORD.lastIndex = 0;
  let prevEnd = from;
  let prevText = '';
  let m: RegExpExecArray | null;
  // Web addresses, e-mail addresses and handles are not prose: their words are no names ("example.com/Lagos-News").
  const skip: [number, number][] = [];
  if (slice.includes('@') || slice.includes('://') || slice.includes('www.')) {
    for (const u of slice.matchAll(NOT_PROSE)) skip.push([u.index ?? 0, (u.index ?? 0) + u[0].length]);
  }
  let skipAt = 0;
  while ((m = WORD.exec(slice)) !== null) {
    let word = m[0];
    while (skipAt < skip.length && skip[skipAt][1] <= m.index) skipAt++;
    if (skipAt < skip.length && skip[skipAt][0] <= m.index) continue;
    const start = from + m.index;
    // A final dot belongs to the word only for abbreviations and dotted acronyms; otherwise it ends a sentence.
    const endsWithDot = word.charCodeAt(word.length - 1) === DOT;
    if (endsWithDot && !ACRONYM_DOTS.test(word) && !ABBREVIATIONS.has(word.slice(0, -1).toLowerCase())) {
      word = word.slice(0, -1);
    } else if (endsWithDot && word.length === 2 && /^\p{Lu}\.$/u.test(word) && !isInitial(slice, m.index)) {
      // A lone capital with a dot is an initial only before another name ("George W. Bush"); otherwise the dot ends a sentence ("on X.").
      word = word.slice(0, -1);
    }
    const pieces = word.indexOf('-') < 0 && word.indexOf('‐') < 0 ? [{ text: word, offset: 0 }] : splitHyphenCase(word);
    for (const piece of pieces) {
      let pieceText = piece.text;
      let possessive = false;
      const n = pieceText.length;
      if (n > 2 && pieceText.charCodeAt(n - 1) === LOWER_S && POSSESSIVE.test(pieceText)) {
        pieceText = pieceText.slice(0, -2);
        possessive = true;
      }
      const pStart = start + piece.offset;
      const pEnd = pStart + pieceText.length;
      const gap = text.slice(prevEnd, pStart);
      const c0 = pieceText.charCodeAt(0);
      // ASCII fast paths; other scripts go through the Unicode-aware patterns.
      const cap =
        c0 >= 65 && c0 <= 90
          ? true
          : c0 >= 97 && c0 <= 122
            ? ((pieceText.indexOf('-') > 0 || pieceText.indexOf('‐') > 0) && PARTICLE_PREFIX.test(pieceText)) ||
              // Only "d'…"/"l’…" can be elided articles: test the second character before running the pattern.
              ((pieceText[1] === "'" || pieceText[1] === '’') && ELIDED_ARTICLE.test(pieceText))
            : UPPER.test(pieceText) || PARTICLE_PREFIX.test(pieceText);
      const letters = cap ? pieceText.match(LETTERS) : null;
      tokens.push({
        start: pStart,
        end: pEnd,
        text: pieceText,
        cap,
        allCaps: cap && !!letters && letters.length >= 2 && !LOWER_ANY.test(pieceText),
        sentenceStart: tokens.length === 0 ? isOpening(text.slice(Math.max(0, pStart - 3), pStart), prevText, true) : gap === ' ' ? false : isOpening(gap, prevText, false),
        joined: gap === ' ' || gap === '\u00a0',
        possessive,
        gap,
        // Filled in lazily by the name finder; declared here so every token keeps one shape.
        lower: undefined,
      });
      // The possessive ending and any stripped full stop stay in the next gap, so they keep the words apart.
      prevEnd = pEnd;
      prevText = pieceText;
    }
  }
  return tokens;
}

/** Does a token after this gap open a sentence (or a quotation, where capitals are likewise uninformative)? */
function isOpening(gap: string, prevWord: string, first: boolean): boolean {
  if (first) return true;
  if (OPENERS.test(gap)) return true;
  if (!SENTENCE_BREAK.test(gap)) return false;
  // "Mr. Macron": the dot after an abbreviation or an initial is not a sentence end.
  if (/^\.\s/.test(gap) || gap === '.') {
    const lw = prevWord.toLowerCase();
    if (ABBREVIATIONS.has(lw) || /^\p{Lu}$/u.test(prevWord)) return false;
  }
  return true;
}

/**
 * "Beijing-backed" → "Beijing" + "backed", "anti-Kremlin" → "anti" + "Kremlin": a hyphen where the case changes joins
 * a name to an ordinary word, so the name must stand alone. "Guinea-Bissau" and "al-Assad" stay whole.
 */
function splitHyphenCase(word: string): { text: string; offset: number }[] {
  if (!/[-‐]/.test(word)) return [{ text: word, offset: 0 }];
  const parts = word.split(/([-‐])/);
  const out: { text: string; offset: number }[] = [];
  let offset = 0;
  let cur = '';
  let curOffset = 0;
  let curCap: boolean | null = null;
  for (let i = 0; i < parts.length; i += 2) {
    const part = parts[i];
    const partCap = UPPER.test(part);
    const isDigit = /^\p{N}/u.test(part);
    if (cur === '') {
      cur = part;
      curOffset = offset;
      curCap = partCap;
    } else if (
      partCap === curCap ||
      isDigit ||
      (curCap === false && partCap && PARTICLE_PREFIX.test(`${cur}-${part}`)) ||
      // "Mei-ling", "Ching-te", "Jae-in": a short lower-case second half of an East Asian given name stays with it.
      (curCap === true && !partCap && part.length <= MAX_NAME_SYLLABLE && !HYPHEN_SUFFIXES.has(part.toLowerCase()) && /^\p{Ll}+$/u.test(part))
    ) {
      cur += parts[i - 1] + part;
      curCap = curCap || partCap;
    } else {
      out.push({ text: cur, offset: curOffset });
      cur = part;
      curOffset = offset;
      curCap = partCap;
    }
    offset += part.length + (i + 1 < parts.length ? parts[i + 1].length : 0);
  }
  if (cur) out.push({ text: cur, offset: curOffset });
  return out;
}

/** How far back to look for the given name before an initial ("George W."): longer than any one word. */
const INITIAL_LOOKBEHIND = 30;
/** How far back an opening quote, bracket or line break may sit before a leading initial. */
const OPENER_LOOKBEHIND = 3;

/** Is the capital-and-dot at `at` a middle or leading initial ("George W. Bush", "J. K. Rowling") rather than a word ending a sentence? */
function isInitial(s: string, at: number): boolean {
  const after = s.slice(at + 2, at + 5);
  if (!/^\s\p{Lu}/u.test(after)) return false;
  if (/^\s\p{Lu}\./u.test(after)) return true;
  return /(?:^|\s)\p{Lu}[\p{L}\p{M}.'’-]*\s$/u.test(s.slice(Math.max(0, at - INITIAL_LOOKBEHIND), at)) || at === 0 || /[\n"“(]\s*$/.test(s.slice(Math.max(0, at - OPENER_LOOKBEHIND), at));
}
