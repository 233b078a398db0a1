import assert from 'node:assert/strict';
import { scoreSpans, sumScores, prf } from '../../../src/core/eval/scoreSpans';

// Gold and predictions over: "Turnout was 64 per cent on March 3, 2025, the ministry said, after 1,200 people were killed."
const TURNOUT = { start: 12, end: 23 }; // "64 per cent"
const DATE = { start: 27, end: 40 }; // "March 3, 2025"
const DEATHS = { start: 67, end: 72 }; // "1,200"

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

describe('scoreSpans', () => {
  const cases: Array<{ name: string; gold: any[]; pred: any[]; strict: [number, number]; lenient: [number, number] }> = [
    { name: 'perfect prediction', gold: [TURNOUT, DATE, DEATHS], pred: [TURNOUT, DATE, DEATHS], strict: [1, 1], lenient: [1, 1] },
    {
      name: 'a span one character short is lenient but not strict',
      gold: [TURNOUT, DATE],
      pred: [{ start: 12, end: 14 }, DATE],
      strict: [0.5, 0.5],
      lenient: [1, 1],
    },
    { name: 'a missed figure costs recall only', gold: [TURNOUT, DATE, DEATHS], pred: [DATE], strict: [1, 1 / 3], lenient: [1, 1 / 3] },
    { name: 'a spurious figure costs precision only', gold: [DATE], pred: [DATE, { start: 0, end: 7 }], strict: [0.5, 1], lenient: [0.5, 1] },
    { name: 'nothing expected and nothing found is perfect', gold: [], pred: [], strict: [1, 1], lenient: [1, 1] },
    { name: 'nothing found when something was expected', gold: [DATE], pred: [], strict: [0, 0], lenient: [0, 0] },
    {
      name: 'typed spans must agree on type',
      gold: [{ ...DATE, type: 'FIGURE' }],
      pred: [{ ...DATE, type: 'PLACE' }],
      strict: [0, 0],
      lenient: [0, 0],
    },
    {
      name: 'a duplicate prediction cannot match the same gold twice strictly',
      gold: [DATE],
      pred: [DATE, { ...DATE }],
      strict: [0.5, 1],
      lenient: [1, 1],
    },
    {
      name: 'one long prediction covering two gold spans',
      gold: [TURNOUT, DATE],
      pred: [{ start: 12, end: 40 }],
      strict: [0, 0],
      lenient: [1, 1],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const s = scoreSpans(c.gold, c.pred);
      close(s.strict.p, c.strict[0]);
      close(s.strict.r, c.strict[1]);
      close(s.lenient.p, c.lenient[0]);
      close(s.lenient.r, c.lenient[1]);
      const f = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
      close(s.strict.f1, f(c.strict[0], c.strict[1]));
      close(s.lenient.f1, f(c.lenient[0], c.lenient[1]));
    });
  }

  it('accepts spans in any order', () => {
    const s = scoreSpans([DEATHS, TURNOUT, DATE], [DATE, DEATHS, TURNOUT]);
    close(s.strict.f1, 1);
  });

  it('rejects an inverted span with a clear message instead of scoring garbage', () => {
    assert.throws(() => scoreSpans([{ start: 9, end: 3 }], []), /gold span \{start: 9, end: 3\}/);
  });

  it('micro-averages documents by summing counts, not averaging ratios', () => {
    const a = scoreSpans([TURNOUT], [TURNOUT]); // 1/1
    const b = scoreSpans([TURNOUT, DATE, DEATHS], [DATE]); // 1 of 3 gold
    const total = sumScores([a, b]);
    close(total.strict.p, 1);
    close(total.strict.r, 2 / 4);
    assert.equal(total.strict.gold, 4);
  });

  it('prf gives zero F1 rather than NaN when nothing matches', () => {
    assert.equal(prf(0, 3, 0, 2).f1, 0);
  });
});
