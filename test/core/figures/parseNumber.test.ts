import assert from 'node:assert/strict';
import { parseNumber, parseDigits, parseNumberWords } from '../../../src/core/figures/parseNumber';

describe('parseNumber', () => {
  const CASES: Array<[string, string, number | null]> = [
    // [sentence, where the number starts, expected value]
    ['The ministry said 1,200 people were killed.', '1,200', 1200],
    ['The index closed at 7,114.3 points.', '7,114.3', 7114.3],
    ['Some 250\u202F000 refugees crossed.', '250\u202F000', 250000],
    ['Pretoria paid R30 000 in fees.', '30 000', 30000],
    ['Exports grew by 1.2 million tonnes.', '1.2', 1.2],
    ['Three provinces voted.', 'Three', 3],
    ['Twenty-five soldiers were wounded.', 'Twenty-five', 25],
    ['The party fielded two hundred and fifty candidates.', 'two hundred and fifty', 250],
    ['It plans to fire three thousand employees.', 'three thousand', 3000],
    ['A dozen villages were shelled.', 'A dozen', 12],
    ['Repairs took two and a half years.', 'two and a half', 2.5],
    ['A plan was agreed.', 'A', null],
  ];
  for (const [text, needle, value] of CASES) {
    it(`reads "${needle}" in "${text}"`, () => {
      const pos = text.indexOf(needle);
      const n = parseNumber(text, pos);
      if (value === null) {
        assert.equal(n, null);
        return;
      }
      assert.ok(n);
      assert.equal(n.value, value);
      assert.equal(text.slice(n.start, n.end), needle);
    });
  }

  it('keeps "in 2008 500 people" as two numbers: a year does not take a thousands group', () => {
    const text = 'in 2008 500 people';
    assert.equal(parseDigits(text, 3)?.value, 2008);
  });

  it('does not read number words inside longer words', () => {
    assert.equal(parseNumberWords('someone', 4), null);
    assert.equal(parseNumberWords('tenant farmers', 0), null);
  });
});
