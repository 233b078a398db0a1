// Reviewer annotations end to end: commands write the sidecar, anchors follow edits, outside changes re-anchor, broken YAML is left alone.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateNewsmark, closeAllEditors, openArticle, readTestState, waitFor, workspaceFile } from './helpers';

const decoder = new TextDecoder();
const encoder = new TextEncoder();

async function readFile(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

async function copyArticle(from: string, to: string): Promise<vscode.Uri> {
  const text = await readFile(workspaceFile(from));
  assert.ok(text, `${from} exists`);
  const target = workspaceFile(to);
  await vscode.workspace.fs.writeFile(target, encoder.encode(text!));
  return target;
}

function select(editor: vscode.TextEditor, words: string, occurrence = 0): { start: number; end: number } {
  const text = editor.document.getText();
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(words, start + 1);
  assert.ok(start >= 0, `"${words}" in the article`);
  editor.selection = new vscode.Selection(editor.document.positionAt(start), editor.document.positionAt(start + words.length));
  return { start, end: start + words.length };
}

interface SidecarYaml {
  version: number;
  article: string;
  textHash: string;
  annotations: Array<{ id: string; anchor: { quote: string; start: number; end: number; prefix: string; suffix: string }; kind: string; status: string; note?: string; entityType?: string; tags: string[]; replies: Array<{ text: string }>; author: string; resolved?: boolean }>;
}

async function sidecar(name: string, until: (s: SidecarYaml) => boolean, message: string): Promise<SidecarYaml> {
  return waitFor(async () => {
    const raw = await readFile(workspaceFile(name));
    if (!raw) return undefined;
    const s = parse(raw) as SidecarYaml;
    return until(s) ? s : undefined;
  }, { message, timeout: 30_000 });
}

describe('reviewer annotations', () => {
  before(() => activateNewsmark());
  after(() => closeAllEditors());

  it('adds a note to the selection and writes NAME.annotations.yaml beside NAME.txt', async () => {
    await copyArticle('lagos-vote.txt', 'review-a/lagos.txt');
    const editor = await openArticle('review-a/lagos.txt');
    const span = select(editor, '250,000 ballot boxes');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'INEC logistics sheet says 248,000' });
    const s = await sidecar('review-a/lagos.annotations.yaml', (y) => y.annotations?.length === 1, 'the sidecar with one note');
    assert.equal(s.version, 1);
    assert.equal(s.article, 'lagos.txt');
    assert.match(s.textHash, /^sha256:[0-9a-f]{64}$/);
    const a = s.annotations[0];
    assert.equal(a.kind, 'note');
    assert.equal(a.note, 'INEC logistics sheet says 248,000');
    assert.equal(a.anchor.quote, '250,000 ballot boxes');
    assert.deepEqual([a.anchor.start, a.anchor.end], [span.start, span.end]);
    assert.ok(a.anchor.prefix.length > 0 && a.anchor.suffix.length > 0, 'context is stored');
    assert.ok(a.author.length > 0, 'an author is recorded');
  });

  it('tags, sets a status, adds tags and replies through commands', async () => {
    const editor = await openArticle('review-a/lagos.txt');
    select(editor, 'Alimosho');
    await vscode.commands.executeCommand('newsmark.markEntity', { type: 'PLACE' });
    let s = await sidecar('review-a/lagos.annotations.yaml', (y) => y.annotations.some((a) => a.anchor.quote === 'Alimosho'), 'the entity tag');
    const tagged = s.annotations.find((a) => a.anchor.quote === 'Alimosho')!;
    assert.equal(tagged.kind, 'entity');
    assert.equal(tagged.entityType, 'PLACE');
    await vscode.commands.executeCommand('newsmark.setStatus', { annotationId: tagged.id, uri: editor.document.uri.toString(), status: 'verified' });
    await vscode.commands.executeCommand('newsmark.addTags', { annotationId: tagged.id, uri: editor.document.uri.toString(), tags: ['lga', 'checked-map'] });
    await vscode.commands.executeCommand('newsmark.reply', { annotationId: tagged.id, uri: editor.document.uri.toString(), text: 'Confirmed on the INEC ward list.' });
    await vscode.commands.executeCommand('newsmark.resolve', { annotationId: tagged.id, uri: editor.document.uri.toString() });
    s = await sidecar('review-a/lagos.annotations.yaml', (y) => {
      const a = y.annotations.find((x) => x.id === tagged.id);
      return !!a && a.status === 'verified' && a.replies.length === 1 && a.resolved === true && a.tags.length === 2;
    }, 'status, tags, reply and resolution');
    const a = s.annotations.find((x) => x.id === tagged.id)!;
    assert.deepEqual(a.tags, ['lga', 'checked-map']);
    assert.equal(a.replies[0].text, 'Confirmed on the INEC ward list.');
    const state = await readTestState<{ decorations: Record<string, Record<string, Array<[number, number]>>> }>();
    const verified = state.decorations[editor.document.uri.toString()]?.['status:verified'] ?? [];
    assert.ok(verified.length >= 1, 'the verified span is drawn differently');
  });

  it('keeps annotations on their words while typing above them, and saves the new offsets', async () => {
    const editor = await openArticle('review-a/lagos.txt');
    const before = (await sidecar('review-a/lagos.annotations.yaml', (y) => y.annotations.length >= 1, 'existing notes')).annotations.find((a) => a.kind === 'note')!;
    const prefix = 'EDITOR’S NOTE: updated with official figures.\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), prefix));
    await editor.document.save();
    const after = await sidecar('review-a/lagos.annotations.yaml', (y) => y.annotations.some((a) => a.id === before.id && a.anchor.start === before.anchor.start + prefix.length), 'offsets moved by the insertion');
    const moved = after.annotations.find((a) => a.id === before.id)!;
    assert.equal(editor.document.getText().slice(moved.anchor.start, moved.anchor.end), moved.anchor.quote);
  });

  it('re-anchors by quote when the article changes on disk', async () => {
    const uri = workspaceFile('review-a/lagos.txt');
    const editor = await openArticle('review-a/lagos.txt');
    const note = (await sidecar('review-a/lagos.annotations.yaml', (y) => y.annotations.length >= 1, 'notes')).annotations.find((a) => a.kind === 'note')!;
    const text = editor.document.getText();
    const edited = 'UPDATE 2 — adds comment from observers.\n\nA new paragraph written by the desk in another editor.\n\n' + text;
    await vscode.workspace.fs.writeFile(uri, encoder.encode(edited));
    await waitFor(() => editor.document.getText() === edited, { message: 'the editor to pick up the change on disk', timeout: 30_000 });
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'trigger a write' });
    const s = await sidecar('review-a/lagos.annotations.yaml', (y) => y.annotations.some((a) => a.id === note.id && edited.slice(a.anchor.start, a.anchor.end) === note.anchor.quote), 're-anchored note');
    assert.ok(s.annotations.find((a) => a.id === note.id));
  });

  it('shows a clear message for broken YAML and never rewrites the file', async () => {
    await copyArticle('lagos-vote.txt', 'review-b/broken.txt');
    const broken = 'version: 1\narticle: broken.txt\nannotations:\n  - id: n-1\n    anchor: {quote: "Kano", start: 3\n';
    const sidecarUri = workspaceFile('review-b/broken.annotations.yaml');
    await vscode.workspace.fs.writeFile(sidecarUri, encoder.encode(broken));
    const editor = await openArticle('review-b/broken.txt');
    const diag = await waitFor(() => vscode.languages.getDiagnostics(sidecarUri).find((d) => /cannot read this sidecar/.test(d.message)), { message: 'a diagnostic on the broken sidecar' });
    assert.ok(diag.range.start.line >= 3, `the diagnostic points into the file (line ${diag.range.start.line + 1})`);
    select(editor, 'Kano');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'must not be written' });
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(await readFile(sidecarUri), broken, 'the broken file is untouched');
    const state = await readTestState<{ statusBar: { summary: string } }>();
    assert.match(state.statusBar.summary, /\$\(error\)/);
  });

  it('explains why an untitled document cannot have a sidecar', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'article', content: 'ABUJA — The senate met on Tuesday.' });
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 5);
    const result = await vscode.commands.executeCommand('newsmark.addNote', { note: 'nowhere to go' });
    assert.equal(result, undefined);
  });

  it('takes the sidecar along when the article is renamed', async () => {
    await copyArticle('lagos-vote.txt', 'review-c/before.txt');
    const editor = await openArticle('review-c/before.txt');
    select(editor, 'Ikorodu');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'LGA name checked' });
    await sidecar('review-c/before.annotations.yaml', (y) => y.annotations.length === 1, 'the first sidecar');
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(workspaceFile('review-c/before.txt'), workspaceFile('review-c/after.txt'));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const moved = await sidecar('review-c/after.annotations.yaml', (y) => y.annotations.length === 1, 'the sidecar under its new name');
    assert.equal(moved.annotations[0].note, 'LGA name checked');
    assert.equal(await readFile(workspaceFile('review-c/before.annotations.yaml')), undefined, 'the old sidecar is gone');
  });

  it('deletes an annotation when confirmed', async () => {
    const editor = await openArticle('review-a/lagos.txt');
    const s = await sidecar('review-a/lagos.annotations.yaml', (y) => y.annotations.length >= 2, 'notes');
    const victim = s.annotations[s.annotations.length - 1];
    await vscode.commands.executeCommand('newsmark.deleteAnnotation', { annotationId: victim.id, uri: editor.document.uri.toString(), confirmed: true });
    await sidecar('review-a/lagos.annotations.yaml', (y) => !y.annotations.some((a) => a.id === victim.id), 'the annotation removed');
  });
});
