// Three-way merges a sidecar annotation by annotation, so two reviewers' work on one article combines without YAML conflict markers.
import type { Annotation, Reply, TextAnchor } from '../model';
import type { Sidecar } from '../sidecar/Sidecar';

/** Scalar fields merged three-way; a difference on both sides is a real conflict. */
const SCALAR_FIELDS = ['kind', 'entityType', 'aliasOf', 'status', 'note', 'author', 'created', 'resolved', 'acceptedBy'] as const;
type ScalarField = (typeof SCALAR_FIELDS)[number];

/** Tag put on an annotation that had a real conflict, so reviewers can find it in the editor. */
export const MERGE_CONFLICT_TAG = 'merge-conflict';
/** Author of the reply that keeps the losing side's value in the file. */
export const MERGE_AUTHOR = 'newsmark merge';

export type MergeConflictKind =
  /** Both sides changed the same field to different values. */
  | 'field'
  /** One side deleted the annotation and the other changed it: the changed one is kept so no work is lost. */
  | 'deleted-changed';

export interface MergeConflict {
  id: string;
  kind: MergeConflictKind;
  /** For `field` conflicts: `status`, `note`, `anchor`… */
  field?: string;
  /** What was kept in the merged file and what theirs said, as short display strings. */
  kept: string;
  other: string;
  message: string;
}

export interface MergeResult {
  merged: Sidecar;
  conflicts: MergeConflict[];
}

export interface MergeOptions {
  /**
   * When true (default), each annotation with a real conflict gets the tag `merge-conflict` and a reply
   * by `newsmark merge` recording the other side's value, so nothing is lost from the file.
   */
  recordInFile?: boolean;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function show(value: unknown): string {
  return value === undefined ? '(none)' : JSON.stringify(value);
}

/** Three-way pick for one value: whichever side changed it wins; both changed differently → conflict (ours kept). */
function pick<T>(base: T | undefined, ours: T | undefined, theirs: T | undefined): { value: T | undefined; conflict: boolean } {
  if (same(ours, theirs)) return { value: ours, conflict: false };
  if (same(ours, base)) return { value: theirs, conflict: false };
  if (same(theirs, base)) return { value: ours, conflict: false };
  return { value: ours, conflict: true };
}

/** Three-way set merge (keyed by `key`): keeps what either side added and drops what either side removed. */
function mergeSet<T>(base: readonly T[], ours: readonly T[], theirs: readonly T[], key: (x: T) => string): T[] {
  const inBase = new Set(base.map(key));
  const inOurs = new Set(ours.map(key));
  const inTheirs = new Set(theirs.map(key));
  const out: T[] = [];
  const seen = new Set<string>();
  for (const x of [...ours, ...theirs]) {
    const k = key(x);
    if (seen.has(k)) continue;
    const removed = inBase.has(k) && (!inOurs.has(k) || !inTheirs.has(k));
    if (!removed) out.push(x);
    seen.add(k);
  }
  return out;
}

const replyKey = (r: Reply): string => `${r.created}\u0000${r.author}\u0000${r.text}`;

function byCreated(a: Reply, b: Reply): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : 0;
}

/** Anchors differing only in offsets or context point at the same words; ours is as good as theirs (both re-anchor on load). */
function mergeAnchor(base: TextAnchor | undefined, ours: TextAnchor, theirs: TextAnchor): { value: TextAnchor; conflict: boolean } {
  const picked = pick(base, ours, theirs);
  if (!picked.conflict) return { value: picked.value!, conflict: false };
  return { value: ours, conflict: ours.quote !== theirs.quote };
}

function later(a: string, b: string): string {
  return a >= b ? a : b;
}

function mergeAnnotation(base: Annotation | undefined, ours: Annotation, theirs: Annotation, conflicts: MergeConflict[]): Annotation {
  const merged: Annotation = { ...ours, anchor: { ...ours.anchor } };
  const found: MergeConflict[] = [];
  for (const field of SCALAR_FIELDS) {
    const r = pick<Annotation[ScalarField]>(base?.[field], ours[field], theirs[field]);
    if (r.value === undefined) delete merged[field];
    else (merged as unknown as Record<string, unknown>)[field] = r.value;
    if (r.conflict) found.push(fieldConflict(ours.id, field, ours[field], theirs[field]));
  }
  const anchor = mergeAnchor(base?.anchor, ours.anchor, theirs.anchor);
  merged.anchor = { ...anchor.value };
  if (anchor.conflict) found.push(fieldConflict(ours.id, 'anchor', ours.anchor.quote, theirs.anchor.quote));
  merged.tags = mergeSet(base?.tags ?? [], ours.tags, theirs.tags, (t) => t);
  merged.replies = mergeSet(base?.replies ?? [], ours.replies, theirs.replies, replyKey).sort(byCreated);
  merged.modified = later(ours.modified, theirs.modified);
  conflicts.push(...found);
  return merged;
}

function fieldConflict(id: string, field: string, ours: unknown, theirs: unknown): MergeConflict {
  return {
    id,
    kind: 'field',
    field,
    kept: show(ours),
    other: show(theirs),
    message: `annotation ${id}: both sides changed ${field} (kept ours ${show(ours)}; theirs was ${show(theirs)})`,
  };
}

/** Adds the tag and a reply holding what the other side said, so the conflict is visible and nothing is lost. */
function recordInAnnotation(a: Annotation, own: MergeConflict[]): Annotation {
  const replies = own.map((c) => ({
    author: MERGE_AUTHOR,
    created: a.modified,
    text:
      c.kind === 'field'
        ? `Merge conflict on ${c.field}: kept ${c.kept} (ours); theirs was ${c.other}.`
        : `Merge conflict: ${c.message}.`,
  }));
  const known = new Set(a.replies.map(replyKey));
  return {
    ...a,
    tags: a.tags.includes(MERGE_CONFLICT_TAG) ? a.tags : [...a.tags, MERGE_CONFLICT_TAG],
    replies: [...a.replies, ...replies.filter((r) => !known.has(replyKey(r)))],
  };
}

function index(s: Sidecar | null): Map<string, Annotation> {
  return new Map((s?.annotations ?? []).map((a) => [a.id, a]));
}

/**
 * Merges `theirs` into `ours` given their common `base` (null when the file is new on both sides).
 * Annotations are matched by id: added on either side → kept; deleted on one side and unchanged on the
 * other → deleted; changed on both → merged field by field (tags and replies as sets, `modified` the later
 * time, anchors differing only in offsets → ours). The same field changed differently is a real conflict:
 * ours is kept, the conflict is returned, and (unless `recordInFile` is false) the annotation is tagged
 * `merge-conflict` with a reply giving theirs. Deleted on one side but changed on the other keeps the
 * changed annotation and reports it. Both sides changing the text hash differently drops it, since the
 * merged article matches neither; the editor re-anchors and writes a fresh one. Inputs are not changed.
 */
export function mergeSidecars(base: Sidecar | null, ours: Sidecar, theirs: Sidecar, options: MergeOptions = {}): MergeResult {
  const recordInFile = options.recordInFile ?? true;
  const b = index(base);
  const o = index(ours);
  const t = index(theirs);
  const conflicts: MergeConflict[] = [];
  const annotations: Annotation[] = [];
  const ids = [...new Set([...o.keys(), ...t.keys()])];

  for (const id of ids) {
    const before = b.get(id);
    const mine = o.get(id);
    const their = t.get(id);
    const own: MergeConflict[] = [];
    let result: Annotation | undefined;
    if (mine && their) {
      result = mergeAnnotation(before, mine, their, own);
    } else if (mine || their) {
      const present = (mine ?? their)!;
      if (!before) result = present; // added on one side
      else if (same(present, before)) result = undefined; // deleted on the other, unchanged here
      else {
        result = present;
        const side = mine ? 'ours' : 'theirs';
        own.push({
          id,
          kind: 'deleted-changed',
          kept: `${side}' changed annotation`,
          other: 'deleted',
          message: `annotation ${id} was deleted on one side and changed in ${side}; kept the changed one`,
        });
      }
    }
    if (!result) continue;
    conflicts.push(...own);
    annotations.push(recordInFile && own.length > 0 ? recordInAnnotation(result, own) : result);
  }

  const hash = pick(base?.textHash, ours.textHash, theirs.textHash);
  const article = pick(base?.article, ours.article, theirs.article);
  const merged: Sidecar = {
    version: Math.max(ours.version, theirs.version),
    article: article.value ?? ours.article,
    ...(hash.conflict || hash.value === undefined ? {} : { textHash: hash.value }),
    annotations,
  };
  if (article.conflict) {
    conflicts.push({ id: '', kind: 'field', field: 'article', kept: show(ours.article), other: show(theirs.article), message: `both sides renamed the article (kept ours ${show(ours.article)}; theirs was ${show(theirs.article)})` });
  }
  return { merged, conflicts };
}
