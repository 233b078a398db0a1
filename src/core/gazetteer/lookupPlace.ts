// Looks a place name up in the compiled offline gazetteer (countries, capitals, cities, regions, waters, continents).
import places from './places.generated.json';

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
    const folded = (name === name.toUpperCase() && name.length > 3 ? titleCase(name) : name).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
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
