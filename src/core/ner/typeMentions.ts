// Decides each mention's final type using the whole article: surnames after a full name, repeated names, cues, defaults.
import type { EntityType } from '../model';
import { wordSets } from '../gazetteer/wordSets';
import type { Mention } from './findMentions';
import { skeletonKey } from './skeletonKey';
import { foldAccents } from '../text/foldAccents';
import { isSmallTown, lookupPlace } from '../gazetteer/lookupPlace';
import { ORG_HEADS } from './vocabulary';

/**
 * The settled kind of each mention, parallel to the input: an entity type, `'DEMONYM'` for nationality words
 * ("French", "Nigerians": not places, kept apart for views that want them), or `null` for what is not a name.
 */
export type MentionKind = EntityType | 'DEMONYM' | null;

// Names are single-spaced slices of one line (the tokenizer joins only on one space), so indexOf is enough and allocates less.
const lastWord = (s: string) => s.slice(s.lastIndexOf(' ') + 1);
const firstWord = (s: string) => {
  const sp = s.indexOf(' ');
  return sp < 0 ? s : s.slice(0, sp);
};
/** Skeleton keys shorter than this match too much to merge names on. */
const MIN_SKELETON = 3;
/** Surname endings of Slavic, Baltic, Romanian, Turkish, Persian, Greek, Georgian and Armenian names. */
const SURNAME_ENDINGS = /(?:enko|chuk|czuk|czyk|ski|ska|sky|skyi|skyy|skiy|ović|evic|ovic|vić|escu|eanu|oglu|oğlu|zadeh|poulos|akis|shvili|adze|idze|ovich|evich|yan)$/;
/** Names of this many words or more may carry the family name before the last word ("Mahamat Idriss Déby Itno"). */
const LONG_NAME_WORDS = 4;
/** Generational suffixes that close a name ("Jr.", "III"). */
const GENERATIONAL = /^(?:Jr|Sr|II|III|IV)\.?$/;
/** "Déby" and "Deby" are one surname: accents are dropped before names are compared. */
/** A capitalised common word must recur this often, never in lower case, before it counts as a name. */
const MIN_PROPER_REPEATS = 2;

/**
 * Types every mention from what the whole article says. Mentions are read, never changed (the engine shares them with its
 * paragraph cache), and only their words matter, not their offsets.
 */
export function typeMentions(all: readonly Mention[], isLowercaseSomewhere: (word: string) => boolean = () => true): MentionKind[] {
  const ws = wordSets();
  /** Surnames of the people named in full, and whether a cue (not only the name's shape) said person. */
  const surnames = new Map<string, boolean>();
  const surnameSkeletons = new Set<string>();
  const orgFirstWords = new Set<string>();
  const typedText = new Map<string, EntityType>();
  const people = namedByPart(all);
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const person = people.has(i);
    // "Ford Australia", "GM Europe": even a guessed company name tells what its first word alone means.
    if (m.type === 'ORG' && m.words >= 2 && !m.demonym && !person) orgFirstWords.add(firstWord(m.text));
    if (m.demonym || (m.type === null && !person) || (m.confidence !== 'strong' && !person)) continue;
    const mType = person ? 'PERSON' : (m.type as EntityType);
    // A guess from a name's shape types only itself: "unloaded at Kerem Shalom" must not make the crossing a person.
    if (!typedText.has(m.text) && !m.guessedPerson) typedText.set(m.text, mType);
    if (mType === 'PERSON' && m.words >= 2) {
      const last = lastWord(m.text);
      // "Borsa Istanbul" guessed a person on looks alone must not make every "Istanbul" a surname.
      const lastPlace = lookupPlace(last);
      if (m.guessedPerson && !m.role && lastPlace && (lastPlace.kind !== 'city' || lastPlace.big)) continue;
      // A surname known only from a name guessed on its shape ("Bajo de Masinloc") is weaker than a place cue; one after
      // a known given name ("George Simion") is not.
      const sure = (!m.guessedPerson && !person) || ws.firstNames.has(firstWord(m.text).toLowerCase());
      if (sure || !surnames.has(foldAccents(last))) surnames.set(foldAccents(last), sure);
      // "Mahamat Idriss Déby Itno … Déby": in long names the family name is not always the last word.
      // Not "William Clay Ford Jr.", where a generational suffix closes a Western name and "Ford" may be the company.
      if (m.words >= LONG_NAME_WORDS && !GENERATIONAL.test(last)) for (const w of m.text.split(' ').slice(1, -1)) if (/^\p{Lu}\p{Ll}{2,}/u.test(w)) surnames.set(foldAccents(w), surnames.get(foldAccents(w)) || !m.guessedPerson);
      const sk = skeletonKey(last);
      if (sk.length >= MIN_SKELETON) surnameSkeletons.add(sk);
    }
  }
  // "Mesfin Tasew … Mesfin said", "Arega Kebede … Arega did not comment": where people go by their given name, a lone
  // given name is them, unless it also opens an organisation's name here or the words around say otherwise.
  const givenNames = new Set<string>();
  for (const m of all) if (m.type === 'PERSON' && m.words >= 2 && m.confidence === 'strong' && !m.guessedPerson) givenNames.add(firstWord(m.text));
  // "Northrop Grumman … Northrop": people are shortened to their surname, companies to their first word.
  const singles = new Set(all.filter((m) => m.words === 1).map((m) => m.text));
  const firstWordOrgs = new Set<string>();
  for (const m of all) {
    if (m.type !== 'PERSON' || m.words < 2 || m.title || m.personCue) continue;
    const f = firstWord(m.text);
    // Not when the lone word is someone else's surname here ("Asif Shahzad" beside "Khawaja Asif … Asif").
    if (!ws.firstNames.has(f.toLowerCase()) && singles.has(f) && !singles.has(lastWord(m.text)) && !surnames.has(foldAccents(f))) firstWordOrgs.add(m.text);
  }
  for (const t of firstWordOrgs) {
    typedText.set(t, 'ORG');
    orgFirstWords.add(firstWord(t));
  }
  // A common word that the article always capitalises mid-sentence, more than once ("Apple"), is a name there.
  // Sentence-initial uses count towards the repeats but one use must be mid-sentence, where the capital means something.
  const commonCounts = new Map<string, [number, number]>();
  for (const m of all) {
    if (!m.common) continue;
    const w = firstWord(m.text);
    const c = commonCounts.get(w) ?? [0, 0];
    c[0]++;
    if (!m.sentenceStart) c[1]++;
    commonCounts.set(w, c);
  }
  // "the European Commission … the Commission": a body's head word, capitalised alone, is that body.
  const orgHeadWords = new Set<string>();
  for (const m of all) if (m.type === 'ORG' && m.words >= 2 && m.confidence === 'strong' && ORG_HEADS.has(lastWord(m.text).toLowerCase())) orgHeadWords.add(lastWord(m.text));
  const properCommon = new Set<string>();
  for (const [w, [total, mid]] of commonCounts) {
    if (total >= MIN_PROPER_REPEATS && mid >= 1 && !isLowercaseSomewhere(w.toLowerCase())) properCommon.add(w);
  }
  // An unknown name is typed once for the whole article: "in X" once makes it a place everywhere, unless words around
  // its other mentions say person or body as often.
  const placeVotes = new Map<string, [number, number]>();
  for (const m of all) {
    if (m.type !== null || m.demonym || m.common) continue;
    const v = placeVotes.get(m.text) ?? [0, 0];
    // A mention with no cue at all is no evidence either way; only cues for a person or a body count against a place.
    if (m.placeCue || (m.placeLean && m.words === 1 && !looksLikeSurname(m.text, ws))) v[0]++;
    else if (m.personCue || m.strongPersonCue || m.quoteSpeaker || m.orgCue) v[1]++;
    placeVotes.set(m.text, v);
  }
  // "Hardline deputies …" opening a sentence, "hardline" elsewhere: a word the article writes in lower case is no name
  // where only its place made it a capital, unless the article also capitalises it mid-sentence.
  const midSentence = new Set<string>();
  for (const m of all) if (!m.sentenceStart) midSentence.add(m.text);
  /** Names some mention typed a body for certain, wherever it stands in the article. */
  const strongOrgTexts = new Set(all.filter((m) => m.type === 'ORG' && m.confidence === 'strong' && !m.demonym).map((m) => m.text));
  // Ships and storms named once with their kind ("the bulk carrier Pelagos Star") are none of ours anywhere.
  const notEntities = new Set(all.filter((m) => m.notEntity).map((m) => m.text));
  const kinds: MentionKind[] = new Array(all.length);
  /** Mentions typed by the fallback guess alone, which a list they stand in may correct. */
  const guessed = new Set<number>();
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    // "Anna Lindqvist … Lindqvist said": a surname named in full here is no follower's word.
    if (m.demonym && !(m.follower && surnames.has(foldAccents(m.text)))) {
      kinds[i] = 'DEMONYM';
      continue;
    }
    if (m.notEntity || (notEntities.size && notEntities.has(m.text))) {
      kinds[i] = null;
      continue;
    }
    let type: EntityType | null = people.has(i) ? 'PERSON' : firstWordOrgs.has(m.text) ? 'ORG' : m.type;
    const single = m.words === 1;
    // A spelling variant (Qaddafi for Gaddafi) is only a guess: it does not outweigh a place reading ("Jabalia" is not
    // "Bint Jbeil"'s surname).
    // "In Masinloc, fishermen said": a place cue outweighs a surname known only from a name's shape.
    const surname = surnames.has(foldAccents(m.text)) && (surnames.get(foldAccents(m.text)) || !m.placeCue);
    const variant = !surname && m.type !== 'PLACE' && !m.placeCue && skeletonKey(m.text).length >= MIN_SKELETON && surnameSkeletons.has(skeletonKey(m.text));
    // "the Fano militia … Fano fighters entered": a small town's name the article once makes a body's is that body
    // wherever no place cue says otherwise.
    if (single && type === 'PLACE' && isSmallTown(m.place) && !m.placeCue && strongOrgTexts.has(m.text)) type = 'ORG';
    else if (single && (surname || variant)) {
      // "Macron" after "Emmanuel Macron"; a town that is also a surname here ("Hamilton") follows the person; a
      // country, region or big city does not.
      // A subdivision that shares a surname named in full here ("Rixi Moncada … Moncada won") is the person too.
      if (type !== 'PLACE' || !m.place || isSmallTown(m.place) || (m.place.kind === 'region' && surnames.get(foldAccents(m.text)) === true)) type = 'PERSON';
    } else if ((type === null || m.confidence === 'weak') && !people.has(i)) {
      const known = typedText.get(m.text);
      if (known) type = known;
      else if (single && givenNames.has(m.text) && !m.common && !m.placeCue && (m.personCue || m.strongPersonCue || m.quoteSpeaker || (type === null && !orgFirstWords.has(m.text) && !lookupPlace(m.text)))) type = 'PERSON';
      // "Election strategist …" opening a sentence is the word, not "Election Commission" shortened.
      // Nor is "near Sinjar" the "Sinjar Resistance Units": a known place with a place cue stays the place.
      else if (single && orgFirstWords.has(m.text) && !(m.common && m.sentenceStart) && !(m.type === 'PLACE' && m.placeCue)) type = 'ORG';
      else if (m.common) type = properCommon.has(firstWord(m.text)) || (single && !m.sentenceStart && orgHeadWords.has(m.text)) ? 'ORG' : null;
      else if (type === null) {
        const v = placeVotes.get(m.text);
        if (single && m.sentenceStart && !midSentence.has(m.text) && !m.placeCue && isLowercaseSomewhere(m.text.toLowerCase())) type = null;
        else if (v && v[0] > v[1]) type = 'PLACE';
        else {
          type = guessType({ ...m, placeCue: false }, ws);
          guessed.add(i);
        }
      }
    }
    kinds[i] = type;
  }
  settleGuessedPeople(all, kinds, guessed);
  bodiesOfPeople(all, kinds);
  return kinds;
}

/** Longest name a word of which, used alone, can show it is a person's ("Zemene Kassie"). */
const MAX_NAME_BY_PART_WORDS = 3;

/**
 * "Zemene Kassie, one of the movement's leaders … Zemene said": a name of two or three words that nothing explained,
 * typed a body only by default, whose first or last word the article uses alone with a verb or possession only people
 * have, is a person's. Returns the indices of such mentions.
 */
function namedByPart(all: readonly Mention[]): Set<number> {
  const ws = wordSets();
  const out = new Set<number>();
  let cuedSingles: Set<string> | null = null;
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    // "Khumo Platinum", "Kotak Institutional Equities": an ordinary word among them says company.
    if (!m.orgByDefault || m.words > MAX_NAME_BY_PART_WORDS || /\p{Lu}{2,}/u.test(m.text) || m.text.split(' ').some((w) => ws.commonWords.has(w.toLowerCase()))) continue;
    // Only what people alone do: "Entergy said" is a company speaking.
    cuedSingles ??= new Set(all.filter((x) => x.words === 1 && x.type !== 'PLACE' && !x.common && x.strongPersonCue).map((x) => x.text));
    if (cuedSingles.has(firstWord(m.text)) || cuedSingles.has(lastWord(m.text))) out.add(i);
  }
  return out;
}

/** A word the name lists know as a given name or surname, or with a surname's ending: "from Kovalenko" is a person. */
function looksLikeSurname(word: string, ws: ReturnType<typeof wordSets>): boolean {
  const lw = word.toLowerCase();
  return ws.firstNames.has(lw) || ws.lastNames.has(lw) || SURNAME_ENDINGS.test(lw);
}

/** An unknown capitalised name with no article-wide evidence. */
function guessType(m: Mention, ws: ReturnType<typeof wordSets>): EntityType | null {
  const lw = m.text.toLowerCase();
  if (m.quoteSpeaker && m.words <= 3 && !/^\p{Lu}{2,}$/u.test(m.text)) return 'PERSON';
  if (m.strongPersonCue && m.words <= 3 && !/^\p{Lu}{2,}$/u.test(m.text) && !m.placeCue) return 'PERSON';
  if (m.placeCue && !m.personCue) return 'PLACE';
  if (m.personCue && (ws.firstNames.has(lw) || ws.lastNames.has(lw) || m.words >= 2 || m.roleAfter)) return 'PERSON';
  if (m.words === 1 && ws.firstNames.has(lw) && !ws.commonWords.has(lw)) return 'PERSON';
  // "Zelenskyy", "Shmyhal", "Erdoğan"… only some surnames announce themselves: these endings rarely end other names.
  if (m.words === 1 && SURNAME_ENDINGS.test(lw) && !m.placeCue && !m.afterThe) return 'PERSON';
  if (m.afterModel) return null;
  // "the Dreamliner": an unknown word with an article is rarely an organisation (those are known: "the Kremlin").
  if (m.words === 1 && m.afterThe && !/^\p{Lu}{2,}$/u.test(m.text)) return null;
  return 'ORG';
}

/**
 * A name typed PERSON on looks alone gives way to what the article says elsewhere: the same name as a place or
 * organisation, or a list it shares with places ("Oil terminals at Es Sider and Ras Lanuf").
 */
function settleGuessedPeople(all: readonly Mention[], kinds: MentionKind[], guessed: ReadonlySet<number>): void {
  const otherType = new Map<string, EntityType>();
  all.forEach((m, i) => {
    const k = kinds[i];
    if ((k === 'PLACE' || k === 'ORG') && !m.guessedPerson) otherType.set(m.text, k);
  });
  all.forEach((m, i) => {
    if (m.guessedPerson && !m.role && kinds[i] === 'PERSON' && otherType.has(m.text)) kinds[i] = otherType.get(m.text) ?? 'PERSON';
  });
  // List items: forwards then backwards, so "X and Y" both follow whichever item is known. A known given name stays a
  // person ("Lisa Mascaro in Washington and Sam Mednick in Dakar").
  const ws = wordSets();
  // "Khiam, Aita al-Shaab and Bint Jbeil", "Hiiraan, Middle Shabelle and Galmudug": an unknown name the fallback made an
  // organisation moves with the list too.
  const movable = (m: Mention, k: MentionKind, i: number, forwards: boolean) =>
    ((m.guessedPerson && k === 'PERSON') || ((guessed.has(i) || (forwards && m.orgByDefault)) && k === 'ORG' && !/^\p{Lu}{2,}$/u.test(m.text))) && !m.role && !ws.firstNames.has(firstWord(m.text).toLowerCase());
  // A several-word name only follows a place before it: "Radio France Internationale and France 24" names a broadcaster
  // and a channel, whatever the second looks like.
  for (let i = 1; i < all.length; i++) {
    if (all[i].coordinated && movable(all[i], kinds[i], i, true) && kinds[i - 1] === 'PLACE') kinds[i] = 'PLACE';
  }
  for (let i = all.length - 2; i >= 0; i--) {
    if (all[i + 1].coordinated && movable(all[i], kinds[i], i, false) && kinds[i + 1] === 'PLACE') kinds[i] = 'PLACE';
  }
}

/**
 * "Yair Lapid of Yesh Atid", "Benny Gantz of National Unity": a name that only looks like a person's, right after
 * a person and "of", is the body they belong to.
 */
function bodiesOfPeople(all: readonly Mention[], kinds: MentionKind[]): void {
  for (let i = 1; i < all.length; i++) {
    const m = all[i];
    // "said" after it is no proof either way: organisations say things too.
    const onlyLooks = m.guessedPerson || (m.personCue && !m.strongPersonCue && !m.quoteSpeaker && !m.title && !m.roleAfter);
    if (!onlyLooks || m.role || kinds[i] !== 'PERSON' || kinds[i - 1] !== 'PERSON' || m.placeCue) continue;
    if (m.ofPrevious) kinds[i] = 'ORG';
  }
}
