import assert from 'node:assert/strict';
import { sentenceSpans } from '../../../src/core/export/sentenceSpans';

function sentences(text: string, keep: Array<{ start: number; end: number }> = []): string[] {
  return sentenceSpans(text, keep).map((s) => text.slice(s.start, s.end));
}

describe('sentenceSpans', () => {
  const cases: Array<[string, string, string[]]> = [
    ['two plain sentences', 'Voters queued for hours. Turnout reached 71%.', ['Voters queued for hours.', 'Turnout reached 71%.']],
    ['titles before names', 'Sen. Elizabeth Warren and Gov. Gavin Newsom spoke. Dr. Amina Yusuf did not.', ['Sen. Elizabeth Warren and Gov. Gavin Newsom spoke.', 'Dr. Amina Yusuf did not.']],
    ['month abbreviations before a day', 'The vote is on Jan. 5. Polls open at 7 a.m. local time.', ['The vote is on Jan. 5.', 'Polls open at 7 a.m. local time.']],
    ['initials and dotted acronyms', 'John F. Kennedy Airport reopened. The U.S. State Department said so.', ['John F. Kennedy Airport reopened.', 'The U.S. State Department said so.']],
    ['No. before a number only', 'He lives at No. 10 Downing Street. The answer was No. Talks ended.', ['He lives at No. 10 Downing Street.', 'The answer was No.', 'Talks ended.']],
    ['title and dateline lines stand alone', 'Ceasefire holds in Gaza\r\nCAIRO, May 2 (Newsmark) —\r\n\r\nMediators met again.', ['Ceasefire holds in Gaza', 'CAIRO, May 2 (Newsmark) —', 'Mediators met again.']],
    ['quotes stay with their sentence', '"We will not sign," he said. Talks resume Monday.', ['"We will not sign," he said.', 'Talks resume Monday.']],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => assert.deepEqual(sentences(text), expected));
  }

  it('never breaks inside a span it is told to keep together', () => {
    const text = 'Shares of Acme Inc. Holdings fell. Traders shrugged.';
    const start = text.indexOf('Acme');
    const keep = [{ start, end: start + 'Acme Inc. Holdings'.length }];
    assert.deepEqual(sentences(text, keep), ['Shares of Acme Inc. Holdings fell.', 'Traders shrugged.']);
  });

  it('returns nothing for blank text', () => {
    assert.deepEqual(sentenceSpans(' \r\n '), []);
  });
});
