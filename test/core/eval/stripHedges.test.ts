import assert from 'node:assert/strict';
import { stripHedges } from '../../../src/core/eval/stripHedges';

describe('stripHedges', () => {
  const cases: [string, string, string][] = [
    ['a hedge before a count', 'more than 250', '250'],
    ['a hedge before money', 'about $4.5bn', '$4.5bn'],
    ['"up to" before a percentage', 'up to 38%', '38%'],
    ['no hedge', '64 per cent', '64 per cent'],
    ['a hedge word that is the whole span stays', 'some', 'some'],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      const [e] = stripHedges([{ start: 10, end: 10 + text.length, type: 'FIGURE', text }]);
      assert.equal(e.text, expected);
      assert.equal(e.end - e.start, expected.length);
      assert.equal(e.end, 10 + text.length);
    });
  }
  it('leaves names alone', () => {
    const e = { start: 0, end: 5, type: 'PLACE' as const, text: 'about' };
    assert.deepEqual(stripHedges([e]), [e]);
  });
});
