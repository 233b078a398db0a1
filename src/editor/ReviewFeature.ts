// Reviewing a colleague's sidecar: their annotations as a distinct overlay with Accept, Reject and Reply, plus agreement figures.
import * as vscode from 'vscode';
import { rangeFromAnchor } from '../core/anchor/rangeFromAnchor';
import { escapeMarkdown } from '../core/hover/escapeMarkdown';
import { STATUS_LABELS, TYPE_LABELS } from '../core/hover/renderEntityCard';
import type { Annotation } from '../core/model';
import { acceptAnnotation } from '../core/review/acceptAnnotation';
import type { PlacedAnnotation } from '../core/review/anchoredAnnotation';
import { compareReviews, type ReviewComparison } from '../core/review/compareReviews';
import { rejectAnnotation } from '../core/review/rejectAnnotation';
import { authorColorIndex, REVIEWER_PALETTE_SIZE } from '../core/review/authorColorIndex';
import { initialsOf } from '../core/review/initialsOf';
import { parseSidecar } from '../core/sidecar/parseSidecar';
import { serializeSidecar } from '../core/sidecar/serializeSidecar';
import { textHash } from '../core/sidecar/textHash';
import { toRange } from './DecorationsFeature';
import type { ReviewerIdentity } from './ReviewerIdentity';
import { readText, writeAtomic, type SidecarService } from './SidecarService';
import { openDocument } from './openDocument';

export const COLLEAGUE_CONTROLLER_ID = 'newsmark-colleague';
export const REVIEW_VIEW_ID = 'newsmark.review';

/** Theme colour ids `newsmark.reviewer1` … contributed in package.json. */
export function reviewerColorId(slot: number): string {
  return `newsmark.reviewer${slot + 1}`;
}
const THEIRS_CONTEXT = 'newsmark-theirs';
/** A colleague's file is read whole; anything larger is not a sidecar someone emailed. */
const MAX_COLLEAGUE_SIDECAR_BYTES = 20 * 1024 * 1024;

type Theirs = PlacedAnnotation;

interface OpenReview {
  articleUri: vscode.Uri;
  sourceUri: vscode.Uri;
  author: string;
  theirs: Theirs[];
  yamlDoc: unknown;
  /** Their file as last read or written here: anything else on disk is a change we must not overwrite. */
  diskText: string;
  /** Why replies cannot be written into their file (a newer Newsmark wrote it); accept and reject still work. */
  readOnly?: string;
  comparison: ReviewComparison;
  decided: Map<string, 'accepted' | 'rejected'>;
}

type Node = { kind: 'group'; label: string; rows: Theirs[]; mine?: boolean; conflict?: boolean } | { kind: 'row'; item: Theirs; mine?: boolean; conflict?: string };

export type ReviewTarget = { annotationId?: string; thread?: vscode.CommentThread } | vscode.CommentThread | vscode.CommentReply | undefined;

export class ReviewFeature implements vscode.Disposable, vscode.TreeDataProvider<Node> {
  private review: OpenReview | undefined;
  private readonly controller = vscode.comments.createCommentController(COLLEAGUE_CONTROLLER_ID, 'Colleague review');
  private readonly threads = new Map<string, vscode.CommentThread>();
  private readonly threadIds = new WeakMap<vscode.CommentThread, string>();
  /** One outline per reviewer colour, created once: a colleague keeps their colour in every review. */
  private readonly decorations = Array.from({ length: REVIEWER_PALETTE_SIZE }, (_, i) =>
    vscode.window.createTextEditorDecorationType({
      border: '1px dashed',
      borderColor: new vscode.ThemeColor(reviewerColorId(i)),
      overviewRulerColor: new vscode.ThemeColor(reviewerColorId(i)),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    }),
  );
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly sidecars: SidecarService,
    private readonly reviewer: ReviewerIdentity,
  ) {
    this.view = vscode.window.createTreeView(REVIEW_VIEW_ID, { treeDataProvider: this });
    this.subscriptions.push(
      this.controller,
      ...this.decorations,
      this.changed,
      this.view,
      vscode.window.onDidChangeVisibleTextEditors(() => this.paint()),
      sidecars.onDidChange((e) => {
        if (this.review && e.sidecar.articleUri.toString() === this.review.articleUri.toString()) this.recompare();
      }),
    );
  }

  /** Opens a colleague's sidecar for the active article (or the article named in `arg`). */
  async open(arg?: { path?: string; article?: string }): Promise<boolean> {
    const articleDoc = arg?.article ? await vscode.workspace.openTextDocument(vscode.Uri.parse(arg.article)) : vscode.window.activeTextEditor?.document;
    if (!articleDoc) {
      void vscode.window.showInformationMessage('Newsmark: open the article first, then choose the colleague\'s annotations file.');
      return false;
    }
    const sourceUri = arg?.path
      ? vscode.Uri.parse(arg.path)
      : (
          await vscode.window.showOpenDialog({
            canSelectMany: false,
            title: 'Review annotations from…',
            openLabel: 'Review',
            filters: { 'Newsmark annotations': ['yaml', 'yml'] },
            defaultUri: vscode.Uri.joinPath(articleDoc.uri, '..'),
          })
        )?.[0];
    if (!sourceUri) return false;
    const raw = await readText(sourceUri).catch((err) => {
      void vscode.window.showErrorMessage(`Newsmark: cannot read ${sourceUri.fsPath}: ${err instanceof Error ? err.message : String(err)}`);
      return undefined;
    });
    if (raw === undefined) return false;
    if (raw.length > MAX_COLLEAGUE_SIDECAR_BYTES) {
      void vscode.window.showErrorMessage(`Newsmark: ${vscode.workspace.asRelativePath(sourceUri)} is too large to be an annotations file.`);
      return false;
    }
    const parsed = parseSidecar(raw);
    if (!parsed.ok) {
      void vscode.window.showErrorMessage(`Newsmark: ${vscode.workspace.asRelativePath(sourceUri)}:${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}`);
      return false;
    }
    await this.sidecars.load(articleDoc);
    const text = articleDoc.getText();
    const theirs = placeTheirs(parsed.sidecar.annotations, text);
    const authors = [...new Set(theirs.map((t) => t.annotation.author))];
    this.close();
    this.review = {
      articleUri: articleDoc.uri,
      sourceUri,
      author: authors.join(', ') || 'colleague',
      theirs,
      yamlDoc: parsed.doc,
      diskText: raw,
      readOnly: parsed.readOnly ? parsed.warnings.join('; ') || 'written by a newer Newsmark' : undefined,
      comparison: compareReviews(this.sidecars.anchored(articleDoc.uri), theirs),
      decided: new Map(),
    };
    await vscode.commands.executeCommand('setContext', 'newsmark.reviewOpen', true);
    this.render();
    const c = this.review.comparison;
    void vscode.window.showInformationMessage(
      `Newsmark: reviewing ${theirs.length} annotation(s) by ${this.review.author}: ${c.onlyTheirs.length} only theirs, ${c.conflicts.length} conflicting, agreement ${(c.percentAgreement * 100).toFixed(0)}%.`,
    );
    return true;
  }

  close(): void {
    for (const t of this.threads.values()) t.dispose();
    this.threads.clear();
    this.review = undefined;
    for (const ed of vscode.window.visibleTextEditors) for (const d of this.decorations) ed.setDecorations(d, []);
    void vscode.commands.executeCommand('setContext', 'newsmark.reviewOpen', false);
    this.changed.fire(undefined);
  }

  private idOf(target: ReviewTarget): string | undefined {
    if (!target) return undefined;
    if ('annotationId' in target && target.annotationId) return target.annotationId;
    const thread = ('thread' in target && target.thread ? target.thread : target) as vscode.CommentThread;
    const fromThread = this.threadIds.get(thread);
    if (fromThread) return fromThread;
    const node = target as unknown as Node;
    if (node && (node as { kind?: string }).kind === 'row') return (node as Extract<Node, { kind: 'row' }>).item.annotation.id;
    return undefined;
  }

  private find(target: ReviewTarget): Theirs | undefined {
    const id = this.idOf(target);
    return this.review?.theirs.find((t) => t.annotation.id === id);
  }

  /** Copies their annotation into my sidecar, keeping its author and recording who accepted it. */
  accept(target: ReviewTarget): Promise<boolean> {
    return this.decide(target, 'accepted', acceptAnnotation);
  }

  /** Records the rejection in my sidecar, so the decision travels with the article. */
  reject(target: ReviewTarget): Promise<boolean> {
    return this.decide(target, 'rejected', rejectAnnotation);
  }

  /** Writes what `make` derives from their annotation into my sidecar, on the words where it sits now. */
  private async decide(target: ReviewTarget, decision: 'accepted' | 'rejected', make: (theirs: Annotation, me: string, now: string) => Annotation): Promise<boolean> {
    const review = this.review;
    const item = this.find(target);
    if (!review || !item) return false;
    if (decision === 'accepted' && item.orphaned) {
      void vscode.window.showWarningMessage('Newsmark: the words of this annotation are not in the current text, so it cannot be placed here.');
      return false;
    }
    const me = await this.reviewer.name(review.articleUri);
    const doc = await vscode.workspace.openTextDocument(review.articleUri);
    const ok = await this.sidecars.mutate(doc, (store) => {
      const made = make(item.annotation, me, new Date().toISOString());
      const placed = { ...made, anchor: { ...made.anchor, start: item.start, end: item.end } };
      if (store.get(placed.id)) store.update(placed);
      else store.add(placed);
    });
    if (ok) {
      review.decided.set(item.annotation.id, decision);
      this.recompare();
    }
    return ok;
  }

  /** A reply goes into the colleague's file, so the conversation goes back to them with it. */
  async reply(target: ReviewTarget & { text?: string }): Promise<boolean> {
    const review = this.review;
    let item = this.find(target);
    if (!review || !item) return false;
    const name = vscode.workspace.asRelativePath(review.sourceUri);
    if (review.readOnly) {
      void vscode.window.showErrorMessage(`Newsmark: replies are not written into ${name}: ${review.readOnly}.`);
      return false;
    }
    const typed = target && 'text' in target && typeof target.text === 'string' ? target.text : undefined;
    const text = typed ?? (await vscode.window.showInputBox({ title: `Reply to ${item.annotation.author}` }));
    if (!text?.trim()) return false;
    const me = await this.reviewer.name(review.articleUri);
    const articleDoc = await vscode.workspace.openTextDocument(review.articleUri);
    // Their file may have changed since it was opened (their editor, a sync tool): build on what is there now.
    const onDisk = await readText(review.sourceUri).catch(() => undefined);
    if (onDisk !== review.diskText) {
      const parsed = onDisk === undefined || onDisk.length > MAX_COLLEAGUE_SIDECAR_BYTES ? undefined : parseSidecar(onDisk);
      if (onDisk === undefined || !parsed?.ok || parsed.readOnly) {
        const why = onDisk === undefined ? 'it was moved or deleted' : !parsed ? 'it is too large' : !parsed.ok ? `${parsed.error.line}:${parsed.error.column}: ${parsed.error.message}` : 'a newer Newsmark rewrote it';
        void vscode.window.showErrorMessage(`Newsmark: ${name} changed on disk and the reply was not written (${why}). Reopen the review to continue.`);
        return false;
      }
      review.theirs = placeTheirs(parsed.sidecar.annotations, articleDoc.getText());
      review.yamlDoc = parsed.doc;
      review.diskText = onDisk;
      const id = item.annotation.id;
      item = review.theirs.find((t) => t.annotation.id === id);
      if (!item) {
        void vscode.window.showErrorMessage(`Newsmark: that annotation is no longer in ${name}; the reply was not written.`);
        this.recompare();
        return false;
      }
    }
    item.annotation = { ...item.annotation, replies: [...item.annotation.replies, { author: me, created: new Date().toISOString(), text: text.trim() }] };
    const out = serializeSidecar(
      { version: 1, article: review.articleUri.path.split('/').pop() ?? '', textHash: textHash(articleDoc.getText()), annotations: review.theirs.map((t) => t.annotation) },
      review.yamlDoc as any,
    );
    await writeAtomic(review.sourceUri, out);
    review.diskText = out;
    this.recompare();
    return true;
  }

  async acceptAllNonConflicting(): Promise<number> {
    const review = this.review;
    if (!review) return 0;
    let n = 0;
    for (const t of [...review.comparison.onlyTheirs]) {
      if (review.decided.has(t.annotation.id) || t.orphaned) continue;
      if (await this.accept({ annotationId: t.annotation.id })) n++;
    }
    void vscode.window.showInformationMessage(`Newsmark: accepted ${n} annotation(s) that did not conflict with yours.`);
    return n;
  }

  snapshot(): unknown {
    const r = this.review;
    if (!r) return null;
    return {
      author: r.author,
      theirs: r.theirs.length,
      onlyTheirs: r.comparison.onlyTheirs.map((t) => t.annotation.anchor.quote),
      onlyMine: r.comparison.onlyMine.map((t) => t.annotation.anchor.quote),
      conflicts: r.comparison.conflicts.map((c) => ({ quote: c.theirs.annotation.anchor.quote, fields: c.fields })),
      percentAgreement: r.comparison.percentAgreement,
      cohensKappa: r.comparison.cohensKappa,
      decided: Object.fromEntries(r.decided),
      threads: [...this.threads.keys()],
    };
  }

  private recompare(): void {
    const r = this.review;
    if (!r) return;
    r.comparison = compareReviews(this.sidecars.anchored(r.articleUri), r.theirs);
    this.render();
  }

  private render(): void {
    const r = this.review;
    if (!r) return;
    const doc = openDocument(r.articleUri);
    const live = new Set<string>();
    for (const t of r.theirs) {
      if (t.orphaned || !doc) continue;
      const a = t.annotation;
      live.add(a.id);
      let thread = this.threads.get(a.id);
      const range = toRange(doc, t.start, t.end);
      if (!thread) {
        thread = this.controller.createCommentThread(r.articleUri, range, []);
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        this.threads.set(a.id, thread);
        this.threadIds.set(thread, a.id);
      }
      const decision = r.decided.get(a.id);
      const what = a.kind === 'entity' && a.entityType ? TYPE_LABELS[a.entityType] : a.kind;
      thread.label = `${initialsOf(a.author)} · ${a.author} · ${STATUS_LABELS[a.status] ?? a.status} · ${what}${decision ? ` · ${decision}` : ''}`;
      thread.contextValue = decision ? `${THEIRS_CONTEXT}-${decision}` : THEIRS_CONTEXT;
      thread.canReply = true;
      const body = (s: string) => {
        const md = new vscode.MarkdownString(escapeMarkdown(s));
        md.isTrusted = false;
        return md;
      };
      thread.comments = [
        { body: body([a.note, a.tags.length ? `Tags: ${a.tags.join(', ')}` : ''].filter(Boolean).join(' — ') || `${STATUS_LABELS[a.status] ?? a.status} · ${what}`), author: { name: `${a.author} (${initialsOf(a.author)})` }, mode: vscode.CommentMode.Preview, label: 'colleague' },
        ...a.replies.map((rep) => ({ body: body(rep.text), author: { name: rep.author }, mode: vscode.CommentMode.Preview })),
      ];
    }
    for (const [id, thread] of this.threads) {
      if (!live.has(id)) {
        thread.dispose();
        this.threads.delete(id);
      }
    }
    this.paint();
    const c = r.comparison;
    this.view.description = `${r.author}: ${(c.percentAgreement * 100).toFixed(0)}% agreement · κ ${Number.isFinite(c.cohensKappa) ? c.cohensKappa.toFixed(2) : 'n/a'}`;
    this.changed.fire(undefined);
  }

  private paint(): void {
    const r = this.review;
    for (const ed of vscode.window.visibleTextEditors) {
      if (!r || ed.document.uri.toString() !== r.articleUri.toString()) continue;
      const bySlot = this.decorations.map(() => [] as vscode.DecorationOptions[]);
      for (const t of r.theirs) {
        if (t.orphaned || r.decided.has(t.annotation.id)) continue;
        const slot = authorColorIndex(t.annotation.author);
        bySlot[slot].push({
          range: toRange(ed.document, t.start, t.end),
          renderOptions: { after: { contentText: ` ${initialsOf(t.annotation.author)}`, color: new vscode.ThemeColor(reviewerColorId(slot)), fontStyle: 'italic' } },
        });
      }
      this.decorations.forEach((d, i) => ed.setDecorations(d, bySlot[i]));
    }
  }

  getChildren(node?: Node): Node[] {
    const r = this.review;
    if (!r) return [];
    if (!node) {
      const c = r.comparison;
      return [
        { kind: 'group', label: `Conflicting (${c.conflicts.length})`, rows: c.conflicts.map((x) => x.theirs as Theirs), conflict: true },
        { kind: 'group', label: `Only theirs (${c.onlyTheirs.length})`, rows: c.onlyTheirs as Theirs[] },
        { kind: 'group', label: `Only mine (${c.onlyMine.length})`, rows: c.onlyMine as Theirs[], mine: true },
      ];
    }
    if (node.kind === 'group') {
      return node.rows.map((item) => ({
        kind: 'row',
        item,
        mine: node.mine,
        conflict: node.conflict ? r.comparison.conflicts.find((x) => x.theirs.annotation.id === item.annotation.id)?.fields.join(', ') : undefined,
      }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') return new vscode.TreeItem(node.label, node.rows.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None);
    const a = node.item.annotation;
    const item = new vscode.TreeItem(`“${a.anchor.quote}”`);
    const decision = this.review?.decided.get(a.id);
    item.description = `${a.author} · ${STATUS_LABELS[a.status] ?? a.status}${node.conflict ? ` · differs in ${node.conflict}` : ''}${decision ? ` · ${decision}` : ''}`;
    item.tooltip = a.note ?? '';
    item.contextValue = node.mine ? 'newsmark-mine' : decision ? `${THEIRS_CONTEXT}-${decision}` : THEIRS_CONTEXT;
    if (this.review && !node.item.orphaned) item.command = { command: 'newsmark.revealRange', title: 'Reveal', arguments: [this.review.articleUri.toString(), node.item.start, node.item.end] };
    return item;
  }

  dispose(): void {
    this.close();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Their annotations on the current text; those whose words are gone keep their stored offsets and are flagged. */
function placeTheirs(annotations: Annotation[], text: string): Theirs[] {
  return annotations.map((a) => {
    const r = rangeFromAnchor(text, a.anchor);
    return r ? { annotation: a, start: r.start, end: r.end, orphaned: false } : { annotation: a, start: a.anchor.start, end: a.anchor.end, orphaned: true };
  });
}
