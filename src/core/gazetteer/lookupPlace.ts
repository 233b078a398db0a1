// Looks a place name up in the compiled offline gazetteer (countries, capitals, cities, regions, waters, continents).
import places from './places.generated.json';
import { foldAccents } from '../text/foldAccents';

export type PlaceKind = 'country' | 'city' | 'region' | 'water' | 'continent';

export interface PlaceInfo {
  kind: PlaceKind;
  /** ISO 3166 alpha-2 code, when the place lies in one country. */
  country?: string;
  lat?: number;
  lon?: number;
  /** A capital or a city of a million people or more. */
  big?: boolean;
}

/**
 * A town rather than a capital, a big city or a region: its name may as well be a surname, a company's or a militia's
 * ("Hamilton", "Carrefour", "the Fano militia"), so the words around it may outweigh the gazetteer.
 */
export function isSmallTown(place: Readonly<PlaceInfo> | null | undefined): boolean {
  return place?.kind === 'city' && !place.big;
}

let table: Map<string, string> | null = null;

/** Builds the name → row map on first use (the JSON holds one line per name, to load fast). */
function placeTable(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const line of places.rows.split('\n')) {
    const bar = line.indexOf('|');
    table.set(line.slice(0, bar), line.slice(bar + 1));
  }
  return table;
}

/** Linking words written in lower case inside place names ("Rio de Janeiro", "Bosnia and Herzegovina", "Isle of Man"). */
const INNER_PARTICLES = /(?<= )(?:De|Da|Do|Dos|Das|Del|La|Le|Les|El|Al|Of|The|And|Sur|En|Am|Im|Upon)(?= )/g;

/** Title-cases an all-capitals word so "LAGOS" in a dateline finds "Lagos". */
function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

/** The same names are looked up again and again while reading an article: remember answers (bounded). */
const memo = new Map<string, PlaceInfo | null>();
const MEMO_LIMIT = 50_000;

/** The gazetteer's entry for `name` (exact spelling first, then the title-cased form of an all-capitals name), or `null`. */
export function lookupPlace(name: string): Readonly<PlaceInfo> | null {
  let info = memo.get(name);
  if (info === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    info = findPlace(name);
    // Frozen: the remembered answer is shared by every caller.
    if (info) Object.freeze(info);
    memo.set(name, info);
  }
  return info;
}

/**
 * How the gazetteer spells an all-capitals place name ("KANO" → "Kano", "RIO DE JANEIRO" → "Rio de Janeiro"),
 * or `null` when the name is not in capitals or not known. Short capitals ("UAE") are abbreviations and stay.
 */
export function ordinarySpelling(name: string): string | null {
  if (name.length <= 3 || name !== name.toUpperCase() || name === name.toLowerCase()) return null;
  const t = placeTable();
  const tc = titleCase(name);
  if (t.has(tc)) return tc;
  const particles = tc.replace(INNER_PARTICLES, (w) => w.toLowerCase());
  return particles !== tc && t.has(particles) ? particles : null;
}

function findPlace(name: string): PlaceInfo | null {
  const t = placeTable();
  let row = t.get(name);
  if (row === undefined && name.length > 3 && name === name.toUpperCase()) {
    const tc = titleCase(name);
    row = t.get(tc);
    // "RIO DE JANEIRO", "TRINIDAD AND TOBAGO": small linking words stay lower case inside a place's name.
    if (row === undefined && / /.test(tc)) row = t.get(tc.replace(INNER_PARTICLES, (w) => w.toLowerCase()));
  }
  if (row === undefined && /[^\x00-\x7f]/.test(name)) {
    // Romanian ș/ț are written with a comma or a cedilla; other accents may be dropped: try the accent-free spelling.
    const folded = foldAccents(name === name.toUpperCase() && name.length > 3 ? titleCase(name) : name);
    if (folded !== name) row = t.get(folded);
  }
  if (row === undefined) return null;
  const [kind, country, lat, lon, big] = row.split('|');
  const info: PlaceInfo = { kind: kind as PlaceKind };
  if (country) info.country = country;
  if (big === 'B') info.big = true;
  if (lat !== '' && lon !== '') {
    info.lat = Number(lat);
    info.lon = Number(lon);
  }
  return info;
}

const APOSTROPHES = /['’ʿʾ`]/g;
const SEPARATORS = /[\s-]+/g;
const VOWEL_LETTERS = 'aeiouy';
const FINAL_H = /(?<=a)h(?= |$)/g;
/** Shortest transliteration key looked up loosely: shorter ones ("Sur", "Bam") match too many names. */
const MIN_LOOSE_KEY = 5;
/** Arabic article prefixes that romanisations write or drop at will ("Az Zawiyah" / "Zawiya", "El Fasher" / "Al Fashir"). */
const ARTICLE_PREFIX = /^(?:al|el|ad|ar|as|ash|at|az|an|ed|er|es|et|ez|en)[\s-]+/;

/**
 * A spelling-tolerant key for romanised names: "Misrata" and "Mişrātah", "Tarhouna" and "Tarhuna", "El Fasher" and
 * "Al Fāshir", "Avdiivka" and "Avdiyivka" share one. Vowels fold to one, doubled letters to one, a final
 * "h" after a vowel and a leading Arabic article are dropped.
 */
export function looseKey(name: string): string {
  // Built for every city once per session, so one pass over the letters instead of a chain of replacements.
  const s = foldAccents(name).toLowerCase().replace(APOSTROPHES, '').replace(ARTICLE_PREFIX, '').replace(SEPARATORS, ' ');
  let out = '';
  let last = '';
  for (let i = 0; i < s.length; i++) {
    let c = s[i];
    const next = s[i + 1];
    // A "w" not before a vowel is itself a vowel sound ("Mandalay"/"Mandalaw" aside, "Lwów"/"Lvov").
    if (VOWEL_LETTERS.includes(c) || (c === 'w' && (next === undefined || !VOWEL_LETTERS.includes(next)))) c = 'a';
    else if (c === 'q') c = 'k';
    else if (c === 'p' && next === 'h') {
      c = 'f';
      i++;
    } else if (c === 'd' && next === 'j') {
      c = 'j';
      i++;
    }
    // Vowel runs fold to one "a", doubled consonants to one.
    if (c === last && c !== ' ' && !(c >= '0' && c <= '9')) continue;
    out += c;
    last = c;
  }
  // A final "h" after a vowel is a romanisation's, not the name's ("Misratah").
  return out.replace(FINAL_H, '');
}

let looseTable: Map<string, string> | null = null;

/** Cities and regions by loose key; a key two places share is dropped, as it could not say which one is meant. */
function loosePlaceTable(): Map<string, string> {
  if (looseTable) return looseTable;
  looseTable = new Map();
  const clashes = new Set<string>();
  for (const [name, row] of placeTable()) {
    if (!row.startsWith('city|') && !row.startsWith('region|')) continue;
    const key = looseKey(name);
    if (key.length < MIN_LOOSE_KEY || clashes.has(key)) continue;
    const seen = looseTable.get(key);
    if (seen === undefined) {
      looseTable.set(key, name);
      continue;
    }
    // Two spellings of one place ("Mişrātah", "Misratah") agree on kind and country; two places do not. A city and the
    // province of one country named after it ("Basrah" and "Al Başrah") are read as the city, as news mostly means it.
    const [seenKind, seenCountry] = (placeTable().get(seen) ?? '').split('|');
    const [kind, country] = row.split('|');
    if (seenKind === kind && seenCountry === country) continue;
    if (seenCountry === country && seenKind !== kind && (seenKind === 'city' || kind === 'city')) {
      if (kind === 'city') looseTable.set(key, name);
      continue;
    }
    looseTable.delete(key);
    clashes.add(key);
  }
  return looseTable;
}

/**
 * The gazetteer's spelling of a city or region written another way ("Misrata" → "Misratah", "Tarhouna" → "Tarhuna"),
 * or `null`. Looser than {@link lookupPlace}, so callers use it only for names nothing else explains.
 */
export function lookupPlaceLoosely(name: string): { name: string; info: Readonly<PlaceInfo> } | null {
  let found = looseMemo.get(name);
  if (found === undefined) {
    if (looseMemo.size >= MEMO_LIMIT) looseMemo.clear();
    found = findLoosely(name);
    looseMemo.set(name, found);
  }
  return found;
}

/** Unknown names recur across an article and its edits: remember the loose answers too (bounded). */
const looseMemo = new Map<string, { name: string; info: Readonly<PlaceInfo> } | null>();

function findLoosely(name: string): { name: string; info: Readonly<PlaceInfo> } | null {
  const exact = lookupPlace(name);
  if (exact) return { name, info: exact };
  const key = looseKey(name);
  if (key.length < MIN_LOOSE_KEY) return null;
  const spelled = loosePlaceTable().get(key);
  const info = spelled === undefined ? null : lookupPlace(spelled);
  if (spelled === undefined || !info) return null;
  // Only a near spelling ("Misrata" / "Mişrātah") says which place it is; a looser one ("Menaka" / "Minooka") says
  // only that the name is a place's, so it keeps no country or coordinates that could be another continent's.
  return { name: spelled, info: nearSpelling(name, spelled) ? info : Object.freeze({ kind: info.kind }) };
}

/** Most letters two spellings of one place may differ by, after accents and a leading article are dropped. */
const NEAR_SPELLING_EDITS = 1;

function nearSpelling(a: string, b: string): boolean {
  const plain = (s: string) => foldAccents(s).replace(/['’ʿʾ]/g, '').toLowerCase().replace(ARTICLE_PREFIX, '');
  return editDistanceAtMost(plain(a), plain(b), NEAR_SPELLING_EDITS);
}

/** Is the Levenshtein distance between `a` and `b` at most `limit`? (Banded, so it stays cheap for short names.) */
function editDistanceAtMost(a: string, b: string, limit: number): boolean {
  if (Math.abs(a.length - b.length) > limit) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > limit) return false;
    prev = cur;
  }
  return prev[b.length] <= limit;
}
