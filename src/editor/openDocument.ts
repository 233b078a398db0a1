// Finds the document VS Code holds open for a URI: the API offers only the list of open documents, no lookup.
import * as vscode from 'vscode';

/** The open document for `uri` (a Uri or its string form), or null when VS Code does not hold it. */
export function openDocument(uri: vscode.Uri | string): vscode.TextDocument | null {
  const key = typeof uri === 'string' ? uri : uri.toString();
  return vscode.workspace.textDocuments.find((d) => !d.isClosed && d.uri.toString() === key) ?? null;
}
