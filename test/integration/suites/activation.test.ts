// Proves the harness: Newsmark is installed in the real VS Code, activates on a workspace .txt article, and the host reports its version.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditors, openArticle, waitFor, workspaceArticles } from './helpers';

describe('activation', () => {
  after(() => closeAllEditors());

  it('runs in a real VS Code that reports its version', () => {
    assert.match(vscode.version, /^\d+\.\d+\.\d+/, `vscode.version is ${vscode.version}`);
  });

  it(`has ${EXTENSION_ID} installed`, () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} not among ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
  });

  it('activates when a .txt article from the workspace is opened', async () => {
    const articles = await workspaceArticles();
    assert.ok(articles.length > 0, 'the test workspace has no .txt article (samples/ or test/fixtures/workspace/)');
    const editor = await openArticle(articles[0]);
    assert.ok(editor.document.uri.fsPath.endsWith('.txt'));
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    // No explicit activate(): this checks that opening the article is what activates it.
    await waitFor(() => ext.isActive, { message: `${EXTENSION_ID} to activate after opening ${articles[0]}` });
  });
});
