// Highlights in the real editor: the right words per type, per-type toggles, the status bar and the Entities view.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateNewsmark, closeAllEditors, openArticle, readTestState, waitFor, workspaceFile } from './helpers';

type Ranges = Record<string, Array<[number, number]>>;
interface State {
  decorations: Record<string, Ranges>;
  statusBar: { summary: string; tooltip: string; toggles: string; visible: boolean };
  entitiesTree: Array<{ type: string; count: number; clusters: Array<{ name: string; mentions: number }> }>;
}

const ARTICLE = 'kherson-evacuation.txt';

async function rangesFor(doc: vscode.TextDocument): Promise<Ranges> {
  return waitFor(async () => (await readTestState<State>()).decorations[doc.uri.toString()], { message: `decorations on ${doc.uri.path}` });
}

/** A range of this type that covers the word (figures may carry their modifier: "more than 250,000"). */
function covers(ranges: Array<[number, number]>, doc: vscode.TextDocument, word: string): boolean {
  const start = doc.getText().indexOf(word);
  return ranges.some(([s, e]) => s <= start && e >= start + word.length);
}

function hasSpan(ranges: Array<[number, number]>, doc: vscode.TextDocument, word: string): boolean {
  const text = doc.getText();
  const start = text.indexOf(word);
  assert.ok(start >= 0, `"${word}" is not in the article`);
  return ranges.some(([s, e]) => s === start && e === start + word.length);
}

describe('decorations', () => {
  before(() => activateNewsmark());
  after(async () => {
    for (const t of ['person', 'place', 'org', 'figure']) await vscode.workspace.getConfiguration('newsmark').update(`highlight.${t}`, undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  it('highlights people, places and figures on their exact words when an article opens', async () => {
    const editor = await openArticle(ARTICLE);
    const doc = editor.document;
    const ranges = await rangesFor(doc);
    assert.ok(hasSpan(ranges.PERSON, doc, 'Mykola Tkachuk'), `PERSON ranges: ${JSON.stringify(ranges.PERSON)}`);
    assert.ok(hasSpan(ranges.PLACE, doc, 'Nikopol'), 'Nikopol is a place');
    assert.ok(covers(ranges.FIGURE, doc, '250,000'), 'the count 250,000 is a figure');
    // Titles are not part of a name.
    assert.ok(hasSpan(ranges.PERSON, doc, 'Iryna Kovalenko'), 'the name after "Deputy Prime Minister"');
  });

  it('turns one type off and on again with its toggle command, leaving the others', async () => {
    const editor = await openArticle(ARTICLE);
    const uri = editor.document.uri.toString();
    await waitFor(async () => ((await readTestState<State>()).decorations[uri]?.PERSON ?? []).length > 0, { message: 'people highlighted' });
    await vscode.commands.executeCommand('newsmark.toggle.person');
    const off = await waitFor(async () => {
      const r = (await readTestState<State>()).decorations[uri];
      return r && r.PERSON.length === 0 ? r : undefined;
    }, { message: 'people unhighlighted' });
    assert.ok(off.PLACE.length > 0, 'places stay highlighted');
    const status = (await readTestState<State>()).statusBar;
    assert.match(status.toggles, /1 hidden/);
    await vscode.commands.executeCommand('newsmark.toggle.person');
    await waitFor(async () => ((await readTestState<State>()).decorations[uri]?.PERSON ?? []).length > 0, { message: 'people highlighted again' });
  });

  it('re-highlights as the reviewer types', async () => {
    const editor = await openArticle(ARTICLE);
    const uri = editor.document.uri.toString();
    await rangesFor(editor.document);
    const insertion = 'Foreign Minister Anna Lindqvist visited Odesa on Friday. ';
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), insertion));
    await waitFor(async () => {
      const r = (await readTestState<State>()).decorations[uri];
      return r && hasSpan(r.PERSON, editor.document, 'Anna Lindqvist');
    }, { message: 'the typed name to be highlighted' });
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('summarises counts in the status bar and lists entities in the view', async () => {
    await openArticle(ARTICLE);
    const state = await waitFor(async () => {
      const s = await readTestState<State>();
      return s.statusBar.visible && /figures?/.test(s.statusBar.summary) ? s : undefined;
    }, { message: 'the status bar summary' });
    assert.match(state.statusBar.summary, /\d+ (people|person) · \d+ places? · \d+ orgs? · \d+ figures? · \d+ verified/);
    const people = state.entitiesTree.find((g) => g.type === 'PERSON');
    assert.ok(people, 'a Person group in the Entities view');
    const tkachuk = people!.clusters.find((c) => c.name.includes('Tkachuk'));
    assert.ok(tkachuk && tkachuk.mentions >= 2, `Tkachuk's mentions grouped: ${JSON.stringify(people!.clusters)}`);
  });

  it('says in the status bar when an article is too large to analyse', async () => {
    const big = workspaceFile('large/huge.txt');
    const paragraph = 'Officials in Kaduna said on Monday that 1,200 homes had been damaged. ';
    await vscode.workspace.fs.writeFile(big, new TextEncoder().encode(paragraph.repeat(Math.ceil((6 * 1024 * 1024) / paragraph.length))));
    await openArticle('large/huge.txt');
    const state = await waitFor(async () => {
      const s = await readTestState<State>();
      return /Newsmark off/.test(s.statusBar.summary) ? s : undefined;
    }, { message: 'the size limit in the status bar', timeout: 60_000 });
    assert.match(state.statusBar.summary, /larger than 5 MB/);
  });

  it('filters the Entities view', async () => {
    await openArticle(ARTICLE);
    await vscode.commands.executeCommand('newsmark.filterEntities', 'tkachuk');
    const state = await readTestState<State>();
    const names = state.entitiesTree.flatMap((g) => g.clusters.map((c) => c.name));
    assert.ok(names.length >= 1 && names.every((n) => n.toLowerCase().includes('tkachuk')), JSON.stringify(names));
    await vscode.commands.executeCommand('newsmark.clearEntityFilter');
  });
});
