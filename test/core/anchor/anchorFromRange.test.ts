import assert from 'node:assert/strict';
import { ANCHOR_CONTEXT_LENGTH, anchorFromRange } from '../../../src/core/anchor/anchorFromRange';
import { NAIROBI, spanOf, TRIPOLI } from './articles';

describe('anchorFromRange', () => {
  const cases: Array<[string, string, string, number]> = [
    ['a name mid-paragraph', TRIPOLI, 'Abdul Hamid Dbeibah', 0],
    ['the dateline at the very start', TRIPOLI, 'TRIPOLI', 0],
    ['the last word', TRIPOLI, 'civilians.', 0],
    ['a money figure', NAIROBI, '346 billion shillings', 0],
    ['the second of two identical phrases', TRIPOLI, 'the health ministry said', 1],
  ];
  for (const [label, text, phrase, occurrence] of cases) {
    it(`anchors ${label}`, () => {
      const span = spanOf(text, phrase, occurrence);
      const anchor = anchorFromRange(text, span);
      assert.equal(anchor.quote, phrase);
      assert.equal(anchor.start, span.start);
      assert.equal(anchor.end, span.end);
      assert.equal(anchor.prefix, text.slice(Math.max(0, span.start - ANCHOR_CONTEXT_LENGTH), span.start));
      assert.equal(anchor.suffix, text.slice(span.end, span.end + ANCHOR_CONTEXT_LENGTH));
      assert.ok(anchor.prefix.length <= ANCHOR_CONTEXT_LENGTH && anchor.suffix.length <= ANCHOR_CONTEXT_LENGTH);
    });
  }

  it('never splits an emoji at a context boundary', () => {
    const text = 'Supporters waved flags 🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪 as Ruto spoke 🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪🇰🇪.';
    for (let shift = 0; shift < 4; shift++) {
      const span = spanOf(text, 'Ruto');
      const anchor = anchorFromRange(text, { start: span.start - shift, end: span.end + shift });
      for (const part of [anchor.prefix, anchor.suffix]) {
        assert.ok(!/^[\uDC00-\uDFFF]/.test(part), 'no lone low surrogate at the start');
        assert.ok(!/[\uD800-\uDBFF]$/.test(part), 'no lone high surrogate at the end');
      }
      assert.ok(anchor.prefix.length >= ANCHOR_CONTEXT_LENGTH - 1);
    }
  });

  it('clamps and orders a stale span instead of failing', () => {
    const anchor = anchorFromRange('Kyiv', { start: 10, end: 2 });
    assert.deepEqual(anchor, { quote: 'iv', prefix: 'Ky', suffix: '', start: 2, end: 4 });
  });
});
