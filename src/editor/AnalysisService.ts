// Keeps an up-to-date entity analysis for each open article: at once on open, debounced while typing.
import * as vscode from 'vscode';
import { createEngine, type Engine, type GazetteerEntry } from '../core/engine';
import type { Analysis, Annotation } from '../core/model';
import type { NewsmarkConfig } from './config';
import { isArticle } from './isArticle';

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

export interface AnalysisInputs {
  config(): NewsmarkConfig;
  corrections(uri: vscode.Uri): Annotation[];
  gazetteer(uri: vscode.Uri): GazetteerEntry[];
}

export class AnalysisService implements vscode.Disposable {
  private readonly engine: Engine = createEngine();
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

  refresh(uri: vscode.Uri): void {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (doc) this.analyzeNow(doc);
  }

  analyzeNow(doc: vscode.TextDocument): ArticleAnalysis | undefined {
    const config = this.inputs.config();
    if (!isArticle(doc, config)) return undefined;
    this.cancel(doc.uri);
    const text = doc.getText();
    const started = Date.now();
    let result: ArticleAnalysis;
    if (text.length > config.maxFileSizeBytes) {
      const mb = (config.maxFileSizeBytes / 1024 / 1024).toFixed(0);
      result = { uri: doc.uri, version: doc.version, text, analysis: EMPTY, skipped: `larger than ${mb} MB (newsmark.maxFileSizeMB)`, millis: 0 };
    } else {
      const analysis = this.engine.analyze(text, {
        corrections: this.inputs.corrections(doc.uri),
        gazetteer: this.inputs.gazetteer(doc.uri),
      });
      result = { uri: doc.uri, version: doc.version, text, analysis, millis: Date.now() - started };
    }
    this.results.set(doc.uri.toString(), result);
    this.emitter.fire(result);
    return result;
  }

  private schedule(doc: vscode.TextDocument): void {
    const config = this.inputs.config();
    if (!isArticle(doc, config)) return;
    this.cancel(doc.uri);
    const key = doc.uri.toString();
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        if (!doc.isClosed) this.analyzeNow(doc);
      }, config.debounceMs),
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
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    for (const s of this.subscriptions) s.dispose();
  }
}
