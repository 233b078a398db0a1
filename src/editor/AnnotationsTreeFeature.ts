// The Annotations view: every reviewer annotation of the active article, orphans listed apart so none is ever lost from sight.
import * as vscode from 'vscode';
import { STATUS_LABELS, TYPE_LABELS } from '../core/hover/renderEntityCard';
import type { Annotation } from '../core/model';
import type { PlacedAnnotation } from '../core/review/anchoredAnnotation';
import { CommandIds } from './commands';
import type { SidecarService } from './SidecarService';

export const ANNOTATIONS_VIEW_ID = 'newsmark.annotations';
const QUOTE_PREVIEW = 60;

type Node = { kind: 'group'; label: string; items: Row[]; orphans: boolean } | { kind: 'row'; row: Row };
interface Row extends PlacedAnnotation {
  uri: vscode.Uri;
}

function summary(a: Annotation): string {
  const what = a.kind === 'entity' && a.entityType ? TYPE_LABELS[a.entityType] : a.kind === 'alias' ? `= ${a.aliasOf ?? '?'}` : a.kind === 'not-entity' ? 'not an entity' : 'note';
  return `${STATUS_LABELS[a.status] ?? a.status} · ${what} · ${a.author}`;
}

export class AnnotationsTreeFeature implements vscode.Disposable, vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Node>;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly sidecars: SidecarService) {
    this.view = vscode.window.createTreeView(ANNOTATIONS_VIEW_ID, { treeDataProvider: this });
    this.subscriptions.push(
      this.view,
      this.changed,
      sidecars.onDidChange(() => this.changed.fire(undefined)),
      vscode.window.onDidChangeActiveTextEditor(() => this.changed.fire(undefined)),
    );
  }

  private rows(): Row[] {
    const uri = vscode.window.activeTextEditor?.document.uri;
    if (!uri) return [];
    return this.sidecars.anchored(uri).map((a) => ({ uri, ...a }));
  }

  snapshot(): { placed: string[]; orphaned: string[] } {
    const rows = this.rows();
    return { placed: rows.filter((r) => !r.orphaned).map((r) => r.annotation.anchor.quote), orphaned: rows.filter((r) => r.orphaned).map((r) => r.annotation.anchor.quote) };
  }

  getChildren(node?: Node): Node[] {
    if (node) return node.kind === 'group' ? node.items.map((row) => ({ kind: 'row', row })) : [];
    const rows = this.rows();
    const orphaned = rows.filter((r) => r.orphaned);
    const placed = rows.filter((r) => !r.orphaned);
    const groups: Node[] = [];
    if (orphaned.length) groups.push({ kind: 'group', label: 'Orphaned — words not found in the current text', items: orphaned, orphans: true });
    if (placed.length) groups.push({ kind: 'group', label: 'On the text', items: placed, orphans: false });
    this.view.message = rows.length ? undefined : 'No annotations on this article yet. Select words and run “Newsmark: Add Note”.';
    return groups;
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'group') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
      item.description = String(node.items.length);
      item.iconPath = new vscode.ThemeIcon(node.orphans ? 'warning' : 'comment');
      return item;
    }
    const { row } = node;
    const a = row.annotation;
    const quote = a.anchor.quote.length > QUOTE_PREVIEW ? a.anchor.quote.slice(0, QUOTE_PREVIEW) + '…' : a.anchor.quote;
    const item = new vscode.TreeItem(`“${quote}”`, vscode.TreeItemCollapsibleState.None);
    item.description = summary(a);
    item.tooltip = [summary(a), a.note ?? '', row.orphaned ? 'Its words were not found in the current text; it is kept in the sidecar.' : ''].filter(Boolean).join('\n');
    item.contextValue = row.orphaned ? 'newsmark-orphan' : 'newsmark-annotation-row';
    if (!row.orphaned) item.command = { command: CommandIds.revealRange, title: 'Reveal', arguments: [row.uri.toString(), row.start, row.end] };
    return item;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
