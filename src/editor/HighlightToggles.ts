// Turns each entity type's highlights on and off, through commands, settings and the status-bar menu.
import * as vscode from 'vscode';
import { TYPE_LABELS } from '../core/hover/renderEntityCard';
import { ENTITY_TYPES, type EntityType } from '../core/model';
import { CONFIG_SECTION, highlightSettingKey, type NewsmarkConfig } from './config';

export class HighlightToggles {
  constructor(private readonly config: () => NewsmarkConfig) {}

  async toggle(type: EntityType): Promise<void> {
    await this.set(type, !this.config().highlight[type]);
  }

  async set(type: EntityType, on: boolean): Promise<void> {
    const c = vscode.workspace.getConfiguration(CONFIG_SECTION);
    // Write where the user would look: the workspace when one is open, else their user settings.
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await c.update(highlightSettingKey(type), on, target);
  }

  async menu(): Promise<void> {
    const current = this.config().highlight;
    const items = ENTITY_TYPES.map((type) => ({ label: TYPE_LABELS[type], type, picked: current[type] }));
    const picked = await vscode.window.showQuickPick(items, { canPickMany: true, title: 'Newsmark: highlight which entities?' });
    if (!picked) return;
    const on = new Set(picked.map((p) => p.type));
    for (const type of ENTITY_TYPES) if (current[type] !== on.has(type)) await this.set(type, on.has(type));
  }
}
