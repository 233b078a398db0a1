// Lets what people know beat the engine: the workspace gazetteer first, then a reviewer's corrections.
import type { Annotation, Entity } from '../model';
import { ENTITY_TYPES } from '../model';
import type { GazetteerEntry } from '../engine';
import { lookupPlace } from '../gazetteer/lookupPlace';

export interface Overridden {
  entities: Entity[];
  /** Gazetteer descriptions by canonical name, for clusters. */
  descriptions: Map<string, string>;
  /** Problems with the configuration, phrased for a person; the bad item is skipped, nothing else is lost. */
  warnings: string[];
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Gazetteer surface forms shorter than this would match inside ordinary words too often. */
const MIN_SURFACE = 2;

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Applies `gazetteer` then `corrections` to `entities` (sorted, non-overlapping); returns a new sorted, non-overlapping list. */
export function applyOverrides(text: string, entities: readonly Entity[], gazetteer: readonly GazetteerEntry[] = [], corrections: readonly Annotation[] = []): Overridden {
  const warnings: string[] = [];
  const descriptions = new Map<string, string>();
  let list = entities.slice();

  // Workspace gazetteer: every occurrence of a name or alias is that entity, with the desk's canonical name.
  const added: Entity[] = [];
  for (const entry of gazetteer) {
    if (!entry || typeof entry.name !== 'string' || !ENTITY_TYPES.includes(entry.type)) {
      warnings.push(`gazetteer entry ${JSON.stringify(entry?.name ?? entry)} skipped: it needs a name and a type (one of ${ENTITY_TYPES.join(', ')})`);
      continue;
    }
    if (entry.description) descriptions.set(entry.name, entry.description);
    for (const surfaceRaw of [entry.name, ...(entry.aliases ?? [])]) {
      if (typeof surfaceRaw !== 'string') continue;
      // "the electoral commission": the article's "the" is not part of the name.
      const surface = surfaceRaw.replace(/^the\s+/i, '').trim();
      if (surface.length < MIN_SURFACE) continue;
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
        const end = at + surface.length;
        if ((at > 0 && WORD_CHAR.test(text[at - 1])) || (end < text.length && WORD_CHAR.test(text[end]))) continue;
        const found: Entity = { start: at, end, type: entry.type, text: surface, canonical: entry.name, source: 'gazetteer' };
        // The desk names the entity; the article still describes it: keep the role and map data the engine read here.
        const candidate = list[lastStartingAtOrBefore(list, at)];
        const engine = candidate && candidate.start === at && candidate.end === end && candidate.type === entry.type ? candidate : undefined;
        if (engine) for (const key of ['role', 'country', 'lat', 'lon'] as const) if (engine[key] !== undefined) (found as any)[key] = engine[key];
        // Otherwise the desk's place gets the map position the built-in gazetteer knows for it.
        const place = !engine && entry.type === 'PLACE' ? lookupPlace(entry.name) ?? lookupPlace(surface) : null;
        if (place) {
          if (place.country) found.country = place.country;
          if (place.lat !== undefined) {
            found.lat = place.lat;
            found.lon = place.lon;
          }
        }
        added.push(found);
      }
    }
  }
  // An alias inside a longer name the engine found ("Dubois" in "Marie Dubois") is that longer name, not the alias.
  const inside = (g: Entity) => {
    const e = list[lastStartingAtOrBefore(list, g.start)];
    return !!e && e.end >= g.end && e.end - e.start > g.end - g.start && e.type !== 'FIGURE';
  };
  const kept = added.filter((g) => !inside(g));
  if (kept.length) list = mergePreferring(list, kept);

  // Reviewer corrections, in the order given; each one's current span is anchor.start/end.
  for (const a of corrections) {
    const span = a?.anchor;
    if (!span || !Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.end <= span.start) {
      warnings.push(`correction ${a?.id ?? '?'} skipped: its span is outside the text`);
      continue;
    }
    const here = { start: span.start, end: span.end };
    if (a.kind === 'not-entity') {
      list = list.filter((e) => !overlaps(e, here));
    } else if (a.kind === 'entity') {
      const existing = list.find((e) => e.start === here.start && e.end === here.end);
      const type = a.entityType ?? existing?.type;
      if (!type || !ENTITY_TYPES.includes(type)) {
        warnings.push(`correction ${a.id} skipped: an entity correction needs an entityType`);
        continue;
      }
      const e: Entity = { start: here.start, end: here.end, type, text: text.slice(here.start, here.end), source: 'reviewer' };
      // A confirmed entity keeps what the engine knew about it (role, canonical name, coordinates); a retyped one does not.
      if (existing && existing.type === type) {
        for (const key of ['canonical', 'role', 'country', 'lat', 'lon', 'subtype', 'value', 'counts'] as const) {
          if (existing[key] !== undefined) (e as unknown as Record<string, unknown>)[key] = existing[key];
        }
      }
      list = mergePreferring(list, [e]);
    } else if (a.kind === 'alias') {
      if (!a.aliasOf) {
        warnings.push(`correction ${a.id} skipped: an alias needs aliasOf`);
        continue;
      }
      const target = list.find((e) => e.canonical === a.aliasOf || e.text === a.aliasOf);
      const existing = list.find((e) => overlaps(e, here));
      const type = a.entityType ?? target?.type ?? existing?.type ?? 'PERSON';
      // The named target takes the reviewer's canonical name too, so both land in one cluster.
      for (const e of list) if (e.text === a.aliasOf && e.type === type) e.canonical = a.aliasOf;
      list = mergePreferring(list, [{ start: here.start, end: here.end, type, text: text.slice(here.start, here.end), canonical: a.aliasOf, source: 'reviewer' }]);
    }
  }
  return { entities: list, descriptions, warnings };
}

/** Index of the last entity of the sorted, non-overlapping `list` that starts at or before `pos` (-1 if none). */
function lastStartingAtOrBefore(list: readonly Entity[], pos: number): number {
  let lo = 0;
  let hi = list.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start <= pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Adds `preferred` entities, dropping any existing ones they overlap; keeps the result sorted and non-overlapping. */
export function mergePreferring(base: readonly Entity[], preferred: readonly Entity[]): Entity[] {
  const pref = preferred.slice().sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Entity[] = [];
  for (const p of pref) if (!kept.length || kept[kept.length - 1].end <= p.start) kept.push(p);
  const out: Entity[] = [];
  let j = 0;
  for (const e of base) {
    while (j < kept.length && kept[j].end <= e.start) out.push(kept[j++]);
    if (j < kept.length && overlaps(e, kept[j])) continue;
    // Any later preferred span overlapping e?
    let clash = false;
    for (let k = j; k < kept.length && kept[k].start < e.end; k++) if (overlaps(e, kept[k])) clash = true;
    if (!clash) out.push(e);
  }
  while (j < kept.length) out.push(kept[j++]);
  return out.sort((x, y) => x.start - y.start);
}
