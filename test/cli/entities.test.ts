import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd, env: {} }, out: () => out.join(''), err: () => err.join('') };
}

describe('newsmark entities', () => {
  let dir: string;
  const ARTICLE = 'ABUJA, Nigeria — Finance Minister Wale Edun said on Monday that 64 per cent of the ₦2.1 trillion budget would go to the states.\r\nEdun spoke in Abuja.\r\n';
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-cli-'));
    fs.writeFileSync(path.join(dir, 'budget.txt'), ARTICLE);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints a JSON array of entities with UTF-16 offsets into the file', async () => {
    const c = io(dir);
    assert.equal(await run(['entities', 'budget.txt', '--format', 'json'], c.io), 0);
    const entities = JSON.parse(c.out()) as Array<{ start: number; end: number; type: string; text: string }>;
    assert.ok(entities.length >= 4, c.out());
    for (const e of entities) {
      assert.equal(ARTICLE.slice(e.start, e.end), e.text);
      assert.ok(['PERSON', 'PLACE', 'ORG', 'FIGURE'].includes(e.type));
    }
    assert.ok(entities.some((e) => e.type === 'PERSON' && e.text === 'Wale Edun'), 'the minister, without his title');
    assert.ok(entities.some((e) => e.type === 'PLACE' && e.text === 'Abuja'));
    assert.ok(entities.some((e) => e.type === 'FIGURE' && e.text.startsWith('64 per cent')));
  });

  it('prints TSV with a header', async () => {
    const c = io(dir);
    assert.equal(await run(['entities', 'budget.txt', '--format', 'tsv'], c.io), 0);
    const lines = c.out().trim().split('\n');
    assert.equal(lines[0], 'start\tend\ttype\tsubtype\ttext\tcanonical\trole');
    assert.ok(lines.length > 3);
  });

  const failures: Array<[string, string[], RegExp]> = [
    ['a missing file', ['entities', 'nope.txt'], /^nope\.txt: no such file\n$/],
    ['an unknown format', ['entities', 'budget.txt', '--format', 'xml'], /unknown --format "xml"/],
    ['no file', ['entities'], /expected exactly one FILE/],
  ];
  for (const [title, args, message] of failures) {
    it(`fails with one clear line for ${title}`, async () => {
      const c = io(dir);
      assert.notEqual(await run(args, c.io), 0);
      assert.match(c.err(), message);
      assert.equal(c.err().trim().split('\n').length, 1);
    });
  }

  it('refuses a binary file', async () => {
    fs.writeFileSync(path.join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]));
    const c = io(dir);
    assert.equal(await run(['entities', 'photo.txt'], c.io), 1);
    assert.match(c.err(), /binary/);
  });

  it('has --help on the command and overall', async () => {
    const c = io(dir);
    assert.equal(await run(['entities', '--help'], c.io), 0);
    assert.match(c.out(), /Usage: newsmark entities FILE/);
    const d = io(dir);
    assert.equal(await run(['--help'], d.io), 0);
    for (const cmd of ['entities', 'annotate', 'annotations', 'export', 'check', 'merge']) assert.match(d.out(), new RegExp(`\\b${cmd}\\b`));
  });
});
