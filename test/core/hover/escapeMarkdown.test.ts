import assert from 'node:assert/strict';
import { escapeMarkdown } from '../../../src/core/hover/escapeMarkdown';

describe('escapeMarkdown', () => {
  const hostile: Array<[string, string]> = [
    ['a command link', '[click](command:workbench.action.terminal.new)'],
    ['an image', '![x](https://example.com/a.png)'],
    ['raw HTML', '<img src=x onerror=alert(1)>'],
    ['an autolink', '<https://example.com>'],
    ['emphasis and code', '**bold** `code` _it_'],
    ['a heading on its own line', 'line one\n# heading'],
  ];
  for (const [title, input] of hostile) {
    it(`makes ${title} inert`, () => {
      const out = escapeMarkdown(input);
      assert.doesNotMatch(out, /(^|[^\\])\[[^\]]*(^|[^\\])\]\(/, 'no link syntax survives');
      assert.doesNotMatch(out, /<[a-z/]/i, 'no HTML tag survives');
      assert.doesNotMatch(out, /(^|[^\\])[*`_#]/, 'every Markdown marker is escaped');
      assert.ok(!out.includes('\n'), 'stays on one line');
    });
  }

  it('leaves ordinary article text readable', () => {
    assert.equal(escapeMarkdown('Claire Dubois — Élysée spokeswoman'), 'Claire Dubois — Élysée spokeswoman');
    assert.equal(escapeMarkdown('Qaddafi’s son'), 'Qaddafi’s son');
  });

  it('encodes ampersands so entities cannot be smuggled in', () => {
    assert.equal(escapeMarkdown('AT&T &lt;'), 'AT&amp;T &amp;lt;');
  });
});
