import assert from 'node:assert/strict';
import { lineCounter } from '../../../src/core/export/lineCounter';

describe('lineCounter', () => {
  const cases: Array<[string, string, string, number]> = [
    ['LF', 'Headline\nDATELINE —\nBody text.', 'Body', 3],
    ['CRLF counts once', 'Headline\r\nDATELINE —\r\n\r\nBody text.', 'Body', 4],
    ['lone CR (old Mac files)', 'Headline\rBody text.', 'Body', 2],
    ['first line', 'Headline\r\nBody', 'Head', 1],
  ];
  for (const [name, text, word, line] of cases) {
    it(name, () => assert.equal(lineCounter(text)(text.indexOf(word)), line));
  }

  it('an offset on the line break itself belongs to the line it ends', () => {
    const text = 'Title\r\nBody';
    const lineOf = lineCounter(text);
    assert.equal(lineOf(5), 1);
    assert.equal(lineOf(6), 1);
    assert.equal(lineOf(7), 2);
  });
});
