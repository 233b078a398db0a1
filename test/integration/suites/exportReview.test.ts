// Exports from the palette write real files; a colleague's sidecar opens as an overlay and Accept copies into mine.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse as parseCsv } from 'csv-parse/sync';
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

describe('exports', () => {
  before(() => activateNewsmark());
  after(() => closeAllEditors());

  it('exports the article\'s entities and notes as CSV', async () => {
    const editor = await openArticle('libya-sirte-clashes.txt');
    const target = workspaceFile('exports/libya.csv');
    await vscode.commands.executeCommand('newsmark.exportCsv', { target: target.toString() });
    const csv = await waitFor(() => readFile(target), { message: 'the CSV file' });
    const rows = parseCsv(csv, { columns: true }) as Array<Record<string, string>>;
    assert.ok(rows.length > 10, `${rows.length} rows`);
    const sirte = rows.find((r) => r.text === 'Sirte');
    assert.ok(sirte, 'Sirte is exported');
    assert.equal(editor.document.getText().slice(Number(sirte!.start), Number(sirte!.end)), 'Sirte');
    assert.ok(rows.some((r) => r.record === 'annotation'), 'the colleague\'s annotations are exported too');
  });

  for (const format of ['json', 'w3c', 'markdown', 'html', 'brat', 'conll']) {
    it(`writes the ${format} export chosen from the palette`, async () => {
      await openArticle('libya-sirte-clashes.txt');
      const target = workspaceFile(`exports/libya-${format}.out`);
      await vscode.commands.executeCommand('newsmark.export', { format, target: target.toString() });
      const out = await waitFor(() => readFile(target), { message: `the ${format} export` });
      assert.ok(out.length > 100, `${format} export has content`);
      if (format === 'json' || format === 'w3c') JSON.parse(out);
      if (format === 'html') assert.match(out, /<html/i);
    });
  }
});

describe('exporting every article in the workspace', () => {
  before(() => activateNewsmark());

  it('writes one file per article into the chosen folder', async () => {
    const folder = workspaceFile('exports/all');
    await vscode.workspace.fs.createDirectory(folder);
    const written = await vscode.commands.executeCommand<vscode.Uri[]>('newsmark.exportWorkspace', { format: 'markdown', folder: folder.toString() });
    const names = (written ?? []).map((u) => u.path.split('/').pop()).sort();
    for (const expected of ['kherson-evacuation.md', 'lagos-vote.md', 'libya-sirte-clashes.md']) assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    const sheet = await readFile(vscode.Uri.joinPath(folder, 'libya-sirte-clashes.md'));
    assert.match(sheet ?? '', /^# Fact-check sheet: libya-sirte-clashes\.txt/);
    assert.match(sheet ?? '', /disputed/, 'the colleague\'s disputed toll is on the sheet');
  });
});

describe('reviewing a colleague\'s annotations', () => {
  before(() => activateNewsmark());
  after(async () => {
    await vscode.commands.executeCommand('newsmark.review.close');
    await closeAllEditors();
  });

  it('shows their annotations as an overlay and Accept copies one into my sidecar', async () => {
    const text = await readFile(workspaceFile('libya-sirte-clashes.txt'));
    const theirs = await readFile(workspaceFile('libya-sirte-clashes.annotations.yaml'));
    assert.ok(text && theirs);
    await vscode.workspace.fs.writeFile(workspaceFile('colleague/sirte.txt'), encoder.encode(text!));
    const colleagueFile = workspaceFile('colleague/from-ngozi.yaml');
    await vscode.workspace.fs.writeFile(colleagueFile, encoder.encode(theirs!));
    const editor = await openArticle('colleague/sirte.txt');
    const opened = await vscode.commands.executeCommand('newsmark.reviewFrom', { path: colleagueFile.toString() });
    assert.equal(opened, true);
    const their = (parse(theirs!) as { annotations: Array<{ id: string; author: string; anchor: { quote: string } }> }).annotations;
    const state = await waitFor(async () => {
      const s = await readTestState<{ review: { theirs: number; onlyTheirs: string[]; threads: string[]; percentAgreement: number; cohensKappa: number } | null }>();
      return s.review && s.review.threads.length > 0 ? s.review : undefined;
    }, { message: 'the review overlay' });
    assert.equal(state.theirs, their.length);
    assert.equal(state.onlyTheirs.length, their.length, 'nothing of mine yet, so everything is theirs only');
    const first = their[0];
    const accepted = await vscode.commands.executeCommand('newsmark.review.accept', { annotationId: first.id });
    assert.equal(accepted, true);
    const mine = await waitFor(async () => {
      const raw = await readFile(workspaceFile('colleague/sirte.annotations.yaml'));
      const y = raw ? (parse(raw) as { annotations: Array<{ id: string; author: string; acceptedBy?: string; anchor: { quote: string; start: number; end: number } }> }) : undefined;
      return y?.annotations.find((a) => a.anchor.quote === first.anchor.quote);
    }, { message: 'the accepted annotation in my sidecar' });
    assert.equal(mine.author, first.author, 'the original author is kept');
    assert.ok(mine.acceptedBy, 'who accepted is recorded');
    assert.equal(editor.document.getText().slice(mine.anchor.start, mine.anchor.end), first.anchor.quote);
  });

  it('records a rejection in my sidecar and a reply in their file', async () => {
    const colleagueFile = workspaceFile('colleague/from-ngozi.yaml');
    const their = (parse((await readFile(colleagueFile))!) as { annotations: Array<{ id: string; anchor: { quote: string } }> }).annotations;
    const second = their[1];
    assert.equal(await vscode.commands.executeCommand('newsmark.review.reject', { annotationId: second.id }), true);
    const rejected = await waitFor(async () => {
      const y = parse((await readFile(workspaceFile('colleague/sirte.annotations.yaml'))) ?? 'annotations: []') as { annotations: Array<{ id: string; tags: string[]; resolved?: boolean }> };
      return y.annotations.find((a) => a.id === second.id);
    }, { message: 'the rejection recorded in my sidecar' });
    assert.ok(rejected.tags.includes('rejected'), JSON.stringify(rejected));
    const third = their[2];
    assert.equal(await vscode.commands.executeCommand('newsmark.review.reply', { annotationId: third.id, text: 'Which hospital gave you 64?' }), true);
    await waitFor(async () => {
      const y = parse((await readFile(colleagueFile)) ?? '') as { annotations: Array<{ id: string; replies: Array<{ text: string }> }> };
      return y.annotations.find((a) => a.id === third.id)?.replies.some((r) => r.text === 'Which hospital gave you 64?');
    }, { message: 'the reply written into the colleague\'s file' });
  });

  it('accepts everything that does not conflict, and reports agreement', async () => {
    const accepted = await vscode.commands.executeCommand<number>('newsmark.review.acceptAllNonConflicting');
    assert.ok(typeof accepted === 'number' && accepted >= 1, `accepted ${accepted}`);
    const state = await readTestState<{ review: { onlyTheirs: string[]; percentAgreement: number } | null }>();
    assert.ok(state.review, 'the review is still open');
    assert.ok(state.review!.percentAgreement > 0, `agreement ${state.review!.percentAgreement}`);
  });
});
