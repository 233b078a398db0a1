import assert from 'node:assert/strict';
import { parse } from 'parse5';
import { exportHtml } from '../../../src/core/export/exportHtml';
import { NEWS_TEXT, newsInput } from './newsFixture';

type Node = { nodeName: string; tagName?: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[]; value?: string };

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const child of node.childNodes ?? []) walk(child, visit);
  // <template> keeps its children elsewhere; we never write one, so nothing is missed.
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(textOf).join('');
}

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

function elements(root: Node): Node[] {
  const out: Node[] = [];
  walk(root, (n) => {
    if (n.tagName) out.push(n);
  });
  return out;
}

describe('exportHtml', () => {
  const html = exportHtml(newsInput());
  const doc = parse(html) as unknown as Node;
  const all = elements(doc);

  it('contains no scripts, no event handlers and loads nothing from outside', () => {
    assert.deepEqual(all.filter((n) => ['script', 'link', 'img', 'iframe', 'object', 'embed'].includes(n.tagName!)), []);
    for (const n of all) {
      for (const a of n.attrs ?? []) {
        assert.doesNotMatch(a.name, /^on/, `${n.tagName} has ${a.name}`);
        if (a.name === 'href') assert.match(a.value, /^#note-\d+$/);
        assert.notEqual(a.name, 'src');
      }
    }
    const style = all.find((n) => n.tagName === 'style')!;
    assert.doesNotMatch(textOf(style), /url\(|@import/);
    const csp = all.find((n) => attr(n, 'http-equiv') === 'Content-Security-Policy')!;
    assert.match(attr(csp, 'content')!, /default-src 'none'/);
  });

  it('shows the article text exactly, markup in it included, as text', () => {
    const article = all.find((n) => attr(n, 'class') === 'article')!;
    // The HTML parser turns CRLF into LF; numbered markers add their digits, so drop them first.
    const withoutMarkers = { ...article, childNodes: article.childNodes!.filter((c) => c.tagName !== 'sup') };
    assert.equal(textOf(withoutMarkers), NEWS_TEXT.replace(/\r\n/g, '\n'));
    assert.match(textOf(article), /<script>alert\("x"\)<\/script>/);
  });

  it('highlights entities by type, with canonical names in the tooltip', () => {
    const orban = all.filter((n) => attr(n, 'class')?.includes('e-PERSON') && textOf(n) === 'Orbán');
    assert.equal(orban.length, 1);
    assert.equal(attr(orban[0], 'title'), 'PERSON: Viktor Orbán');
    assert.ok(all.some((n) => attr(n, 'class') === 'e-FIGURE annotated' && textOf(n) === '12%'));
  });

  it('lists every annotation, notes with quotes and markup escaped', () => {
    const items = all.filter((n) => attr(n, 'id')?.startsWith('note-'));
    assert.equal(items.length, 5);
    const a4 = items.find((n) => textOf(n).includes('disputed'))!;
    assert.match(textOf(a4), /The draft & the "figure" don't match <b>bold<\/b>/);
    assert.equal(elements(a4).filter((n) => n.tagName === 'b').length, 0);
    assert.match(textOf(items[4]), /orphaned/);
  });

  it('links each placed annotation marker to its entry, in the order they end in the text', () => {
    const markers = all.filter((n) => n.tagName === 'a').map((n) => attr(n, 'href'));
    // a1 ends at "Friday", a3 on the second "Orbán", a2 on "12%", a4 after "A leaked draft"; a5 is orphaned.
    assert.deepEqual(markers, ['#note-1', '#note-3', '#note-2', '#note-4']);
  });
});
