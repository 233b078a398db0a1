import assert from 'node:assert/strict';
import { findFigures } from '../../../src/core/figures/findFigures';
import type { Entity } from '../../../src/core/model';

interface Expected {
  text: string;
  subtype: Entity['subtype'];
  value?: Entity['value'] | 'absent';
  counts?: string;
}

/** Finds the figure whose text is exactly `needle`, failing with the full list when it is not there. */
function figure(found: Entity[], needle: string): Entity {
  const hit = found.find((e) => e.text === needle);
  assert.ok(hit, `expected a figure "${needle}", found: ${JSON.stringify(found.map((e) => e.text))}`);
  return hit;
}

function checkInvariants(text: string, found: Entity[]): void {
  let last = -1;
  for (const e of found) {
    assert.equal(e.type, 'FIGURE');
    assert.equal(e.text, text.slice(e.start, e.end), 'text must equal the slice at its offsets');
    assert.ok(e.start >= last, `figures overlap or are unsorted at ${e.start}`);
    assert.ok(e.end > e.start);
    last = e.end;
  }
}

const CASES: Array<{ name: string; text: string; expect: Expected[] }> = [
  {
    name: 'counts with what they count',
    text: 'The ministry said 1,200 people were killed and 40,000 additional nurses would be hired across three provinces.',
    expect: [
      { text: '1,200', subtype: 'COUNT', value: 1200, counts: 'people' },
      { text: '40,000', subtype: 'COUNT', value: 40000, counts: 'nurses' },
      { text: 'three', subtype: 'COUNT', value: 3, counts: 'provinces' },
    ],
  },
  {
    name: 'hedged counts, scale words and dozens',
    text: 'Rebels killed at least 250 people; about 1.2 million were displaced and a dozen villages burned.',
    expect: [
      { text: 'at least 250', subtype: 'COUNT', value: 250, counts: 'people' },
      { text: 'about 1.2 million', subtype: 'COUNT', value: 1.2e6 },
      { text: 'a dozen', subtype: 'COUNT', value: 12, counts: 'villages' },
    ],
  },
  {
    name: 'bare three-digit counts that only look like model numbers',
    text: 'Shelling killed 157 Russian soldiers; the union said its 163 members and 212 aircraft stayed, and 313 were wounded.',
    expect: [
      { text: '157', subtype: 'COUNT', value: 157 },
      { text: '163', subtype: 'COUNT', value: 163, counts: 'members' },
      { text: '212', subtype: 'COUNT', value: 212, counts: 'aircraft' },
      { text: '313', subtype: 'COUNT', value: 313 },
    ],
  },
  {
    name: 'clock times with AM/PM and time zones, and a sentence\'s full stop left out',
    text: 'Updated 4:12 AM EDT; the vote came at 18.05 BST, the call at 2:07 PM GMT+3 and he left before 2am. Talks resumed at 14:00 GMT.',
    expect: [
      { text: '4:12 AM EDT', subtype: 'DATE', value: 'T04:12' },
      { text: '18.05 BST', subtype: 'DATE', value: 'T18:05' },
      { text: '2:07 PM GMT+3', subtype: 'DATE', value: 'T14:07' },
      { text: '2am', subtype: 'DATE', value: 'T02:00' },
      { text: '14:00 GMT', subtype: 'DATE', value: 'T14:00Z' },
    ],
  },
  {
    name: 'abbreviated weekdays before a date, month ranges and halves',
    text: 'Tue 14 Oct 2025: net profit for the July-September quarter rose as more than half a million people queued.',
    expect: [
      { text: 'Tue 14 Oct 2025', subtype: 'DATE', value: '2025-10-14' },
      { text: 'July-September', subtype: 'DATE', value: 'XXXX-07/XXXX-09' },
      { text: 'more than half a million', subtype: 'COUNT', value: 500000 },
    ],
  },
  {
    name: 'counts owned by a possessive',
    text: 'The group controls 14 of Rakhine’s 17 townships and trails the BJP\'s 89 by a narrow margin.',
    expect: [
      { text: '14', subtype: 'COUNT', value: 14 },
      { text: '17', subtype: 'COUNT', value: 17, counts: 'townships' },
      { text: '89', subtype: 'COUNT', value: 89 },
    ],
  },
  {
    name: 'more currencies and units',
    text: 'Libya spends 12 billion dinars, diesel costs 3,000 kyats, the mine yields 310,000 ounces, Russia took 4,168 square km and the bank cut by 250 basis points.',
    expect: [
      { text: '12 billion dinars', subtype: 'MONEY', value: { amount: 12e9, currency: 'dinar' } },
      { text: '3,000 kyats', subtype: 'MONEY', value: { amount: 3000, currency: 'MMK' } },
      { text: '310,000 ounces', subtype: 'QUANTITY', value: { amount: 310000, unit: 'oz' } },
      { text: '4,168 square km', subtype: 'QUANTITY', value: { amount: 4168, unit: 'km²' } },
      { text: '250 basis points', subtype: 'QUANTITY', value: { amount: 250, unit: 'bp' } },
    ],
  },
  {
    name: 'Central American and Somali currencies, "bln", and a count after a link separator',
    text: 'Sorghum cost 1.9 million Somali shillings, the vote 2.3 billion lempiras and the debt $5.4 bln | Five things to know',
    expect: [
      { text: '1.9 million Somali shillings', subtype: 'MONEY', value: { amount: 1.9e6, currency: 'SOS' } },
      { text: '2.3 billion lempiras', subtype: 'MONEY', value: { amount: 2.3e9, currency: 'HNL' } },
      { text: '$5.4 bln', subtype: 'MONEY', value: { amount: 5.4e9, currency: 'USD' } },
      { text: 'Five', subtype: 'COUNT', value: 5 },
    ],
  },
  {
    name: 'ranges that are not model variants: fiscal years, wars and tallies',
    text: 'Spending in 2023-24 rose, as in the 1990-91 war, and the House voted 218-214; the army sent their 125 new recruits.',
    expect: [
      { text: '2023-24', subtype: 'DATE', value: '2023/2024' },
      { text: '1990-91', subtype: 'DATE', value: '1990/1991' },
      { text: '218-214', subtype: 'COUNT' },
      { text: '125', subtype: 'COUNT', value: 125 },
    ],
  },
  {
    name: 'a month range with its year',
    text: 'Profit for July-September 2024 and April-May rose.',
    expect: [
      { text: 'July-September 2024', subtype: 'DATE', value: '2024-07/2024-09' },
      { text: 'April-May', subtype: 'DATE', value: 'XXXX-04/XXXX-05' },
    ],
  },
  {
    name: 'naira written with N, acre-feet, Syrian pounds and minutes',
    text: 'It spent N2 trillion, owes 60,000 acre-feet a year, budgets 410bn Syrian pounds; a 4 min read, while N95 masks sold out.',
    expect: [
      { text: 'N2 trillion', subtype: 'MONEY', value: { amount: 2e12, currency: 'NGN' } },
      { text: '60,000 acre-feet', subtype: 'QUANTITY', value: { amount: 60000, unit: 'acre-ft' } },
      { text: '410bn Syrian pounds', subtype: 'MONEY', value: { amount: 4.1e11, currency: 'SYP' } },
      { text: '4 min', subtype: 'DURATION', value: 'PT4M' },
    ],
  },
  {
    name: 'a count named before the number',
    text: 'Officials confirmed a death toll of 1,200 on Tuesday.',
    expect: [{ text: '1,200', subtype: 'COUNT', value: 1200, counts: 'death toll' }],
  },
  {
    name: 'vague magnitudes have no value',
    text: 'Tens of thousands of protesters marched, and hundreds of points were wiped off the index.',
    expect: [
      { text: 'Tens of thousands', subtype: 'COUNT', value: 'absent', counts: 'protesters' },
      { text: 'hundreds of points', subtype: 'QUANTITY', value: 'absent' },
    ],
  },
  {
    name: 'percentages in every spelling',
    text: 'Turnout was 64 per cent, up from 38% in 2019; the party won 64 percent of voters and gained 6.5 percentage points.',
    expect: [
      { text: '64 per cent', subtype: 'PERCENT', value: 64, counts: 'turnout' },
      { text: '38%', subtype: 'PERCENT', value: 38 },
      { text: '64 percent', subtype: 'PERCENT', value: 64, counts: 'voters' },
      { text: '6.5 percentage points', subtype: 'PERCENT', value: 6.5 },
    ],
  },
  {
    name: 'money with symbols, codes and scale abbreviations',
    text: 'The EU pledged €120 million in aid, the bank lent $4.5bn, London added £20m and Washington US$40 billion.',
    expect: [
      { text: '€120 million', subtype: 'MONEY', value: { amount: 120e6, currency: 'EUR' }, counts: 'aid' },
      { text: '$4.5bn', subtype: 'MONEY', value: { amount: 4.5e9, currency: 'USD' } },
      { text: '£20m', subtype: 'MONEY', value: { amount: 20e6, currency: 'GBP' } },
      { text: 'US$40 billion', subtype: 'MONEY', value: { amount: 40e9, currency: 'USD' } },
    ],
  },
  {
    name: 'money written after the number, rupees, rand and cents',
    text: 'Beijing set aside 1.2 trillion yuan, Delhi Rs 500 crore and Pretoria R30 000; shares fell 26 cents.',
    expect: [
      { text: '1.2 trillion yuan', subtype: 'MONEY', value: { amount: 1.2e12, currency: 'CNY' } },
      { text: 'Rs 500 crore', subtype: 'MONEY', value: { amount: 5e9, currency: 'INR' } },
      { text: 'R30 000', subtype: 'MONEY', value: { amount: 30000, currency: 'ZAR' } },
      { text: '26 cents', subtype: 'MONEY', value: { amount: 0.26, currency: 'USD' } },
    ],
  },
  {
    name: 'quantities with units',
    text: 'The convoy travelled 300 km carrying 5,000 tonnes of grain as temperatures hit 40 degrees Celsius; fire burned 12 square kilometres and output fell by 2 million barrels.',
    expect: [
      { text: '300 km', subtype: 'QUANTITY', value: { amount: 300, unit: 'km' } },
      { text: '5,000 tonnes', subtype: 'QUANTITY', value: { amount: 5000, unit: 't' }, counts: 'grain' },
      { text: '40 degrees Celsius', subtype: 'QUANTITY', value: { amount: 40, unit: '°C' } },
      { text: '12 square kilometres', subtype: 'QUANTITY', value: { amount: 12, unit: 'km²' } },
      { text: '2 million barrels', subtype: 'QUANTITY', value: { amount: 2e6, unit: 'bbl' } },
    ],
  },
  {
    name: 'dates in wire style',
    text: 'The vote, first set for Jan. 12, moved to 3 March 2025 and then March 3, 2025, a Monday, after the Sept 11 memorial.',
    expect: [
      { text: 'Jan. 12', subtype: 'DATE', value: 'XXXX-01-12' },
      { text: '3 March 2025', subtype: 'DATE', value: '2025-03-03' },
      { text: 'March 3, 2025', subtype: 'DATE', value: '2025-03-03' },
      { text: 'Monday', subtype: 'DATE', value: 'XXXX-WXX-1' },
      { text: 'Sept 11', subtype: 'DATE', value: 'XXXX-09-11' },
    ],
  },
  {
    name: 'years, decades and ranges of years',
    text: 'Elected in 1998, he led through the 1990s; the 2024 budget covers 2009–2011 and the loan runs from 2014 to 2016.',
    expect: [
      { text: '1998', subtype: 'DATE', value: '1998' },
      { text: '1990s', subtype: 'DATE', value: '199' },
      { text: '2024', subtype: 'DATE', value: '2024' },
      { text: '2009–2011', subtype: 'DATE', value: '2009/2011' },
      { text: 'from 2014 to 2016', subtype: 'DATE', value: '2014/2016' },
    ],
  },
  {
    name: 'months with hedges and quarters',
    text: 'Talks began in early June and stalled by mid-2011; profits fell in the first quarter of 2009 and in October.',
    expect: [
      { text: 'early June', subtype: 'DATE', value: 'XXXX-06' },
      { text: 'mid-2011', subtype: 'DATE', value: '2011' },
      { text: 'the first quarter of 2009', subtype: 'DATE', value: '2009-Q1' },
      { text: 'October', subtype: 'DATE', value: 'XXXX-10' },
    ],
  },
  {
    name: 'numeric dates only resolve when unambiguous',
    text: 'Filed on 25/03/2025, stamped 2025-03-03 and dated 12/03/2025.',
    expect: [
      { text: '25/03/2025', subtype: 'DATE', value: '2025-03-25' },
      { text: '2025-03-03', subtype: 'DATE', value: '2025-03-03' },
      { text: '12/03/2025', subtype: 'DATE', value: 'absent' },
    ],
  },
  {
    name: 'clock times are dates with a time value',
    text: 'Polls closed at 14:00, results came at 08:30 UTC and the president spoke at 6:40 p.m.',
    expect: [
      { text: '14:00', subtype: 'DATE', value: 'T14:00' },
      { text: '08:30 UTC', subtype: 'DATE', value: 'T08:30Z' },
      { text: '6:40 p.m.', subtype: 'DATE', value: 'T18:40' },
    ],
  },
  {
    name: 'durations',
    text: 'After the three-day summit and eight months of talks, a decade of sanctions ended within 48 hours.',
    expect: [
      { text: 'three-day', subtype: 'DURATION', value: 'P3D' },
      { text: 'eight months', subtype: 'DURATION', value: 'P8M' },
      { text: 'a decade', subtype: 'DURATION', value: 'P10Y' },
      { text: '48 hours', subtype: 'DURATION', value: 'PT48H' },
    ],
  },
  {
    name: 'durations with hedges and the past',
    text: 'Shares closed at a 12-year low after six straight days of losses, the worst run in over a decade and the past nine days.',
    expect: [
      { text: '12-year', subtype: 'DURATION', value: 'P12Y' },
      { text: 'six straight days', subtype: 'DURATION', value: 'P6D' },
      { text: 'over a decade', subtype: 'DURATION', value: 'P10Y' },
      { text: 'the past nine days', subtype: 'DURATION', value: 'P9D' },
    ],
  },
  {
    name: 'a decade named with "the past"',
    text: 'It was the worst drought in the past decade, officials said.',
    expect: [{ text: 'the past decade', subtype: 'DURATION', value: 'P10Y' }],
  },
  {
    name: 'ranges are one figure without a single value',
    text: 'Growth of 10–12 per cent is forecast, with between $12 million and $20 million for 25,000 to 30,000 families.',
    expect: [
      { text: '10–12 per cent', subtype: 'PERCENT', value: 'absent' },
      { text: 'between $12 million and $20 million', subtype: 'MONEY', value: 'absent' },
      { text: '25,000 to 30,000', subtype: 'COUNT', value: 'absent', counts: 'families' },
    ],
  },
  {
    name: 'thin and no-break spaces group thousands',
    text: 'Some 250\u202F000 refugees and 250\u00A0000 others crossed; 250 000 more waited.',
    expect: [
      { text: 'Some 250\u202F000', subtype: 'COUNT', value: 250000, counts: 'refugees' },
      { text: '250\u00A0000', subtype: 'COUNT', value: 250000 },
      { text: '250 000', subtype: 'COUNT', value: 250000 },
    ],
  },
];

describe('findFigures', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const found = findFigures(c.text);
      checkInvariants(c.text, found);
      for (const x of c.expect) {
        const e = figure(found, x.text);
        assert.equal(e.subtype, x.subtype, `subtype of "${x.text}"`);
        if (x.value === 'absent') assert.equal(e.value, undefined, `"${x.text}" should have no value`);
        else if (x.value !== undefined) assert.deepEqual(e.value, x.value, `value of "${x.text}"`);
        if (x.counts !== undefined) assert.equal(e.counts, x.counts, `counts of "${x.text}"`);
      }
    });
  }

  const NEGATIVES: Array<{ name: string; text: string; notFigures: string[] }> = [
    {
      name: 'vague time words',
      text: 'Today the minister said that this week, and recently, many and some officials now agree.',
      notFigures: ['Today', 'this week', 'recently', 'many', 'some', 'now'],
    },
    {
      name: 'ordinals',
      text: 'The second round follows the first, and he finished 2nd in the 3rd district.',
      notFigures: ['second', 'first', '2nd', '3rd'],
    },
    {
      name: 'numbers inside names and identifiers',
      text: 'An Airbus A330 and a Boeing 747 flew G7 leaders to discuss COVID-19, Article 5 and Resolution 2231.',
      notFigures: ['330', 'A330', '747', '7', '19', '5', '2231'],
    },
    {
      name: 'model numbers written bare',
      text: 'Boeing rolled out its first 787 Dreamliner, and the carrier will retire its 777 airliner fleet while Airbus\'s 319 replacement waits.',
      notFigures: ['787', '777', '319'],
    },
    {
      name: 'a model and its variant, and an index named with a possessive',
      text: 'A 787-9 stood by the stand while Standard & Poor\'s 500 index fell and Sun readers waited.',
      notFigures: ['787-9', '787', '500', 'Sun'],
    },
    {
      name: 'digits joined by an ampersand name a company',
      text: 'Telefónica bid for 1&1 AG, and 1&1 shares fell.',
      notFigures: ['1', '1&1'],
    },
    {
      name: 'phone numbers and URLs',
      text: 'Call +44 20 7946 0958 or (202) 555-0143, or see https://example.org/report/2024/05 for details.',
      notFigures: ['44', '20', '7946', '0958', '202', '555-0143', '2024', '05'],
    },
    {
      name: 'numbers with a leading zero and names with a number',
      text: 'Hotline 0800 123 456 opened, 7-Eleven stores closed and agent 007 was recalled.',
      notFigures: ['0800', '123 456', '7-Eleven', '7', '007'],
    },
    {
      name: 'bare "one" and anaphoric "the two"',
      text: 'One of the leaders said the two companies would merge, no one disagreed.',
      notFigures: ['One', 'one', 'two'],
    },
  ];
  for (const n of NEGATIVES) {
    it(`does not mark ${n.name}`, () => {
      const found = findFigures(n.text);
      checkInvariants(n.text, found);
      for (const word of n.notFigures) {
        const hit = found.find((e) => e.text === word || (e.text.includes(word) && /\d/.test(word)));
        assert.equal(hit, undefined, `"${word}" should not be a figure, got ${JSON.stringify(hit?.text)}`);
      }
    });
  }

  it('keeps UTF-16 offsets right after emoji, curly quotes and CRLF line ends', () => {
    const text = '🗳️ “Turnout hit 64 per cent,” the commission said.\r\nCaption: Voters queue 🇰🇪\r\nOn 3 March 2025, 1,200 polling stations opened.';
    const found = findFigures(text);
    checkInvariants(text, found);
    assert.deepEqual(
      found.map((e) => e.text),
      ['64 per cent', '3 March 2025', '1,200'],
    );
    assert.equal(text.slice(figure(found, '1,200').start, figure(found, '1,200').end), '1,200');
  });

  it('is correct on a substring: offsets are relative to what it is given', () => {
    const article = 'KYIV, March 3 (Wire) - Shelling killed 12 civilians.\n\nThe army said 300 km of front line was quiet.';
    const paragraph = article.slice(article.indexOf('The army'));
    const found = findFigures(paragraph);
    const at = 'The army said '.length;
    assert.deepEqual(found.map((e) => [e.start, e.end, e.text]), [[at, at + '300 km'.length, '300 km']]);
  });

  it('returns an empty list for empty or figure-free text', () => {
    assert.deepEqual(findFigures(''), []);
    assert.deepEqual(findFigures('The opposition walked out of parliament.'), []);
  });

  it('handles a 5 MB article in linear time', function () {
    this.timeout(20000);
    const paragraph =
      'The ministry said 1,200 people were killed on March 3, 2025, and turnout was 64 per cent. ' +
      'Donors pledged €120 million in aid over three years; the convoy travelled 300 km. ';
    const small = paragraph.repeat(Math.ceil(500_000 / paragraph.length));
    const big = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    const t0 = Date.now();
    const smallFound = findFigures(small);
    const t1 = Date.now();
    const bigFound = findFigures(big);
    const t2 = Date.now();
    assert.equal(bigFound.length / smallFound.length, big.length / small.length);
    const RATIO_SLACK = 3; // ten times the text may take at most thirty times as long: catches quadratic blow-ups
    assert.ok(t2 - t1 <= RATIO_SLACK * 10 * Math.max(t1 - t0, 5), `5 MB took ${t2 - t1} ms vs ${t1 - t0} ms for 0.5 MB`);
    checkInvariants(big, bigFound.slice(0, 50));
  });
});
