import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { exportMarkdown } from '../../../src/core/export/exportMarkdown';
import type { ExportInput } from '../../../src/core/export/exportInput';
import { annotate, mention, newsInput } from './newsFixture';

// html: true so that any raw HTML we failed to escape would come through as real tags.
const md = new MarkdownIt({ html: true });

function tableRows(html: string): string[][] {
  const table = html.match(/<table>[\s\S]*?<\/table>/)![0];
  return [...table.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1].matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => c[1]));
}

describe('exportMarkdown', () => {
  const sheet = exportMarkdown(newsInput());
  const html = md.render(sheet);

  it('summarises items by status in a table (hand-counted: 7 figures and 2 claims)', () => {
    // Figures: 12% verified (a2), €1.3 billion disputed (a4 starts on it), five unverified.
    // Claims: a1 needs-source, orphaned a5 unverified. The alias a3 is a correction, not a claim.
    assert.deepEqual(tableRows(html), [
      ['Status', 'Count'],
      ['unverified', '6'],
      ['verified', '1'],
      ['disputed', '1'],
      ['needs-source', '1'],
      ['<strong>total</strong>', '9'],
    ]);
  });

  it('lists every figure with its sentence, the figure in bold', () => {
    const figures = sheet.split('## Figures')[1].split('## Annotated claims')[0];
    assert.equal((figures.match(/^### /gm) ?? []).length, 7);
    assert.match(html, /up <strong>12%<\/strong> on January\./);
    assert.match(figures, /4,200 \(COUNT, asylum claims\)/);
  });

  it('gives a figure the status and note of the annotation on it', () => {
    const percent = sheet.split('### ').find((s) => s.includes('12% (PERCENT)'))!;
    assert.match(percent, /\*\*Status:\*\* verified/);
    assert.match(percent, /marc\.weber/);
    const money = sheet.split('### ').find((s) => s.includes('€1.3 billion (MONEY)'))!;
    assert.match(money, /\*\*Status:\*\* disputed/);
  });

  it('lists annotated claims with notes, replies and orphans', () => {
    const claims = md.render(sheet.split('## Annotated claims')[1]);
    assert.match(claims, /Second source needed: &quot;which&quot; officials, exactly\? Ask Reuters, AP/);
    assert.match(claims, /Council press office confirms, on background\./);
    assert.match(claims, /orphaned: these words are no longer in the article/);
  });

  it('escapes Markdown and HTML in article text and notes so they print literally', () => {
    const text = 'Ex-minister *Ali* [Hassan](http://evil.example) <img src=x> paid $5_000 | or more.\r\n1. Not a list';
    const input: ExportInput = {
      articleName: 'odd_name*.txt',
      text,
      analysis: { entities: [mention(text, '$5_000', 'FIGURE', { subtype: 'MONEY' })], clusters: [] },
      annotations: [annotate(text, '1. Not a list', { id: 'x1', note: '# not a heading, `code`, <script>alert(1)</script> & more' })],
    };
    const rendered = md.render(exportMarkdown(input));
    assert.doesNotMatch(rendered, /<(img|script|em|a|ol|code)\b/);
    assert.match(rendered, /\*Ali\* \[Hassan\]\(http:\/\/evil\.example\) &lt;img src=x&gt; paid <strong>\$5_000<\/strong> \| or more\./);
    assert.match(rendered, /# not a heading, `code`, &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; more/);
    assert.match(rendered, /<h1>Fact-check sheet: odd_name\*\.txt<\/h1>/);
  });
});
