// The one in-memory model of an article's annotations: every view reads it and every change goes through it.
import { anchorFromRange } from '../anchor/anchorFromRange';
import { reanchorAll } from '../anchor/reanchorAll';
import { shiftSpan } from '../anchor/shiftSpan';
import type { TextChange } from '../anchor/shiftSpan';
import type { Annotation, Span } from '../model';

/** What one operation did; each list holds the annotations as they are after it (removed ones as they were). */
export interface AnnotationChange {
  added: Annotation[];
  changed: Annotation[];
  removed: Annotation[];
}

export type AnnotationListener = (change: AnnotationChange) => void;

/** Unsubscribes; callable directly or as `.dispose()` so it fits VS Code's Disposable too. */
export type Disposer = (() => void) & { dispose(): void };

export interface UpdateOptions {
  /** Leave `modified` alone (for position-only updates) even when the store has a clock. */
  silentTimestamps?: boolean;
}

export interface AnnotationStoreOptions {
  /** ISO-8601 clock; when given, update() stamps `modified` with it. Without one the store never touches timestamps. */
  now?: () => string;
}

export interface ReanchorReport {
  /** Annotations whose words were not found; kept, with their stored anchor, and flagged by isOrphan(). */
  orphans: Annotation[];
  /** Annotations placed on words that differ from their stored quote; their quote is kept so the change stays visible. */
  fuzzy: Annotation[];
}

function copy(a: Annotation): Annotation {
  return { ...a, anchor: { ...a.anchor }, tags: [...a.tags], replies: a.replies.map((r) => ({ ...r })) };
}

function same(a: Annotation, b: Annotation): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function byDocumentOrder(a: Annotation, b: Annotation): number {
  return a.anchor.start - b.anchor.start || a.anchor.end - b.anchor.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Holds the annotations of one article. Pure: no editor, file or clock access (a clock may be passed in).
 * Annotations are copied on the way in, so callers cannot change the store behind its back, and every change
 * fires onDidChange once with what was added, changed and removed. Lookups of unknown ids return null.
 */
export class AnnotationStore {
  private readonly byId = new Map<string, Annotation>();
  private readonly orphanIds = new Set<string>();
  private readonly listeners = new Set<AnnotationListener>();
  private readonly now?: () => string;

  constructor(annotations: Iterable<Annotation> = [], options: AnnotationStoreOptions = {}) {
    this.now = options.now;
    for (const a of annotations) {
      if (this.byId.has(a.id)) throw new Error(`AnnotationStore: duplicate annotation id ${a.id}`);
      this.byId.set(a.id, copy(a));
    }
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): Annotation | null {
    return this.byId.get(id) ?? null;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** All annotations in document order (by anchor start, end, then id). */
  all(): Annotation[] {
    return [...this.byId.values()].sort(byDocumentOrder);
  }

  /** True when the last reanchor() or applyTextChange() could not place the annotation's words. */
  isOrphan(id: string): boolean {
    return this.orphanIds.has(id);
  }

  orphans(): Annotation[] {
    return this.all().filter((a) => this.orphanIds.has(a.id));
  }

  onDidChange(listener: AnnotationListener): Disposer {
    this.listeners.add(listener);
    const dispose = (() => {
      this.listeners.delete(listener);
    }) as Disposer;
    dispose.dispose = dispose;
    return dispose;
  }

  /** Adds a new annotation. An id already in the store is refused with an error, because overwriting would lose a review. */
  add(annotation: Annotation): Annotation {
    if (this.byId.has(annotation.id)) throw new Error(`AnnotationStore: an annotation with id ${annotation.id} already exists`);
    const stored = copy(annotation);
    this.byId.set(stored.id, stored);
    this.fire({ added: [stored], changed: [], removed: [] });
    return stored;
  }

  /** Replaces the annotation with the same id; null (and no event) when there is none. */
  update(annotation: Annotation, options: UpdateOptions = {}): Annotation | null {
    const [result] = this.updateMany([annotation], options);
    return result ?? null;
  }

  /** Replaces each annotation that exists, in one event; unknown ids are skipped. Returns the stored results. */
  updateMany(annotations: readonly Annotation[], options: UpdateOptions = {}): Annotation[] {
    const changed: Annotation[] = [];
    for (const annotation of annotations) {
      const old = this.byId.get(annotation.id);
      if (!old) continue;
      if (same(old, copy(annotation))) continue;
      const stored = this.stamp(copy(annotation), options);
      this.byId.set(stored.id, stored);
      changed.push(stored);
    }
    if (changed.length) this.fire({ added: [], changed, removed: [] });
    return changed;
  }

  /** Adds new ids and replaces existing ones, in one event (used when merging a colleague's file). */
  upsertMany(annotations: readonly Annotation[]): AnnotationChange {
    const change: AnnotationChange = { added: [], changed: [], removed: [] };
    this.putAll(annotations, change);
    this.fire(change);
    return change;
  }

  /** Removes and returns the annotation; null when there is none. */
  remove(id: string): Annotation | null {
    const old = this.byId.get(id);
    if (!old) return null;
    this.byId.delete(id);
    this.orphanIds.delete(id);
    this.fire({ added: [], changed: [], removed: [old] });
    return old;
  }

  /** Makes the store hold exactly `annotations` (e.g. after reading the sidecar), firing one event with the difference. */
  replaceAll(annotations: readonly Annotation[]): AnnotationChange {
    const ids = new Set<string>();
    for (const a of annotations) {
      if (ids.has(a.id)) throw new Error(`AnnotationStore: duplicate annotation id ${a.id}`);
      ids.add(a.id);
    }
    const change: AnnotationChange = { added: [], changed: [], removed: [] };
    for (const [id, old] of this.byId) {
      if (!ids.has(id)) {
        change.removed.push(old);
        this.byId.delete(id);
        this.orphanIds.delete(id);
      }
    }
    this.putAll(annotations, change);
    this.fire(change);
    return change;
  }

  /**
   * Follows live edits without the text: `changes` are VS Code-style replacements, all against the text before the
   * edit (as in one onDidChangeTextDocument event). Spans are shifted or resized with shiftSpan. Annotations whose
   * words were wholly replaced or deleted keep their last anchor and are returned as `touched`: call reanchor(text)
   * to find them again by quote, or to orphan them. Orphans are not moved (their offsets mean nothing).
   */
  applyTextChange(changes: readonly TextChange[]): { touched: Annotation[] } {
    const ordered = [...changes].sort((a, b) => b.start - a.start || b.end - a.end);
    const moved: Annotation[] = [];
    const touched: Annotation[] = [];
    for (const annotation of this.byId.values()) {
      if (this.orphanIds.has(annotation.id)) continue;
      let span: Span | null = { start: annotation.anchor.start, end: annotation.anchor.end };
      let wordsEdited = false;
      for (const change of ordered) {
        if (!span) break;
        // An edit that reaches into the span changes its words; one that only touches an edge does not.
        if (change.start < span.end && change.end > span.start) wordsEdited = true;
        span = shiftSpan(span, change);
      }
      if (!span) {
        touched.push(annotation);
        continue;
      }
      if (wordsEdited) touched.push(annotation);
      if (span.start !== annotation.anchor.start || span.end !== annotation.anchor.end) {
        moved.push({ ...annotation, anchor: { ...annotation.anchor, start: span.start, end: span.end } });
      }
    }
    for (const m of moved) this.byId.set(m.id, m);
    if (moved.length) this.fire({ added: [], changed: moved, removed: [] });
    return { touched: touched.map((t) => this.byId.get(t.id)!) };
  }

  /**
   * Places every annotation on `text` (reanchorAll). Exactly matched ones get a fresh anchor (quote, context, offsets);
   * fuzzy ones get new offsets but keep their stored quote; the rest become orphans and keep everything.
   * Nothing is removed. Fires one event with the annotations whose anchor or orphan state changed.
   */
  reanchor(text: string): ReanchorReport {
    const { anchored, orphans } = reanchorAll(text, [...this.byId.values()]);
    const changed: Annotation[] = [];
    const fuzzy: Annotation[] = [];
    for (const placed of anchored) {
      const a = placed.annotation;
      const anchor = placed.exact ? anchorFromRange(text, placed) : { ...a.anchor, start: placed.start, end: placed.end };
      const wasOrphan = this.orphanIds.delete(a.id);
      const updated = { ...a, anchor };
      if (!placed.exact) fuzzy.push(updated);
      if (wasOrphan || JSON.stringify(anchor) !== JSON.stringify(a.anchor)) {
        this.byId.set(a.id, updated);
        changed.push(updated);
      }
    }
    for (const orphan of orphans) {
      if (!this.orphanIds.has(orphan.id)) {
        this.orphanIds.add(orphan.id);
        changed.push(orphan);
      }
    }
    if (changed.length) this.fire({ added: [], changed, removed: [] });
    return { orphans: orphans.map((o) => this.byId.get(o.id)!), fuzzy };
  }

  /** Stores copies of `annotations` by id, recording each as added or changed; identical ones are left alone. */
  private putAll(annotations: readonly Annotation[], change: AnnotationChange): void {
    for (const annotation of annotations) {
      const old = this.byId.get(annotation.id);
      const stored = copy(annotation);
      if (old && same(old, stored)) continue;
      this.byId.set(stored.id, stored);
      (old ? change.changed : change.added).push(stored);
    }
  }

  private stamp(annotation: Annotation, options: UpdateOptions): Annotation {
    if (this.now && !options.silentTimestamps) annotation.modified = this.now();
    return annotation;
  }

  private fire(change: AnnotationChange): void {
    if (!change.added.length && !change.changed.length && !change.removed.length) return;
    let firstError: unknown;
    for (const listener of [...this.listeners]) {
      try {
        listener(change);
      } catch (err) {
        // One broken view must not stop the others from hearing about the change.
        firstError ??= err;
      }
    }
    if (firstError !== undefined) throw firstError;
  }
}
