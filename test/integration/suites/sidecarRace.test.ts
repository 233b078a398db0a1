// Quick successive changes while the file watcher reports our own earlier writes: no reviewer's change may be lost.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateNewsmark, closeAllEditors, openArticle } from './helpers';
import { copyFile, liveThread, select, waitForSidecar, waitForThreads } from './sidecarFiles';

/** Enough replies that the watcher's reports of earlier writes land between later changes and their writes. */
const REPLIES = 25;
const TOLL_ID = 'n-9b20d7f1';

describe('sidecar writes in quick succession', () => {
  before(() => activateNewsmark());
  after(() => closeAllEditors());

  it(`keeps all ${REPLIES} replies sent one after another without waiting for each write`, async () => {
    const uri = await copyFile('libya-sirte-clashes.txt', 'race-a/libya-sirte-clashes.txt');
    await copyFile('libya-sirte-clashes.annotations.yaml', 'race-a/libya-sirte-clashes.annotations.yaml');
    await openArticle('race-a/libya-sirte-clashes.txt');
    await waitForThreads(uri, (t) => t.length === 7, 'the seven sample threads');
    const thread = await liveThread(uri, TOLL_ID);
    const existing = thread.comments.length;
    const sent: Array<Thenable<unknown>> = [];
    for (let i = 0; i < REPLIES; i++) {
      sent.push(vscode.commands.executeCommand('newsmark.reply', { thread, text: `Hospital count ${i + 1} checked against the ministry list.` }));
      // Like a reviewer clicking on: the next reply goes in once this one shows, whether or not it is on disk yet.
      await waitForThreads(uri, (ts) => (ts.find((t) => t.annotationId === TOLL_ID)?.comments.length ?? 0) >= existing + i + 1, `reply ${i + 1} shown`);
    }
    await Promise.all(sent);
    const s = await waitForSidecar('race-a/libya-sirte-clashes.annotations.yaml', (y) => (y.annotations.find((a) => a.id === TOLL_ID)?.replies.length ?? 0) >= REPLIES + 1, `all ${REPLIES} replies on disk`);
    const texts = s.annotations.find((a) => a.id === TOLL_ID)!.replies.map((r) => r.text);
    for (let i = 0; i < REPLIES; i++) assert.ok(texts.includes(`Hospital count ${i + 1} checked against the ministry list.`), `reply ${i + 1} kept`);
  });

  it('writes each quote as the annotated words even while the reviewer keeps typing above them', async () => {
    const uri = await copyFile('lagos-vote.txt', 'race-b/lagos.txt');
    const editor = await openArticle('race-b/lagos.txt');
    const words = ['Alimosho', 'Ikorodu', 'Kano', 'Abuja', 'INEC'].filter((w) => editor.document.getText().includes(w));
    assert.ok(words.length >= 4, 'enough distinct words to annotate');
    select(editor, 'Lagos');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'round 0' });
    const first = (await waitForSidecar('race-b/lagos.annotations.yaml', (y) => y.annotations.length === 1, 'the first note')).annotations[0];
    words.unshift('Lagos');
    for (let round = 1; round < words.length; round++) {
      // Another change queued just before keeps the sidecar's write queue busy, as a quick reviewer does.
      const busy = vscode.commands.executeCommand('newsmark.addTags', { annotationId: first.id, uri: uri.toString(), tags: [`round-${round}`] });
      select(editor, words[round]);
      const pending = Promise.all([busy, vscode.commands.executeCommand('newsmark.addNote', { note: `round ${round}` })]);
      // Typing above the words moves them while the note is being written.
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), `UPDATE ${round} — corrects turnout.\n`));
      await pending;
      const s = await waitForSidecar('race-b/lagos.annotations.yaml', (y) => y.annotations.length === round + 1, `note ${round} written`);
      for (const a of s.annotations) {
        const expected = words[Number(/round (\d+)/.exec(a.note ?? '')![1])];
        assert.equal(a.anchor.quote, expected, `round ${round}: the stored quote of "${a.note}" is the annotated words`);
      }
    }
  });
});
