import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/annotate';
import { parseSidecar } from '../../src/core/sidecar/parseSidecar';
import { textHash } from '../../src/core/sidecar/textHash';

const ARTICLE = [
  'KANO, Nigeria, Nov 21 (Newswire) - Nigeria\'s electoral commission extended voting in 14 polling units in Kano on Saturday after ballot papers arrived late, commission spokesman Festus Okoye said.',
  '',
  'Okoye said turnout in Kano State was about 31%, lower than in the March election.',
].join('\n');

function harness(cwd: string, env: Record<string, string | undefined> = { NEWSMARK_REVIEWER: 'Aisha Bello' }) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd, env }, out: () => out.join(''), err: () => err.join('') };
}

const span = (phrase: string) => {
  const at = ARTICLE.indexOf(phrase);
  return ['--start', String(at), '--end', String(at + phrase.length)];
};

describe('newsmark annotate', () => {
  let dir: string;
  const sidecarPath = () => path.join(dir, 'kano.annotations.yaml');
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-annotate-'));
    fs.writeFileSync(path.join(dir, 'kano.txt'), ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('creates the sidecar, prints the new id and anchors the words', async () => {
    const h = harness(dir);
    const code = await run(['kano.txt', ...span('Festus Okoye'), '--type', 'PERSON', '--status', 'verified', '--note', 'Spokesman since 2020.', '--tag', 'inec', '--tag', 'wire'], h.io);
    assert.equal(code, 0, h.err());
    const id = h.out().trim();
    assert.match(id, /^n-[0-9a-f]{8}$/);
    const parsed = parseSidecar(fs.readFileSync(sidecarPath(), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.article, 'kano.txt');
    assert.equal(parsed.sidecar.textHash, textHash(ARTICLE));
    const [a] = parsed.sidecar.annotations;
    assert.equal(a.id, id);
    assert.equal(a.anchor.quote, 'Festus Okoye');
    assert.equal(ARTICLE.slice(a.anchor.start, a.anchor.end), 'Festus Okoye');
    assert.deepEqual([a.kind, a.entityType, a.status, a.note, a.tags, a.author], ['entity', 'PERSON', 'verified', 'Spokesman since 2020.', ['inec', 'wire'], 'Aisha Bello']);
    assert.match(a.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.deepEqual(fs.readdirSync(dir).sort(), ['kano.annotations.yaml', 'kano.txt'], 'no temporary file left behind');
  });

  it('adds to an existing sidecar in document order, keeping comments and unknown fields', async () => {
    assert.equal(await run(['kano.txt', ...span('31%'), '--note', 'Check the INEC sheet.'], harness(dir).io), 0);
    const handEdited = fs.readFileSync(sidecarPath(), 'utf8').replace('annotations:', '# Second read: Tom.\ndesk: west-africa\nannotations:');
    fs.writeFileSync(sidecarPath(), handEdited);
    const h = harness(dir);
    assert.equal(await run(['kano.txt', ...span('14 polling units'), '--type', 'FIGURE', '--author', 'Tom Becker'], h.io), 0, h.err());
    const text = fs.readFileSync(sidecarPath(), 'utf8');
    assert.ok(text.includes('# Second read: Tom.') && text.includes('desk: west-africa'));
    const parsed = parseSidecar(text);
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.sidecar.annotations.map((a) => [a.anchor.quote, a.author]), [
      ['14 polling units', 'Tom Becker'],
      ['31%', 'Aisha Bello'],
    ]);
  });

  it('refreshes older anchors when the article changed since the sidecar was written', async () => {
    assert.equal(await run(['kano.txt', ...span('31%')], harness(dir).io), 0);
    const edited = 'UPDATE 1-\n\n' + ARTICLE;
    fs.writeFileSync(path.join(dir, 'kano.txt'), edited);
    const at = edited.indexOf('Festus');
    assert.equal(await run(['kano.txt', '--start', String(at), '--end', String(at + 6)], harness(dir).io), 0);
    const parsed = parseSidecar(fs.readFileSync(sidecarPath(), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.textHash, textHash(edited));
    for (const a of parsed.sidecar.annotations) assert.equal(edited.slice(a.anchor.start, a.anchor.end), a.anchor.quote);
  });

  it('never rewrites a broken sidecar and names its line and column', async () => {
    const broken = 'version: 1\narticle: kano.txt\nannotations:\n  - id: n-1\n    anchor: {quote: Kano, start: 0, end: 4}\n    kind: note\n    status: done\n';
    fs.writeFileSync(sidecarPath(), broken);
    const h = harness(dir);
    assert.equal(await run(['kano.txt', ...span('Kano State')], h.io), 1);
    assert.equal(h.err().trim().split('\n').length, 1);
    assert.match(h.err(), /^kano\.annotations\.yaml:7:13: "status" must be one of/);
    assert.equal(fs.readFileSync(sidecarPath(), 'utf8'), broken);
    assert.equal(h.out(), '');
  });

  it('never rewrites a sidecar from a newer Newsmark', async () => {
    const newer = 'version: 3\narticle: kano.txt\nannotations: []\n';
    fs.writeFileSync(sidecarPath(), newer);
    const h = harness(dir);
    assert.equal(await run(['kano.txt', ...span('Kano State')], h.io), 1);
    assert.match(h.err(), /^kano\.annotations\.yaml: sidecar version 3 .*will not rewrite it\n$/);
    assert.equal(fs.readFileSync(sidecarPath(), 'utf8'), newer);
  });

  it('anchors on a CRLF article with offsets into its own text', async () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    fs.writeFileSync(path.join(dir, 'kano.txt'), crlf);
    const at = crlf.indexOf('Okoye said turnout');
    assert.equal(await run(['kano.txt', '--start', String(at), '--end', String(at + 5)], harness(dir).io), 0);
    const parsed = parseSidecar(fs.readFileSync(sidecarPath(), 'utf8'));
    assert.ok(parsed.ok);
    assert.equal(parsed.sidecar.annotations[0].anchor.start, at);
    assert.ok(parsed.sidecar.annotations[0].anchor.prefix.endsWith('\r\n'));
  });

  it('takes the author from NEWSMARK_REVIEWER, then git or the OS user', async () => {
    assert.equal(await run(['kano.txt', ...span('Kano State')], harness(dir, { NEWSMARK_REVIEWER: 'Chidi Eze' }).io), 0);
    assert.equal(await run(['kano.txt', ...span('March')], harness(dir, {}).io), 0);
    const parsed = parseSidecar(fs.readFileSync(sidecarPath(), 'utf8'));
    assert.ok(parsed.ok);
    const [state, march] = parsed.sidecar.annotations;
    assert.equal(state.author, 'Chidi Eze');
    assert.ok(march.author.length > 0);
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    ['no offsets', ['kano.txt'], /--start is required/],
    ['end before start', ['kano.txt', '--start', '9', '--end', '3'], /--end \(3\) must be greater than --start \(9\)/],
    ['a negative offset', ['kano.txt', '--start', '-1', '--end', '3'], /--start|option/],
    ['an unknown type', ['kano.txt', '--start', '0', '--end', '4', '--type', 'CITY'], /--type must be one of PERSON, PLACE, ORG, FIGURE/],
    ['entity without type', ['kano.txt', '--start', '0', '--end', '4', '--kind', 'entity'], /--kind entity needs --type/],
    ['alias without target', ['kano.txt', '--start', '0', '--end', '4', '--kind', 'alias'], /--alias-of/],
    ['a bad status', ['kano.txt', '--start', '0', '--end', '4', '--status', 'ok'], /--status must be one of/],
    ['two files', ['kano.txt', 'other.txt', '--start', '0', '--end', '4'], /exactly one FILE/],
    ['an unknown option', ['kano.txt', '--start', '0', '--end', '4', '--colour', 'red'], /colour/],
  ];
  for (const [label, args, message] of usageErrors) {
    it(`refuses ${label} with exit 2 and one line`, async () => {
      const h = harness(dir);
      assert.equal(await run(args, h.io), 2);
      assert.match(h.err(), message);
      assert.equal(h.err().trim().split('\n').length, 1);
      assert.ok(!fs.existsSync(sidecarPath()));
    });
  }

  const fileErrors: Array<[string, string[], RegExp]> = [
    ['a missing article', ['nowhere.txt', '--start', '0', '--end', '4'], /^nowhere\.txt: no such file\n$/],
    ['an end past the text', ['kano.txt', '--start', '0', '--end', '99999'], /^kano\.txt: --end 99999 is past the end of the text/],
    ['a whitespace-only span', ['kano.txt', ...(() => { const at = ARTICLE.indexOf('\n\n'); return ['--start', String(at), '--end', String(at + 2)]; })()], /only whitespace/],
  ];
  for (const [label, args, message] of fileErrors) {
    it(`refuses ${label} with exit 1 naming the file`, async () => {
      const h = harness(dir);
      assert.equal(await run(args, h.io), 1);
      assert.match(h.err(), message);
      assert.ok(!fs.existsSync(sidecarPath()));
    });
  }

  it('refuses offsets that split an emoji', async () => {
    fs.writeFileSync(path.join(dir, 'kano.txt'), 'Celebrations 🎉 in Kano');
    const h = harness(dir);
    assert.equal(await run(['kano.txt', '--start', '14', '--end', '20'], h.io), 1);
    assert.match(h.err(), /split a character/);
  });

  it('prints help', async () => {
    const h = harness(dir);
    assert.equal(await run(['--help'], h.io), 0);
    assert.match(h.out(), /^Usage: newsmark annotate FILE --start S --end E/);
  });
});
