// The sidecar on disk as other tools change it: orphans kept and listed, outside changes merged, dangerous files refused and never rewritten.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateNewsmark, closeAllEditors, executeHover, openArticle, waitFor, workspaceFile } from './helpers';
import { DISK_TIMEOUT_MS, copyFile, editorState, readFile, select, waitForSidecar, waitForThreads, writeFile } from './sidecarFiles';

/** How long to watch for a write that must not happen, after a positive barrier showed the extension acted. */
const NO_WRITE_GRACE_MS = 700;
const MB = 1024 * 1024;
/** Over the 20 MB sidecar limit. */
const OVERSIZE_MB = 25;
/** Context kept either side of a quote, as Newsmark writes it. */
const CONTEXT_CHARS = 32;

/** More documents than VS Code keeps alive for extensions (50 in 1.139), so a closed article is really released. */
const FILLER_DOCUMENTS = 80;

const CLAIM = 'received drone shipments through the port of Ras Lanuf';

async function copyLibya(dir: string): Promise<{ article: string; sidecar: string; uri: vscode.Uri }> {
  const article = `${dir}/libya-sirte-clashes.txt`;
  const sidecar = `${dir}/libya-sirte-clashes.annotations.yaml`;
  const uri = await copyFile('libya-sirte-clashes.txt', article);
  await copyFile('libya-sirte-clashes.annotations.yaml', sidecar);
  return { article, sidecar, uri };
}

/** One annotation block in the sidecar's own layout, for appending to the file as another tool would. */
function annotationBlock(text: string, quote: string, fields: { id: string; status: string; note: string; author: string }): string {
  const start = text.indexOf(quote);
  assert.ok(start >= 0, `"${quote}" in the article`);
  const end = start + quote.length;
  return [
    `  - id: ${fields.id}`,
    '    anchor:',
    `      quote: ${JSON.stringify(quote)}`,
    `      prefix: ${JSON.stringify(text.slice(Math.max(0, start - CONTEXT_CHARS), start))}`,
    `      suffix: ${JSON.stringify(text.slice(end, end + CONTEXT_CHARS))}`,
    `      start: ${start}`,
    `      end: ${end}`,
    '    kind: note',
    `    status: ${fields.status}`,
    '    tags: [pulled]',
    `    note: ${JSON.stringify(fields.note)}`,
    `    author: ${fields.author}`,
    '    created: 2026-11-21T08:00:00Z',
    '    modified: 2026-11-21T08:00:00Z',
    '    replies: []',
    '',
  ].join('\n');
}

describe('sidecars changed on disk', () => {
  before(() => activateNewsmark());
  afterEach(() => closeAllEditors());

  it('lists an annotation whose words disappeared as an orphan and keeps it in the sidecar', async () => {
    const { article, sidecar, uri } = await copyLibya('orphans-a');
    const editor = await openArticle(article);
    await waitForThreads(uri, (t) => t.length === 7, 'the seven sample threads');
    const rewritten = editor.document.getText().replace(CLAIM, 'moved armoured vehicles by road from Misrata');
    await writeFile(uri, rewritten);
    await waitFor(() => editor.document.getText() === rewritten, { message: 'the editor to show the rewritten article', timeout: DISK_TIMEOUT_MS });

    const state = await waitFor(async () => {
      const s = await editorState();
      return s.annotationsTree.orphaned.includes(CLAIM) ? s : undefined;
    }, { message: 'the claim listed as orphaned', timeout: DISK_TIMEOUT_MS });
    assert.deepEqual(state.annotationsTree.orphaned, [CLAIM], 'only the claim lost its words');
    assert.equal(state.annotationsTree.placed.length, 6, 'the others stay on their words');
    assert.match(state.statusBar.summary, /1 orphaned/);
    assert.deepEqual(state.decorations[uri.toString()]?.['status:needs-source'] ?? [], [], 'no status mark is drawn for the orphan');
    await waitForThreads(uri, (t) => t.length === 6 && !t.some((x) => x.annotationId === 'n-7a09c3de'), 'no thread on words that are gone');

    // A later write (a new note) must carry the orphan along, with its quote, not drop it.
    select(editor, 'Bani Walid');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'Road still open per Red Crescent' });
    const s = await waitForSidecar(sidecar, (y) => y.annotations.some((a) => a.note === 'Road still open per Red Crescent'), 'the new note written');
    const orphan = s.annotations.find((a) => a.id === 'n-7a09c3de');
    assert.ok(orphan, 'the orphan is still in the sidecar');
    assert.equal(orphan!.anchor.quote, CLAIM);
    assert.equal(s.annotations.length, 8);
  });

  it('reloads and merges a sidecar changed on disk while the article is open (git pull)', async () => {
    const { article, sidecar, uri } = await copyLibya('merge-a');
    const editor = await openArticle(article);
    await waitForThreads(uri, (t) => t.length === 7, 'the seven sample threads');
    const text = editor.document.getText();
    const pulledQuote = '4,000 families had been displaced';
    const pulled = annotationBlock(text, pulledQuote, { id: 'n-5e1d0b77', status: 'needs-source', note: 'UNSMIL figure; ask OCHA for the district breakdown.', author: 'Amira Haddad' });
    const before = (await readFile(workspaceFile(sidecar)))!;
    await writeFile(workspaceFile(sidecar), before.endsWith('\n') ? before + pulled : `${before}\n${pulled}`);

    const start = text.indexOf(pulledQuote);
    await waitFor(async () => {
      const spans = (await editorState()).decorations[uri.toString()]?.['status:needs-source'] ?? [];
      return spans.some(([s, e]) => s === start && e === start + pulledQuote.length);
    }, { message: 'the pulled annotation drawn as needs-source', timeout: DISK_TIMEOUT_MS });
    const hover = await waitFor(async () => {
      const h = await executeHover(uri, editor.document.positionAt(start + 2));
      return h.includes('OCHA') ? h : undefined;
    }, { message: 'the pulled note in the hover card', timeout: DISK_TIMEOUT_MS });
    assert.match(hover, /Amira Haddad/);

    select(editor, 'Es Sider');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'Terminal operator confirms loading on Thursday' });
    const s = await waitForSidecar(sidecar, (y) => y.annotations.some((a) => a.note === 'Terminal operator confirms loading on Thursday'), 'our note written');
    assert.ok(s.annotations.some((a) => a.id === 'n-5e1d0b77'), 'the pulled annotation is kept');
    assert.equal(s.annotations.length, 9, 'seven sample annotations, the pulled one and ours');
  });

  const refused: Array<{ name: string; yaml: () => string; expect: RegExp }> = [
    {
      name: 'an alias bomb',
      yaml: () => {
        const levels = ['  l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
        for (let i = 1; i < 8; i++) levels.push(`  l${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(', ')}]`);
        return ['version: 1', 'article: bomb.txt', 'laughs:', ...levels, 'annotations: []', ''].join('\n');
      },
      expect: /alias/i,
    },
    {
      name: `a ${OVERSIZE_MB} MB file`,
      yaml: () => `version: 1\narticle: big.txt\nannotations: []\n# ${'padding '.repeat((OVERSIZE_MB * MB) / 8)}\n`,
      expect: /too large/i,
    },
  ];
  for (const { name, yaml, expect } of refused) {
    it(`refuses ${name} with a message and leaves it byte-identical`, async () => {
      const dir = `refused-${name.replace(/\W+/g, '-')}`;
      const uri = await copyFile('lagos-vote.txt', `${dir}/a.txt`);
      const sidecarUri = workspaceFile(`${dir}/a.annotations.yaml`);
      const content = yaml();
      await writeFile(sidecarUri, content);
      const editor = await openArticle(`${dir}/a.txt`);
      const diag = await waitFor(() => vscode.languages.getDiagnostics(sidecarUri).find((d) => /cannot read this sidecar/.test(d.message)), { message: `a diagnostic on ${name}`, timeout: DISK_TIMEOUT_MS });
      assert.match(diag.message, expect);
      select(editor, 'Ikorodu');
      await vscode.commands.executeCommand('newsmark.addNote', { note: 'must not be written' });
      await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATED ')).then(() => editor.document.save());
      await new Promise((r) => setTimeout(r, NO_WRITE_GRACE_MS));
      assert.ok((await readFile(sidecarUri)) === content, `${name} is left byte-identical`);
      assert.ok(uri);
    });
  }

  it('opens a version 2 sidecar read-only with a message and never rewrites it', async () => {
    const { article, sidecar, uri } = await copyLibya('future-a');
    const sidecarUri = workspaceFile(sidecar);
    const v2 = (await readFile(sidecarUri))!.replace(/^version: 1$/m, 'version: 2');
    await writeFile(sidecarUri, v2);
    const editor = await openArticle(article);
    const threads = await waitForThreads(uri, (t) => t.length === 7, 'the threads of the version 2 file');
    assert.ok(threads.every((t) => !t.canReply), 'no replies into a read-only sidecar');
    await waitFor(async () => /\$\(error\)/.test((await editorState()).statusBar.summary), { message: 'the status bar to flag the sidecar', timeout: DISK_TIMEOUT_MS });
    assert.match((await editorState()).statusBar.tooltip, /version 2/);
    select(editor, 'Es Sider');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'must not be written' });
    await vscode.commands.executeCommand('newsmark.resolve', { annotationId: 'n-7a09c3de', uri: uri.toString() });
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), 'UPDATED ')).then(() => editor.document.save());
    await new Promise((r) => setTimeout(r, NO_WRITE_GRACE_MS));
    assert.ok((await readFile(sidecarUri)) === v2, 'the version 2 file is left byte-identical');
  });

  it('never overwrites a version 2 sidecar that appears on disk just before a write', async () => {
    const { article, sidecar, uri } = await copyLibya('future-b');
    const sidecarUri = workspaceFile(sidecar);
    const editor = await openArticle(article);
    await waitForThreads(uri, (t) => t.length === 7, 'the seven sample threads');
    select(editor, 'Es Sider');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'first note, written normally' });
    const v1 = (await waitForSidecar(sidecar, (y) => y.annotations.length === 8, 'the first note'), (await readFile(sidecarUri))!);
    // A newer Newsmark (a colleague's, through git) rewrites the file; our write may come before the watcher reports it.
    const v2 = v1.replace(/^version: 1$/m, 'version: 2');
    await writeFile(sidecarUri, v2);
    select(editor, 'Bani Walid');
    await vscode.commands.executeCommand('newsmark.addNote', { note: 'second note, racing the watcher' });
    await waitFor(async () => /version 2/.test((await editorState()).statusBar.tooltip), { message: 'the sidecar to be flagged read-only', timeout: DISK_TIMEOUT_MS });
    assert.ok((await readFile(sidecarUri)) === v2, 'the version 2 file is left byte-identical');
  });

  it('re-anchors an annotation when its article changed on disk while VS Code had closed it', async () => {
    const uri = await copyFile('lagos-vote.txt', 'reopen-a/lagos.txt');
    const editor = await openArticle('reopen-a/lagos.txt');
    const quote = 'Ikorodu';
    select(editor, quote);
    await vscode.commands.executeCommand('newsmark.setStatus', { status: 'disputed' });
    await waitForSidecar('reopen-a/lagos.annotations.yaml', (y) => y.annotations.some((a) => a.status === 'disputed'), 'the disputed mark');
    const doc = editor.document;
    const text = doc.getText();
    await closeAllEditors();
    // VS Code keeps a closed document for a while; opening enough other files makes it let go, as a long session does.
    for (let i = 0; i < FILLER_DOCUMENTS && !doc.isClosed; i++) {
      const filler = workspaceFile(`reopen-a/filler/${i}.md`);
      await writeFile(filler, `Filler ${i}\n`);
      await vscode.workspace.openTextDocument(filler);
    }
    await waitFor(() => doc.isClosed, { message: 'VS Code to close the article', timeout: DISK_TIMEOUT_MS });
    const edited = 'UPDATE 1 — adds turnout figures from the electoral commission.\n\n' + text;
    await writeFile(uri, edited);
    await openArticle('reopen-a/lagos.txt');
    const start = edited.indexOf(quote);
    await waitFor(async () => {
      const spans = (await editorState()).decorations[uri.toString()]?.['status:disputed'];
      return spans && spans.length === 1 && spans[0][0] === start && spans[0][1] === start + quote.length;
    }, { message: `the disputed mark on "${quote}" at its new offset ${start}`, timeout: DISK_TIMEOUT_MS });
    const threads = await waitForThreads(uri, (t) => t.length === 1, 'the thread');
    assert.equal(threads[0].text, quote, 'the thread sits on the words, not on stale offsets');
  });
});
