// Replies written into a colleague's annotations file: never over a file a newer Newsmark wrote, never over changes made to it since it was opened.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import { activateNewsmark, closeAllEditors, openArticle, workspaceFile } from './helpers';
import { copyFile, readFile, writeFile, type SidecarYaml } from './sidecarFiles';

const CLAIM_ID = 'n-7a09c3de';
const TOLL_ID = 'n-9b20d7f1';

async function openReview(dir: string, transform: (yaml: string) => string = (y) => y): Promise<{ colleague: vscode.Uri; original: string }> {
  await copyFile('libya-sirte-clashes.txt', `${dir}/sirte.txt`);
  const colleague = workspaceFile(`${dir}/from-tom.yaml`);
  const original = transform((await readFile(workspaceFile('libya-sirte-clashes.annotations.yaml')))!);
  await writeFile(colleague, original);
  await openArticle(`${dir}/sirte.txt`);
  assert.equal(await vscode.commands.executeCommand('newsmark.reviewFrom', { path: colleague.toString() }), true);
  return { colleague, original };
}

describe("replies into a colleague's file", () => {
  before(() => activateNewsmark());
  afterEach(async () => {
    await vscode.commands.executeCommand('newsmark.review.close');
    await closeAllEditors();
  });

  it('refuses to reply into a version 2 file and leaves it byte-identical', async () => {
    const { colleague, original } = await openReview('review-v2', (y) => y.replace(/^version: 1$/m, 'version: 2'));
    const replied = await vscode.commands.executeCommand('newsmark.review.reply', { annotationId: TOLL_ID, text: 'Which hospital gave you 64?' });
    assert.equal(replied, false, 'the reply is refused');
    assert.ok((await readFile(colleague)) === original, 'the version 2 file is left byte-identical');
  });

  it('keeps what the colleague added to their file after it was opened', async () => {
    const { colleague, original } = await openReview('review-changed');
    // The colleague (or a sync tool) resolves one of their annotations after we opened the file.
    const changed = original.replace(/(  - id: n-7a09c3de\n(?:    .*\n)*?    replies: \[\]\n)/, (block) => block.replace('    replies: []\n', '    replies: []\n    resolved: true\n'));
    assert.notEqual(changed, original, 'the fixture edit applies');
    await writeFile(colleague, changed);
    assert.equal(await vscode.commands.executeCommand('newsmark.review.reply', { annotationId: TOLL_ID, text: 'Which hospital gave you 64?' }), true);
    const y = parse((await readFile(colleague))!) as SidecarYaml;
    assert.ok(y.annotations.find((a) => a.id === TOLL_ID)!.replies.some((r) => r.text === 'Which hospital gave you 64?'), 'the reply is written');
    assert.equal(y.annotations.find((a) => a.id === CLAIM_ID)!.resolved, true, 'their later change is kept');
  });
});
