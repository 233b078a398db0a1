import assert from 'node:assert/strict';
import { isBoilerplate, linkedHeadlineStart } from '../../../src/core/text/isBoilerplate';

describe('isBoilerplate', () => {
  const cases: [string, string, boolean][] = [
    ['an ad slot', 'Advertisement', true],
    ['an ad slot with decoration', '— ADVERTISEMENT —', true],
    ['a share prompt', 'Share this article', true],
    ['a newsletter prompt', 'Sign up for our newsletter', true],
    ['a newsletter prompt with more words', 'Sign up for our daily briefing on the Sahel crisis', true],
    ['a link to another story', 'Read more: Ruto defends finance bill after Nairobi protests', true],
    ['a bulleted related link', '» Related: Senegal postpones presidential vote', true],
    ['a social prompt', 'Follow us on Facebook and Instagram', true],
    ['a prompt naming the outlet', 'Follow Reuters on X for live updates', true],
    ['a video label', 'WATCH: Protesters clash with police in Dakar', true],
    ['a story sentence opening with "More"', 'More than 200 people were killed in the clashes, the Red Cross said.', false],
    ['a quote opening with a prompt word', '“Listen to us,” said Amina Yusuf, a trader in Kano.', false],
    ['a story sentence mentioning advertisements', 'Advertisement spending fell 4% at WPP in the second quarter.', false],
    ['a dateline paragraph', 'LAGOS, Nigeria (AP) — Voters queued from dawn on Saturday.', false],
    ['a headline', 'Kenya parliament passes tax bill amid protests', false],
    ['an empty line', '   ', false],
  ];
  for (const [name, line, expected] of cases) {
    it(name, () => assert.equal(isBoilerplate(line), expected));
  }

  it('keeps long lines that start like a link label as running text', () => {
    const line = `Related: ${'the finance ministry said spending would rise, '.repeat(6)}`;
    assert.equal(isBoilerplate(line), false);
  });

  describe('linkedHeadlineStart', () => {
    const headlines: [string, string | null][] = [
      ['Read more: Ruto defends finance bill after Nairobi protests', 'Ruto defends finance bill after Nairobi protests'],
      ['» Related: Senegal postpones presidential vote', 'Senegal postpones presidential vote'],
      ['Also Read | Mali junta extends transition', 'Mali junta extends transition'],
      ['Share this article', null],
      ['Related:', null],
      ['More than 200 people were killed.', null],
    ];
    for (const [line, headline] of headlines) {
      it(`${JSON.stringify(line)} → ${JSON.stringify(headline)}`, () => {
        const start = linkedHeadlineStart(line);
        assert.equal(start < 0 ? null : line.slice(start), headline);
      });
    }
  });
});
