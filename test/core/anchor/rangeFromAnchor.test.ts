import assert from 'node:assert/strict';
import { anchorFromRange } from '../../../src/core/anchor/anchorFromRange';
import { rangeFromAnchor } from '../../../src/core/anchor/rangeFromAnchor';
import { NAIROBI, spanOf, TRIPOLI } from './articles';

interface EditCase {
  label: string;
  before: string;
  /** The phrase annotated in `before`, and which occurrence. */
  phrase: string;
  occurrence?: number;
  edit: (text: string) => string;
  /** Where the annotation must land in the edited text, or null for an orphan. */
  expected: { phrase: string; occurrence?: number; exact: boolean } | null;
}

const toCrlf = (t: string) => t.replace(/\n/g, '\r\n');

const cases: EditCase[] = [
  { label: 'no edit at all', before: TRIPOLI, phrase: 'Abdul Hamid Dbeibah', edit: (t) => t, expected: { phrase: 'Abdul Hamid Dbeibah', exact: true } },
  {
    label: 'whole text converted LF → CRLF',
    before: TRIPOLI,
    phrase: 'the Red Crescent',
    edit: toCrlf,
    expected: { phrase: 'the Red Crescent', exact: true },
  },
  {
    label: 'whole text converted CRLF → LF',
    before: toCrlf(TRIPOLI),
    phrase: 'United Nations mission',
    edit: (t) => t.replace(/\r\n/g, '\n'),
    expected: { phrase: 'United Nations mission', exact: true },
  },
  {
    label: 'a quote spanning a paragraph break, LF → CRLF',
    before: TRIPOLI,
    phrase: 'wounded.\n\nHospitals',
    edit: toCrlf,
    expected: { phrase: 'wounded.\r\n\r\nHospitals', exact: true },
  },
  {
    label: 'a quote ending right before a line break, LF → CRLF, takes no CR',
    before: TRIPOLI,
    phrase: 'He gave no figure for the wounded.',
    edit: toCrlf,
    expected: { phrase: 'He gave no figure for the wounded.', exact: true },
  },
  {
    label: 'a quote starting right after a line break, CRLF → LF',
    before: toCrlf(TRIPOLI),
    phrase: '\r\n\r\nHospitals',
    edit: (t) => t.replace(/\r\n/g, '\n'),
    expected: { phrase: '\n\nHospitals', exact: true },
  },
  {
    label: 'a paragraph inserted before',
    before: TRIPOLI,
    phrase: 'Souq al-Juma',
    edit: (t) => t.replace('\n\nHospitals', '\n\nResidents reported heavy gunfire near the airport until dawn.\n\nHospitals'),
    expected: { phrase: 'Souq al-Juma', exact: true },
  },
  {
    label: 'a paragraph deleted before',
    before: TRIPOLI,
    phrase: 'Dbeibah told reporters',
    edit: (t) => t.replace(/\n\nHospitals[^\n]*/, ''),
    expected: { phrase: 'Dbeibah told reporters', exact: true },
  },
  {
    label: 'a neighbouring word changed',
    before: NAIROBI,
    phrase: 'William Ruto',
    edit: (t) => t.replace('President William Ruto has said', 'President William Ruto has insisted'),
    expected: { phrase: 'William Ruto', exact: true },
  },
  {
    label: 'emoji and combining marks inserted before the span',
    before: NAIROBI,
    phrase: 'Raila Odinga',
    edit: (t) => t.replace('to cut borrowing.', 'to cut borrowing 🇰🇪👍🏽. Cafe\u0301 owners disagreed.'),
    expected: { phrase: 'Raila Odinga', exact: true },
  },
  {
    label: 'the same phrase twice: the second, after text inserted so the first moves to its old offset',
    before: TRIPOLI,
    phrase: 'the health ministry said',
    occurrence: 1,
    edit: (t) => {
      const gap = spanOf(t, 'the health ministry said', 1).start - spanOf(t, 'the health ministry said', 0).start;
      return 'x'.repeat(gap) + '\n' + t.slice(1);
    },
    expected: { phrase: 'the health ministry said', occurrence: 1, exact: true },
  },
  {
    label: 'the same phrase twice: the first, after the second was deleted',
    before: TRIPOLI,
    phrase: 'the health ministry said',
    occurrence: 0,
    edit: (t) => t.replace('short of blood, the health ministry said in a later statement,', 'short of blood,'),
    expected: { phrase: 'the health ministry said', occurrence: 0, exact: true },
  },
  {
    label: 'the quote lightly edited ("Qaddafi" → "Gaddafi"): followed, flagged not exact',
    before: TRIPOLI,
    phrase: 'Qaddafi-era weapons depots',
    edit: (t) => t.replace('Qaddafi', 'Gaddafi'),
    expected: { phrase: 'Gaddafi-era weapons depots', exact: false },
  },
  {
    label: 'a short quote with one letter changed is not guessed',
    before: NAIROBI,
    phrase: 'July',
    edit: (t) => t.replace('July', 'June'),
    expected: null,
  },
  {
    label: 'a short word replaced is not moved onto another "the"',
    before: TRIPOLI,
    phrase: 'the',
    occurrence: 0,
    edit: (t) => {
      if (!t.startsWith('TRIPOLI, March 4 (Newswire) - Fighting between rival armed groups in the Libyan')) throw new Error('fixture: first "the" moved');
      return t.replace('in the Libyan capital', 'in a Libyan capital');
    },
    expected: null,
  },
  {
    label: 'a short word stays put when only a distant word changed',
    before: TRIPOLI,
    phrase: 'city',
    edit: (t) => t.replace('overnight', 'late on Monday'),
    expected: { phrase: 'city', exact: true },
  },
  {
    label: 'the quote deleted',
    before: NAIROBI,
    phrase: '346 billion shillings',
    edit: (t) => t.replace('346 billion shillings ($2.7 billion)', 'more revenue'),
    expected: null,
  },
  {
    label: 'the sentence deleted while the same name survives elsewhere in other words',
    before: TRIPOLI,
    phrase: 'Dbeibah',
    occurrence: 1,
    edit: (t) => t.replace(/\n\n"We will not[^\n]*/, ''),
    expected: null,
  },
  {
    label: 'the quote rewritten beyond the error budget',
    before: NAIROBI,
    phrase: 'mobile money transfers',
    edit: (t) => t.replace('mobile money transfers', 'M-Pesa payments'),
    expected: null,
  },
];

describe('rangeFromAnchor', () => {
  for (const c of cases) {
    it(c.label, () => {
      const anchor = anchorFromRange(c.before, spanOf(c.before, c.phrase, c.occurrence ?? 0));
      const after = c.edit(c.before);
      const found = rangeFromAnchor(after, anchor);
      if (c.expected === null) {
        assert.equal(found, null, found ? `wrongly placed on "${after.slice(found.start, found.end)}"` : '');
        return;
      }
      const want = spanOf(after, c.expected.phrase, c.expected.occurrence ?? 0);
      assert.ok(found, 'orphaned');
      assert.deepEqual({ start: found.start, end: found.end }, want, `landed on "${after.slice(found.start, found.end)}"`);
      assert.equal(found.exact, c.expected.exact);
    });
  }

  it('round-trips every word of an article', () => {
    const words = [...NAIROBI.matchAll(/[\p{L}\p{N}$]+/gu)];
    for (const w of words) {
      const span = { start: w.index, end: w.index + w[0].length };
      const found = rangeFromAnchor(NAIROBI, anchorFromRange(NAIROBI, span));
      assert.deepEqual(found, { ...span, exact: true }, `word "${w[0]}" at ${w.index}`);
    }
  });

  it('round-trips spans whose stored offsets are stale by a whole paragraph', () => {
    const span = spanOf(NAIROBI, 'Treasury');
    const anchor = { ...anchorFromRange(NAIROBI, span), start: 3, end: 11 };
    assert.deepEqual(rangeFromAnchor(NAIROBI, anchor), { ...span, exact: true });
  });

  describe('an anchor without context (hand-written: quote and offsets only)', () => {
    const bare = (phrase: string, occurrence = 0) => ({ ...spanOf(TRIPOLI, phrase, occurrence), quote: phrase, prefix: '', suffix: '' });
    it('is placed at its stored offsets when the quote is there', () => {
      const anchor = bare('the health ministry said', 1);
      assert.deepEqual(rangeFromAnchor(TRIPOLI, anchor), { start: anchor.start, end: anchor.end, exact: true });
    });
    it('moves only to a single occurrence', () => {
      const anchor = { ...bare('Red Crescent'), start: 0, end: 12 };
      assert.deepEqual(rangeFromAnchor(TRIPOLI, anchor), { ...spanOf(TRIPOLI, 'Red Crescent'), exact: true });
    });
    it('is not guessed among several occurrences', () => {
      assert.equal(rangeFromAnchor(TRIPOLI, { ...bare('the health ministry said'), start: 0, end: 24 }), null);
    });
    it('is never fuzzy-matched', () => {
      assert.equal(rangeFromAnchor(TRIPOLI.replace('Qaddafi', 'Gaddafi'), bare('Qaddafi-era weapons')), null);
    });
  });

  it('gives null for an empty quote', () => {
    assert.equal(rangeFromAnchor(NAIROBI, { quote: '', prefix: '', suffix: '', start: 0, end: 0 }), null);
  });
});
