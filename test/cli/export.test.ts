import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { run } from '../../src/cli/export';
import { EXPORT_FORMATS } from '../../src/core/export/exportFormats';
import type { Annotation } from '../../src/core/model';
import { serializeSidecar } from '../../src/core/sidecar/serializeSidecar';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd, env: {} }, out: () => out.join(''), err: () => err.join('') };
}

const ARTICLE =
  'NAIROBI, Kenya — President William Ruto said on Tuesday that the Treasury would cut 😬 spending by 12% after protests over the Finance Bill.\r\n' +
  'Opposition leader Raila Odinga called the plan "a start, nothing more".\r\n';

function note(id: string, quote: string, fields: Partial<Annotation> = {}): Annotation {
  const start = ARTICLE.indexOf(quote);
  return {
    id,
    anchor: { start, end: start + quote.length, quote, prefix: ARTICLE.slice(Math.max(0, start - 24), start), suffix: ARTICLE.slice(start + quote.length, start + quote.length + 24) },
    kind: 'note',
    status: 'needs-source',
    tags: [],
    note: '=HYPERLINK("x") — check the Treasury statement, "para 4", page 2',
    author: 'achieng.o',
    created: '2026-07-02T08:00:00Z',
    modified: '2026-07-02T08:00:00Z',
    replies: [],
    ...fields,
  };
}

describe('newsmark export', () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-export-'));
    fs.writeFileSync(path.join(dir, 'ruto.txt'), ARTICLE);
    const sidecar = { version: 1, article: 'ruto.txt', annotations: [note('n1', 'cut 😬 spending by 12%'), note('n2', 'a start, nothing more', { status: 'verified', note: 'On camera.' })] };
    fs.writeFileSync(path.join(dir, 'ruto.annotations.yaml'), serializeSidecar(sidecar));
    fs.writeFileSync(path.join(dir, 'broken.txt'), 'Broken sidecar beside this.\n');
    fs.writeFileSync(path.join(dir, 'broken.annotations.yaml'), 'version: 1\nannotations:\n  - id: [unclosed\n');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes CSV to standard output with the sidecar\'s annotations and defused cells', async () => {
    const c = io(dir);
    assert.equal(await run(['ruto.txt', '--format', 'csv'], c.io), 0, c.err());
    const rows = parseCsv(c.out(), { columns: true }) as Array<Record<string, string>>;
    const annotations = rows.filter((r) => r.record === 'annotation');
    assert.equal(annotations.length, 2);
    assert.equal(annotations[0].note, '\'=HYPERLINK("x") — check the Treasury statement, "para 4", page 2');
    assert.equal(ARTICLE.slice(Number(annotations[0].start), Number(annotations[0].end)), 'cut 😬 spending by 12%');
    assert.ok(rows.some((r) => r.record === 'entity' && r.text === 'William Ruto'), 'the engine ran on the article');
  });

  for (const format of EXPORT_FORMATS) {
    it(`exports ${format.id} with --out`, async () => {
      const c = io(dir);
      const out = `out/ruto${format.extension}`;
      assert.equal(await run(['ruto.txt', '-f', format.id, '--out', out], c.io), 0, c.err());
      const written = fs.readFileSync(path.join(dir, out), 'utf8');
      assert.ok(written.length > 0);
      for (const companion of format.companions) {
        assert.equal(fs.readFileSync(path.join(dir, 'out', `ruto${companion.extension}`), 'utf8'), ARTICLE, 'brat\'s .txt is the article unchanged');
      }
    });
  }

  it('never overwrites the article', async () => {
    const c = io(dir);
    assert.equal(await run(['ruto.txt', '--format', 'json', '--out', 'ruto.txt'], c.io), 1);
    assert.equal(fs.readFileSync(path.join(dir, 'ruto.txt'), 'utf8'), ARTICLE);
    assert.match(c.err(), /^ruto\.txt: refusing to overwrite the article/);
  });

  it('prints help', async () => {
    const c = io(dir);
    assert.equal(await run(['--help'], c.io), 0);
    assert.match(c.out(), /--format csv\|json\|w3c\|brat\|conll\|markdown\|html/);
  });

  const failures: Array<[string, string[], RegExp, number]> = [
    ['a missing file', ['nope.txt', '--format', 'csv'], /^nope\.txt: no such file\n$/, 1],
    ['an unknown format', ['ruto.txt', '--format', 'xlsx'], /^newsmark export: unknown --format "xlsx" \(csv\|json/, 2],
    ['no format', ['ruto.txt'], /--format is required/, 2],
    ['a broken sidecar', ['broken.txt', '--format', 'csv'], /^broken\.annotations\.yaml:\d+:\d+: .*\(nothing exported\)\n$/, 1],
  ];
  for (const [title, args, message, code] of failures) {
    it(`fails with one clear line for ${title}`, async () => {
      const c = io(dir);
      assert.equal(await run(args, c.io), code);
      assert.match(c.err(), message);
      assert.equal(c.err().trim().split('\n').length, 1);
      assert.equal(c.out(), '');
    });
  }
});
