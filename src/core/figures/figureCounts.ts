// Finds what a figure counts from the article's own words: "40,000 additional nurses" → "nurses", "a death toll of 1,200" → "death toll".

/** Words that end the noun phrase after a figure: verbs, prepositions, conjunctions, pronouns. */
const STOP = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'and', 'or', 'but', 'nor', 'as', 'than',
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'may',
  'might', 'must', 'can', 'shall', 'do', 'does', 'did', 'said', 'says', 'say', 'that', 'which', 'who', 'whom', 'whose',
  'this', 'these', 'those', 'it', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'they', 'them', 'we', 'he', 'she',
  'since', 'after', 'before', 'during', 'over', 'under', 'per', 'each', 'ago', 'later', 'earlier', 'last', 'next', 'this',
  'up', 'down', 'out', 'off', 'into', 'onto', 'about', 'around', 'between', 'among', 'against', 'while', 'when', 'where',
  'if', 'so', 'not', 'no', 'also', 'only', 'just', 'still', 'yet', 'then', 'there', 'here', 'all', 'both', 'such', 'more',
  'less', 'most', 'least', 'fewer', 'respectively', 'including', 'compared', 'according', 'following', 'amid', 'despite',
  'through', 'across', 'toward', 'towards', 'via', 'within', 'without', 'behind', 'above', 'below', 'near', 'until',
  'rose', 'fell', 'rise', 'fall', 'dropped', 'climbed', 'gained', 'lost', 'killed', 'died', 'injured', 'wounded', 'were',
  'reported', 'announced', 'expected', 'made', 'set', 'got', 'went', 'came', 'left', 'took', 'gave', 'put', 'remain', 'remained',
  'beyond', 'overnight', 'yesterday', 'today', 'tomorrow', 'tonight', 'now', 'again', 'annually', 'apiece', 'each', 'alone',
  'instead', 'too', 'already', 'nationwide', 'worldwide', 'abroad', 'outside', 'inside', 'elsewhere', 'altogether',
]);
/** Plurals that do not end in "s". */
const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'police', 'staff', 'personnel', 'cattle', 'livestock', 'troops', 'data']);

function isPlural(w: string): boolean {
  return IRREGULAR_PLURALS.has(w) || (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is)$/.test(w));
}
/** Adjectives that sit between a number and its noun and should not be reported as what is counted. */
const MODIFIERS = new Set([
  'additional', 'new', 'more', 'other', 'former', 'extra', 'further', 'total', 'some', 'estimated', 'many', 'several',
  'major', 'minor', 'big', 'small', 'large', 'larger', 'smaller', 'largest', 'biggest', 'high', 'higher', 'low', 'lower',
  'young', 'old', 'senior', 'junior', 'full', 'own', 'separate', 'different', 'fresh', 'whole', 'current', 'recent',
  'annual', 'yearly', 'monthly', 'daily', 'weekly', 'net', 'gross', 'overall', 'combined', 'registered', 'eligible',
]);
/** Nouns a figure is "of" when the phrase comes before it: "a death toll of 1,200", "turnout was 64 per cent". */
const BEFORE = /(?:^|[^\p{L}])((?:\p{L}[\p{Ll}-]*[ \u00A0]+)?\p{L}[\p{Ll}-]*)[ \u00A0]+(?:of|was|is|at|stood at|reached|hit|rose to|fell to|climbed to|dropped to|totalled|totaled|of about|of around|of some|of nearly|of more than|of over)[ \u00A0]+$/u;
const WORD = /\p{Ll}[\p{Ll}-]*(?![\p{L}\p{N}])/uy;
const GAP = /[ \u00A0\u2009\u202F]+/y;
const LOOKAHEAD_WORDS = 4;
const LOOKBEHIND_CHARS = 40;
/** Plain-English endings that mark adjectives and adverbs rather than nouns. */
const NOT_NOUN = /(?:ly|ed|ive|ous|ful|able|ible)$/;

function skip(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? pos + m[0].length : pos;
}

/** The lower-case noun phrase after `end` ("additional nurses" → "nurses"), allowing "of the …" and "in …". */
function after(text: string, end: number, allowIn: boolean): string | null {
  let p = skip(GAP, text, end);
  if (p === end && end < text.length && !/[-\u2010]/.test(text[end])) {
    // Only whitespace or a hyphenated compound ("3-member") may separate a figure from its noun.
    return null;
  }
  const words: string[] = [];
  let leadingPreposition = true;
  for (let i = 0; i < LOOKAHEAD_WORDS + 2 && words.length < LOOKAHEAD_WORDS; i++) {
    WORD.lastIndex = p;
    const m = WORD.exec(text);
    if (!m) break;
    const w = m[0];
    if (leadingPreposition && words.length === 0 && (w === 'of' || (allowIn && (w === 'in' || w === 'for' || w === 'worth')))) {
      p = skip(GAP, text, p + w.length);
      const det = /(?:the|its|their|his|her|our|all|those|these|whom|which)[ \u00A0]+/y;
      p = skip(det, text, p);
      leadingPreposition = false;
      continue;
    }
    leadingPreposition = false;
    if (STOP.has(w)) break;
    words.push(w);
    const next = skip(GAP, text, p + w.length);
    if (next === p + w.length) break;
    p = next;
  }
  // The first plural ends the phrase: "250 people overnight" counts people, "179 new tankers" tankers.
  const plural = words.findIndex(isPlural);
  if (plural >= 0) words.length = plural + 1;
  while (words.length > 0 && NOT_NOUN.test(words[words.length - 1])) words.pop();
  if (words.length === 0) return null;
  const head = words[words.length - 1];
  const prev = words.length >= 2 ? words[words.length - 2] : undefined;
  if (prev && !MODIFIERS.has(prev) && !NOT_NOUN.test(prev) && !/(?:al|ic|an|ese|ish)$/.test(prev)) return `${prev} ${head}`;
  return MODIFIERS.has(head) ? null : head;
}

/**
 * What the figure at [start, end) counts, in the article's words; `null` when the text does not say.
 * `allowIn` lets money and percentages take "in aid", "of voters".
 */
export function figureCounts(text: string, start: number, end: number, allowIn = true): string | null {
  const a = after(text, end, allowIn);
  if (a) return a;
  const before = BEFORE.exec(text.slice(Math.max(0, start - LOOKBEHIND_CHARS), start));
  if (!before) return null;
  const phrase = before[1].replace(/[ \u00A0]+/g, ' ').toLowerCase();
  const parts = phrase.split(' ').filter((w) => !STOP.has(w));
  return parts.length > 0 ? parts.join(' ') : null;
}
