import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/merge';
import type { Annotation } from '../../src/core/model';
import type { Sidecar } from '../../src/core/sidecar/Sidecar';
import { parseSidecar } from '../../src/core/sidecar/parseSidecar';
import { serializeSidecar } from '../../src/core/sidecar/serializeSidecar';

const REPO = path.resolve(__dirname, '../..');
const CLI = path.join(REPO, 'src', 'cli', 'merge.ts');

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd, env: {} }, out: () => out.join(''), err: () => err.join('') };
}

const ARTICLE = 'ANKARA, Turkey — The central bank raised its main rate to 50% on Thursday, its fifth increase this year, Governor Fatih Karahan said.\n';

function ann(id: string, quote: string, fields: Partial<Annotation> = {}): Annotation {
  const start = ARTICLE.indexOf(quote);
  return {
    id,
    anchor: { start, end: start + quote.length, quote, prefix: ARTICLE.slice(Math.max(0, start - 20), start), suffix: ARTICLE.slice(start + quote.length, start + quote.length + 20) },
    kind: 'note',
    status: 'unverified',
    tags: [],
    author: 'deniz.a',
    created: '2026-03-21T10:00:00Z',
    modified: '2026-03-21T10:00:00Z',
    replies: [],
    ...fields,
  };
}

const yaml = (annotations: Annotation[]): string => serializeSidecar({ version: 1, article: 'ankara-rates.txt', annotations });
const rate = ann('rate', '50%', { note: 'Central bank statement' });
const karahan = ann('gov', 'Fatih Karahan', { kind: 'entity', entityType: 'PERSON' });
const fifth = ann('fifth', 'fifth increase this year');

function readSidecar(file: string): Sidecar {
  const parsed = parseSidecar(fs.readFileSync(file, 'utf8'));
  assert.ok(parsed.ok, 'the merged file is a valid sidecar');
  return parsed.sidecar;
}

describe('newsmark merge', () => {
  let dir: string;
  const write = (name: string, content: string) => fs.writeFileSync(path.join(dir, name), content);
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-merge-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('merges cleanly into OURS and exits 0', async () => {
    write('base.yaml', yaml([rate]));
    write('ours.yaml', '# Desk notes: keep this comment\n' + yaml([{ ...rate, status: 'verified' }, karahan]));
    write('theirs.yaml', yaml([{ ...rate, replies: [{ author: 'emre.k', created: '2026-03-21T11:00:00Z', text: 'Matches the MPC release.' }] }, fifth]));
    const c = io(dir);
    assert.equal(await run(['base.yaml', 'ours.yaml', 'theirs.yaml'], c.io), 0, c.err());
    assert.equal(c.err(), '');
    const merged = readSidecar(path.join(dir, 'ours.yaml'));
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), ['fifth', 'gov', 'rate']);
    const r = merged.annotations.find((a) => a.id === 'rate')!;
    assert.equal(r.status, 'verified');
    assert.equal(r.replies.length, 1);
    assert.match(fs.readFileSync(path.join(dir, 'ours.yaml'), 'utf8'), /# Desk notes: keep this comment/);
  });

  it('keeps ours, reports on stderr and exits 1 when the same field changed differently', async () => {
    write('base.yaml', yaml([rate]));
    write('ours.yaml', yaml([{ ...rate, status: 'verified' }]));
    write('theirs.yaml', yaml([{ ...rate, status: 'disputed' }]));
    const c = io(dir);
    assert.equal(await run(['base.yaml', 'ours.yaml', 'theirs.yaml', 'stories/ankara-rates.annotations.yaml'], c.io), 1);
    assert.match(c.err(), /stories\/ankara-rates\.annotations\.yaml: 1 conflict\(s\)/);
    assert.match(c.err(), /annotation rate: both sides changed status \(kept ours "verified"; theirs was "disputed"\)/);
    const text = fs.readFileSync(path.join(dir, 'ours.yaml'), 'utf8');
    assert.doesNotMatch(text, /^(<<<<<<<|=======|>>>>>>>)/m);
    const merged = readSidecar(path.join(dir, 'ours.yaml'));
    assert.equal(merged.annotations[0].status, 'verified');
    assert.ok(merged.annotations[0].tags.includes('merge-conflict'));
  });

  it('accepts an empty BASE (file added on both branches)', async () => {
    write('base.yaml', '');
    write('ours.yaml', yaml([karahan]));
    write('theirs.yaml', yaml([fifth]));
    assert.equal(await run(['base.yaml', 'ours.yaml', 'theirs.yaml'], io(dir).io), 0);
    assert.equal(readSidecar(path.join(dir, 'ours.yaml')).annotations.length, 2);
  });

  it('leaves OURS untouched and exits 2 when a side is not a valid sidecar', async () => {
    const ours = yaml([rate]);
    write('base.yaml', yaml([rate]));
    write('ours.yaml', ours);
    write('theirs.yaml', 'annotations:\n  - id: rate\n    anchor: {start: 0\n');
    const c = io(dir);
    assert.equal(await run(['base.yaml', 'ours.yaml', 'theirs.yaml'], c.io), 2);
    assert.match(c.err(), /^newsmark merge: theirs\.yaml \(theirs\):\d+:\d+: /);
    assert.equal(fs.readFileSync(path.join(dir, 'ours.yaml'), 'utf8'), ours);
  });

  it('explains its usage', async () => {
    const c = io(dir);
    assert.equal(await run(['--help'], c.io), 0);
    assert.match(c.out(), /driver = newsmark merge %O %A %B %P/);
    const bad = io(dir);
    assert.equal(await run(['only-one.yaml'], bad.io), 2);
    assert.match(bad.err(), /expected BASE OURS THEIRS/);
  });

  it('works as a real git merge driver', function () {
    this.timeout(60000);
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.invalid', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.invalid' } });
    // The driver runs this checkout's CLI module through tsx, so the test needs no build.
    const runner = path.join(dir, 'newsmark-merge.js');
    fs.writeFileSync(runner, `require(${JSON.stringify(require.resolve('tsx/cjs'))});\nrequire(${JSON.stringify(CLI)}).run(process.argv.slice(2), { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s), cwd: process.cwd(), env: process.env }).then((code) => { process.exitCode = code; });\n`);
    git('init', '-q', '-b', 'main');
    git('config', 'merge.newsmark.name', 'Newsmark sidecar merge');
    git('config', 'merge.newsmark.driver', `node ${JSON.stringify(runner)} %O %A %B %P`);
    write('.gitattributes', '*.annotations.yaml merge=newsmark\n');
    write('ankara-rates.annotations.yaml', yaml([rate]));
    git('add', '.gitattributes', 'ankara-rates.annotations.yaml');
    git('commit', '-q', '-m', 'base');
    git('checkout', '-q', '-b', 'colleague');
    write('ankara-rates.annotations.yaml', yaml([rate, fifth]));
    git('commit', '-q', '-am', 'theirs: a note on the fifth increase');
    git('checkout', '-q', 'main');
    write('ankara-rates.annotations.yaml', yaml([{ ...rate, status: 'verified' }, karahan]));
    git('commit', '-q', '-am', 'ours: verified the rate, typed the governor');
    // Both branches inserted an annotation right after `rate`: a line merge would conflict, so success means the driver ran.
    git('merge', '-q', '--no-edit', 'colleague');
    const merged = readSidecar(path.join(dir, 'ankara-rates.annotations.yaml'));
    assert.deepEqual(merged.annotations.map((a) => a.id).sort(), ['fifth', 'gov', 'rate']);
    assert.equal(merged.annotations.find((a) => a.id === 'rate')!.status, 'verified');
  });
});
