// The entity engine: people, places, organisations and figures in an article, clustered, with overrides, cached per paragraph.
import type { Analysis, Annotation, Entity, EntityType } from './model';
import { findMentions, type Mention } from './ner/findMentions';
import { typeMentions } from './ner/typeMentions';
import { findRole } from './ner/findRole';
import { clusterEntities } from './ner/clusterEntities';
import { applyOverrides, mergePreferring } from './ner/applyOverrides';
import { splitParagraphs } from './text/splitParagraphs';
import { isBoilerplate, linkedHeadlineStart } from './text/isBoilerplate';
import { findFigures } from './figures/findFigures';

/** One entry of a newsroom's workspace gazetteer (`.newsmark/gazetteer.yaml`, parsed by the caller). */
export interface GazetteerEntry {
  /** The canonical name; every occurrence of it or an alias becomes this entity. */
  name: string;
  type: EntityType;
  aliases?: string[];
  /** Shown on hover cards as the cluster's description. */
  description?: string;
}

/** What people know, which beats the engine: the workspace gazetteer first, then the reviewer's corrections. */
export interface EngineConfig {
  gazetteer?: GazetteerEntry[];
  /** Annotations of kind `entity`, `not-entity` and `alias`, at their current spans (`anchor.start/end`); others are ignored. */
  corrections?: Annotation[];
}

/** What the engine returns beyond the shared model: nationality words and configuration problems. */
export interface EngineAnalysis extends Analysis {
  /** Nationality adjectives and demonyms ("French", "Nigerians"): not places, not in `entities`. */
  demonyms: Entity[];
  /** Skipped gazetteer entries or corrections, explained. */
  warnings: string[];
}

export interface Engine {
  /**
   * Full analysis; reuses cached results for unchanged paragraphs (lines), so re-analysis after a small edit redoes one
   * paragraph plus the article-wide pass. Throws a TypeError only when `text` is not a string.
   */
  analyze(text: string, config?: EngineConfig): EngineAnalysis;
}

/** What one paragraph yields, with offsets relative to the paragraph start so it can be reused wherever the paragraph moves. */
interface ParagraphResult {
  mentions: Mention[];
  figures: Entity[];
  /** Every word the paragraph writes in lower case, so the document pass can tell "Apple" the company from "apple". */
  lowercase: Set<string>;
  /** Numbers the paragraph uses as names ("Boeing 787"), so their bare mentions elsewhere are not counted either. */
  numbersInNames: Set<string>;
}

/** Creates an engine with its own paragraph cache. */
export function createEngine(): Engine {
  let cache = new Map<string, ParagraphResult>();
  return {
    analyze(text: string, config: EngineConfig = {}): EngineAnalysis {
      if (typeof text !== 'string') throw new TypeError('analyze(text): text must be a string');
      const next = new Map<string, ParagraphResult>();
      const mentions: Mention[] = [];
      const bases: number[] = [];
      const lowercaseSets: Set<string>[] = [];
      const figures: Entity[] = [];
      const numbersInNames = new Set<string>();
      for (const p of splitParagraphs(text)) {
        const para = text.slice(p.start, p.end);
        let r = next.get(para) ?? cache.get(para);
        if (!r) r = analyzeParagraph(para);
        next.set(para, r);
        lowercaseSets.push(r.lowercase);
        // Cached mentions are shared, never copied or changed: offsets are paragraph-relative, plus the paragraph's base.
        for (const m of r.mentions) {
          mentions.push(m);
          bases.push(p.start);
        }
        for (const f of r.figures) figures.push({ ...f, start: f.start + p.start, end: f.end + p.start });
        // Only model numbers carry across paragraphs ("Boeing 787" … "the 787"): "Article 5" or "5G" must not hide
        // "5 people" elsewhere.
        for (const n of r.numbersInNames) if (MODEL_NUMBER.test(n)) numbersInNames.add(n);
      }
      // Only the paragraphs of the latest text stay cached: memory follows the article, not its edit history.
      cache = next;
      const isLowercaseSomewhere = lowercaseLookup(lowercaseSets);
      // "the 787" in one paragraph, "Boeing 787" in another: the article names a model, so no paragraph counts it.
      const counted = numbersInNames.size ? figures.filter((f) => !(f.subtype === 'COUNT' && numbersInNames.has(f.text))) : figures;
      return compose(text, mentions, bases, counted, config, isLowercaseSomewhere);
    },
  };
}

/** A number that names a product model across the article: three digits or more. */
const MODEL_NUMBER = /^\d{3,}$/;

/** Past this many paragraphs, one merged word set is cheaper than asking every paragraph (a book-length text). */
const MERGE_LOWERCASE_ABOVE = 2000;

/** "Does the article write this word in lower case anywhere?", answered from the paragraphs' word sets. */
function lowercaseLookup(sets: Set<string>[]): (w: string) => boolean {
  if (sets.length <= MERGE_LOWERCASE_ABOVE) return (w) => sets.some((set) => set.has(w));
  let merged: Set<string> | null = null;
  return (w) => {
    if (!merged) {
      merged = new Set();
      for (const set of sets) for (const x of set) merged.add(x);
    }
    return merged.has(w);
  };
}

function analyzeParagraph(para: string): ParagraphResult {
  const lowercase = new Set<string>();
  // "Share this article", "Read more: …", "Follow us on X": site furniture names nothing in the story.
  const numbersInNames = new Set<string>();
  // "Read more: Ruto defends finance bill": the label is furniture, the linked headline still names people and places.
  const from = isBoilerplate(para) ? linkedHeadlineStart(para) : 0;
  if (from < 0) return { mentions: [], figures: [], lowercase, numbersInNames };
  const mentions: ParagraphResult['mentions'] = findMentions(para, from, para.length, lowercase);
  for (const m of mentions) {
    if (m.type === 'PERSON' || m.type === null) {
      const role = findRole(para, m, m.title);
      if (role) m.role = role;
    }
  }
  const figures = from === 0 ? findFigures(para, numbersInNames) : findFigures(para.slice(from), numbersInNames).map((f) => ({ ...f, start: f.start + from, end: f.end + from }));
  return { mentions, figures, lowercase, numbersInNames };
}

function compose(
  text: string,
  all: Mention[],
  bases: number[],
  figures: Entity[],
  config: EngineConfig,
  isLowercaseSomewhere: (w: string) => boolean,
): EngineAnalysis {
  const kinds = typeMentions(all, isLowercaseSomewhere);
  const names: Entity[] = [];
  const demonymEntities: Entity[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    const kind = kinds[i];
    if (kind === null) continue;
    const start = m.start + bases[i];
    const end = m.end + bases[i];
    if (kind === 'DEMONYM') {
      demonymEntities.push({ start, end, type: 'PLACE', text: m.text, source: 'engine' });
      continue;
    }
    const e: Entity = { start, end, type: kind, text: m.text, source: 'engine' };
    if (kind === 'PLACE' && m.place) {
      if (m.place.country) e.country = m.place.country;
      if (m.place.lat !== undefined) {
        e.lat = m.place.lat;
        e.lon = m.place.lon;
      }
    }
    if (kind === 'PERSON' && m.role) e.role = m.role;
    names.push(e);
  }
  // Names and figures: on overlap the longer span wins, a name on a tie ("May" the person vs. the month is the name finder's call).
  const merged = mergeByLength(names, figures);
  const problems: string[] = [];
  const listOf = <T>(value: T[] | undefined, what: string): T[] => {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value;
    problems.push(`${what} ignored: expected a list, got ${typeof value}`);
    return [];
  };
  const gazetteer = listOf(config.gazetteer, 'workspace gazetteer');
  const corrections = listOf(config.corrections, 'corrections');
  const { entities, descriptions, warnings } = applyOverrides(text, merged, gazetteer, corrections);
  warnings.unshift(...problems);
  const clusters = clusterEntities(entities);
  for (const c of clusters) {
    const withRole = c.mentions.map((i) => entities[i].role).find((r) => r);
    if (withRole) c.role = withRole;
    const d = descriptions.get(c.canonical);
    if (d) c.description = d;
  }
  return { entities, clusters, demonyms: demonymEntities, warnings };
}

function mergeByLength(names: Entity[], figures: Entity[]): Entity[] {
  if (!figures.length) return names;
  const sorted = figures.slice().sort((a, b) => a.start - b.start);
  const winners: Entity[] = [];
  const overlapping = (a: Entity, b: Entity) => a.start < b.end && b.start < a.end;
  let j = 0;
  const losersNames = new Set<Entity>();
  for (const f of sorted) {
    while (j < names.length && names[j].end <= f.start) j++;
    let win = true;
    for (let k = j; k < names.length && names[k].start < f.end; k++) {
      if (!overlapping(names[k], f)) continue;
      if (f.end - f.start > names[k].end - names[k].start) losersNames.add(names[k]);
      else win = false;
    }
    if (win) winners.push(f);
  }
  return mergePreferring(names.filter((n) => !losersNames.has(n)), winners);
}

let shared: Engine | null = null;

/** Convenience: analyses `text` with a shared default engine. */
export function analyzeText(text: string, config?: EngineConfig): EngineAnalysis {
  shared ??= createEngine();
  return shared.analyze(text, config);
}
