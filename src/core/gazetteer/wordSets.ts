// Unpacks the compiled word data (first names, surnames, demonyms, role nouns, known organisations, common words) into Sets once.
import lexicon from './lexicon.generated.json';

export interface WordSets {
  /** Lower-case given names. */
  firstNames: Set<string>;
  /** Lower-case family names. */
  lastNames: Set<string>;
  /** Lower-case nationality adjectives and nouns ("french", "nigerians"). */
  demonyms: Set<string>;
  /** Lower-case nouns for what people are or do ("spokeswoman", "farmer"). */
  roleNouns: Set<string>;
  /** Lower-case names of well-known organisations, words joined by single spaces. */
  orgNames: Set<string>;
  /** Lower-case words that end organisation names ("agency", "bank"). */
  orgWords: Set<string>;
  /** Lower-case common English words: a capitalised one at a sentence start is most likely not a name. */
  commonWords: Set<string>;
}

/**
 * Given names the compiled lexicon drops because they are also English words ("Dean Harrop", "Frank Pearl"). Only
 * names that rarely open a sentence as the word itself: not "Will", "May" or "Mark".
 */
const GIVEN_NAMES_THAT_ARE_WORDS = 'frank dean ray rose bill guy joy glen dawn lee miles rob bob dale wade';

let cached: WordSets | null = null;

/** The shared word sets, built on first use (a few milliseconds). */
export function wordSets(): WordSets {
  if (cached) return cached;
  const spaced = (s: string) => new Set(s.split(' ').filter(Boolean));
  const piped = (s: string) => new Set(s.split('|').filter(Boolean));
  cached = {
    firstNames: spaced(`${lexicon.firstNames} ${GIVEN_NAMES_THAT_ARE_WORDS}`),
    lastNames: spaced(lexicon.lastNames),
    demonyms: piped(lexicon.demonyms),
    roleNouns: piped(lexicon.roleNouns),
    orgNames: piped(lexicon.orgNames),
    orgWords: spaced(lexicon.orgWords),
    commonWords: spaced(lexicon.commonWords),
  };
  return cached;
}
