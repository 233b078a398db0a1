// Hover cards through the real hover pipeline: type, role in the article's words, figures, and escaped reviewer notes.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateNewsmark, closeAllEditors, executeHover, openArticle, positionOf, waitFor, workspaceFile } from './helpers';

describe('hover cards', () => {
  before(() => activateNewsmark());
  after(() => closeAllEditors());

  it('shows a person with the role the article gives them', async () => {
    const editor = await openArticle('eu-defence-fund.txt');
    const pos = positionOf(editor.document, 'Claire Dubois').translate(0, 3);
    const text = await waitFor(async () => {
      const h = await executeHover(editor.document.uri, pos);
      return h.includes('Person') ? h : undefined;
    }, { message: 'a Person hover card' });
    assert.match(text, /\*\*Person\*\* · Claire Dubois/);
    assert.match(text, /Role: “(an )?Élysée spokeswoman”/);
    assert.match(text, /mentions? ·/);
  });

  it('shows what a figure counts', async () => {
    const editor = await openArticle('kherson-evacuation.txt');
    const pos = positionOf(editor.document, '250,000').translate(0, 2);
    const text = await waitFor(async () => {
      const h = await executeHover(editor.document.uri, pos);
      return h.includes('Figure') ? h : undefined;
    }, { message: 'a Figure hover card' });
    assert.match(text, /Figure · count/);
    assert.match(text, /Counts: \*people\*/);
  });

  it('escapes a hostile note from a sidecar and links only to Newsmark', async () => {
    const article = workspaceFile('hostile/hostile-note.txt');
    const body = 'KANO, Nigeria — Governor Abba Yusuf said 12 people were hurt on Monday.\n';
    await vscode.workspace.fs.writeFile(article, new TextEncoder().encode(body));
    const start = body.indexOf('12 people');
    const yaml = [
      'version: 1',
      'article: hostile-note.txt',
      'annotations:',
      '  - id: n-evil0001',
      '    anchor:',
      '      quote: "12"',
      '      prefix: "Yusuf said "',
      '      suffix: " people were hurt"',
      `      start: ${start}`,
      `      end: ${start + 2}`,
      '    kind: note',
      '    status: disputed',
      '    tags: []',
      '    note: "[run me](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>"',
      '    author: "<b>Mallory</b>"',
      '    created: 2026-11-20T10:00:00Z',
      '    modified: 2026-11-20T10:00:00Z',
      '    replies: []',
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(workspaceFile('hostile/hostile-note.annotations.yaml'), new TextEncoder().encode(yaml));
    const editor = await openArticle('hostile/hostile-note.txt');
    const pos = editor.document.positionAt(start + 1);
    const hovers = await waitFor(async () => {
      const h = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos)) ?? [];
      const ours = h.flatMap((x) => x.contents).filter((c): c is vscode.MarkdownString => typeof c !== 'string' && 'value' in c && c.value.includes('Reviews'));
      return ours.length ? ours : undefined;
    }, { message: 'the card with the hostile review' });
    for (const md of hovers) {
      assert.ok(!md.value.includes('](command:workbench'), 'no foreign command link');
      assert.ok(!/<img|<b>/.test(md.value), 'no raw HTML');
      assert.ok(!md.supportHtml, 'HTML support is off');
      const trusted = md.isTrusted;
      assert.ok(trusted === false || trusted === undefined || (typeof trusted === 'object' && trusted.enabledCommands.every((c) => c.startsWith('newsmark.'))), `trust: ${JSON.stringify(trusted)}`);
    }
  });
});
