// Names the reviewer on every annotation: the newsmark.reviewer setting, else git's user.name, else the OS user.
import * as vscode from 'vscode';
import type { NewsmarkConfig } from './config';
import { defaultReviewerName } from './platform/node';

export class ReviewerIdentity {
  private fallback: Promise<string> | undefined;

  constructor(private readonly config: () => NewsmarkConfig) {}

  async name(forUri?: vscode.Uri): Promise<string> {
    const configured = this.config().reviewer;
    if (configured) return configured;
    if (!this.fallback) {
      const folder = forUri ? vscode.workspace.getWorkspaceFolder(forUri) : vscode.workspace.workspaceFolders?.[0];
      this.fallback = defaultReviewerName(folder?.uri.scheme === 'file' ? folder.uri.fsPath : undefined);
    }
    return this.fallback;
  }
}
