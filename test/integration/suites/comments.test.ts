// Annotations as Comments-API threads, driven the way the Comments UI drives them: threads on the words, replies, resolve/reopen, editing the note.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateNewsmark, closeAllEditors, openArticle, waitFor, workspaceFile } from './helpers';
import { DISK_TIMEOUT_MS, copyFile, liveThread, readFile, unescapeMarkdown, waitForSidecar, waitForThreads, type SidecarYaml } from './sidecarFiles';

const DIR = 'comments-a';
const ARTICLE = `${DIR}/libya-sirte-clashes.txt`;
const SIDECAR = `${DIR}/libya-sirte-clashes.annotations.yaml`;
const STATUS_LABELS: Record<string, string> = { unverified: 'Unverified', verified: 'Verified', disputed: 'Disputed', 'needs-source': 'Needs source' };

/** The disputed death toll with one reply from another reviewer. */
const DISPUTED_ID = 'n-9b20d7f1';
/** The Ras Lanuf shipment claim that still needs a source. */
const CLAIM_ID = 'n-7a09c3de';
/** The council head's name, verified by phone. */
const NAME_ID = 'n-51fa62c8';

describe('comment threads', () => {
  let uri: vscode.Uri;
  let original: SidecarYaml;

  before(async () => {
    await activateNewsmark();
    uri = await copyFile('libya-sirte-clashes.txt', ARTICLE);
    await copyFile('libya-sirte-clashes.annotations.yaml', SIDECAR);
    original = parse((await readFile(workspaceFile(SIDECAR)))!) as SidecarYaml;
    assert.ok(original.annotations.length >= 5, 'the sample sidecar has its annotations');
  });
  after(() => closeAllEditors());

  it('shows each annotation of the sample sidecar as a thread on its words, with author, status, note and replies', async () => {
    await openArticle(ARTICLE);
    const threads = await waitForThreads(uri, (t) => t.length === original.annotations.length, `${original.annotations.length} threads on ${ARTICLE}`);
    for (const a of original.annotations) {
      const t = threads.find((x) => x.annotationId === a.id);
      assert.ok(t, `a thread for ${a.id}`);
      assert.equal(t!.text, a.anchor.quote, `${a.id} sits on its words`);
      assert.ok(t!.label.includes(STATUS_LABELS[a.status]), `${a.id} label "${t!.label}" shows ${a.status}`);
      assert.equal(t!.state, 'unresolved');
      assert.equal(t!.comments[0].author, a.author);
      assert.ok(unescapeMarkdown(t!.comments[0].body).includes(a.note!), `${a.id} shows its note: ${t!.comments[0].body}`);
      assert.deepEqual(
        t!.comments.slice(1).map((c) => [c.author, unescapeMarkdown(c.body)]),
        a.replies.map((r) => [r.author, r.text]),
        `${a.id} shows its replies as further comments`,
      );
    }
    const disputed = threads.find((x) => x.annotationId === DISPUTED_ID)!;
    assert.equal(disputed.comments.length, 2, 'the disputed toll has its note and one reply');
  });

  it('writes a reply typed into a thread to the sidecar and shows it as a further comment', async () => {
    await openArticle(ARTICLE);
    const thread = await liveThread(uri, DISPUTED_ID);
    const text = 'UNSMIL says 31 confirmed dead as of Friday; still short of the council figure.';
    // The Comments UI calls the reply command with a CommentReply: the thread and the typed text.
    await vscode.commands.executeCommand('newsmark.reply', { thread, text });
    const s = await waitForSidecar(SIDECAR, (y) => y.annotations.find((a) => a.id === DISPUTED_ID)?.replies.length === 2, 'the reply in the sidecar');
    const a = s.annotations.find((x) => x.id === DISPUTED_ID)!;
    assert.equal(a.replies[0].text, original.annotations.find((x) => x.id === DISPUTED_ID)!.replies[0].text, 'the earlier reply is kept');
    assert.equal(a.replies[1].text, text);
    assert.ok(a.replies[1].author.length > 0, 'the reply has an author');
    assert.equal(s.annotations.find((x) => x.id === 'n-e6a3b215')?.['x-desk'], 'foreign', 'unknown fields survive the rewrite');
    assert.match((await readFile(workspaceFile(SIDECAR)))!, /^# Newsmark review of libya-sirte-clashes\.txt/, 'the leading comment survives the rewrite');
    const [t] = await waitForThreads(uri, (ts) => ts.find((x) => x.annotationId === DISPUTED_ID)?.comments.length === 3, 'the reply shown in the thread').then((ts) => ts.filter((x) => x.annotationId === DISPUTED_ID));
    assert.equal(unescapeMarkdown(t.comments[2].body), text);
    assert.equal(t.comments[2].author, a.replies[1].author);
  });

  it('resolves and reopens a thread from its title menu, changing thread.state and the sidecar', async () => {
    await openArticle(ARTICLE);
    const thread = await liveThread(uri, CLAIM_ID);
    await vscode.commands.executeCommand('newsmark.resolve', thread);
    await waitFor(() => thread.state === vscode.CommentThreadState.Resolved, { message: 'the thread resolved', timeout: DISK_TIMEOUT_MS });
    const resolved = await waitForThreads(uri, (ts) => ts.some((x) => x.annotationId === CLAIM_ID && x.state === 'resolved'), 'the snapshot resolved');
    assert.equal(resolved.find((x) => x.annotationId === CLAIM_ID)!.contextValue, 'newsmark-annotation-resolved', 'the menu offers Reopen, not Resolve');
    await waitForSidecar(SIDECAR, (y) => y.annotations.find((a) => a.id === CLAIM_ID)?.resolved === true, 'resolved: true in the sidecar');

    await vscode.commands.executeCommand('newsmark.reopen', await liveThread(uri, CLAIM_ID));
    await waitFor(() => thread.state === vscode.CommentThreadState.Unresolved, { message: 'the thread reopened', timeout: DISK_TIMEOUT_MS });
    await waitForSidecar(SIDECAR, (y) => y.annotations.find((a) => a.id === CLAIM_ID)?.resolved !== true, 'the resolution withdrawn in the sidecar');
  });

  it('edits the note in the thread and saves it to the sidecar; cancelling changes nothing', async () => {
    await openArticle(ARTICLE);
    const thread = await liveThread(uri, NAME_ID);
    const comment = thread.comments[0];
    const before = original.annotations.find((a) => a.id === NAME_ID)!.note!;
    await vscode.commands.executeCommand('newsmark.editComment', comment);
    assert.equal(comment.mode, vscode.CommentMode.Editing);
    assert.equal(comment.body, before, 'the editor starts from the plain note, not its escaped Markdown');

    // The Comments UI writes what was typed into the comment's body, then runs the save command.
    const edited = 'Council website and a call to his office on Friday both confirm the spelling al-Mabrouk.';
    comment.body = edited;
    await vscode.commands.executeCommand('newsmark.saveComment', comment);
    await waitForSidecar(SIDECAR, (y) => y.annotations.find((a) => a.id === NAME_ID)?.note === edited, 'the edited note in the sidecar');
    const ts = await waitForThreads(uri, (all) => all.some((x) => x.annotationId === NAME_ID && unescapeMarkdown(x.comments[0].body).includes(edited)), 'the edited note shown');
    assert.equal(ts.find((x) => x.annotationId === NAME_ID)!.comments[0].mode, 'preview');

    const again = (await liveThread(uri, NAME_ID)).comments[0];
    const onDisk = await readFile(workspaceFile(SIDECAR));
    await vscode.commands.executeCommand('newsmark.editComment', again);
    again.body = 'a draft that is thrown away';
    await vscode.commands.executeCommand('newsmark.cancelEditComment', again);
    assert.equal(again.mode, vscode.CommentMode.Preview);
    const shown = again.body as unknown as string | vscode.MarkdownString;
    assert.ok(unescapeMarkdown(typeof shown === 'string' ? shown : shown.value).includes(edited), 'cancel shows the saved note again');
    assert.equal(await readFile(workspaceFile(SIDECAR)), onDisk, 'cancelling does not write the sidecar');
  });

  it('moves the threads with an article that is renamed, leaving none on the old name', async () => {
    const from = await copyFile('libya-sirte-clashes.txt', `${DIR}/rename-before.txt`);
    await copyFile('libya-sirte-clashes.annotations.yaml', `${DIR}/rename-before.annotations.yaml`);
    await openArticle(`${DIR}/rename-before.txt`);
    await waitForThreads(from, (t) => t.length === original.annotations.length, 'threads under the old name');
    const to = workspaceFile(`${DIR}/rename-after.txt`);
    const edit = new vscode.WorkspaceEdit();
    edit.renameFile(from, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForThreads(to, (t) => t.length === original.annotations.length, 'threads under the new name');
    await waitForThreads(from, (t) => t.length === 0, 'no threads left on the old name');
  });
});
