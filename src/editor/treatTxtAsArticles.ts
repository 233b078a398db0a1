// Opts a workspace in: every `.txt` file opens in the `article` language, with its grammar.
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from './isArticle';

const TXT_GLOB = '*.txt';

export async function treatTxtAsArticles(): Promise<boolean> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Newsmark: open a folder first; the association is saved in its workspace settings.');
    return false;
  }
  const files = vscode.workspace.getConfiguration('files');
  const current = files.get<Record<string, string>>('associations') ?? {};
  if (current[TXT_GLOB] === ARTICLE_LANGUAGE) {
    void vscode.window.showInformationMessage('Newsmark: .txt files in this workspace already open as articles.');
    return true;
  }
  await files.update('associations', { ...current, [TXT_GLOB]: ARTICLE_LANGUAGE }, vscode.ConfigurationTarget.Workspace);
  // Documents already open keep their language until told otherwise.
  for (const doc of vscode.workspace.textDocuments) {
    if (doc.uri.path.endsWith('.txt') && doc.languageId === 'plaintext') await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE);
  }
  void vscode.window.showInformationMessage('Newsmark: .txt files in this workspace now open as articles (files.associations in workspace settings).');
  return true;
}
