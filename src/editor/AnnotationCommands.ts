// The reviewer's actions on the selection or on an annotation: tag, correct, note, status, tags, reply, resolve, delete.
import * as vscode from 'vscode';
import { anchorFromRange } from '../core/anchor/anchorFromRange';
import { newAnnotationId } from '../core/annotations/newAnnotationId';
import { ENTITY_TYPES, REVIEW_STATUSES, type Annotation, type AnnotationKind, type EntityType, type ReviewStatus } from '../core/model';
import { STATUS_LABELS, TYPE_LABELS } from '../core/hover/renderEntityCard';
import type { AnalysisService } from './AnalysisService';
import type { ReviewerIdentity } from './ReviewerIdentity';
import type { SidecarService } from './SidecarService';

/** What a command may be invoked with: nothing (use the selection), an annotation id, or a comment thread's payload. */
export type AnnotationTarget = { annotationId?: string; uri?: string } | undefined;

export interface NewAnnotationFields {
  kind: AnnotationKind;
  entityType?: EntityType;
  aliasOf?: string;
  note?: string;
  status?: ReviewStatus;
  tags?: string[];
}

export class AnnotationCommands {
  constructor(
    private readonly sidecars: SidecarService,
    private readonly analyses: AnalysisService,
    private readonly reviewer: ReviewerIdentity,
  ) {}

  /** Creates an annotation on the active selection (or the entity under the cursor). */
  async create(fields: NewAnnotationFields, editor = vscode.window.activeTextEditor): Promise<Annotation | undefined> {
    if (!editor) {
      void vscode.window.showInformationMessage('Newsmark: open an article and select some words first.');
      return undefined;
    }
    const span = this.selectionSpan(editor);
    if (!span) {
      void vscode.window.showInformationMessage('Newsmark: select the words to annotate (or place the cursor on a highlighted entity).');
      return undefined;
    }
    const author = await this.reviewer.name(editor.document.uri);
    const now = new Date().toISOString();
    let created: Annotation | undefined;
    const ok = await this.sidecars.mutate(editor.document, (store, text) => {
      created = {
        id: newAnnotationId(),
        anchor: anchorFromRange(text, span),
        kind: fields.kind,
        entityType: fields.entityType,
        aliasOf: fields.aliasOf,
        status: fields.status ?? 'unverified',
        tags: fields.tags ?? [],
        note: fields.note,
        author,
        created: now,
        modified: now,
        replies: [],
      };
      store.add(created);
    });
    if (ok && fields.kind !== 'note') this.analyses.refresh(editor.document.uri);
    return ok ? created : undefined;
  }

  async addNote(arg?: { note?: string }): Promise<Annotation | undefined> {
    const note = arg?.note ?? (await vscode.window.showInputBox({ title: 'Newsmark: note on the selection', prompt: 'What should other reviewers know about these words?', ignoreFocusOut: true }));
    if (note === undefined || note.trim() === '') return undefined;
    return this.create({ kind: 'note', note: note.trim() });
  }

  async markEntity(arg?: { type?: EntityType }): Promise<Annotation | undefined> {
    const type = arg?.type ?? (await pickEntityType());
    if (!type) return undefined;
    return this.create({ kind: 'entity', entityType: type });
  }

  markNotEntity(): Promise<Annotation | undefined> {
    return this.create({ kind: 'not-entity' });
  }

  async mergeAlias(arg?: { aliasOf?: string }): Promise<Annotation | undefined> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    let aliasOf = arg?.aliasOf;
    if (!aliasOf) {
      const analysis = this.analyses.ensure(editor.document);
      const names = [...new Set((analysis?.analysis.clusters ?? []).filter((c) => c.type !== 'FIGURE').map((c) => c.canonical))].sort();
      const pick = await vscode.window.showQuickPick([...names.map((label) => ({ label })), { label: '$(edit) Another name…', other: true } as vscode.QuickPickItem & { other?: boolean }], {
        title: 'Newsmark: this name is the same entity as…',
        placeHolder: 'Choose the canonical name',
      });
      if (!pick) return undefined;
      aliasOf = (pick as { other?: boolean }).other ? await vscode.window.showInputBox({ prompt: 'Canonical name' }) : pick.label;
    }
    if (!aliasOf?.trim()) return undefined;
    return this.create({ kind: 'alias', aliasOf: aliasOf.trim() });
  }

  async setStatus(target?: AnnotationTarget & { status?: ReviewStatus }): Promise<void> {
    const status =
      target?.status ??
      (
        await vscode.window.showQuickPick(
          REVIEW_STATUSES.map((s) => ({ label: STATUS_LABELS[s], status: s })),
          { title: 'Newsmark: set verification status' },
        )
      )?.status;
    if (!status) return;
    const found = await this.resolveTarget(target);
    if (found) {
      await this.update(found, (a) => ({ ...a, status }));
      return;
    }
    if (this.missing(target)) return;
    // No annotation there yet: a status on plain words starts one.
    await this.create({ kind: 'note', status });
  }

  async addTags(target?: AnnotationTarget & { tags?: string[] }): Promise<void> {
    const tags =
      target?.tags ??
      (await vscode.window.showInputBox({ title: 'Newsmark: add tags', prompt: 'Comma-separated tags, e.g. source-checked, casualty-figure' }))
        ?.split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    if (!tags?.length) return;
    const found = await this.resolveTarget(target);
    if (found) await this.update(found, (a) => ({ ...a, tags: [...new Set([...a.tags, ...tags])] }));
    else if (!this.missing(target)) await this.create({ kind: 'note', tags });
  }

  async reply(target?: AnnotationTarget & { text?: string }): Promise<void> {
    const found = await this.resolveTarget(target);
    if (!found) return;
    const text = target?.text ?? (await vscode.window.showInputBox({ title: 'Newsmark: reply', prompt: `Reply to ${found.annotation.author}` }));
    if (!text?.trim()) return;
    const author = await this.reviewer.name(found.doc.uri);
    await this.update(found, (a) => ({ ...a, replies: [...a.replies, { author, created: new Date().toISOString(), text: text.trim() }] }));
  }

  async setResolved(target: AnnotationTarget, resolved: boolean): Promise<void> {
    const found = await this.resolveTarget(target);
    if (found) await this.update(found, (a) => ({ ...a, resolved }));
  }

  async editNote(target: AnnotationTarget & { note: string }): Promise<void> {
    const found = await this.resolveTarget(target);
    if (found) await this.update(found, (a) => ({ ...a, note: target.note.trim() || undefined }));
  }

  async delete(target?: AnnotationTarget & { confirmed?: boolean }): Promise<void> {
    const found = await this.resolveTarget(target);
    if (!found) return;
    const a = found.annotation;
    if (!target?.confirmed) {
      const answer = await vscode.window.showWarningMessage(
        `Delete ${a.author}'s annotation on “${a.anchor.quote.slice(0, 60)}”${a.replies.length ? ` and its ${a.replies.length} repl${a.replies.length === 1 ? 'y' : 'ies'}` : ''}?`,
        { modal: true },
        'Delete',
      );
      if (answer !== 'Delete') return;
    }
    await this.sidecars.mutate(found.doc, (store) => store.remove(a.id));
    if (a.kind !== 'note') this.analyses.refresh(found.doc.uri);
  }

  private async update(found: { doc: vscode.TextDocument; annotation: Annotation }, fn: (a: Annotation) => Annotation): Promise<void> {
    await this.sidecars.mutate(found.doc, (store) => {
      const current = store.get(found.annotation.id);
      if (current) store.update({ ...fn(current), modified: new Date().toISOString() });
    });
    if (found.annotation.kind !== 'note') this.analyses.refresh(found.doc.uri);
  }

  /**
   * True (after telling the user) when the command named an annotation that no longer exists, e.g. from a
   * thread or tree row drawn before it was deleted: the command must not fall back to the selection.
   */
  private missing(target: AnnotationTarget): boolean {
    if (!target?.annotationId) return false;
    void vscode.window.showWarningMessage('Newsmark: that annotation no longer exists (deleted, or its file changed); nothing was changed.');
    return true;
  }

  /** Finds the annotation a command is about: the one named, or the one under the selection (asking if several). */
  private async resolveTarget(target: AnnotationTarget): Promise<{ doc: vscode.TextDocument; annotation: Annotation } | undefined> {
    if (target?.annotationId) {
      const doc = target.uri ? await openArticle(target.uri) : vscode.window.activeTextEditor?.document;
      if (!doc) return undefined;
      const sidecar = await this.sidecars.load(doc);
      const annotation = sidecar?.store.get(target.annotationId);
      return annotation ? { doc, annotation } : undefined;
    }
    const editor = vscode.window.activeTextEditor;
    if (!editor) return undefined;
    await this.sidecars.load(editor.document);
    const sel = editor.selection;
    const start = editor.document.offsetAt(sel.start);
    const end = editor.document.offsetAt(sel.end);
    const hits = this.sidecars.anchored(editor.document.uri).filter((a) => !a.orphaned && a.start <= end && a.end >= start);
    if (hits.length <= 1) return hits[0] ? { doc: editor.document, annotation: hits[0].annotation } : undefined;
    const pick = await vscode.window.showQuickPick(
      hits.map((h) => ({ label: h.annotation.anchor.quote, description: `${h.annotation.kind} · ${STATUS_LABELS[h.annotation.status]} · ${h.annotation.author}`, id: h.annotation.id })),
      { title: 'Newsmark: which annotation?' },
    );
    const chosen = hits.find((h) => h.annotation.id === pick?.id);
    return chosen ? { doc: editor.document, annotation: chosen.annotation } : undefined;
  }

  /** The selection, or, with an empty selection, the entity under the cursor. */
  private selectionSpan(editor: vscode.TextEditor): { start: number; end: number } | undefined {
    const doc = editor.document;
    const start = doc.offsetAt(editor.selection.start);
    const end = doc.offsetAt(editor.selection.end);
    if (end > start) {
      // Trim surrounding whitespace so the quote is the words themselves.
      const text = doc.getText().slice(start, end);
      const lead = text.length - text.trimStart().length;
      const trail = text.length - text.trimEnd().length;
      return end - trail > start + lead ? { start: start + lead, end: end - trail } : undefined;
    }
    const analysis = this.analyses.ensure(doc);
    const hit = analysis?.analysis.entities.find((e) => e.start <= start && start <= e.end);
    if (hit) return { start: hit.start, end: hit.end };
    const word = doc.getWordRangeAtPosition(editor.selection.active);
    return word ? { start: doc.offsetAt(word.start), end: doc.offsetAt(word.end) } : undefined;
  }
}

async function pickEntityType(): Promise<EntityType | undefined> {
  const pick = await vscode.window.showQuickPick(
    ENTITY_TYPES.map((t) => ({ label: TYPE_LABELS[t], type: t })),
    { title: 'Newsmark: tag the selection as…' },
  );
  return pick?.type;
}

/** The article a command names, or undefined (with a message) when it cannot be opened, e.g. it was moved or deleted. */
async function openArticle(uri: string): Promise<vscode.TextDocument | undefined> {
  try {
    return await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  } catch (err) {
    void vscode.window.showWarningMessage(`Newsmark: cannot open ${uri}: ${err instanceof Error ? err.message : String(err)}`);
    return undefined;
  }
}
