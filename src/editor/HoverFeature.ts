// Hover cards for entities and reviewed words; untrusted text is escaped and links run only Newsmark's reveal command.
import * as vscode from 'vscode';
import { LineIndex } from '../core/hover/lineIndex';
import { renderAnnotationCard, renderEntityCard, type CardContext } from '../core/hover/renderEntityCard';
import type { Entity } from '../core/model';
import type { AnalysisService } from './AnalysisService';
import { CommandIds } from './commands';
import { CONFIG_SECTION, SettingKeys, readConfig } from './config';
import { articleSelector } from './isArticle';
import type { SidecarService } from './SidecarService';
import { toRange } from './DecorationsFeature';

export function revealCommandLink(uri: vscode.Uri, start: number, end: number): string {
  return `command:${CommandIds.revealRange}?${encodeURIComponent(JSON.stringify([uri.toString(), start, end]))}`;
}

/** The entity whose span holds `offset` (entities are sorted and disjoint). */
export function entityAt(entities: Entity[], offset: number): Entity | undefined {
  let lo = 0;
  let hi = entities.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entities[mid];
    if (offset < e.start) hi = mid - 1;
    else if (offset > e.end || (offset === e.end && e.end > e.start)) lo = mid + 1;
    else return e;
  }
  return undefined;
}

export class HoverFeature implements vscode.Disposable, vscode.HoverProvider {
  private registration: vscode.Disposable;
  private readonly configWatch: vscode.Disposable;
  private readonly lineCache = new WeakMap<object, LineIndex>();

  constructor(
    selector: vscode.DocumentSelector,
    private readonly analyses: AnalysisService,
    private readonly sidecars: SidecarService,
  ) {
    this.registration = vscode.languages.registerHoverProvider(selector, this);
    // A selector is fixed at registration: when newsmark.files changes, register again so newly
    // included files get hover cards (highlights already follow the setting).
    this.configWatch = vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(`${CONFIG_SECTION}.${SettingKeys.files}`)) return;
      this.registration.dispose();
      this.registration = vscode.languages.registerHoverProvider(articleSelector(readConfig()), this);
    });
  }

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.analyses.ensure(doc);
    if (!result) return undefined;
    const offset = doc.offsetAt(position);
    const entity = entityAt(result.analysis.entities, offset);
    const notes = this.sidecars
      .anchored(doc.uri)
      .filter((a) => !a.orphaned && a.start <= offset && offset <= a.end && (entity ? a.start < entity.end && a.end > entity.start : true));
    if (!entity && !notes.length) return undefined;
    let lines = this.lineCache.get(result.analysis);
    if (!lines) {
      lines = new LineIndex(result.text);
      this.lineCache.set(result.analysis, lines);
    }
    const ctx: CardContext = {
      text: result.text,
      analysis: result.analysis,
      lines,
      annotations: notes,
      revealLink: (s, e) => revealCommandLink(doc.uri, s, e),
    };
    const markdown = new vscode.MarkdownString(undefined, false);
    markdown.isTrusted = { enabledCommands: [CommandIds.revealRange] };
    markdown.supportHtml = false;
    if (entity) {
      markdown.appendMarkdown(renderEntityCard(ctx, entity));
      return new vscode.Hover(markdown, toRange(doc, entity.start, entity.end));
    }
    const start = Math.min(...notes.map((n) => n.start));
    const end = Math.max(...notes.map((n) => n.end));
    markdown.appendMarkdown(renderAnnotationCard(ctx, start, end));
    return new vscode.Hover(markdown, toRange(doc, start, end));
  }

  dispose(): void {
    this.configWatch.dispose();
    this.registration.dispose();
  }
}
