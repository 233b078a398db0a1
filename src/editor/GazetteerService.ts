// Loads each workspace folder's shared newsroom gazetteer, `.newsmark/gazetteer.yaml`, and reloads it on change.
import * as vscode from 'vscode';
import type { GazetteerEntry } from '../core/engine';
import { parseGazetteer } from '../core/gazetteer/parseGazetteer';
import { readText } from './SidecarService';

export const GAZETTEER_PATH = '.newsmark/gazetteer.yaml';

export class GazetteerService implements vscode.Disposable {
  private readonly entries = new Map<string, GazetteerEntry[]>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('newsmark-gazetteer');
  readonly onDidChange = this.emitter.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${GAZETTEER_PATH}`);
    const reload = () => void this.loadAll();
    this.subscriptions.push(this.emitter, this.diagnostics, watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload), vscode.workspace.onDidChangeWorkspaceFolders(reload));
  }

  forDocument(uri: vscode.Uri): GazetteerEntry[] {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    return folder ? (this.entries.get(folder.uri.toString()) ?? []) : [];
  }

  async loadAll(): Promise<void> {
    this.entries.clear();
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      const uri = vscode.Uri.joinPath(folder.uri, GAZETTEER_PATH);
      const raw = await readText(uri).catch(() => undefined);
      if (raw === undefined) {
        this.diagnostics.delete(uri);
        continue;
      }
      const parsed = parseGazetteer(raw);
      if (parsed.ok) {
        this.entries.set(folder.uri.toString(), parsed.entries);
        this.diagnostics.delete(uri);
      } else {
        const pos = new vscode.Position(Math.max(0, parsed.error.line - 1), Math.max(0, parsed.error.column - 1));
        this.diagnostics.set(uri, [new vscode.Diagnostic(new vscode.Range(pos, pos), `Newsmark gazetteer: ${parsed.error.message}`, vscode.DiagnosticSeverity.Error)]);
      }
    }
    this.emitter.fire();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
