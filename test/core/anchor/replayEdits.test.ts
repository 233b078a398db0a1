import assert from 'node:assert/strict';
import { replayEdits, type TextEdit } from '../../../src/core/anchor/replayEdits';

// "Mykola Tkachuk, mayor of Nikopol, said 250,000 people" — spans for the name, the town and the figure.
const SPANS: Array<[number, number]> = [[0, 14], [25, 32], [39, 46]];
const edit = (rangeOffset: number, rangeLength: number, text: string): TextEdit => ({ rangeOffset, rangeLength, text });

describe('replayEdits', () => {
  const cases: Array<[string, TextEdit[][], Array<[number, number]> | null]> = [
    ['no edits leave spans alone', [], SPANS],
    ['typing at the very start of the first span is left to VS Code', [[edit(0, 0, 'KYIV — ')]], null],
    ['typing between the name and the town shifts what follows', [[edit(16, 0, 'the ')]], [[0, 14], [29, 36], [43, 50]]],
    ['deleting text after the last span moves nothing', [[edit(50, 4, '')]], SPANS],
    ['an edit touching a span edge is left to VS Code', [[edit(14, 0, 's')]], null],
    ['an edit inside a span is left to VS Code', [[edit(27, 1, 'k')]], null],
    ['two events in a row compose', [[edit(16, 0, 'the ')], [edit(37, 0, ' ')]], [[0, 14], [29, 36], [44, 51]]],
    ['several changes in one event apply from the end backwards', [[edit(16, 0, 'ab'), edit(34, 1, '')]], [[0, 14], [27, 34], [40, 47]]],
  ];
  for (const [title, edits, expected] of cases) {
    it(title, () => assert.deepEqual(replayEdits(SPANS, edits), expected));
  }
});
