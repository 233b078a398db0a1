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
});
