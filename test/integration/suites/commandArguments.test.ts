// Commands called with arguments they do not expect: menus, keybindings, macros and other extensions pass anything.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateNewsmark, closeAllEditors, openArticle, workspaceFile } from './helpers';
import { copyFile, readFile } from './sidecarFiles';

const ARTICLE = 'libya-sirte-clashes.txt';

describe('commands given arguments they do not expect', () => {
  before(() => activateNewsmark());
  after(() => closeAllEditors());

  // Comment commands come from the Comments UI with a comment or a reply; a keybinding, a macro or
  // another extension may call them with nothing or with a URI. They must do nothing, not throw.
  const calls: Array<[string, unknown[]]> = [
    ['newsmark.editComment', []],
    ['newsmark.editComment', ['a string']],
    ['newsmark.saveComment', []],
    ['newsmark.saveComment', [{ body: 'no thread' }]],
    ['newsmark.cancelEditComment', []],
    ['newsmark.reply', [{ thread: {}, text: 'a reply to nothing' }]],
    ['newsmark.resolve', [{ annotationId: 'n-00000000' }]],
    ['newsmark.reopen', [42]],
    ['newsmark.deleteAnnotation', [{ annotationId: 'n-00000000', confirmed: true }]],
    ['newsmark.revealRange', ['not a uri', 'a', null]],
    ['newsmark.revealRange', ['file:///no/such/article.txt', 0, 5]],
    ['newsmark.resolve', [{ annotationId: 'n-00000000', uri: 'file:///no/such/article.txt' }]],
    // A thread or tree row for an annotation deleted meanwhile must not start a new one on whatever is selected.
    ['newsmark.setStatus', [{ annotationId: 'n-00000000', status: 'verified' }]],
    ['newsmark.addTags', [{ annotationId: 'n-00000000', tags: ['stale'] }]],
  ];
  for (const [command, args] of calls) {
    it(`${command}(${args.map((a) => JSON.stringify(a)).join(', ')}) does nothing and does not throw`, async () => {
      const uri = await copyFile(ARTICLE, 'odd-args/article.txt');
      await copyFile('libya-sirte-clashes.annotations.yaml', 'odd-args/article.annotations.yaml');
      const sidecar = await readFile(workspaceFile('odd-args/article.annotations.yaml'));
      const editor = await openArticle('odd-args/article.txt');
      assert.equal(editor.document.uri.toString(), uri.toString());
      const words = editor.document.getText().indexOf('Bani Walid');
      editor.selection = new vscode.Selection(editor.document.positionAt(words), editor.document.positionAt(words + 'Bani Walid'.length));
      await assert.doesNotReject(async () => {
        await vscode.commands.executeCommand(command, ...args);
      });
      assert.equal(await readFile(workspaceFile('odd-args/article.annotations.yaml')), sidecar, 'the sidecar is untouched');
    });
  }
});
