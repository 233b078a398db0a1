import assert from 'node:assert/strict';
import { figureCounts } from '../../../src/core/figures/figureCounts';

describe('figureCounts', () => {
  const CASES: Array<[string, string, string | null, boolean?]> = [
    // [text, the figure, what it counts, allow "in"/"of" for money and percentages]
    ['The government will hire 40,000 additional nurses by 2026.', '40,000', 'nurses'],
    ['Rebels killed at least 250 people overnight.', 'at least 250', 'people'],
    ['Voting was suspended in three provinces.', 'three', 'provinces'],
    ['Officials put the death toll of 1,200 beyond doubt.', '1,200', 'death toll'],
    ['The party won 64 per cent of voters in the capital.', '64 per cent', 'voters', true],
    ['The EU pledged €120 million in aid.', '€120 million', 'aid', true],
    ['GM will close 1,100 of its dealerships.', '1,100', 'dealerships'],
    ['The air force ordered 179 new aerial refueling tankers.', '179', 'refueling tankers'],
    ['Turnout was 64 per cent, the commission said.', '64 per cent', 'turnout', true],
    ['The ministry said 1,200 were killed.', '1,200', null],
  ];
  for (const [text, figure, counts, allowIn] of CASES) {
    it(`"${figure}" in "${text}" counts ${counts ?? 'nothing stated'}`, () => {
      const start = text.indexOf(figure);
      assert.equal(figureCounts(text, start, start + figure.length, allowIn ?? false), counts);
    });
  }
});
