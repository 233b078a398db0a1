import assert from 'node:assert/strict';
import { wordSets } from '../../../src/core/gazetteer/wordSets';

describe('wordSets', () => {
  const ws = wordSets();
  const cases: [keyof ReturnType<typeof wordSets>, string, boolean][] = [
    ['firstNames', 'anna', true],
    ['commonWords', 'police', true],
    ['commonWords', 'tkachuk', false],
    ['demonyms', 'french', true],
    ['demonyms', 'malian', true],
    ['roleNouns', 'farmer', true],
    ['orgWords', 'agency', true],
  ];
  for (const [set, word, expected] of cases) it(`${set} ${expected ? 'has' : 'lacks'} "${word}"`, () => assert.equal(ws[set].has(word), expected));
  it('is built once and shared', () => assert.equal(wordSets(), ws));
});
