import assert from 'node:assert/strict';
import { anchoredSimilarity, contextScore } from '../../../src/core/anchor/contextScore';
import { anchorFromRange } from '../../../src/core/anchor/anchorFromRange';
import { spanOf, TRIPOLI } from './articles';

describe('anchoredSimilarity', () => {
  const cases: Array<[string, string, string, number]> = [
    ['identical', 'the health ministry said', 'the health ministry said', 1],
    ['one letter changed out of four', 'Iran', 'Iraq', 0.75],
    ['pattern at the start of a longer window', ' said on Tuesday.', ' said on Tuesday. The minister', 1],
    ['one inserted word costs its letters', ' said on Tuesday', ' said late on Tuesday', 1 - 5 / 16],
    ['the same words displaced are penalised', 's on Moscow', 'ons on Moscow', 1 - 2 / 11],
    ['empty pattern carries no doubt', '', 'anything', 1],
    ['empty window matches nothing', 'Tripoli', '', 0],
  ];
  for (const [label, pattern, window, expected] of cases) {
    it(label, () => assert.ok(Math.abs(anchoredSimilarity(pattern, window) - expected) < 1e-9, String(anchoredSimilarity(pattern, window))));
  }
});

describe('contextScore', () => {
  it('is 1 at the place an anchor was made', () => {
    const span = spanOf(TRIPOLI, 'Dbeibah', 1);
    assert.equal(contextScore(TRIPOLI, span.start, span.end, anchorFromRange(TRIPOLI, span)), 1);
  });

  it('prefers the right one of two identical phrases', () => {
    const second = spanOf(TRIPOLI, 'the health ministry said', 1);
    const first = spanOf(TRIPOLI, 'the health ministry said', 0);
    const anchor = anchorFromRange(TRIPOLI, second);
    assert.ok(contextScore(TRIPOLI, second.start, second.end, anchor) > contextScore(TRIPOLI, first.start, first.end, anchor) + 0.3);
  });

  it('stays high when a neighbouring word changes', () => {
    const span = spanOf(TRIPOLI, 'Abdul Hamid Dbeibah');
    const anchor = anchorFromRange(TRIPOLI, span);
    const edited = TRIPOLI.replace('said in a televised', 'declared in a televised');
    const moved = spanOf(edited, 'Abdul Hamid Dbeibah');
    assert.ok(contextScore(edited, moved.start, moved.end, anchor) > 0.8);
  });

  it('uses only the suffix when the quote opened the article and text was added before it', () => {
    const anchor = anchorFromRange(TRIPOLI, spanOf(TRIPOLI, 'TRIPOLI'));
    assert.equal(anchor.prefix, '');
    const edited = 'UPDATE 1-\n' + TRIPOLI;
    const span = spanOf(edited, 'TRIPOLI');
    assert.equal(contextScore(edited, span.start, span.end, anchor), 1);
  });
});
