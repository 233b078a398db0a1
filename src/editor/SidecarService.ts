// Loads, watches and safely writes each article's `NAME.annotations.yaml`, and keeps its anchors on the words.
import * as vscode from 'vscode';
import { anchorFromRange } from '../core/anchor/anchorFromRange';
import { rangeFromAnchor } from '../core/anchor/rangeFromAnchor';
import { shiftSpan } from '../core/anchor/shiftSpan';
import { AnnotationStore, type AnnotationChange } from '../core/annotations/AnnotationStore';
import type { Annotation } from '../core/model';
import type { PlacedAnnotation } from '../core/review/anchoredAnnotation';
import { parseSidecar } from '../core/sidecar/parseSidecar';
import { serializeSidecar } from '../core/sidecar/serializeSidecar';
import { textHash } from '../core/sidecar/textHash';
import { SIDECAR_SUFFIX, sidecarUriFor, articleUriForSidecar } from './sidecarUris';
import { openDocument } from './openDocument';

export type SidecarState = 'ok' | 'broken' | 'readonly';

/** One article's annotations as the editor holds them. */
export interface ArticleSidecar {
  readonly articleUri: vscode.Uri;
  readonly sidecarUri: vscode.Uri;
  readonly store: AnnotationStore;
  state: SidecarState;
  /** Why the sidecar cannot be written, shown to the user. */
  problem?: string;
  /** Annotations whose words could not be found in the current text: kept, listed, never deleted. */
  orphans: Set<string>;
  /** The parsed YAML document, so rewrites keep comments and unknown fields. */
  yamlDoc?: unknown;
  /** The sidecar's bytes as last read or written by us: a different file on disk means someone else wrote it. */
  diskText?: string;
  /** Ids deleted here, so a merge with the disk copy does not bring them back. */
  deleted: Set<string>;
  /** Ids a reviewer changed, added or deleted here that are not on disk yet, with the change's number (see `changeCount`). */
  unsaved: Map<string, number>;
  /** Counts reviewer changes, so a write knows which of them it has put on disk. */
  changeCount: number;
}

export interface SidecarEvent {
  sidecar: ArticleSidecar;
  change?: AnnotationChange;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

export class SidecarService implements vscode.Disposable {
  private readonly sidecars = new Map<string, ArticleSidecar>();
  private readonly loading = new Map<string, Promise<ArticleSidecar | undefined>>();
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('newsmark-sidecar');
  private readonly emitter = new vscode.EventEmitter<SidecarEvent>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Serialises writes per sidecar so two quick edits never interleave. */
  private readonly writeChains = new Map<string, Promise<void>>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly isArticle: (doc: vscode.TextDocument) => boolean) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    this.subscriptions.push(
      this.emitter,
      this.diagnostics,
      watcher,
      watcher.onDidChange((u) => this.onDiskChange(u)),
      watcher.onDidCreate((u) => this.onDiskChange(u)),
      watcher.onDidDelete((u) => this.onDiskChange(u)),
      vscode.workspace.onDidOpenTextDocument((d) => void this.load(d)),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onTextChange(e)),
      vscode.workspace.onDidSaveTextDocument((d) => this.onArticleSaved(d)),
      vscode.workspace.onDidRenameFiles((e) => this.onRename(e)),
    );
  }

  /** The loaded sidecar of an article, if loading has finished. */
  peek(uri: vscode.Uri): ArticleSidecar | undefined {
    return this.sidecars.get(uri.toString());
  }

  all(): ArticleSidecar[] {
    return [...this.sidecars.values()];
  }

  /** Current annotations with their live ranges, orphans flagged. */
  anchored(uri: vscode.Uri): PlacedAnnotation[] {
    const s = this.peek(uri);
    if (!s) return [];
    return s.store.all().map((a) => ({ annotation: a, start: a.anchor.start, end: a.anchor.end, orphaned: s.orphans.has(a.id) }));
  }

  /** Annotations that may override the engine (orphans cannot: their words are gone). */
  corrections(uri: vscode.Uri): Annotation[] {
    const s = this.peek(uri);
    return s ? s.store.all().filter((a) => !s.orphans.has(a.id) && a.kind !== 'note') : [];
  }

  async load(doc: vscode.TextDocument): Promise<ArticleSidecar | undefined> {
    if (doc.uri.scheme === 'untitled' || !this.isArticle(doc)) return undefined;
    const key = doc.uri.toString();
    const existing = this.sidecars.get(key);
    if (existing) return existing;
    let pending = this.loading.get(key);
    if (!pending) {
      pending = this.readFromDisk(doc).finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }

  /**
   * A closed article may change on disk before it is opened again (git, another editor), so its offsets
   * mean nothing then: drop it and read it afresh on the next open. Its queued writes still finish.
   */
  private forget(uri: vscode.Uri): void {
    this.sidecars.delete(uri.toString());
  }

  private async readFromDisk(doc: vscode.TextDocument): Promise<ArticleSidecar | undefined> {
    const sidecarUri = sidecarUriFor(doc.uri);
    // A write queued before the article was closed must land before we read the file back.
    await this.writeChains.get(sidecarUri.toString());
    const sidecar: ArticleSidecar = {
      articleUri: doc.uri,
      sidecarUri,
      store: new AnnotationStore(),
      state: 'ok',
      orphans: new Set(),
      deleted: new Set(),
      unsaved: new Map(),
      changeCount: 0,
    };
    sidecar.store.onDidChange((change) => this.emitter.fire({ sidecar, change }));
    const raw = await readText(sidecarUri);
    if (raw !== undefined) this.applyDiskText(sidecar, raw, doc.getText());
    this.sidecars.set(doc.uri.toString(), sidecar);
    this.emitter.fire({ sidecar });
    return sidecar;
  }

  /** Parses the file as found on disk; a broken file is reported and left untouched. */
  private applyDiskText(sidecar: ArticleSidecar, raw: string, articleText: string): void {
    sidecar.diskText = raw;
    const parsed = parseSidecar(raw);
    if (!parsed.ok) {
      sidecar.state = 'broken';
      const { line, column, message } = parsed.error;
      sidecar.problem = `${vscode.workspace.asRelativePath(sidecar.sidecarUri)}:${line}:${column}: ${message}`;
      const pos = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
      this.diagnostics.set(sidecar.sidecarUri, [
        new vscode.Diagnostic(new vscode.Range(pos, pos), `Newsmark cannot read this sidecar: ${message}. It will not be rewritten until it is fixed.`, vscode.DiagnosticSeverity.Error),
      ]);
      void vscode.window.showErrorMessage(`Newsmark: broken annotations file, left untouched until fixed — ${sidecar.problem}`);
      return;
    }
    this.diagnostics.delete(sidecar.sidecarUri);
    sidecar.yamlDoc = parsed.doc;
    sidecar.state = parsed.readOnly ? 'readonly' : 'ok';
    sidecar.problem = parsed.readOnly ? parsed.warnings.join('; ') || 'written by a newer Newsmark; opened read-only' : undefined;
    if (parsed.readOnly) void vscode.window.showWarningMessage(`Newsmark: ${vscode.workspace.asRelativePath(sidecar.sidecarUri)}: ${sidecar.problem}`);
    const placed = this.place(parsed.sidecar.annotations, articleText, sidecar.orphans);
    sidecar.store.replaceAll(placed);
  }

  /** Re-anchors annotations on `text`; those that cannot be placed keep their last anchor and become orphans. */
  private place(annotations: Annotation[], text: string, orphans: Set<string>): Annotation[] {
    orphans.clear();
    return annotations.map((a) => {
      const r = rangeFromAnchor(text, a.anchor);
      if (!r) {
        orphans.add(a.id);
        return a;
      }
      return { ...a, anchor: { ...a.anchor, start: r.start, end: r.end } };
    });
  }

  private onTextChange(e: vscode.TextDocumentChangeEvent): void {
    const sidecar = this.peek(e.document.uri);
    if (!sidecar || !e.contentChanges.length || sidecar.store.size === 0) return;
    const text = e.document.getText();
    // VS Code reports changes against the pre-edit text, in an order where applying them one after the
    // other is correct only from the last offset backwards.
    const changes = [...e.contentChanges].sort((a, b) => b.rangeOffset - a.rangeOffset);
    const updated: Annotation[] = [];
    for (const a of sidecar.store.all()) {
      if (sidecar.orphans.has(a.id)) continue;
      let span: { start: number; end: number } | null = { start: a.anchor.start, end: a.anchor.end };
      for (const c of changes) {
        if (!span) break;
        span = shiftSpan(span, { start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text });
      }
      if (span && text.slice(span.start, span.end) === a.anchor.quote) {
        if (span.start !== a.anchor.start || span.end !== a.anchor.end) updated.push({ ...a, anchor: { ...a.anchor, ...span } });
        continue;
      }
      // The edit touched the words themselves: find them again by quote and context, or keep as orphan.
      const found = rangeFromAnchor(text, a.anchor);
      if (found) updated.push({ ...a, anchor: { ...a.anchor, start: found.start, end: found.end } });
      else sidecar.orphans.add(a.id);
    }
    if (updated.length) sidecar.store.updateMany(updated, { silentTimestamps: true });
  }

  private onArticleSaved(doc: vscode.TextDocument): void {
    const sidecar = this.peek(doc.uri);
    if (sidecar && sidecar.store.size > 0) void this.save(sidecar, doc.getText());
  }

  /** Applies a reviewer's change and writes the sidecar; refuses while the file on disk is broken. */
  async mutate(doc: vscode.TextDocument, fn: (store: AnnotationStore, text: string) => void): Promise<boolean> {
    if (doc.uri.scheme === 'untitled') {
      void vscode.window.showWarningMessage('Newsmark: save this article first. Annotations live in a file beside it (NAME.annotations.yaml), and an untitled document has no place on disk yet.');
      return false;
    }
    const sidecar = await this.load(doc);
    if (!sidecar) {
      void vscode.window.showWarningMessage('Newsmark: this file is not treated as an article (see the newsmark.files setting).');
      return false;
    }
    if (sidecar.state !== 'ok') {
      void vscode.window.showErrorMessage(`Newsmark: annotations are read-only until the sidecar is fixed — ${sidecar.problem ?? 'unreadable file'}`);
      return false;
    }
    const before = new Map(sidecar.store.all().map((a) => [a.id, a]));
    fn(sidecar.store, doc.getText());
    // The store keeps an annotation's object until it changes, so identity tells what this change touched.
    const change = ++sidecar.changeCount;
    for (const [id, a] of before) {
      if (!sidecar.store.get(id)) sidecar.deleted.add(id);
      if (sidecar.store.get(id) !== a) sidecar.unsaved.set(id, change);
    }
    for (const a of sidecar.store.all()) if (!before.has(a.id)) sidecar.unsaved.set(a.id, change);
    await this.save(sidecar, doc.getText());
    return true;
  }

  /** Writes the sidecar for `text` atomically, merging first if someone else changed the file. */
  save(sidecar: ArticleSidecar, text: string): Promise<void> {
    return this.serialised(sidecar.sidecarUri, () =>
      this.write(sidecar, text).catch((err) => {
        void vscode.window.showErrorMessage(`Newsmark: could not write ${vscode.workspace.asRelativePath(sidecar.sidecarUri)}: ${errorMessage(err)}. Your annotations are still in memory; try saving again.`);
      }),
    );
  }

  /** Runs `task` after every write or reload of the same sidecar queued before it, so none interleave. */
  private serialised(sidecarUri: vscode.Uri, task: () => Promise<void>): Promise<void> {
    const key = sidecarUri.toString();
    const next = (this.writeChains.get(key) ?? Promise.resolve()).then(task, task);
    this.writeChains.set(key, next.catch(() => undefined));
    return next;
  }

  private async write(sidecar: ArticleSidecar, text: string): Promise<void> {
    if (sidecar.state !== 'ok') return;
    const upTo = sidecar.changeCount;
    const onDisk = await readText(sidecar.sidecarUri);
    // The store's offsets follow live edits, so they pair with the document as it is now, not as it
    // was when this write was queued: typing during the wait would otherwise store the wrong quotes.
    const open = openDocument(sidecar.articleUri);
    if (open) text = open.getText();
    if (onDisk !== undefined && onDisk !== sidecar.diskText) {
      const merged = this.mergeWithDisk(sidecar, onDisk, text);
      if (!merged) {
        void vscode.window.showErrorMessage(`Newsmark: ${vscode.workspace.asRelativePath(sidecar.sidecarUri)} changed on disk and cannot be written now (${sidecar.problem ?? 'unreadable file'}); your last change was not saved to it.`);
        return;
      }
    }
    // Context is refreshed only where the words are exactly the quote: a fuzzy re-anchoring keeps the
    // reviewer's original quote, so the change of wording stays visible instead of being written over.
    const annotations = sidecar.store
      .all()
      .map((a) => (sidecar.orphans.has(a.id) || text.slice(a.anchor.start, a.anchor.end) !== a.anchor.quote ? a : { ...a, anchor: anchorFromRange(text, a.anchor) }));
    const articleName = sidecar.articleUri.path.split('/').pop() ?? '';
    const out = serializeSidecar({ version: 1, article: articleName, textHash: textHash(text), annotations }, sidecar.yamlDoc as any);
    if (out === onDisk) {
      sidecar.diskText = out;
      this.markSaved(sidecar, upTo);
      return;
    }
    if (onDisk === undefined && annotations.length === 0) return;
    await writeAtomic(sidecar.sidecarUri, out);
    sidecar.diskText = out;
    this.markSaved(sidecar, upTo);
    // Keep the document we wrote from, so the next rewrite still preserves comments and unknown fields.
    const reparsed = parseSidecar(out);
    if (reparsed.ok) sidecar.yamlDoc = reparsed.doc;
  }

  /** Changes numbered up to `upTo` are on disk now; later ones still wait for their write. */
  private markSaved(sidecar: ArticleSidecar, upTo: number): void {
    for (const [id, change] of sidecar.unsaved) if (change <= upTo) sidecar.unsaved.delete(id);
  }

  /** Someone else wrote the file since we read it: take their annotations in, keep ours, lose nothing. */
  private mergeWithDisk(sidecar: ArticleSidecar, onDisk: string, text: string): boolean {
    const parsed = parseSidecar(onDisk);
    // A broken file, or one a newer Newsmark wrote, must never be rewritten: take on its state instead
    // (the watcher may report the change only after this write has started).
    if (!parsed.ok || parsed.readOnly) {
      this.applyDiskText(sidecar, onDisk, text);
      this.emitter.fire({ sidecar });
      return false;
    }
    const mine = new Map(sidecar.store.all().map((a) => [a.id, a]));
    const theirs = this.place(parsed.sidecar.annotations, text, new Set());
    const incoming: Annotation[] = [];
    for (const t of theirs) {
      if (sidecar.deleted.has(t.id)) continue;
      const m = mine.get(t.id);
      if (!m || t.modified > m.modified) incoming.push(t);
    }
    sidecar.yamlDoc = parsed.doc;
    sidecar.diskText = onDisk;
    if (incoming.length) sidecar.store.upsertMany(incoming);
    void vscode.window.showInformationMessage(`Newsmark: ${vscode.workspace.asRelativePath(sidecar.sidecarUri)} changed on disk; merged ${incoming.length} annotation(s) from it with yours.`);
    return true;
  }

  private onDiskChange(uri: vscode.Uri): Promise<void> {
    // Queued with the writes: the watcher often reports our own earlier write while a later one is
    // under way, and a reload in between would drop the change that later write is saving.
    return this.serialised(uri, () =>
      this.reloadFromDisk(uri).catch((err) => {
        void vscode.window.showErrorMessage(`Newsmark: could not reload ${vscode.workspace.asRelativePath(uri)}: ${errorMessage(err)}`);
      }),
    );
  }

  private async reloadFromDisk(uri: vscode.Uri): Promise<void> {
    const articleUri = articleUriForSidecar(uri);
    const sidecar = this.peek(articleUri);
    if (!sidecar) return;
    const raw = await readText(uri);
    if (raw === sidecar.diskText) return;
    const doc = openDocument(articleUri);
    const text = doc?.getText() ?? (await readText(articleUri)) ?? '';
    if (raw === undefined) {
      // Deleted outside: keep what we hold and write it back on the next change rather than losing it.
      sidecar.diskText = undefined;
      if (sidecar.store.size) void vscode.window.showWarningMessage(`Newsmark: ${vscode.workspace.asRelativePath(uri)} was deleted; its ${sidecar.store.size} annotation(s) are kept in memory and will be written back on the next change or save.`);
      return;
    }
    const wasBroken = sidecar.state === 'broken';
    // Changes made here and not yet written are merged into what was found on disk, never dropped.
    const mine = [...sidecar.unsaved.keys()].map((id) => ({ id, annotation: sidecar.store.get(id) }));
    const deletedHere = new Set([...sidecar.deleted].filter((id) => sidecar.unsaved.has(id)));
    sidecar.deleted = deletedHere;
    this.applyDiskText(sidecar, raw, text);
    if (sidecar.state === 'ok' && mine.length) {
      const kept = mine.flatMap((m) => (m.annotation ? [m.annotation] : []));
      if (kept.length) sidecar.store.upsertMany(kept);
      for (const id of deletedHere) sidecar.store.remove(id);
    }
    if (wasBroken && sidecar.state === 'ok') void vscode.window.showInformationMessage(`Newsmark: ${vscode.workspace.asRelativePath(uri)} is readable again.`);
    this.emitter.fire({ sidecar });
  }

  private async onRename(e: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of e.files) {
      if (oldUri.path.endsWith(SIDECAR_SUFFIX)) continue;
      const from = sidecarUriFor(oldUri);
      const to = sidecarUriFor(newUri);
      if ((await readText(from)) === undefined) continue;
      try {
        if ((await readText(to)) !== undefined) {
          void vscode.window.showWarningMessage(`Newsmark: ${vscode.workspace.asRelativePath(newUri)} was renamed, but ${vscode.workspace.asRelativePath(to)} already exists; the annotations stay in ${vscode.workspace.asRelativePath(from)}.`);
          continue;
        }
        await vscode.workspace.fs.rename(from, to, { overwrite: false });
        const held = this.sidecars.get(oldUri.toString());
        this.sidecars.delete(oldUri.toString());
        if (held) {
          const doc = openDocument(newUri);
          if (doc) {
            const moved = await this.load(doc);
            if (moved && moved.store.size) await this.save(moved, doc.getText());
          }
        }
      } catch (err) {
        void vscode.window.showErrorMessage(`Newsmark: could not move the annotations with the article: ${errorMessage(err)}`);
      }
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch (err) {
    if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') return undefined;
    if ((err as { code?: string })?.code === 'FileNotFound' || (err as { code?: string })?.code === 'ENOENT') return undefined;
    throw err;
  }
}

/** A crash mid-write leaves either the old file or the new one, never half of each. */
export async function writeAtomic(uri: vscode.Uri, text: string): Promise<void> {
  const dir = vscode.Uri.joinPath(uri, '..');
  const name = uri.path.split('/').pop() ?? 'annotations.yaml';
  const tmp = vscode.Uri.joinPath(dir, `.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  await vscode.workspace.fs.writeFile(tmp, encoder.encode(text));
  try {
    await vscode.workspace.fs.rename(tmp, uri, { overwrite: true });
  } catch (err) {
    await vscode.workspace.fs.delete(tmp).then(undefined, () => undefined);
    throw err;
  }
}
