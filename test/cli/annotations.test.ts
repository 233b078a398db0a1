import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run as annotate } from '../../src/cli/annotate';
import { run } from '../../src/cli/annotations';

const ARTICLE = [
  'BRUSSELS, Dec 3 (Newswire) - European Union finance ministers agreed on Tuesday to lend Ukraine 18 billion euros next year, the Czech presidency said, after Hungary lifted its veto.',
  '',
  'Hungarian Prime Minister Viktor Orban had blocked the package for weeks. Diplomats said Budapest won concessions on its own frozen funds.',
  '',
  'The loan will be raised on capital markets, Commission President Ursula von der Leyen told reporters.',
].join('\n');

function harness(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd, env: { NEWSMARK_REVIEWER: 'Lena Vogel' } }, out: () => out.join(''), err: () => err.join('') };
}

async function add(dir: string, phrase: string, ...extra: string[]): Promise<string> {
  const at = ARTICLE.indexOf(phrase);
  const h = harness(dir);
  assert.equal(await annotate(['eu.txt', '--start', String(at), '--end', String(at + phrase.length), ...extra], h.io), 0, h.err());
  return h.out().trim();
}

interface Row {
  id: string;
  start: number | null;
  end: number | null;
  quote: string;
  orphaned: boolean;
  exact: boolean;
  storedQuote?: string;
  status: string;
  note?: string;
}

describe('newsmark annotations', () => {
  let dir: string;
  const articlePath = () => path.join(dir, 'eu.txt');
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-annotations-'));
    fs.writeFileSync(articlePath(), ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists annotations as JSON with offsets, quote and fields', async () => {
    const loan = await add(dir, '18 billion euros', '--type', 'FIGURE', '--status', 'verified', '--note', 'Council press release.');
    const orban = await add(dir, 'Viktor Orban', '--type', 'PERSON');
    const h = harness(dir);
    assert.equal(await run(['eu.txt', '--format', 'json'], h.io), 0, h.err());
    const rows = JSON.parse(h.out()) as Row[];
    assert.deepEqual(rows.map((r) => r.id), [loan, orban]);
    for (const r of rows) {
      assert.equal(ARTICLE.slice(r.start!, r.end!), r.quote);
      assert.equal(r.orphaned, false);
      assert.equal(r.exact, true);
    }
    assert.equal(rows[0].status, 'verified');
    assert.equal(rows[0].note, 'Council press release.');
    assert.ok(!('anchor' in rows[0]));
  });

  it('follows edits: moved words are found, changed words flagged, deleted words orphaned with their quote', async () => {
    const loan = await add(dir, '18 billion euros');
    const orban = await add(dir, 'Viktor Orban');
    const vdl = await add(dir, 'Ursula von der Leyen');
    const edited = ('UPDATE 2-\n\n' + ARTICLE)
      .replace('Hungarian Prime Minister Viktor Orban had blocked the package for weeks. ', '')
      .replace('Ursula von der Leyen', 'Ursula von der Leyén');
    fs.writeFileSync(articlePath(), edited);
    const h = harness(dir);
    assert.equal(await run(['eu.txt', '--format', 'json'], h.io), 0, h.err());
    const rows = JSON.parse(h.out()) as Row[];
    const byId = new Map(rows.map((r) => [r.id, r]));
    assert.equal(edited.slice(byId.get(loan)!.start!, byId.get(loan)!.end!), '18 billion euros');
    assert.deepEqual([byId.get(vdl)!.quote, byId.get(vdl)!.exact, byId.get(vdl)!.storedQuote], ['Ursula von der Leyén', false, 'Ursula von der Leyen']);
    assert.deepEqual([byId.get(orban)!.orphaned, byId.get(orban)!.quote, byId.get(orban)!.start], [true, 'Viktor Orban', null]);
    assert.equal(rows[rows.length - 1].id, orban, 'orphans come last');

    const table = harness(dir);
    assert.equal(await run(['eu.txt'], table.io), 0);
    const lines = table.out().trim().split('\n');
    assert.match(lines[0], /^ID\s+WHERE\s+STATUS\s+KIND\s+QUOTE\s+NOTE\s+FLAGS$/);
    assert.equal(lines.length, 4);
    assert.ok(lines.some((l) => l.startsWith(orban) && l.includes('ORPHANED')));
    assert.ok(lines.some((l) => l.startsWith(vdl) && l.includes('CHANGED (was "Ursula von der Leyen")')));
  });

  it('prints an empty list when there is no sidecar', async () => {
    const json = harness(dir);
    assert.equal(await run(['eu.txt', '--format', 'json'], json.io), 0);
    assert.deepEqual(JSON.parse(json.out()), []);
    const table = harness(dir);
    assert.equal(await run(['eu.txt'], table.io), 0);
    assert.equal(table.out(), 'eu.txt: no annotations\n');
  });

  it('reports a broken sidecar with its line and column', async () => {
    fs.writeFileSync(path.join(dir, 'eu.annotations.yaml'), 'version: 1\narticle: eu.txt\nannotations:\n  - id: n-1\n    kind: note\n');
    const h = harness(dir);
    assert.equal(await run(['eu.txt'], h.io), 1);
    assert.equal(h.err(), 'eu.annotations.yaml:4:5: annotation n-1 is missing "anchor"\n');
  });

  const errors: Array<[string, string[], number, RegExp]> = [
    ['a missing article', ['gone.txt'], 1, /^gone\.txt: no such file\n$/],
    ['an unknown format', ['eu.txt', '--format', 'csv'], 2, /unknown --format "csv"/],
    ['no file', [], 2, /exactly one FILE/],
  ];
  for (const [label, args, code, message] of errors) {
    it(`refuses ${label}`, async () => {
      const h = harness(dir);
      assert.equal(await run(args, h.io), code);
      assert.match(h.err(), message);
    });
  }

  it('prints help', async () => {
    const h = harness(dir);
    assert.equal(await run(['-h'], h.io), 0);
    assert.match(h.out(), /^Usage: newsmark annotations FILE/);
  });
});
