// The Entities view: the active article's entities grouped by type, each expanding to its mentions.
import * as vscode from 'vscode';
import { LineIndex } from '../core/hover/lineIndex';
import { TYPE_LABELS } from '../core/hover/renderEntityCard';
import { ENTITY_TYPES, type Cluster, type Entity, type EntityType } from '../core/model';
import type { AnalysisService, ArticleAnalysis } from './AnalysisService';
import { CommandIds } from './commands';

export const ENTITIES_VIEW_ID = 'newsmark.entities';
/** A line preview is cut here so the tree stays one readable row. */
const PREVIEW_CHARS = 80;

type Node =
  | { kind: 'type'; type: EntityType; clusters: Cluster[] }
  | { kind: 'cluster'; cluster: Cluster }
  | { kind: 'mention'; entity: Entity };

export class EntitiesTreeFeature implements vscode.Disposable, vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];
  private filter = '';
  private current: ArticleAnalysis | undefined;
  private lines: LineIndex | undefined;

  constructor(private readonly analyses: AnalysisService) {
    this.view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: this, showCollapseAll: true });
    this.subscriptions.push(
      this.view,
      this.changed,
      analyses.onDidAnalyze((r) => {
        if (r.uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update(r);
      }),
      vscode.window.onDidChangeActiveTextEditor((ed) => {
        if (ed) this.update(analyses.ensure(ed.document));
      }),
    );
    const ed = vscode.window.activeTextEditor;
    if (ed) this.current = analyses.ensure(ed.document);
  }

  private update(r: ArticleAnalysis | undefined): void {
    if (!r) return;
    this.current = r;
    this.lines = undefined;
    this.changed.fire(undefined);
  }

  async promptFilter(): Promise<void> {
    const value = await vscode.window.showInputBox({ title: 'Newsmark: filter entities', value: this.filter, prompt: 'Show entities whose name or alias contains…' });
    if (value !== undefined) this.setFilter(value);
  }

  setFilter(value: string): void {
    this.filter = value.trim().toLowerCase();
    this.view.description = this.filter ? `filter: ${value.trim()}` : undefined;
    void vscode.commands.executeCommand('setContext', 'newsmark.entityFilterActive', !!this.filter);
    this.changed.fire(undefined);
  }

  /** The tree's rows, for tests and for the status bar. */
  snapshot(): Array<{ type: EntityType; count: number; clusters: Array<{ name: string; mentions: number }> }> {
    return this.typeNodes().map((n) => ({
      type: n.type,
      count: n.clusters.reduce((sum, c) => sum + c.mentions.length, 0),
      clusters: n.clusters.map((c) => ({ name: c.canonical, mentions: c.mentions.length })),
    }));
  }

  private typeNodes(): Array<Extract<Node, { kind: 'type' }>> {
    const clusters = this.current?.analysis.clusters ?? [];
    const visible = this.filter ? clusters.filter((c) => c.aliases.some((a) => a.toLowerCase().includes(this.filter)) || c.canonical.toLowerCase().includes(this.filter)) : clusters;
    return ENTITY_TYPES.map((type) => ({
      kind: 'type' as const,
      type,
      clusters: visible.filter((c) => c.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.canonical.localeCompare(b.canonical)),
    })).filter((n) => n.clusters.length > 0);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.typeNodes();
    if (node.kind === 'type') return node.clusters.map((cluster) => ({ kind: 'cluster', cluster }));
    if (node.kind === 'cluster') {
      const entities = this.current?.analysis.entities ?? [];
      return node.cluster.mentions.map((i) => entities[i]).filter(Boolean).map((entity) => ({ kind: 'mention', entity }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'type') {
      const count = node.clusters.reduce((sum, c) => sum + c.mentions.length, 0);
      const item = new vscode.TreeItem(TYPE_LABELS[node.type], vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.clusters.length} · ${count} mention${count === 1 ? '' : 's'}`;
      item.contextValue = 'newsmark-type';
      return item;
    }
    if (node.kind === 'cluster') {
      const c = node.cluster;
      const item = new vscode.TreeItem(c.canonical, vscode.TreeItemCollapsibleState.Collapsed);
      item.description = `${c.mentions.length}${c.role ? ` · ${c.role}` : ''}`;
      item.tooltip = [c.canonical, c.role ? `Role: ${c.role}` : '', c.aliases.length > 1 ? `Also: ${c.aliases.slice(1).join(', ')}` : ''].filter(Boolean).join('\n');
      item.contextValue = 'newsmark-cluster';
      return item;
    }
    const e = node.entity;
    const text = this.current?.text ?? '';
    this.lines ??= new LineIndex(text);
    const pos = this.lines.positionAt(e.start);
    const lineText = this.lines.lineText(pos.line);
    const from = Math.max(0, pos.character - PREVIEW_CHARS / 2);
    const preview = lineText.slice(from, pos.character + e.text.length + PREVIEW_CHARS / 2).replace(/\s+/g, ' ').trim();
    const line = pos.line + 1;
    const item = new vscode.TreeItem(e.text, vscode.TreeItemCollapsibleState.None);
    item.description = `line ${line}: ${preview}`;
    item.tooltip = preview;
    if (this.current) item.command = { command: CommandIds.revealRange, title: 'Reveal', arguments: [this.current.uri.toString(), e.start, e.end] };
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
