import assert from 'node:assert/strict';
import { resolveDate } from '../../../src/core/figures/resolveDate';

describe('resolveDate', () => {
  const CASES: Array<[string, string, string, string | null]> = [
    // [what the article says, figure value, dateline, resolved]
    ['"said on Monday" in a story datelined Wednesday 5 March 2025', 'XXXX-WXX-1', '2025-03-05', '2025-03-03'],
    ['"on Wednesday" on that Wednesday itself', 'XXXX-WXX-3', '2025-03-05', '2025-03-05'],
    ['"on Sunday" across a month boundary', 'XXXX-WXX-7', '2025-03-01', '2025-02-23'],
    ['"on Jan. 12" in a March story', 'XXXX-01-12', '2025-03-05', '2025-01-12'],
    ['"in December" in a January story is last December', 'XXXX-12', '2025-01-10', '2024-12'],
    ['"on June 1" in a March story is this June', 'XXXX-06-01', '2025-03-05', '2025-06-01'],
    ['a complete date is left alone', '2024-11-05', '2025-03-05', '2024-11-05'],
    ['a clock time is left alone', 'T14:00', '2025-03-05', 'T14:00'],
    ['a dateline that is not a date', 'XXXX-WXX-1', 'March 5', null],
    ['an impossible dateline', 'XXXX-WXX-1', '2025-02-30', null],
  ];
  for (const [name, value, dateline, expected] of CASES) {
    it(name, () => assert.equal(resolveDate(value, dateline), expected));
  }
});
