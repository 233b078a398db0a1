import assert from 'node:assert/strict';
import { cohensKappa } from '../../../src/core/review/cohensKappa';

/** Expands a contingency table {"mine|theirs": count} into label pairs. */
function table(cells: Record<string, number>): Array<[string, string]> {
  return Object.entries(cells).flatMap(([key, count]) => Array.from({ length: count }, () => key.split('|') as [string, string]));
}

describe('cohensKappa', () => {
  // Each expected value is worked by hand from pₒ and pₑ in the comment.
  const cases: Array<[string, Array<[string, string]>, number]> = [
    // pₒ = 35/50 = .7; pₑ = .5·.6 + .5·.4 = .5; κ = .2/.5
    ['moderate agreement on PERSON/ORG', table({ 'PERSON|PERSON': 20, 'PERSON|ORG': 5, 'ORG|PERSON': 10, 'ORG|ORG': 15 }), 0.4],
    // pₒ = 1; pₑ = .5·.5 + .5·.5 = .5; κ = .5/.5
    ['perfect agreement', table({ 'PLACE|PLACE': 3, 'ORG|ORG': 3 }), 1],
    // pₒ = 0; pₑ = .5; κ = −.5/.5
    ['systematic disagreement', table({ 'PLACE|ORG': 4, 'ORG|PLACE': 4 }), -1],
    // pₒ = 2/4; each side PERSON 1/2, NONE 1/2; pₑ = 1/4 + 1/4 = 1/2; κ = 0
    ['agreement no better than chance', table({ 'PERSON|PERSON': 1, 'PERSON|NONE': 1, 'NONE|PERSON': 1, 'NONE|NONE': 1 }), 0],
    // pₒ = 2/4; each side PERSON 3/4, NONE 1/4; pₑ = 9/16 + 1/16 = 5/8; κ = (−1/8)/(3/8)
    ['worse than chance when both mostly say PERSON', table({ 'PERSON|PERSON': 2, 'PERSON|NONE': 1, 'NONE|PERSON': 1 }), -1 / 3],
  ];
  for (const [name, pairs, expected] of cases) {
    it(name, () => assert.ok(Math.abs(cohensKappa(pairs) - expected) < 1e-9, `${cohensKappa(pairs)} ≠ ${expected}`));
  }

  it('is undefined (NaN) with nothing to compare', () => {
    assert.ok(Number.isNaN(cohensKappa([])));
  });

  it('is undefined (NaN) when both sides used a single label throughout', () => {
    assert.ok(Number.isNaN(cohensKappa(table({ 'NONE|NONE': 4 }))));
  });
});
