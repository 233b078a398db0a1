// Moving between mentions: reveal a range from links and the tree, jump to the next or previous mention of an entity.
import * as vscode from 'vscode';
import type { AnalysisService } from './AnalysisService';
import { entityAt } from './HoverFeature';
import { toRange } from './DecorationsFeature';

/** Long enough to read the hint, short enough that it does not linger after the cursor moves on. */
const HINT_MS = 3000;

export class NavigationCommands {
  constructor(private readonly analyses: AnalysisService) {}

  async revealRange(uri: string, start: number, end: number): Promise<void> {
    if (typeof uri !== 'string' || !Number.isInteger(start) || !Number.isInteger(end)) return;
    let doc: vscode.TextDocument;
    try {
      doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
    } catch (err) {
      // A link in an old hover card or tree row may name an article that was moved or deleted since.
      void vscode.window.showWarningMessage(`Newsmark: cannot open ${uri}: ${err instanceof Error ? err.message : String(err)}`);
      return;
    }
    const editor = await vscode.window.showTextDocument(doc);
    const max = doc.getText().length;
    const range = toRange(doc, Math.min(start, max), Math.min(end, max));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  /** Moves to the next (`step` 1) or previous (-1) mention of the entity under the cursor, wrapping around. */
  async jump(step: 1 | -1): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return;
    const result = this.analyses.ensure(editor.document);
    if (!result) return;
    // After a jump the mention is selected with the cursor at its end, which no longer counts as inside it:
    // look at the selection's start, so pressing the key again keeps walking.
    const offset = editor.document.offsetAt(editor.selection.isEmpty ? editor.selection.active : editor.selection.start);
    const entity = entityAt(result.analysis.entities, offset);
    if (!entity || entity.cluster === undefined) {
      void vscode.window.setStatusBarMessage('Newsmark: place the cursor on a highlighted entity to move between its mentions.', HINT_MS);
      return;
    }
    const mentions = result.analysis.clusters[entity.cluster].mentions.map((i) => result.analysis.entities[i]);
    const here = mentions.findIndex((m) => m.start === entity.start);
    const next = mentions[(here + step + mentions.length) % mentions.length];
    await this.revealRange(editor.document.uri.toString(), next.start, next.end);
  }
}
