import assert from 'node:assert/strict';
import * as vocabulary from '../../../src/core/ner/vocabulary';

describe('vocabulary', () => {
  const sets = Object.entries(vocabulary).filter(([, v]) => v instanceof Set) as [string, Set<string>][];

  it('has every list non-empty and in lower case (lookups lower-case the text first)', () => {
    assert.ok(sets.length >= 10);
    for (const [name, set] of sets) {
      assert.ok(set.size > 0, `${name} is empty`);
      if (name === 'NOT_ORG_ACRONYMS') continue; // compared with the letters as written
      for (const w of set) assert.equal(w, w.toLowerCase(), `${name} has "${w}"`);
    }
  });

  const cases: [keyof typeof vocabulary, string, boolean][] = [
    ['TITLE_HEADS', 'minister', true],
    ['TITLE_HEADS', 'foreign', false],
    ['TITLE_WORDS', 'foreign', true],
    ['ORG_HEADS', 'ministry', true],
    ['PLACE_HEADS', 'river', true],
    ['KNOWN_ORGS', 'red cross', true],
    ['EXTRA_DEMONYMS', 'western', true],
    ['MARKET_INDICES', 'dow jones', true],
  ];
  for (const [list, word, expected] of cases) {
    it(`${list} ${expected ? 'has' : 'lacks'} "${word}"`, () => assert.equal((vocabulary[list] as Set<string>).has(word), expected));
  }

  it('every title head is also a title word, so a title can end on it', () => {
    for (const h of vocabulary.TITLE_HEADS) assert.ok(vocabulary.TITLE_WORDS.has(h), h);
  });
});
