// Groups an article's entity mentions into clusters of one real-world entity each, with a canonical name and aliases.
import type { Cluster, Entity } from '../model';
import { ordinarySpelling } from '../gazetteer/lookupPlace';
import { skeletonKey } from './skeletonKey';

/** Skeleton keys shorter than this are too vague to merge spellings on. */
const MIN_SKELETON = 3;
/** How many clusters filed under one key are tried for a mention. */
const MAX_CANDIDATES = 64;
/** Bound on the memo of normalised names, so memory stays flat over long sessions. */
const MEMO_LIMIT = 50_000;
const HONORIFIC = /^(?:mr|mrs|ms|dr|prof|sir)\.?\s+/i;

const wordsMemo = new Map<string, string[]>();
/** The words of a name without an honorific; memoised (names repeat), callers must not change the array. */
function words(s: string): string[] {
  let w = wordsMemo.get(s);
  if (!w) {
    w = s.replace(HONORIFIC, '').split(/\s+/).filter(Boolean);
    if (wordsMemo.size > MEMO_LIMIT) wordsMemo.clear();
    wordsMemo.set(s, w);
  }
  return w;
}
const initials = (s: string) => words(s).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
const normMemo = new Map<string, string>();
/** Accent-, case- and dot-insensitive form of a name; memoised because names repeat. */
function normKey(s: string): string {
  let k = normMemo.get(s);
  if (k === undefined) {
    k = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[’']s$/, '').replace(/[.\s]+/g, ' ').trim();
    if (normMemo.size > MEMO_LIMIT) normMemo.clear();
    normMemo.set(s, k);
  }
  return k;
}

/**
 * Fills `cluster` and `canonical` on `entities` (mutated in place) and returns the clusters.
 * An entity that already has `canonical` (from the workspace gazetteer or a reviewer) joins the cluster of that name.
 */
export function clusterEntities(entities: Entity[]): Cluster[] {
  const clusters: (Cluster & { fixed: boolean; aliasSet: Set<string> })[] = [];
  const byCanonical = new Map<string, number>();
  const keyOf = (e: Entity) => `${e.type}:${normKey(e.text)}`;
  const byKey = new Map<string, number>();
  // Lookup keys → clusters (latest last), so matching a mention costs a few Map lookups, not a scan of all clusters.
  const index = new Map<string, number[]>();
  const addKey = (key: string, ci: number) => {
    const list = index.get(key);
    if (!list) index.set(key, [ci]);
    else if (list[list.length - 1] !== ci) list.push(ci);
  };
  const indexCluster = (ci: number) => {
    const c = clusters[ci];
    for (const key of matchKeys(c.type, c.canonical, true)) addKey(key, ci);
  };

  const join = (idx: number, ci: number) => {
    const c = clusters[ci];
    // "UKRAINE" in a dateline, then "Ukraine": the article's ordinary spelling is the better canonical name.
    const t = entities[idx].text;
    if (!c.fixed && c.canonical === c.canonical.toUpperCase() && t !== t.toUpperCase() && normKey(t) === normKey(c.canonical)) c.canonical = t;
    c.mentions.push(idx);
    entities[idx].cluster = ci;
    if (!c.aliasSet.has(t)) {
      c.aliasSet.add(t);
      c.aliases.push(t);
    }
    byKey.set(keyOf(entities[idx]), ci);
  };
  const open = (idx: number, canonical: string) => {
    const e = entities[idx];
    const ci = clusters.length;
    clusters.push({ id: ci, type: e.type, canonical, aliases: [], mentions: [], fixed: !!e.canonical, aliasSet: new Set() });
    byCanonical.set(`${e.type}:${canonical}`, ci);
    indexCluster(ci);
    join(idx, ci);
    return ci;
  };

  entities.forEach((e, idx) => {
    if (e.type === 'FIGURE') return;
    if (e.canonical) {
      const ci = byCanonical.get(`${e.type}:${e.canonical}`);
      if (ci !== undefined) join(idx, ci);
      else open(idx, e.canonical);
      return;
    }
    const exact = byKey.get(keyOf(e));
    if (exact !== undefined) {
      join(idx, exact);
      return;
    }
    const ci = findMatch(e, clusters, index);
    if (ci !== undefined) {
      const c = clusters[ci];
      // A fuller form becomes the canonical name ("Macron" then "Emmanuel Macron").
      if (words(e.text).length > words(c.canonical).length && !c.fixed) {
        c.canonical = e.text.replace(HONORIFIC, '');
        indexCluster(ci);
      }
      join(idx, ci);
      return;
    }
    open(idx, e.text.replace(HONORIFIC, ''));
  });
  for (const c of clusters) {
    // A place named only in a capitals dateline ("KANO, Nigeria —") takes the gazetteer's ordinary spelling.
    if (c.type === 'PLACE' && !c.fixed) c.canonical = ordinarySpelling(c.canonical) ?? c.canonical;
    if (c.aliases[0] !== c.canonical) {
      c.aliases = [c.canonical, ...c.aliases.filter((a) => a !== c.canonical)];
    }
  }
  for (const e of entities) if (e.cluster !== undefined) e.canonical = clusters[e.cluster].canonical;
  return clusters.map(({ id, type, canonical, aliases, mentions }) => ({ id, type, canonical, aliases, mentions }));
}

const isAcronym = (ws: string[]) => ws.length === 1 && /^\p{Lu}{2,}$/u.test(ws[0].replace(/\./g, ''));

/**
 * The keys a cluster is filed under (`asCluster`) or a mention looks for. PERSON: the surname's skeleton.
 * ORG: acronym ↔ initials of a longer name, and a single first word ↔ a longer name starting with it.
 */
function matchKeys(type: Entity['type'], name: string, asCluster: boolean): string[] {
  const ws = words(name);
  if (!ws.length) return [];
  if (type === 'PERSON') {
    const last = ws[ws.length - 1];
    const sk = skeletonKey(last);
    return [`P:w:${last}`, ...(sk.length >= MIN_SKELETON ? [`P:s:${sk}`] : [])];
  }
  if (type === 'ORG') {
    if (isAcronym(ws)) return [asCluster ? `O:acr:${ws[0].replace(/\./g, '')}` : `O:ini:${ws[0].replace(/\./g, '')}`, asCluster ? `O:one:${ws[0]}` : `O:first:${ws[0]}`];
    // A single word also finds a longer name ending in it: "the Commission" after "the European Commission".
    if (ws.length === 1) return asCluster ? [`O:one:${ws[0]}`] : [`O:first:${ws[0]}`, `O:last:${ws[0]}`];
    return asCluster ? [`O:ini:${initials(name)}`, `O:first:${ws[0]}`, `O:last:${ws[ws.length - 1]}`] : [`O:acr:${initials(name)}`, `O:one:${ws[0]}`];
  }
  return [];
}

function findMatch(e: Entity, clusters: Cluster[], index: Map<string, number[]>): number | undefined {
  const ew = words(e.text);
  let best: number | undefined;
  for (const key of matchKeys(e.type, e.text, false)) {
    const list = index.get(key);
    if (!list) continue;
    // People: the latest match (a surname goes to whoever was named last). Organisations: the first, whose full name opened the story.
    const latestFirst = e.type === 'PERSON';
    // Bounded: in a pathological text thousands of clusters may share a key; the nearest few are the ones that matter.
    for (let n = 0; n < list.length && n < MAX_CANDIDATES; n++) {
      const ci = list[latestFirst ? list.length - 1 - n : n];
      if (best !== undefined && (latestFirst ? ci <= best : ci >= best)) break;
      const c = clusters[ci];
      if (c.type !== e.type) continue;
      if (e.type === 'PERSON') {
        const cw = words(c.canonical);
        // "Macron" ↔ "Emmanuel Macron"; two different first names are two people ("Bill Clinton", "Hillary Clinton").
        // "von der Leyen" ↔ "Ursula von der Leyen": one name is the tail of the other.
        const tail = (short: string[], long: string[]) => short.length <= long.length && short.every((w, k) => w === long[long.length - short.length + k]);
        if (ew.length === 1 || cw.length === 1 || ew[0] === cw[0] || tail(ew, cw) || tail(cw, ew)) best = ci;
        else continue;
      } else {
        best = ci;
      }
      break;
    }
  }
  return best;
}
