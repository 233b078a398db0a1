// What counts as an article and how its text is addressed: CRLF files, the `article` language, the .txt association and newsmark.files.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activateNewsmark, closeAllEditors, executeHover, openArticle, positionOf, waitFor, workspaceFile } from './helpers';
import { DISK_TIMEOUT_MS, copyFile, editorState, select, waitForSidecar, waitForThreads, writeFile } from './sidecarFiles';

const DISPATCH = [
  'BRUSSELS — European Union finance ministers agreed on Tuesday to extend the bloc’s emergency gas price cap by six months, officials said.',
  '',
  '“We cannot leave households exposed to another winter spike,” said Claire Dubois, a spokeswoman for the French finance ministry.',
  '',
].join('\n');

describe('article files', () => {
  before(() => activateNewsmark());
  afterEach(() => closeAllEditors());

  it('stores offsets and quotes in a CRLF article that match the file as Node reads it', async () => {
    const uri = await copyFile('harrow-grain-takeover.txt', 'crlf-a/harrow.txt');
    const raw = fs.readFileSync(uri.fsPath, 'utf8');
    assert.ok(raw.includes('\r\n'), 'the copy keeps its CRLF line ends');
    const editor = await openArticle('crlf-a/harrow.txt');
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    const words = 'Izmail';
    select(editor, words);
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'Port on the Danube, Odesa region' });
    const s = await waitForSidecar('crlf-a/harrow.annotations.yaml', (y) => y.annotations.length === 1, 'the note on a CRLF article');
    const { anchor } = s.annotations[0];
    assert.equal(anchor.quote, words);
    assert.equal(raw.slice(anchor.start, anchor.end), words, 'start/end address the bytes on disk as Node reads them');
    assert.equal(raw.slice(anchor.start - anchor.prefix.length, anchor.start), anchor.prefix, 'the prefix is the text before it, CRs included');
    assert.equal(raw.slice(anchor.end, anchor.end + anchor.suffix.length), anchor.suffix);
    const [thread] = await waitForThreads(uri, (t) => t.length === 1, 'the thread on the CRLF article');
    assert.equal(thread.text, words);
  });

  it('opens *.article.txt in the article language and analyses it', async () => {
    const uri = workspaceFile('lang-a/gas-cap.article.txt');
    await writeFile(uri, DISPATCH);
    const editor = await openArticle('lang-a/gas-cap.article.txt');
    assert.equal(editor.document.languageId, 'article');
    await waitFor(async () => ((await editorState()).decorations[uri.toString()]?.PERSON ?? []).length > 0, { message: 'people highlighted in the .article.txt file' });
  });

  it('“Treat .txt Files in This Workspace as Articles” sets the workspace association and the open documents’ language', async () => {
    const files = () => vscode.workspace.getConfiguration('files');
    const previous = files().inspect<Record<string, string>>('associations')?.workspaceValue;
    // The sample workspace already opts in; start from a workspace that has not.
    const withoutTxt = Object.fromEntries(Object.entries(previous ?? {}).filter(([glob]) => glob !== '*.txt'));
    await files().update('associations', Object.keys(withoutTxt).length ? withoutTxt : undefined, vscode.ConfigurationTarget.Workspace);
    try {
      const uri = workspaceFile('lang-b/gas-cap.txt');
      await writeFile(uri, DISPATCH);
      const editor = await openArticle('lang-b/gas-cap.txt');
      assert.equal(editor.document.languageId, 'plaintext');
      assert.equal(await vscode.commands.executeCommand('newsmark.treatTxtAsArticles'), true);
      assert.equal(files().inspect<Record<string, string>>('associations')?.workspaceValue?.['*.txt'], 'article', 'files.associations in workspace settings');
      await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId === 'article', { message: 'the open .txt to switch to article', timeout: DISK_TIMEOUT_MS });
      const later = workspaceFile('lang-b/second.txt');
      await writeFile(later, DISPATCH);
      const other = await openArticle('lang-b/second.txt');
      assert.equal(other.document.languageId, 'article', 'a .txt opened afterwards is an article');
    } finally {
      await files().update('associations', previous, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('gives hover cards in files that newsmark.files adds while VS Code is running', async () => {
    const config = vscode.workspace.getConfiguration('newsmark');
    const previous = config.inspect<string[]>('files')?.workspaceValue;
    const uri = workspaceFile('wire-a/gas-cap.wire');
    await writeFile(uri, DISPATCH);
    try {
      await config.update('files', ['**/*.txt', '**/*.wire'], vscode.ConfigurationTarget.Workspace);
      const editor = await openArticle('wire-a/gas-cap.wire');
      await waitFor(async () => ((await editorState()).decorations[uri.toString()]?.PERSON ?? []).length > 0, { message: 'people highlighted in the .wire file' });
      const pos = positionOf(editor.document, 'Claire Dubois').translate(0, 3);
      const hover = await waitFor(async () => {
        const h = await executeHover(uri, pos);
        return h.includes('Person') ? h : undefined;
      }, { message: 'a Person hover card in the .wire file', timeout: DISK_TIMEOUT_MS });
      assert.match(hover, /Claire Dubois/);
    } finally {
      await config.update('files', previous, vscode.ConfigurationTarget.Workspace);
    }
  });
});
