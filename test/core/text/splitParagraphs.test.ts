import assert from 'node:assert/strict';
import { splitParagraphs } from '../../../src/core/text/splitParagraphs';

describe('splitParagraphs', () => {
  const cases: [string, string, string[]][] = [
    ['LF lines', 'KYIV — Shelling resumed.\n\nThe mayor said', ['KYIV — Shelling resumed.', 'The mayor said']],
    ['CRLF lines without the CR', 'Lagos votes\r\n\r\nINEC said', ['Lagos votes', 'INEC said']],
    ['blank and whitespace lines skipped', '\n  \nOne\n', ['One']],
    ['empty text', '', []],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.deepEqual(splitParagraphs(input).map((s) => input.slice(s.start, s.end)), expected));
  }
});
