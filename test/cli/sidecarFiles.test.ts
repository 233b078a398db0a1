import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { articlePathForSidecar, formatSidecarError, readSidecarFile, sidecarPathFor, writeFileAtomic } from '../../src/cli/sidecarFiles';

describe('sidecarFiles', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-sidecarfiles-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const names: Array<[string, string, string | null]> = [
    ['/desk/lagos-vote.txt', '/desk/lagos-vote.annotations.yaml', '/desk/lagos-vote.txt'],
    ['/desk/v2.final.txt', '/desk/v2.final.annotations.yaml', '/desk/v2.final.txt'],
    ['/desk/notes.md', '/desk/notes.md.annotations.yaml', '/desk/notes.md.txt'],
  ];
  for (const [article, sidecar, back] of names) {
    it(`pairs ${path.basename(article)} with ${path.basename(sidecar)}`, () => {
      assert.equal(sidecarPathFor(article), sidecar);
      assert.equal(articlePathForSidecar(sidecar), back);
    });
  }

  it('says a non-sidecar path has no article', () => {
    assert.equal(articlePathForSidecar('/desk/lagos-vote.yaml'), null);
  });

  it('reads missing, broken and good sidecars without throwing', () => {
    const p = path.join(dir, 'a.annotations.yaml');
    assert.deepEqual(readSidecarFile(p), { state: 'missing', path: p });
    fs.writeFileSync(p, 'version: 1\narticle: a.txt\nannotations: {}\n');
    const broken = readSidecarFile(p);
    assert.equal(broken.state, 'broken');
    if (broken.state === 'broken') assert.equal(formatSidecarError('a.annotations.yaml', broken.error), 'a.annotations.yaml:3:14: "annotations" must be a list, found a mapping');
    fs.writeFileSync(p, '\ufeffversion: 1\narticle: a.txt\nannotations: []\n');
    const good = readSidecarFile(p);
    assert.equal(good.state, 'ok');
    if (good.state === 'ok') assert.ok(good.text.startsWith('version'), 'byte-order mark dropped');
    const unreadable = readSidecarFile(dir);
    assert.equal(unreadable.state, 'broken');
  });

  it('writes atomically, leaving no temporary file and keeping the file mode', () => {
    const p = path.join(dir, 'a.annotations.yaml');
    writeFileAtomic(p, 'version: 1\n');
    fs.chmodSync(p, 0o640);
    writeFileAtomic(p, 'version: 1\narticle: a.txt\n');
    assert.equal(fs.readFileSync(p, 'utf8'), 'version: 1\narticle: a.txt\n');
    assert.equal(fs.statSync(p).mode & 0o777, 0o640);
    assert.deepEqual(fs.readdirSync(dir), ['a.annotations.yaml']);
  });

  it('writes through a symlink, keeping the link', () => {
    const real = path.join(dir, 'real.annotations.yaml');
    const link = path.join(dir, 'a.annotations.yaml');
    fs.writeFileSync(real, 'old\n');
    fs.symlinkSync(real, link);
    writeFileAtomic(link, 'new\n');
    assert.ok(fs.lstatSync(link).isSymbolicLink());
    assert.equal(fs.readFileSync(real, 'utf8'), 'new\n');
  });

  it('fails cleanly into a missing folder, creating nothing', () => {
    assert.throws(() => writeFileAtomic(path.join(dir, 'nope', 'a.annotations.yaml'), 'x'));
    assert.deepEqual(fs.readdirSync(dir), []);
  });
});
