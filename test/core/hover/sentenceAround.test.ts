import assert from 'node:assert/strict';
import { sentenceAround } from '../../../src/core/hover/sentenceAround';

function sentence(text: string, word: string): string {
  const start = text.indexOf(word);
  const s = sentenceAround(text, { start, end: start + word.length });
  return text.slice(s.start, s.end);
}

describe('sentenceAround', () => {
  const cases: Array<[string, string, string, string]> = [
    ['a middle sentence', 'Polls closed at six. Turnout in Kano was 64 per cent, officials said. Counting began.', 'Kano', 'Turnout in Kano was 64 per cent, officials said.'],
    ['titles with full stops do not end a sentence', 'The vote was delayed. Mr. Okafor said on Jan. 12 that ballots were missing. Police arrived.', 'Okafor', 'Mr. Okafor said on Jan. 12 that ballots were missing.'],
    ['a quotation closes after the full stop', '“We will not accept this result.” Adeyemi spoke in Lagos.', 'Lagos', 'Adeyemi spoke in Lagos.'],
    ['a paragraph break ends a sentence with no full stop', 'BENGHAZI, Libya —\n\nMilitia leaders met on Monday.', 'BENGHAZI', 'BENGHAZI, Libya —'],
    ['the first sentence of the article', 'Tripoli was quiet on Sunday. Shops reopened.', 'Tripoli', 'Tripoli was quiet on Sunday.'],
  ];
  for (const [title, text, word, expected] of cases) {
    it(title, () => assert.equal(sentence(text, word), expected));
  }

  it('clips very long sentences around the entity', () => {
    const text = 'word '.repeat(500) + 'Misrata ' + 'word '.repeat(500);
    const start = text.indexOf('Misrata');
    const s = sentenceAround(text, { start, end: start + 7 });
    assert.ok(s.end - s.start <= 2 * 240 + 7);
    assert.ok(s.start <= start && s.end >= start + 7);
  });
});
