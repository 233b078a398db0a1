import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { escapeMarkdownInline } from '../../../src/core/export/escapeMarkdownInline';

const md = new MarkdownIt({ html: true });

/** What a reader sees: render as one paragraph, strip the wrapper, decode the entities markdown-it writes. */
function shown(markdown: string): string {
  return md
    .render(markdown)
    .replace(/^<p>|<\/p>\n$/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('escapeMarkdownInline', () => {
  const cases: Array<[string, string]> = [
    ['emphasis and code', 'The *Sun* called it `Brexit_2`'],
    ['links and images', 'See [the filing](http://example.com) and ![chart](x.png)'],
    ['raw HTML', 'A <script>alert(1)</script> and <b>bold</b> tag'],
    ['entities', 'AT&T paid &pound;5m &amp; more'],
    ['table pipes', 'Yes | No | Abstain'],
    ['a heading marker at the start', '# 1 priority for voters'],
    ['a list marker at the start', '- 40% said no'],
    ['an ordered-list marker at the start', '2026. A year of elections'],
    ['a quote marker at the start', '> not a quote'],
    ['backslashes', 'C:\\Users\\desk\\notes.txt'],
    ['strike-through', '~~withdrawn~~ figure'],
  ];
  for (const [name, text] of cases) {
    it(`${name} print literally`, () => assert.equal(shown(escapeMarkdownInline(text)), text));
  }

  it('folds line breaks into spaces so one value stays on one line', () => {
    assert.equal(escapeMarkdownInline('Title\r\n\r\nBody'), 'Title Body');
  });
});
