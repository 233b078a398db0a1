// Shows every annotation as a Comments-API thread on its words; a view of the annotation store, never a second copy.
import * as vscode from 'vscode';
import { escapeMarkdown } from '../core/hover/escapeMarkdown';
import { STATUS_LABELS, TYPE_LABELS } from '../core/hover/renderEntityCard';
import type { Annotation } from '../core/model';
import type { AnnotationCommands, AnnotationTarget } from './AnnotationCommands';
import { toRange } from './DecorationsFeature';
import type { ArticleSidecar, SidecarService } from './SidecarService';
import { openDocument } from './openDocument';

export const COMMENT_CONTROLLER_ID = 'newsmark';
export const THREAD_CONTEXT = 'newsmark-annotation';
export const THREAD_CONTEXT_RESOLVED = 'newsmark-annotation-resolved';
export const NOTE_COMMENT_CONTEXT = 'newsmark-note';

/** One thread as a person sees it: the words it sits on, its label and state, and each comment. */
export interface CommentThreadSnapshot {
  uri: string;
  annotationId: string;
  text: string;
  label: string;
  state: 'resolved' | 'unresolved';
  contextValue: string;
  canReply: boolean;
  comments: Array<{ author: string; body: string; label: string; mode: 'editing' | 'preview'; contextValue: string }>;
}

interface ThreadInfo {
  articleUri: string;
  annotationId: string;
}

class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  contextValue: string | undefined;
  savedBody: string;

  constructor(
    public body: string | vscode.MarkdownString,
    public author: vscode.CommentAuthorInformation,
    public label: string | undefined,
    public timestamp: Date | undefined,
    public readonly parent: vscode.CommentThread,
    editable: boolean,
    plainNote: string,
  ) {
    this.contextValue = editable ? NOTE_COMMENT_CONTEXT : undefined;
    this.savedBody = plainNote;
  }
}

/** Commands from the Comments UI get our comments; anyone else may pass anything. */
function isOurComment(value: unknown): value is NoteComment {
  return value instanceof NoteComment;
}

function describe(a: Annotation): string {
  const what =
    a.kind === 'entity' && a.entityType
      ? `Tagged ${TYPE_LABELS[a.entityType]}`
      : a.kind === 'not-entity'
        ? 'Not an entity'
        : a.kind === 'alias'
          ? `Same as ${a.aliasOf ?? '?'}`
          : 'Note';
  return `${STATUS_LABELS[a.status] ?? a.status} · ${what}`;
}

function safeMarkdown(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(escapeMarkdown(text));
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}

function dateOf(iso: string): Date | undefined {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export class CommentsFeature implements vscode.Disposable {
  private readonly controller: vscode.CommentController;
  private readonly threads = new Map<string, vscode.CommentThread>();
  private readonly info = new WeakMap<vscode.CommentThread, ThreadInfo>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly sidecars: SidecarService,
    private readonly commands: AnnotationCommands,
    isArticle: (doc: vscode.TextDocument) => boolean,
  ) {
    this.controller = vscode.comments.createCommentController(COMMENT_CONTROLLER_ID, 'Newsmark reviews');
    this.controller.commentingRangeProvider = {
      provideCommentingRanges: (doc) => (isArticle(doc) && doc.uri.scheme !== 'untitled' ? [new vscode.Range(0, 0, Math.max(0, doc.lineCount - 1), 0)] : []),
    };
    this.controller.options = { prompt: 'Add a Newsmark note…', placeHolder: 'A note for other reviewers on the selected words' };
    this.subscriptions.push(
      this.controller,
      sidecars.onDidChange((e) => this.sync(e.sidecar)),
      // Threads belong to an open article: a closed or renamed one must not leave threads on a name
      // that no longer shows them (the Comments panel would list them twice after a rename).
      vscode.workspace.onDidCloseTextDocument((d) => this.drop(d.uri.toString())),
      vscode.workspace.onDidRenameFiles((e) => {
        for (const f of e.files) this.drop(f.oldUri.toString());
      }),
      vscode.workspace.onDidOpenTextDocument((d) => {
        const sidecar = sidecars.peek(d.uri);
        if (sidecar) this.sync(sidecar);
      }),
    );
    for (const s of sidecars.all()) this.sync(s);
  }

  /** Translates a thread or reply payload from the Comments UI into an annotation target. */
  targetOf(arg: unknown): (AnnotationTarget & { text?: string }) | undefined {
    if (!arg || typeof arg !== 'object') return undefined;
    const reply = arg as vscode.CommentReply;
    const thread = ((reply.thread ?? arg) as vscode.CommentThread) ?? undefined;
    const comment = arg as NoteComment;
    const info = this.info.get(comment.parent ?? thread);
    if (!info) return undefined;
    return { annotationId: info.annotationId, uri: info.articleUri, text: typeof reply.text === 'string' ? reply.text : undefined };
  }

  /** A reply typed into a thread; on a brand-new thread (the gutter "+") it creates the note itself. */
  async reply(arg: vscode.CommentReply): Promise<void> {
    const target = this.targetOf(arg);
    if (target) {
      await this.commands.reply(target);
      return;
    }
    const thread = arg?.thread;
    // Only a thread the Comments UI opened on a real document can become a note.
    if (!thread || !(thread.uri instanceof vscode.Uri) || typeof arg.text !== 'string') return;
    const doc = await vscode.workspace.openTextDocument(thread.uri);
    const editor = await vscode.window.showTextDocument(doc, { preserveFocus: false });
    if (thread.range) editor.selection = new vscode.Selection(thread.range.start, thread.range.end);
    thread.dispose();
    await this.commands.addNote({ note: arg.text });
  }

  startEdit(comment: unknown): void {
    if (!isOurComment(comment)) return;
    comment.mode = vscode.CommentMode.Editing;
    comment.body = comment.savedBody;
    this.refreshComments(comment.parent);
  }

  cancelEdit(comment: unknown): void {
    if (!isOurComment(comment)) return;
    comment.mode = vscode.CommentMode.Preview;
    comment.body = safeMarkdown(comment.savedBody);
    this.refreshComments(comment.parent);
  }

  async saveEdit(comment: unknown): Promise<void> {
    if (!isOurComment(comment)) return;
    const target = this.targetOf(comment);
    const note = typeof comment.body === 'string' ? comment.body : comment.body.value;
    comment.mode = vscode.CommentMode.Preview;
    if (target) await this.commands.editNote({ ...target, note });
  }

  /** What each thread shows, for the test-only state command; reads, never changes, the threads. */
  snapshot(): CommentThreadSnapshot[] {
    const out: CommentThreadSnapshot[] = [];
    for (const thread of this.threads.values()) {
      const info = this.info.get(thread);
      if (!info) continue;
      const doc = openDocument(info.articleUri);
      out.push({
        uri: info.articleUri,
        annotationId: info.annotationId,
        text: doc && thread.range ? doc.getText(thread.range) : '',
        label: thread.label ?? '',
        state: thread.state === vscode.CommentThreadState.Resolved ? 'resolved' : 'unresolved',
        contextValue: thread.contextValue ?? '',
        canReply: thread.canReply !== false,
        comments: thread.comments.map((c) => ({
          author: c.author.name,
          body: typeof c.body === 'string' ? c.body : c.body.value,
          label: c.label ?? '',
          mode: c.mode === vscode.CommentMode.Editing ? 'editing' : 'preview',
          contextValue: c.contextValue ?? '',
        })),
      });
    }
    return out;
  }

  /** The live thread of an annotation, as the Comments UI would hand it to a command (tests use it to act like the UI). */
  threadOf(articleUri: string, annotationId: string): vscode.CommentThread | undefined {
    return this.threads.get(`${articleUri}#${annotationId}`);
  }

  private refreshComments(thread: vscode.CommentThread): void {
    thread.comments = [...thread.comments];
  }

  private sync(sidecar: ArticleSidecar): void {
    const key = sidecar.articleUri.toString();
    const doc = openDocument(key);
    const live = new Set<string>();
    for (const a of sidecar.store.all()) {
      if (sidecar.orphans.has(a.id) || !doc) continue;
      const id = `${key}#${a.id}`;
      live.add(id);
      const range = toRange(doc, a.anchor.start, a.anchor.end);
      let thread = this.threads.get(id);
      if (!thread) {
        thread = this.controller.createCommentThread(sidecar.articleUri, range, []);
        thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
        this.info.set(thread, { articleUri: key, annotationId: a.id });
        this.threads.set(id, thread);
      } else if (!thread.range || !thread.range.isEqual(range)) {
        thread.range = range;
      }
      this.render(thread, a, sidecar.state === 'ok');
    }
    for (const [id, thread] of this.threads) {
      if (id.startsWith(`${key}#`) && !live.has(id)) {
        thread.dispose();
        this.threads.delete(id);
      }
    }
  }

  private drop(articleUri: string): void {
    for (const [id, thread] of this.threads) {
      if (id.startsWith(`${articleUri}#`)) {
        thread.dispose();
        this.threads.delete(id);
      }
    }
  }

  private render(thread: vscode.CommentThread, a: Annotation, writable: boolean): void {
    thread.label = describe(a);
    thread.canReply = writable;
    thread.contextValue = a.resolved ? THREAD_CONTEXT_RESOLVED : THREAD_CONTEXT;
    thread.state = a.resolved ? vscode.CommentThreadState.Resolved : vscode.CommentThreadState.Unresolved;
    const head = [a.note ?? '', a.tags.length ? `Tags: ${a.tags.join(', ')}` : '', a.acceptedBy ? `Accepted by ${a.acceptedBy}` : '']
      .filter(Boolean)
      .join(' — ');
    const comments: vscode.Comment[] = [
      new NoteComment(safeMarkdown(head || describe(a)), { name: a.author }, describe(a), dateOf(a.modified), thread, writable, a.note ?? ''),
      ...a.replies.map((r) => new NoteComment(safeMarkdown(r.text), { name: r.author }, undefined, dateOf(r.created), thread, false, r.text)),
    ];
    thread.comments = comments;
  }

  dispose(): void {
    for (const t of this.threads.values()) t.dispose();
    this.threads.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
