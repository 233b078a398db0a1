import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run as annotate } from '../../src/cli/annotate';
import { REQUIREMENTS, run } from '../../src/cli/check';
import { loadFixtures } from '../core/sidecar/fixtures';

const ARTICLE =
  'TOKYO, Oct 27 (Newswire) - Japan\'s ruling Liberal Democratic Party lost its majority in the lower house on Sunday, public broadcaster NHK projected, a blow to Prime Minister Shigeru Ishiba.';

function harness(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd, env: { NEWSMARK_REVIEWER: 'Kenji Sato' } }, out: () => out.join(''), err: () => err.join('') };
}

describe('newsmark check', () => {
  let dir: string;
  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-check-'));
    fs.writeFileSync(path.join(dir, 'tokyo.txt'), ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function add(phrase: string, ...extra: string[]) {
    const at = ARTICLE.indexOf(phrase);
    assert.equal(await annotate(['tokyo.txt', '--start', String(at), '--end', String(at + phrase.length), ...extra], harness(dir).io), 0);
  }

  it('summarises a valid sidecar, given the article or the sidecar', async () => {
    await add('Shigeru Ishiba', '--type', 'PERSON');
    await add('NHK', '--type', 'ORG');
    fs.writeFileSync(path.join(dir, 'tokyo.txt'), ARTICLE.replace('public broadcaster NHK projected', 'exit polls showed'));
    for (const file of ['tokyo.txt', 'tokyo.annotations.yaml']) {
      const h = harness(dir);
      assert.equal(await run([file], h.io), 0, h.err());
      assert.equal(h.out(), 'tokyo.annotations.yaml: ok — 2 annotations, 1 orphaned (the article changed since the review was saved)\n');
    }
  });

  describe('every invalid fixture fails with FILE:LINE:COL: message on one line', () => {
    for (const fixture of loadFixtures('invalid')) {
      it(fixture.name, async () => {
        fs.writeFileSync(path.join(dir, 'tokyo.annotations.yaml'), fixture.text);
        const h = harness(dir);
        assert.equal(await run(['tokyo.txt'], h.io), 1);
        const expected = `tokyo.annotations.yaml:${fixture.expect!.line}:${fixture.expect!.column}: ${fixture.expect!.message}`;
        assert.ok(h.err().startsWith(expected), h.err());
        assert.equal(h.err().split('\n').length, 2, 'exactly one line');
        assert.equal(h.out(), '');
      });
    }
  });

  it('has nothing to check for an article without a sidecar', async () => {
    const h = harness(dir);
    assert.equal(await run(['tokyo.txt'], h.io), 0);
    assert.match(h.out(), /no sidecar .*nothing to check/);
  });

  it('fails for a file that does not exist', async () => {
    for (const file of ['osaka.txt', 'osaka.annotations.yaml']) {
      const h = harness(dir);
      assert.equal(await run([file], h.io), 1);
      assert.equal(h.err(), `${file}: no such file\n`);
    }
  });

  it('checks a sidecar whose article is missing, saying so', async () => {
    await add('NHK', '--type', 'ORG');
    fs.rmSync(path.join(dir, 'tokyo.txt'));
    const h = harness(dir);
    assert.equal(await run(['tokyo.annotations.yaml'], h.io), 0);
    assert.match(h.out(), /ok — 1 annotation, 0 orphaned \(article not found, anchors not checked\)/);
  });

  it('accepts --require but refuses a gate nobody has written yet, rather than pass silently', async () => {
    await add('NHK', '--type', 'ORG');
    const h = harness(dir);
    assert.equal(await run(['tokyo.txt', '--require', 'published'], h.io), 2);
    assert.match(h.err(), /unknown --require "published" \(known: verified\)/);
  });

  it('runs gates registered at the extension point', async () => {
    await add('NHK', '--type', 'ORG');
    REQUIREMENTS['no-orphans'] = ({ orphans }) => (orphans.length ? `${orphans.length} orphaned` : null);
    try {
      assert.equal(await run(['tokyo.txt', '--require', 'no-orphans'], harness(dir).io), 0);
      fs.writeFileSync(path.join(dir, 'tokyo.txt'), 'A different story entirely.');
      const h = harness(dir);
      assert.equal(await run(['tokyo.txt', '--require', 'no-orphans'], h.io), 1);
      assert.equal(h.err(), 'tokyo.annotations.yaml: --require no-orphans: 1 orphaned\n');
    } finally {
      delete REQUIREMENTS['no-orphans'];
    }
  });

  it('prints help', async () => {
    const h = harness(dir);
    assert.equal(await run(['--help'], h.io), 0);
    assert.match(h.out(), /^Usage: newsmark check FILE/);
  });
});
