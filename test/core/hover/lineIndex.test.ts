import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/hover/lineIndex';

describe('LineIndex', () => {
  const cases: Array<[string, string, number, { line: number; character: number }]> = [
    ['LF', 'LAGOS —\nVoters queued.', 9, { line: 1, character: 1 }],
    ['CRLF counts the break once', 'LAGOS —\r\nVoters queued.', 10, { line: 1, character: 1 }],
    ['a lone CR is a break', 'a\rb', 2, { line: 1, character: 0 }],
    ['offset at the end', 'one\ntwo', 7, { line: 1, character: 3 }],
    ['offset past the end is clamped', 'one', 99, { line: 0, character: 3 }],
    ['emoji count as two UTF-16 units', '🗳️ Kano\nx', 4, { line: 0, character: 4 }],
  ];
  for (const [title, text, offset, expected] of cases) {
    it(title, () => assert.deepEqual(new LineIndex(text).positionAt(offset), expected));
  }

  it('returns line text without its break', () => {
    const idx = new LineIndex('first\r\nsecond\nthird');
    assert.equal(idx.lineCount, 3);
    assert.equal(idx.lineText(0), 'first');
    assert.equal(idx.lineText(1), 'second');
    assert.equal(idx.lineText(2), 'third');
  });
});
