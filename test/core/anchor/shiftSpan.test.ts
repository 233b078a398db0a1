import assert from 'node:assert/strict';
import { shiftSpan } from '../../../src/core/anchor/shiftSpan';
import type { TextChange } from '../../../src/core/anchor/shiftSpan';

// The text these edits act on, to show what each rule means for real words.
const TEXT = 'Chancellor Olaf Scholz met Emmanuel Macron in Paris on Friday.';
const MACRON = { start: TEXT.indexOf('Emmanuel Macron'), end: TEXT.indexOf('Emmanuel Macron') + 'Emmanuel Macron'.length };

function apply(text: string, c: TextChange): string {
  return text.slice(0, c.start) + c.text + text.slice(c.end);
}

describe('shiftSpan', () => {
  const at = (phrase: string) => TEXT.indexOf(phrase);
  const cases: Array<[string, TextChange, string | null]> = [
    ['an insertion before shifts it', { start: 0, end: 0, text: 'German ' }, 'Emmanuel Macron'],
    ['a deletion before shifts it', { start: 0, end: 'Chancellor '.length, text: '' }, 'Emmanuel Macron'],
    ['a replacement before shifts it', { start: at('met'), end: at('met') + 3, text: 'held talks with' }, 'Emmanuel Macron'],
    ['an insertion right at its start stays outside', { start: MACRON.start, end: MACRON.start, text: 'President ' }, 'Emmanuel Macron'],
    ['an insertion right at its end stays outside', { start: MACRON.end, end: MACRON.end, text: "'s envoy" }, 'Emmanuel Macron'],
    ['an edit after leaves it alone', { start: at('Friday'), end: at('Friday') + 6, text: 'Saturday' }, 'Emmanuel Macron'],
    ['an edit inside resizes it', { start: at('Macron') - 1, end: at('Macron') - 1, text: ' J.' }, 'Emmanuel J. Macron'],
    ['a typo fix inside resizes it', { start: at('Emmanuel'), end: at('Emmanuel') + 8, text: 'Emanuel' }, 'Emanuel Macron'],
    ['deleting exactly the span removes it', { start: MACRON.start, end: MACRON.end, text: '' }, null],
    ['replacing the span and more removes it', { start: at('met'), end: at(' in Paris'), text: 'spoke with the French president' }, null],
    ['an edit over its head clips and takes the new words', { start: at('met'), end: at('Macron'), text: 'met President ' }, 'met President Macron'],
    ['an edit over its tail clips and takes the new words', { start: at('Macron'), end: at(' on Friday'), text: 'Macron at the Élysée' }, 'Emmanuel Macron at the Élysée'],
  ];
  for (const [label, change, expected] of cases) {
    it(label, () => {
      const result = shiftSpan(MACRON, change);
      if (expected === null) {
        assert.equal(result, null);
        return;
      }
      assert.ok(result);
      assert.equal(apply(TEXT, change).slice(result.start, result.end), expected);
    });
  }

  it('shifts an empty span with an insertion at its place (it cannot contain text)', () => {
    assert.deepEqual(shiftSpan({ start: 5, end: 5 }, { start: 5, end: 5, text: 'abc' }), { start: 8, end: 8 });
  });
});
