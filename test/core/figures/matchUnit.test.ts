import assert from 'node:assert/strict';
import { matchMeasure, matchTimeUnit, matchUnit } from '../../../src/core/figures/matchUnit';

describe('matchUnit', () => {
  const MEASURES: Array<[string, string, string | null]> = [
    // [text, number it follows, expected canonical unit]
    ['The convoy travelled 300 km north.', '300', 'km'],
    ['Wiring ran to 500km in all.', '500', 'km'],
    ['Fire burned 12 square kilometres of forest.', '12', 'km²'],
    ['It hit 40 degrees Celsius on Friday.', '40', '°C'],
    ['Output fell by 2 million barrels a day.', '2 million', 'bbl/d'],
    ['Aid ships carried 5,000 tonnes of grain.', '5,000', 't'],
    ['The index lost 406.51 points.', '406.51', 'points'],
    ['The 30GB model sold out.', '30', 'GB'],
    ['It has a 3.5-inch touchscreen.', '3.5', 'in'],
    ['He won 300 votes.', '300', null],
  ];
  for (const [text, number, unit] of MEASURES) {
    it(`finds ${unit ?? 'no unit'} after "${number}" in "${text}"`, () => {
      const m = matchMeasure(text, text.indexOf(number) + number.length);
      assert.equal(m?.unit ?? null, unit);
    });
  }

  const TIMES: Array<[string, string, string | null, number | undefined]> = [
    ['After the three-day summit', 'three', 'D', 1],
    ['within 48 hours of the vote', '48', 'H', 1],
    ['six straight days of losses', 'six', 'D', 1],
    ['a 12-year low', '12', 'Y', 1],
    ['two decades of war', 'two', 'Y', 10],
    ['two consecutive quarters of contraction', 'two', 'M', 3],
    ['three provinces', 'three', null, undefined],
  ];
  for (const [text, number, unit, factor] of TIMES) {
    it(`reads the time unit after "${number}" in "${text}"`, () => {
      const m = matchTimeUnit(text, text.indexOf(number) + number.length);
      assert.equal(m?.unit ?? null, unit);
      if (m) assert.equal(m.factor, factor);
    });
  }

  it('prefers time over measure: "30 seconds" is a duration', () => {
    const text = 'It lasted 30 seconds.';
    assert.equal(matchUnit(text, text.indexOf('30') + 2)?.kind, 'time');
  });
});
