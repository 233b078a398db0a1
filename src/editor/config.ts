// The one typed reader of Newsmark's settings; everything else receives plain config objects.
import * as vscode from 'vscode';
import type { EntityType } from '../core/model';

import { CONFIG_SECTION, SettingKeys } from './settingKeys';

export { CONFIG_SECTION, SettingKeys };

export const DEFAULT_FILES = ['**/*.txt'];
export const DEFAULT_DEBOUNCE_MS = 150;
/** Beyond this, analysis would make typing sluggish; the status bar says analysis is off. */
export const DEFAULT_MAX_FILE_SIZE_MB = 5;
/** newsmark.maxFileSizeMB counts binary megabytes. */
export const BYTES_PER_MB = 1024 * 1024;

export interface NewsmarkConfig {
  files: string[];
  reviewer: string;
  highlight: Record<EntityType, boolean>;
  debounceMs: number;
  maxFileSizeBytes: number;
}

const HIGHLIGHT_KEYS: Record<EntityType, string> = {
  PERSON: SettingKeys.highlightPerson,
  PLACE: SettingKeys.highlightPlace,
  ORG: SettingKeys.highlightOrg,
  FIGURE: SettingKeys.highlightFigure,
};

export function highlightSettingKey(type: EntityType): string {
  return HIGHLIGHT_KEYS[type];
}

export function readConfig(scope?: vscode.ConfigurationScope): NewsmarkConfig {
  const c = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
  const files = c.get<string[]>(SettingKeys.files, DEFAULT_FILES);
  const debounce = c.get<number>(SettingKeys.debounceMs, DEFAULT_DEBOUNCE_MS);
  const maxMb = c.get<number>(SettingKeys.maxFileSizeMB, DEFAULT_MAX_FILE_SIZE_MB);
  return {
    files: Array.isArray(files) && files.length ? files.filter((f) => typeof f === 'string') : DEFAULT_FILES,
    reviewer: (c.get<string>(SettingKeys.reviewer, '') ?? '').trim(),
    highlight: {
      PERSON: c.get<boolean>(SettingKeys.highlightPerson, true),
      PLACE: c.get<boolean>(SettingKeys.highlightPlace, true),
      ORG: c.get<boolean>(SettingKeys.highlightOrg, true),
      FIGURE: c.get<boolean>(SettingKeys.highlightFigure, true),
    },
    debounceMs: Number.isFinite(debounce) && debounce >= 0 ? debounce : DEFAULT_DEBOUNCE_MS,
    maxFileSizeBytes: (Number.isFinite(maxMb) && maxMb > 0 ? maxMb : DEFAULT_MAX_FILE_SIZE_MB) * BYTES_PER_MB,
  };
}

export function affectsNewsmark(e: vscode.ConfigurationChangeEvent): boolean {
  return e.affectsConfiguration(CONFIG_SECTION);
}
