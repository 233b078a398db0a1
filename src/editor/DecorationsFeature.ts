// Paints entity highlights and review marks in every visible article editor.
import * as vscode from 'vscode';
import { ENTITY_TYPES, REVIEW_STATUSES, type EntityType, type ReviewStatus } from '../core/model';
import { replayEdits, type TextEdit } from '../core/anchor/replayEdits';
import type { AnalysisService, ArticleAnalysis } from './AnalysisService';
import type { NewsmarkConfig } from './config';
import type { SidecarService } from './SidecarService';

/** Theme colour ids contributed in package.json; themes may override every one. */
export const ENTITY_COLORS: Record<EntityType, { background: string; ruler: string }> = {
  PERSON: { background: 'newsmark.personBackground', ruler: 'newsmark.personRuler' },
  PLACE: { background: 'newsmark.placeBackground', ruler: 'newsmark.placeRuler' },
  ORG: { background: 'newsmark.orgBackground', ruler: 'newsmark.orgRuler' },
  FIGURE: { background: 'newsmark.figureBackground', ruler: 'newsmark.figureRuler' },
};

export const STATUS_COLORS: Record<ReviewStatus, string> = {
  unverified: 'newsmark.unverifiedBorder',
  verified: 'newsmark.verifiedBorder',
  disputed: 'newsmark.disputedBorder',
  'needs-source': 'newsmark.needsSourceBorder',
};

/** Status marks differ by line style as well as colour, so they survive colour blindness and themes. */
const STATUS_STYLES: Record<ReviewStatus, string> = {
  unverified: 'dotted',
  verified: 'solid',
  disputed: 'double',
  'needs-source': 'dashed',
};

export type AppliedRanges = Record<string, Array<[number, number]>>;

/** When a document version's highlights were first painted: the editor benchmark's finish line. */
export interface DrawTime {
  version: number;
  /** Epoch milliseconds with sub-millisecond precision (performance.timeOrigin + performance.now()). */
  at: number;
  /** What the engine took for this version, and what turning its result into decorations took. */
  analysisMs: number;
  paintMs: number;
}

/**
 * Past this many edits since an editor's last paint, replaying them to compare would cost more than
 * sending everything again.
 */
const MAX_REPLAYED_EDITS = 50;

/** What one editor was last sent per decoration key, and the edits made since (VS Code moves sent decorations along with them). */
interface SentToEditor {
  ranges: AppliedRanges;
  edits: Array<readonly TextEdit[]>;
}

export class DecorationsFeature implements vscode.Disposable {
  private readonly entityTypes = new Map<EntityType, vscode.TextEditorDecorationType>();
  private readonly statusTypes = new Map<ReviewStatus, vscode.TextEditorDecorationType>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** What was last applied per document, for the status bar and the test-only state command. */
  private readonly applied = new Map<string, AppliedRanges>();
  /** One small record per document, overwritten per version, so keeping it costs nothing measurable. */
  private readonly drawn = new Map<string, DrawTime>();
  /**
   * Per visible editor, what it was last sent. A 1 MB article has ~26,000 highlights, and sending them
   * costs the extension host ~50 ms per repaint (serialising and compressing the message) plus the
   * renderer's work; after a keystroke most decoration types are unchanged once shifted by the edit,
   * and VS Code has already shifted them, so only the types that really changed are sent.
   */
  private readonly sent = new Map<vscode.TextEditor, SentToEditor>();

  constructor(
    private readonly analyses: AnalysisService,
    private readonly sidecars: SidecarService,
    private readonly config: () => NewsmarkConfig,
  ) {
    for (const type of ENTITY_TYPES) {
      this.entityTypes.set(
        type,
        vscode.window.createTextEditorDecorationType({
          backgroundColor: new vscode.ThemeColor(ENTITY_COLORS[type].background),
          overviewRulerColor: new vscode.ThemeColor(ENTITY_COLORS[type].ruler),
          overviewRulerLane: vscode.OverviewRulerLane.Right,
          borderRadius: '2px',
        }),
      );
    }
    for (const status of REVIEW_STATUSES) {
      this.statusTypes.set(
        status,
        vscode.window.createTextEditorDecorationType({
          borderStyle: `none none ${STATUS_STYLES[status]} none`,
          borderWidth: '0 0 2px 0',
          borderColor: new vscode.ThemeColor(STATUS_COLORS[status]),
          overviewRulerColor: new vscode.ThemeColor(STATUS_COLORS[status]),
          overviewRulerLane: vscode.OverviewRulerLane.Left,
        }),
      );
    }
    this.subscriptions.push(
      analyses.onDidAnalyze((r) => this.redrawFor(r.uri)),
      // Annotations move with every keystroke; repaint their marks without forcing the debounced analysis.
      sidecars.onDidChange((e) => this.redrawFor(e.sidecar.articleUri, false)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => {
        // A hidden editor may come back as a new editor without our decorations: start afresh then.
        for (const editor of [...this.sent.keys()]) if (!editors.includes(editor)) this.sent.delete(editor);
        this.redrawAll();
      }),
      vscode.workspace.onDidChangeTextDocument((e) => this.recordEdits(e)),
      vscode.workspace.onDidCloseTextDocument((d) => {
        // A reopened document starts again at version 1; its first paint must count as new.
        this.drawn.delete(d.uri.toString());
        this.applied.delete(d.uri.toString());
        for (const editor of [...this.sent.keys()]) if (editor.document.uri.toString() === d.uri.toString()) this.sent.delete(editor);
      }),
    );
  }

  redrawAll(): void {
    for (const editor of vscode.window.visibleTextEditors) this.redraw(editor);
  }

  private redrawFor(uri: vscode.Uri, analyse = true): void {
    for (const editor of vscode.window.visibleTextEditors) if (editor.document.uri.toString() === uri.toString()) this.redraw(editor, analyse);
  }

  /** Remembers the edits since each editor's last paint (O(1) per keystroke); they are replayed only when it is repainted. */
  private recordEdits(e: vscode.TextDocumentChangeEvent): void {
    if (!e.contentChanges.length) return;
    const uri = e.document.uri.toString();
    for (const [editor, sent] of this.sent) {
      if (editor.document.uri.toString() !== uri) continue;
      if (sent.edits.length >= MAX_REPLAYED_EDITS) this.sent.delete(editor);
      else sent.edits.push(e.contentChanges);
    }
  }

  /** `analyse` false: paint only if the current version is already analysed (the pending analysis repaints later). */
  private redraw(editor: vscode.TextEditor, analyse = true): void {
    const result: ArticleAnalysis | undefined = analyse ? this.analyses.ensure(editor.document) : this.analyses.get(editor.document);
    if (!result) return;
    // A debounced analysis may lag the text; drawing old offsets on new text would mislabel words.
    if (result.version !== editor.document.version) return;
    const paintStarted = performance.now();
    const config = this.config();
    const applied: AppliedRanges = {};
    const previous = this.sent.get(editor);
    const send = (key: string, type: vscode.TextEditorDecorationType, spans: Array<[number, number]>) => {
      applied[key] = spans;
      const moved = previous && previous.ranges[key] ? replayEdits(previous.ranges[key], previous.edits) : null;
      if (moved && sameSpans(moved, spans)) return;
      editor.setDecorations(type, spans.map(([start, end]) => toRange(editor.document, start, end)));
    };
    for (const type of ENTITY_TYPES) {
      const spans = config.highlight[type] ? result.analysis.entities.filter((e) => e.type === type) : [];
      send(type, this.entityTypes.get(type)!, spans.map((e) => [e.start, e.end]));
    }
    const anchored = this.sidecars.anchored(editor.document.uri).filter((a) => !a.orphaned);
    for (const status of REVIEW_STATUSES) {
      const spans = anchored.filter((a) => a.annotation.status === status && a.annotation.kind !== 'not-entity');
      send(`status:${status}`, this.statusTypes.get(status)!, spans.map((a) => [a.start, a.end]));
    }
    this.sent.set(editor, { ranges: applied, edits: [] });
    const key = editor.document.uri.toString();
    this.applied.set(key, applied);
    // Only the first paint of a version counts: later repaints (sidecar saves, focus changes) are not what a reader waits for.
    if (this.drawn.get(key)?.version !== result.version) {
      const now = performance.now();
      this.drawn.set(key, { version: result.version, at: performance.timeOrigin + now, analysisMs: result.millis, paintMs: now - paintStarted });
    }
  }

  appliedState(): Record<string, AppliedRanges> {
    return Object.fromEntries(this.applied);
  }

  /** Per document: the latest version painted and when it was first painted (for tests and the editor benchmark). */
  drawTimes(): Record<string, DrawTime> {
    return Object.fromEntries(this.drawn);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    for (const t of this.entityTypes.values()) t.dispose();
    for (const t of this.statusTypes.values()) t.dispose();
  }
}

export function toRange(doc: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(doc.positionAt(start), doc.positionAt(end));
}

function sameSpans(a: Array<[number, number]>, b: Array<[number, number]>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i][0] !== b[i][0] || a[i][1] !== b[i][1]) return false;
  return true;
}
