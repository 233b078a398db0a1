// Status bar: what the article holds and how far its review has come; click opens the Entities view.
import * as vscode from 'vscode';
import { ENTITY_TYPES, type EntityType } from '../core/model';
import type { AnalysisService } from './AnalysisService';
import { CommandIds } from './commands';
import type { NewsmarkConfig } from './config';
import type { SidecarService } from './SidecarService';

const SHORT_LABELS: Record<EntityType, [string, string]> = {
  PERSON: ['person', 'people'],
  PLACE: ['place', 'places'],
  ORG: ['organisation', 'organisations'],
  FIGURE: ['figure', 'figures'],
};

/** Higher priority keeps the summary next to the language indicator. */
const STATUS_PRIORITY = 100;

export function plural(n: number, [one, many]: [string, string]): string {
  return `${n} ${n === 1 ? one : many}`;
}

export class StatusBarFeature implements vscode.Disposable {
  private readonly summary = vscode.window.createStatusBarItem('newsmark.summary', vscode.StatusBarAlignment.Right, STATUS_PRIORITY);
  private readonly toggles = vscode.window.createStatusBarItem('newsmark.toggles', vscode.StatusBarAlignment.Right, STATUS_PRIORITY - 1);
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly analyses: AnalysisService,
    private readonly sidecars: SidecarService,
    private readonly config: () => NewsmarkConfig,
  ) {
    this.summary.name = 'Newsmark';
    this.summary.command = CommandIds.showEntities;
    this.toggles.name = 'Newsmark highlights';
    this.toggles.command = CommandIds.highlightMenu;
    this.subscriptions.push(
      this.summary,
      this.toggles,
      analyses.onDidAnalyze(() => this.update()),
      sidecars.onDidChange(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** The current texts, for tests. */
  state(): { summary: string; tooltip: string; toggles: string; visible: boolean } {
    return { summary: this.summary.text, tooltip: String(this.summary.tooltip ?? ''), toggles: this.toggles.text, visible: this.visible };
  }

  private visible = false;

  update(): void {
    const editor = vscode.window.activeTextEditor;
    const result = editor ? this.analyses.latest(editor.document.uri) : undefined;
    if (!editor || !result) {
      this.visible = false;
      this.summary.hide();
      this.toggles.hide();
      return;
    }
    this.visible = true;
    if (result.skipped) {
      this.summary.text = `$(warning) Newsmark off: ${result.skipped}`;
      this.summary.tooltip = `Newsmark did not analyse this article because it is ${result.skipped}. Raise the limit in settings to analyse it anyway.`;
      this.summary.show();
      this.toggles.hide();
      return;
    }
    const counts = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
    for (const e of result.analysis.entities) counts[e.type]++;
    const anchored = this.sidecars.anchored(editor.document.uri);
    const verified = anchored.filter((a) => !a.orphaned && a.annotation.status === 'verified').length;
    const orphans = anchored.filter((a) => a.orphaned).length;
    const sidecar = this.sidecars.peek(editor.document.uri);
    const parts = [
      plural(counts.PERSON, SHORT_LABELS.PERSON),
      plural(counts.PLACE, SHORT_LABELS.PLACE),
      plural(counts.ORG, ['org', 'orgs']),
      plural(counts.FIGURE, SHORT_LABELS.FIGURE),
      `${verified} verified`,
    ];
    if (orphans) parts.push(`${orphans} orphaned`);
    const broken = sidecar && sidecar.state !== 'ok';
    this.summary.text = `${broken ? '$(error)' : '$(symbol-namespace)'} ${parts.join(' · ')}`;
    this.summary.tooltip = [
      `Newsmark: ${ENTITY_TYPES.map((t) => plural(counts[t], SHORT_LABELS[t])).join(', ')}`,
      `Review: ${anchored.length} annotation(s), ${verified} verified${orphans ? `, ${orphans} orphaned (words not found)` : ''}`,
      broken ? `Sidecar problem: ${sidecar?.problem}` : '',
      `Analysed in ${result.millis} ms. Click to open the Entities view.`,
    ]
      .filter(Boolean)
      .join('\n');
    this.summary.show();
    const config = this.config();
    const hidden = ENTITY_TYPES.filter((t) => !config.highlight[t]);
    this.toggles.text = hidden.length ? `$(eye-closed) ${hidden.length} hidden` : '$(eye) Highlights';
    this.toggles.tooltip = hidden.length ? `Hidden: ${hidden.map((t) => SHORT_LABELS[t][1]).join(', ')}. Click to choose.` : 'Choose which entity types are highlighted';
    this.toggles.show();
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
