// Helpers for integration suites that run inside a real VS Code extension host (code-server or test-electron).
// The workspace is a fresh temp copy of samples/ merged with test/fixtures/workspace/, so tests may write into it.
import * as vscode from 'vscode';

export const EXTENSION_ID = 'newsmark.newsmark';
export const TEST_STATE_COMMAND = 'newsmark.test.state';

/** The temp workspace's root folder. */
export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('no workspace folder is open; the runner should open the temp workspace');
  return folder.uri;
}

/** URI of `name` (a path relative to the workspace root, `/`-separated) in the temp workspace. */
export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), ...name.split('/').filter(Boolean));
}

export interface WaitOptions {
  /** Milliseconds before giving up; generous by default since a fresh extension host is slow on 2 cores. */
  timeout?: number;
  /** Milliseconds between checks. */
  interval?: number;
  /** Says what was awaited, for the error when the deadline passes. */
  message?: string;
}

/**
 * Polls `cond` until it returns a truthy value (which is returned) or the deadline passes.
 * Exceptions thrown by `cond` count as "not yet"; the last one is reported on timeout.
 */
export async function waitFor<T>(cond: () => T | undefined | null | false | Promise<T | undefined | null | false>, options: WaitOptions = {}): Promise<T> {
  const timeout = options.timeout ?? 20_000;
  const interval = options.interval ?? 100;
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await cond();
      if (value) return value as T;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      const why = lastError instanceof Error ? ` (last error: ${lastError.message})` : lastError ? ` (last error: ${String(lastError)})` : '';
      throw new Error(`timed out after ${timeout} ms waiting for ${options.message ?? 'condition'}${why}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** The Newsmark extension, activated (activation is idempotent). */
export async function activateNewsmark(): Promise<vscode.Extension<unknown>> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed in this VS Code`);
  await ext.activate();
  return ext;
}

/** Opens `name` from the workspace in an editor (not a preview tab, so a later open does not replace it) and returns the editor. */
export async function openArticle(name: string, options: vscode.TextDocumentShowOptions = {}): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(doc, { preview: false, ...options });
}

/**
 * Closes every editor without saving and without ever showing a "Save?" dialog: a modal dialog
 * would block the workbench for every later test (and the UI tests). Dirty documents, untitled
 * ones included, are reverted and closed one by one first; if one stays dirty, only unmodified
 * editors are closed and this throws, naming it.
 */
export async function closeAllEditors(): Promise<void> {
  const dirty = () => vscode.workspace.textDocuments.filter((d) => d.isDirty && !d.isClosed);
  for (const doc of dirty()) {
    await vscode.window.showTextDocument(doc, { preview: false });
    // Unlike workbench.action.files.revert, this also discards an untitled document's text.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  const left = dirty();
  if (left.length > 0) {
    await vscode.commands.executeCommand('workbench.action.closeUnmodifiedEditors');
    throw new Error(`could not discard changes in ${left.map((d) => d.uri.toString()).join(', ')}; left them open`);
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

function markedText(content: vscode.MarkdownString | vscode.MarkedString): string {
  if (typeof content === 'string') return content;
  return content.value;
}

/**
 * The text of every hover all providers give at `position` in `uri` (markdown source, joined by
 * newlines); '' when there is none. Providers may answer only after activation, so wrap in waitFor.
 */
export async function executeHover(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  return hovers.flatMap((h) => h.contents.map(markedText)).join('\n');
}

/** Position of the `occurrence`-th (0-based) match of `text` in the document; throws if absent. */
export function positionOf(doc: vscode.TextDocument, text: string, occurrence = 0): vscode.Position {
  const source = doc.getText();
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = source.indexOf(text, index + 1);
    if (index < 0) throw new Error(`"${text}" (occurrence ${occurrence}) not found in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(index);
}

/**
 * Calls the extension's hidden test command `newsmark.test.state` (decorations applied per type,
 * as JSON) with `args`, parsing a JSON string answer. Throws clearly when the command is missing.
 */
export async function readTestState<T = Record<string, unknown>>(...args: unknown[]): Promise<T> {
  const commands = await vscode.commands.getCommands(true);
  if (!commands.includes(TEST_STATE_COMMAND)) {
    throw new Error(`command ${TEST_STATE_COMMAND} is not registered (is ${EXTENSION_ID} active, and does it register it?)`);
  }
  const state = await vscode.commands.executeCommand<unknown>(TEST_STATE_COMMAND, ...args);
  if (state === undefined || state === null) throw new Error(`${TEST_STATE_COMMAND} returned ${state}`);
  return (typeof state === 'string' ? JSON.parse(state) : state) as T;
}

/** The relative paths of the workspace's `.txt` articles, sorted, e.g. to pick a default article. */
export async function workspaceArticles(): Promise<string[]> {
  const files = await vscode.workspace.findFiles('**/*.txt', '**/node_modules/**');
  return files.map((u) => vscode.workspace.asRelativePath(u, false)).sort();
}
