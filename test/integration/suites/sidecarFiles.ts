// Helpers for suites that work on copies of sample articles and their sidecars: copy, read, parse and wait on the YAML.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { CommentThreadSnapshot } from '../../../src/editor/CommentsFeature';
import { readTestState, waitFor, workspaceFile } from './helpers';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A generous deadline for anything that goes through the file watcher on a busy 2-core machine. */
export const DISK_TIMEOUT_MS = 30_000;

export interface SidecarAnnotation {
  id: string;
  anchor: { quote: string; start: number; end: number; prefix: string; suffix: string };
  kind: string;
  status: string;
  note?: string;
  tags: string[];
  author: string;
  replies: Array<{ author: string; text: string }>;
  resolved?: boolean;
  [field: string]: unknown;
}

export interface SidecarYaml {
  version: number;
  article: string;
  textHash: string;
  annotations: SidecarAnnotation[];
}

/** One comment thread as the extension's test state reports it. */
export type ThreadSnapshot = CommentThreadSnapshot;

export interface EditorState {
  comments: ThreadSnapshot[];
  decorations: Record<string, Record<string, Array<[number, number]>>>;
  statusBar: { summary: string; tooltip: string; toggles: string; visible: boolean };
  annotationsTree: { placed: string[]; orphaned: string[] };
}

export async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function writeFile(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
}

/** Copies a workspace file byte for byte (CRLF stays CRLF) and returns the copy's URI. */
export async function copyFile(from: string, to: string): Promise<vscode.Uri> {
  const bytes = await vscode.workspace.fs.readFile(workspaceFile(from));
  assert.ok(bytes.length > 0, `${from} exists and is not empty`);
  const target = workspaceFile(to);
  await vscode.workspace.fs.writeFile(target, bytes);
  return target;
}

/** Waits until the sidecar at `name` parses and satisfies `until`. */
export async function waitForSidecar(name: string, until: (s: SidecarYaml) => boolean, message: string): Promise<SidecarYaml> {
  return waitFor(async () => {
    const raw = await readFile(workspaceFile(name));
    if (!raw) return undefined;
    const s = parse(raw) as SidecarYaml;
    return s && Array.isArray(s.annotations) && until(s) ? s : undefined;
  }, { message, timeout: DISK_TIMEOUT_MS });
}

export async function editorState(): Promise<EditorState> {
  return readTestState<EditorState>();
}

/** The comment threads Newsmark shows on `uri`, once `until` holds. */
export async function waitForThreads(uri: vscode.Uri, until: (threads: ThreadSnapshot[]) => boolean, message: string): Promise<ThreadSnapshot[]> {
  return waitFor(async () => {
    const threads = (await editorState()).comments.filter((t) => t.uri === uri.toString());
    return until(threads) ? threads : undefined;
  }, { message, timeout: DISK_TIMEOUT_MS });
}

/** The live comment thread of an annotation: what the Comments UI hands to Newsmark's commands. */
export async function liveThread(uri: vscode.Uri, annotationId: string): Promise<vscode.CommentThread> {
  const answer = await readTestState<{ thread: vscode.CommentThread | null }>({ commentThread: { uri: uri.toString(), annotationId } });
  assert.ok(answer.thread, `a comment thread for ${annotationId}`);
  return answer.thread!;
}

/** Selects the `occurrence`-th (0-based) match of `words` and returns its offsets. */
export function select(editor: vscode.TextEditor, words: string, occurrence = 0): { start: number; end: number } {
  const text = editor.document.getText();
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `"${words}" (occurrence ${occurrence}) in ${editor.document.uri.path}`);
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + words.length));
  return { start, end: start + words.length };
}

/** Undoes escapeMarkdown, so a comment body can be compared with the note it shows. */
export function unescapeMarkdown(md: string): string {
  return md.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\\([\\`*_{}[\]()#+\-.!|~"'$:])/g, '$1');
}
