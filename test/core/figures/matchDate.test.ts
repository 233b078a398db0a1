import assert from 'node:assert/strict';
import { matchDate } from '../../../src/core/figures/matchDate';

describe('matchDate', () => {
  const CASES: Array<[string, string, string | null, string | undefined]> = [
    // [text, where to look, expected span (null: no date), expected value]
    ['Polls open on March 3, 2025, officials said.', 'March', 'March 3, 2025', '2025-03-03'],
    ['The vote moved to Jan. 12 after protests.', 'Jan.', 'Jan. 12', 'XXXX-01-12'],
    ['Talks resume on 3 March 2025 in Geneva.', '3 March', '3 March 2025', '2025-03-03'],
    ['The ceasefire held until the 3rd of March.', '3rd', '3rd of March', 'XXXX-03-03'],
    ['Prices rose in February, data showed.', 'February', 'February', 'XXXX-02'],
    ['Elections are due in May 2026.', 'May', 'May 2026', '2026-05'],
    ['Officials may meet in Geneva.', 'may', null, undefined],
    ['May I ask a question?', 'May', null, undefined],
    ['April Ryan asked the question.', 'April', null, undefined],
    ['The summit opens on Monday morning.', 'Monday', 'Monday morning', 'XXXX-WXX-1'],
    ['Defaults peaked in the 1990s.', '1990s', '1990s', '199'],
    ['Shares hit a low not seen since \'82 this week.', "'82", "'82", '1982'],
    ['The order is dated 25/03/2025.', '25/03', '25/03/2025', '2025-03-25'],
    ['The order is dated 12/03/2025.', '12/03', '12/03/2025', undefined],
    ['The event was on 7/8/07.', '7/8', '7/8/07', undefined],
    ['Stamped 2025-03-03 by the court.', '2025-03-03', '2025-03-03', '2025-03-03'],
    ['Polls closed at 14:00 local time.', '14:00', '14:00 local time', 'T14:00'],
    ['The jet landed at 6:40 p.m. on time.', '6:40', '6:40 p.m.', 'T18:40'],
    ['At 0800 UTC the banks acted.', '0800', '0800 UTC', 'T08:00Z'],
    ['Growth slowed in the first quarter of 2009.', 'the first', 'the first quarter of 2009', '2009-Q1'],
    ['Q3 2024 results beat forecasts.', 'Q3', 'Q3 2024', '2024-Q3'],
    ['The index rose 5.30 points.', '5.30', null, undefined],
  ];
  for (const [text, at, span, value] of CASES) {
    it(`${span === null ? 'finds no date' : `finds "${span}"`} in "${text}"`, () => {
      const pos = text.indexOf(at);
      assert.ok(pos >= 0);
      const m = matchDate(text, pos);
      if (span === null) {
        assert.equal(m, null);
        return;
      }
      assert.ok(m, 'expected a date');
      assert.equal(text.slice(m.start, m.end), span);
      assert.equal(m.value, value);
    });
  }
});
