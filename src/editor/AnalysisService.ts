// Keeps an up-to-date entity analysis for each open article: at once on open, debounced while typing.
import * as vscode from 'vscode';
import { createEngine, type Engine, type GazetteerEntry } from '../core/engine';
import type { Analysis, Annotation } from '../core/model';
import { BYTES_PER_MB, type NewsmarkConfig } from './config';
import { isArticle } from './isArticle';
import { openDocument } from './openDocument';

export interface ArticleAnalysis {
  uri: vscode.Uri;
  version: number;
  text: string;
  analysis: Analysis;
  /** Set when analysis was skipped; the status bar shows it so no cap is silent. */
  skipped?: string;
  millis: number;
}

const EMPTY: Analysis = { entities: [], clusters: [] };

/**
 * A re-analysis should not start while someone is still typing: in a long article it blocks the
 * extension host for longer than the gap between two keystrokes (a 1 MB article: 100-400 ms on two
 * cores), and the next keystroke would wait for it. So the wait after a keystroke grows with what
 * the document's last analysis cost (engine plus repainting), as VS Code's own language features do.
 */
const ADAPTIVE_DEBOUNCE_FACTOR = 2;
/** ...but highlights never lag a finished edit by more than this (unless newsmark.debounceMs asks for more). */
const MAX_ADAPTIVE_DEBOUNCE_MS = 1000;

export interface AnalysisInputs {
  config(): NewsmarkConfig;
  corrections(uri: vscode.Uri): Annotation[];
  gazetteer(uri: vscode.Uri): GazetteerEntry[];
}

export class AnalysisService implements vscode.Disposable {
  /**
   * One engine per document: an engine keeps the paragraphs of the last text it analysed, so a
   * shared one would forget article A's paragraphs whenever article B is analysed, and the next
   * keystroke in A would redo every paragraph instead of one.
   */
  private readonly engines = new Map<string, Engine>();
  /** Per document, how long its last analysis held the host (engine plus every listener, e.g. repainting). */
  private readonly costs = new Map<string, number>();
  /** Per document, the corrections (as JSON) and gazetteer its last analysis used, so a refresh that changes neither is skipped. */
  private readonly inputsUsed = new Map<string, { corrections: string; gazetteer: GazetteerEntry[] }>();
  private readonly results = new Map<string, ArticleAnalysis>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly emitter = new vscode.EventEmitter<ArticleAnalysis>();
  private readonly subscriptions: vscode.Disposable[] = [];
  readonly onDidAnalyze = this.emitter.event;

  constructor(private readonly inputs: AnalysisInputs) {
    this.subscriptions.push(
      this.emitter,
      vscode.workspace.onDidOpenTextDocument((d) => this.analyzeNow(d)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length) this.schedule(e.document);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.forget(d.uri)),
      vscode.window.onDidChangeActiveTextEditor((ed) => ed && this.ensure(ed.document)),
    );
  }

  get(doc: vscode.TextDocument): ArticleAnalysis | undefined {
    const r = this.results.get(doc.uri.toString());
    return r && r.version === doc.version ? r : undefined;
  }

  /** The latest result, even if a newer edit is still waiting for its debounce. */
  latest(uri: vscode.Uri): ArticleAnalysis | undefined {
    return this.results.get(uri.toString());
  }

  /** Analyses now unless the current version is already done. */
  ensure(doc: vscode.TextDocument): ArticleAnalysis | undefined {
    return this.get(doc) ?? this.analyzeNow(doc);
  }

  /** Re-runs every open article (corrections, gazetteer or settings changed). */
  refreshAll(): void {
    for (const doc of vscode.workspace.textDocuments) this.analyzeNow(doc);
  }

  /**
   * Re-runs one article if what the engine is told about it (corrections, gazetteer) changed since its
   * current version was analysed. Loading an article's sidecar calls this for every opened article, and
   * a second full analysis of a 1 MB article right after opening it would stall the first keystrokes.
   */
  refresh(uri: vscode.Uri): void {
    const doc = openDocument(uri);
    if (!doc) return;
    const used = this.inputsUsed.get(doc.uri.toString());
    if (this.get(doc) && used && sameGazetteer(used.gazetteer, this.inputs.gazetteer(doc.uri)) && used.corrections === JSON.stringify(this.inputs.corrections(doc.uri))) {
      return;
    }
    this.analyzeNow(doc);
  }

  analyzeNow(doc: vscode.TextDocument): ArticleAnalysis | undefined {
    const config = this.inputs.config();
    if (!isArticle(doc, config)) return undefined;
    this.cancel(doc.uri);
    const key = doc.uri.toString();
    const text = doc.getText();
    const started = Date.now();
    let result: ArticleAnalysis;
    if (text.length > config.maxFileSizeBytes) {
      const mb = (config.maxFileSizeBytes / BYTES_PER_MB).toFixed(0);
      result = { uri: doc.uri, version: doc.version, text, analysis: EMPTY, skipped: `larger than ${mb} MB (newsmark.maxFileSizeMB)`, millis: 0 };
    } else {
      let engine = this.engines.get(key);
      if (!engine) this.engines.set(key, (engine = createEngine()));
      const corrections = this.inputs.corrections(doc.uri);
      const gazetteer = this.inputs.gazetteer(doc.uri);
      const analysis = engine.analyze(text, { corrections, gazetteer });
      this.inputsUsed.set(key, { corrections: JSON.stringify(corrections), gazetteer });
      result = { uri: doc.uri, version: doc.version, text, analysis, millis: Date.now() - started };
    }
    this.results.set(key, result);
    this.emitter.fire(result);
    this.costs.set(key, Date.now() - started);
    return result;
  }

  private schedule(doc: vscode.TextDocument): void {
    const config = this.inputs.config();
    if (!isArticle(doc, config)) return;
    this.cancel(doc.uri);
    const key = doc.uri.toString();
    const adaptive = Math.min(MAX_ADAPTIVE_DEBOUNCE_MS, ADAPTIVE_DEBOUNCE_FACTOR * (this.costs.get(key) ?? 0));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        // A hover or a command may already have analysed this version (ensure): no need to do it twice.
        if (!doc.isClosed && !this.get(doc)) this.analyzeNow(doc);
      }, Math.max(config.debounceMs, adaptive)),
    );
  }

  private cancel(uri: vscode.Uri): void {
    const key = uri.toString();
    const t = this.timers.get(key);
    if (t) clearTimeout(t);
    this.timers.delete(key);
  }

  private forget(uri: vscode.Uri): void {
    this.cancel(uri);
    this.results.delete(uri.toString());
    this.engines.delete(uri.toString());
    this.costs.delete(uri.toString());
    this.inputsUsed.delete(uri.toString());
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}

/** The gazetteer service hands out the same array until it reloads; a folder without one gets a fresh empty array each time. */
function sameGazetteer(a: GazetteerEntry[], b: GazetteerEntry[]): boolean {
  return a === b || (a.length === 0 && b.length === 0);
}
