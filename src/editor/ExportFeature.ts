// Palette exports: pick a format and a place, for the current article or every article in the workspace.
import * as vscode from 'vscode';
import { EXPORT_FORMATS, exportFormat, type ExportFormat } from '../core/export/exportFormats';
import type { ExportInput } from '../core/export/exportInput';
import { textHash } from '../core/sidecar/textHash';
import type { AnalysisService } from './AnalysisService';
import type { NewsmarkConfig } from './config';
import type { SidecarService } from './SidecarService';

const encoder = new TextEncoder();
/** Workspace exports skip generated and vendored folders. */
const WORKSPACE_EXCLUDE = '**/{node_modules,.git,.vscode-test,dist,out}/**';

export interface ExportArgs {
  format?: string;
  /** Where to write; skips the save dialog (used by scripts and tests). */
  target?: string;
  uri?: string;
}

export class ExportFeature {
  constructor(
    private readonly analyses: AnalysisService,
    private readonly sidecars: SidecarService,
    private readonly config: () => NewsmarkConfig,
  ) {}

  /** Everything an exporter needs for one open or closed article. */
  async inputFor(doc: vscode.TextDocument): Promise<ExportInput> {
    await this.sidecars.load(doc);
    const result = this.analyses.ensure(doc);
    const text = doc.getText();
    return {
      articleName: doc.uri.path.split('/').pop() ?? 'article.txt',
      text,
      analysis: result?.analysis ?? { entities: [], clusters: [] },
      annotations: this.sidecars.anchored(doc.uri),
      articleUri: doc.uri.toString(),
      textHash: textHash(text),
    };
  }

  async exportCurrent(args: ExportArgs = {}): Promise<vscode.Uri | undefined> {
    const doc = args.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri)) : vscode.window.activeTextEditor?.document;
    if (!doc) {
      void vscode.window.showInformationMessage('Newsmark: open an article to export it.');
      return undefined;
    }
    const format = args.format ? exportFormat(args.format) : await pickFormat();
    if (!format) {
      if (args.format) void vscode.window.showErrorMessage(`Newsmark: unknown export format “${args.format}”. Choose one of ${EXPORT_FORMATS.map((f) => f.id).join(', ')}.`);
      return undefined;
    }
    const base = doc.uri.path.replace(/\.txt$/, '');
    const suggested = doc.uri.with({ path: base + format.extension });
    const target = args.target
      ? vscode.Uri.parse(args.target)
      : await vscode.window.showSaveDialog({ defaultUri: suggested, title: `Export ${format.label}`, filters: { [format.label]: [format.extension.slice(1)] } });
    if (!target) return undefined;
    const input = await this.inputFor(doc);
    await this.write(target, format, input);
    if (!args.target) {
      void vscode.window.showInformationMessage(`Newsmark: exported ${format.label} to ${vscode.workspace.asRelativePath(target)}.`, 'Open').then((choice) => {
        if (choice === 'Open') void vscode.commands.executeCommand('vscode.open', target);
      });
    }
    return target;
  }

  /** Writes one export per article into a chosen folder, with a cancellable progress notification. */
  async exportWorkspace(args: ExportArgs & { folder?: string } = {}): Promise<vscode.Uri[]> {
    const format = args.format ? exportFormat(args.format) : await pickFormat();
    if (!format) return [];
    const folder = args.folder
      ? vscode.Uri.parse(args.folder)
      : (await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, openLabel: 'Export here', title: `Export every article as ${format.label}` }))?.[0];
    if (!folder) return [];
    const patterns = this.config().files;
    const found = new Map<string, vscode.Uri>();
    for (const p of patterns) for (const u of await vscode.workspace.findFiles(p, WORKSPACE_EXCLUDE)) found.set(u.toString(), u);
    const articles = [...found.values()].sort((a, b) => a.path.localeCompare(b.path));
    const written: vscode.Uri[] = [];
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: `Newsmark: exporting ${articles.length} article(s) as ${format.label}`, cancellable: true },
      async (progress, token) => {
        for (const uri of articles) {
          if (token.isCancellationRequested) break;
          progress.report({ message: vscode.workspace.asRelativePath(uri), increment: 100 / Math.max(1, articles.length) });
          const doc = await vscode.workspace.openTextDocument(uri);
          const name = (uri.path.split('/').pop() ?? 'article').replace(/\.txt$/, '');
          const target = vscode.Uri.joinPath(folder, name + format.extension);
          await this.write(target, format, await this.inputFor(doc));
          written.push(target);
        }
      },
    );
    void vscode.window.showInformationMessage(`Newsmark: exported ${written.length} of ${articles.length} article(s) to ${vscode.workspace.asRelativePath(folder)}.`);
    return written;
  }

  private async write(target: vscode.Uri, format: ExportFormat, input: ExportInput): Promise<void> {
    await vscode.workspace.fs.writeFile(target, encoder.encode(format.render(input)));
    for (const c of format.companions) {
      const companion = target.with({ path: target.path.replace(/\.[^./]+$/, '') + c.extension });
      // Never overwrite the article itself with its own companion copy.
      if (companion.toString() === vscode.Uri.parse(input.articleUri ?? '').toString()) continue;
      await vscode.workspace.fs.writeFile(companion, encoder.encode(c.render(input)));
    }
  }
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const pick = await vscode.window.showQuickPick(
    EXPORT_FORMATS.map((f) => ({ label: f.label, description: f.extension, detail: f.description, format: f })),
    { title: 'Newsmark: export as…', matchOnDetail: true },
  );
  return pick?.format;
}
