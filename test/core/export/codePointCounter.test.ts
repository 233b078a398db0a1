import assert from 'node:assert/strict';
import { codePointCounter } from '../../../src/core/export/codePointCounter';

describe('codePointCounter', () => {
  const cases: Array<[string, string, number, number]> = [
    ['plain ASCII counts one per unit', 'Kyiv, May 2 (Newsmark)', 6, 6],
    ['accented letters are single units', 'Viktor Orbán said', 12, 12],
    ['an emoji before the span counts once', '😬 Orbán told reporters', 3, 2],
    ['a flag is two code points (four units)', '🇪🇺 EU summit', 5, 3],
    ['offset at the very end', 'Ankara 🇹🇷', 11, 9],
    ['offset inside a surrogate pair counts the pair as before it', '😬x', 1, 1],
  ];
  for (const [name, text, utf16, expected] of cases) {
    it(name, () => {
      assert.equal(codePointCounter(text)(utf16), expected);
      // Cross-check against the platform's own code-point iteration.
      assert.equal([...text.slice(0, utf16)].length, expected);
    });
  }

  it('rejects offsets outside the text with a clear message', () => {
    const count = codePointCounter('Gaza City');
    assert.throws(() => count(10), /outside the text \(0–9\)/);
    assert.throws(() => count(-1), RangeError);
  });
});
