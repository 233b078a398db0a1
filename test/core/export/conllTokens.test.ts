import assert from 'node:assert/strict';
import { conllTokens } from '../../../src/core/export/conllTokens';

function words(text: string, entities: Array<[string, number?]> = []): string[][] {
  const spans = entities.map(([quote]) => {
    const start = text.indexOf(quote);
    return { start, end: start + quote.length };
  });
  return conllTokens(text, spans).map((s) => s.map((t) => t.text));
}

describe('conllTokens', () => {
  const cases: Array<[string, string, Array<[string]>, string[][]]> = [
    ['numbers with separators stay whole', 'Turnout was 40,512 or 61.3%.', [], [['Turnout', 'was', '40,512', 'or', '61.3', '%', '.']]],
    ['possessives and accents', "Orbán's party won.", [], [["Orbán's", 'party', 'won', '.']]],
    ['sentences split, titles kept', 'Sen. Ted Cruz spoke. Voters left.', [['Ted Cruz']], [['Sen', '.', 'Ted', 'Cruz', 'spoke', '.'], ['Voters', 'left', '.']]],
    ['a word is cut where a mention ends inside it', 'Kremlin-backed groups', [['Kremlin']], [['Kremlin', '-', 'backed', 'groups']]],
    ['a possessive is cut off a name mention', "Macron's aides", [['Macron']], [['Macron', "'s", 'aides']]],
    ['emoji are tokens, whitespace never', 'Votes 🗳️ counted\r\n\r\nNext', [], [['Votes', '🗳️', 'counted'], ['Next']]],
  ];
  for (const [name, text, entities, expected] of cases) {
    it(name, () => assert.deepEqual(words(text, entities), expected));
  }

  it('gives offsets that slice exactly the token', () => {
    const text = 'KYIV, Ukraine — Air defences downed 23 drones overnight.';
    for (const t of conllTokens(text, []).flat()) assert.equal(text.slice(t.start, t.end), t.text);
  });
});
