// Next/previous mention of the entity under the cursor, as Alt+F8 and Shift+Alt+F8 run them one after another.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateNewsmark, closeAllEditors, openArticle, readTestState, waitFor } from './helpers';

const ARTICLE = 'libya-sirte-clashes.txt';

function offsetsOf(text: string, words: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) out.push(i);
  return out;
}

function selectionOffsets(editor: vscode.TextEditor): [number, number] {
  return [editor.document.offsetAt(editor.selection.start), editor.document.offsetAt(editor.selection.end)];
}

describe('moving between mentions', () => {
  before(() => activateNewsmark());
  after(() => closeAllEditors());

  async function ready(): Promise<vscode.TextEditor> {
    const editor = await openArticle(ARTICLE);
    await waitFor(async () => ((await readTestState<{ decorations: Record<string, Record<string, unknown[]>> }>()).decorations[editor.document.uri.toString()]?.PERSON ?? []).length > 0, { message: 'the article analysed' });
    return editor;
  }

  it('moves from a full name to the next mention of the same person, even when it is worded differently', async () => {
    const editor = await ready();
    const text = editor.document.getText();
    const full = text.indexOf('Abdelhamid Ben Ali');
    const short = text.indexOf('Ben Ali said', full + 'Abdelhamid Ben Ali'.length);
    assert.ok(full >= 0 && short > full, 'the article names the minister, then calls him Ben Ali');
    editor.selection = new vscode.Selection(editor.document.positionAt(full + 2), editor.document.positionAt(full + 2));
    await vscode.commands.executeCommand('newsmark.nextMention');
    const [s, e] = await waitFor(() => {
      const o = selectionOffsets(editor);
      return o[0] !== full + 2 ? o : undefined;
    }, { message: 'the selection to move' });
    assert.equal(text.slice(s, e), 'Ben Ali');
    assert.equal(s, short);
    await vscode.commands.executeCommand('newsmark.previousMention');
    await waitFor(() => selectionOffsets(editor)[0] === full, { message: 'back on the full name' });
    assert.equal(text.slice(...selectionOffsets(editor)), 'Abdelhamid Ben Ali');
  });

  it('walks every mention of a place in order and wraps around', async () => {
    const editor = await ready();
    const text = editor.document.getText();
    const mentions = offsetsOf(text, 'Sirte').filter((i) => !/Gulf of $/.test(text.slice(Math.max(0, i - 8), i)));
    assert.ok(mentions.length >= 5, 'Sirte is mentioned often');
    editor.selection = new vscode.Selection(editor.document.positionAt(mentions[0] + 1), editor.document.positionAt(mentions[0] + 1));
    const visited: number[] = [];
    for (let i = 0; i < mentions.length; i++) {
      const before = selectionOffsets(editor)[0];
      await vscode.commands.executeCommand('newsmark.nextMention');
      const [s, e] = await waitFor(() => {
        const o = selectionOffsets(editor);
        return o[0] !== before ? o : undefined;
      }, { message: `step ${i + 1} to move` });
      assert.equal(text.slice(s, e), 'Sirte');
      visited.push(s);
    }
    // Each step lands on a later Sirte until the last one wraps to the first.
    const wrapped = visited.findIndex((s, i) => i > 0 && s < visited[i - 1]);
    assert.ok(wrapped > 0, `the walk wraps around: ${visited.join(', ')}`);
    assert.ok(visited.slice(0, wrapped).every((s, i) => i === 0 || s > visited[i - 1]), `forward in document order: ${visited.join(', ')}`);
    assert.equal(visited[wrapped], Math.min(...visited), 'wraps to the first mention');
  });

  it('stays put, without an error, when the cursor is not on an entity', async () => {
    const editor = await ready();
    const at = editor.document.getText().indexOf('coastal city');
    editor.selection = new vscode.Selection(editor.document.positionAt(at), editor.document.positionAt(at));
    await vscode.commands.executeCommand('newsmark.nextMention');
    assert.equal(selectionOffsets(editor)[0], at);
  });
});
