// `newsmark check --require verified`: the gate a newsroom runs before publishing.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';
import { anchorFromRange } from '../../src/core/anchor/anchorFromRange';
import { serializeSidecar } from '../../src/core/sidecar/serializeSidecar';
import { textHash } from '../../src/core/sidecar/textHash';
import type { Annotation } from '../../src/core/model';

const ARTICLE = 'MISRATA, Libya — At least 27 people were killed on Tuesday, the ministry said.\nThe council put the toll at 64.\n';

function io(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => out.push(s), stderr: (s: string) => err.push(s), cwd, env: {} }, out: () => out.join(''), err: () => err.join('') };
}

function annotation(quote: string, status: Annotation['status'], kind: Annotation['kind'] = 'note'): Annotation {
  const start = ARTICLE.indexOf(quote);
  return {
    id: `n-${start.toString(16).padStart(8, '0')}`,
    anchor: anchorFromRange(ARTICLE, { start, end: start + quote.length }),
    kind,
    status,
    tags: [],
    author: 'Desk',
    created: '2026-11-20T10:00:00Z',
    modified: '2026-11-20T10:00:00Z',
    replies: [],
  };
}

describe('newsmark check --require verified', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-gate-'));
    fs.writeFileSync(path.join(dir, 'toll.txt'), ARTICLE);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  function writeSidecar(annotations: Annotation[]): void {
    fs.writeFileSync(path.join(dir, 'toll.annotations.yaml'), serializeSidecar({ version: 1, article: 'toll.txt', textHash: textHash(ARTICLE), annotations }));
  }

  it('fails and lists every figure not yet verified when there is no review at all', async () => {
    const c = io(dir);
    assert.equal(await run(['check', 'toll.txt', '--require', 'verified'], c.io), 1);
    assert.match(c.err(), /not yet verified/);
    assert.match(c.err(), /line 1: figure "(At least )?27( people)?" is unverified/);
    assert.match(c.err(), /line 2: figure "64" is unverified/);
  });

  it('lists a disputed figure and an unverified claim, and only those', async () => {
    const figures = JSON.parse(await (async () => {
      const c = io(dir);
      await run(['entities', 'toll.txt'], c.io);
      return c.out();
    })()) as Array<{ type: string; text: string }>;
    const verified = figures.filter((f) => f.type === 'FIGURE' && f.text !== '64').map((f) => annotation(f.text, 'verified'));
    writeSidecar([...verified, annotation('64', 'disputed'), annotation('the ministry said', 'needs-source')]);
    const c = io(dir);
    assert.equal(await run(['check', 'toll.txt', '--require', 'verified'], c.io), 1);
    const lines = c.err().trim().split('\n');
    assert.match(lines[0], /2 figure\(s\) or claim\(s\) not yet verified/);
    assert.match(c.err(), /figure "64" is disputed/);
    assert.match(c.err(), /claim "the ministry said" is needs-source/);
  });

  it('passes once every figure and claim is verified', async () => {
    const c0 = io(dir);
    await run(['entities', 'toll.txt'], c0.io);
    const figures = (JSON.parse(c0.out()) as Array<{ type: string; text: string }>).filter((f) => f.type === 'FIGURE');
    writeSidecar(figures.map((f) => annotation(f.text, 'verified')));
    const c = io(dir);
    assert.equal(await run(['check', 'toll.txt', '--require', 'verified'], c.io), 0, c.err());
    assert.match(c.out(), /ok — \d+ annotations/);
  });
});
