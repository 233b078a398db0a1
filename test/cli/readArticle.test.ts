// readArticle: what the CLI accepts as an article, and the one line it says when it cannot.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readArticle } from '../../src/cli/readArticle';

describe('readArticle', () => {
  let dir: string;
  let err: string[];
  const io = () => ({ stdout: () => undefined, stderr: (s: string) => err.push(s), cwd: dir, env: {} });
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-read-'));
    err = [];
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases: Array<[string, Buffer | null, string | null, RegExp | null]> = [
    ['returns CRLF text unchanged, so offsets match the file', Buffer.from('LAGOS —\r\nVoters queued.\r\n'), 'LAGOS —\r\nVoters queued.\r\n', null],
    ['drops a UTF-8 byte-order mark, as editors do', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Kano')]), 'Kano', null],
    ['keeps emoji and accents', Buffer.from('🗳️ Jürgen Hölzl'), '🗳️ Jürgen Hölzl', null],
    ['refuses a binary file', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), null, /^a\.txt: looks like a binary file/],
    ['reports a missing file', null, null, /^a\.txt: no such file$/],
  ];
  for (const [title, bytes, expected, message] of cases) {
    it(title, () => {
      const file = path.join(dir, 'a.txt');
      if (bytes) fs.writeFileSync(file, bytes);
      assert.equal(readArticle(file, 'a.txt', io()), expected);
      if (message) {
        assert.equal(err.length, 1);
        assert.match(err[0].trim(), message);
      } else assert.deepEqual(err, []);
    });
  }

  it('refuses a folder', () => {
    assert.equal(readArticle(dir, 'folder', io()), null);
    assert.match(err.join(''), /folder: not a file/);
  });
});
