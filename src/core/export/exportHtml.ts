// Exports a self-contained HTML report: the article with entities and annotated words highlighted, then the annotations.
import type { Entity, Span } from '../model';
import type { ExportAnnotation, ExportInput } from './exportInput';
import { escapeHtml } from './escapeHtml';

/**
 * The policy forbids scripts and every external fetch even if escaping were ever wrong,
 * so the report is safe to open from a mail attachment.
 */
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

const STYLE = `
body { font: 16px/1.55 Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #1d1d1f; }
h1, h2 { font-family: system-ui, sans-serif; }
.article { white-space: pre-wrap; border-left: 3px solid #ccc; padding-left: 1rem; }
.e-PERSON { background: #dbeafe; } .e-PLACE { background: #dcfce7; } .e-ORG { background: #fef3c7; } .e-FIGURE { background: #fce7f3; }
.annotated { text-decoration: underline 2px #b45309; }
sup a { font: 11px system-ui, sans-serif; color: #b45309; text-decoration: none; }
.status { font: 12px system-ui, sans-serif; padding: 0 .4em; border-radius: .3em; background: #eee; }
.status-verified { background: #bbf7d0; } .status-disputed { background: #fecaca; } .status-needs-source { background: #fde68a; }
.quote { font-style: italic; } .meta { color: #555; font-size: 90%; } .orphan { color: #991b1b; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .2em .6em; }
`;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The article cut at every entity and annotation boundary, each piece wrapped in the classes of what covers it. */
function highlightedArticle(text: string, entities: Entity[], placed: Array<{ x: ExportAnnotation; n: number }>): string {
  const cuts = new Set<number>([0, text.length]);
  for (const e of entities) cuts.add(e.start).add(e.end);
  for (const { x } of placed) cuts.add(x.start).add(x.end);
  const points = [...cuts].sort((a, b) => a - b);
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const piece: Span = { start: points[i], end: points[i + 1] };
    const classes: string[] = [];
    const titles: string[] = [];
    const entity = entities.find((e) => overlaps(e, piece));
    if (entity) {
      classes.push(`e-${entity.type}`);
      titles.push(entity.canonical ? `${entity.type}: ${entity.canonical}` : entity.type);
    }
    if (placed.some(({ x }) => overlaps(x, piece))) classes.push('annotated');
    const body = escapeHtml(text.slice(piece.start, piece.end));
    out.push(classes.length > 0 ? `<span class="${classes.join(' ')}"${titles.length ? ` title="${escapeHtml(titles.join('; '))}"` : ''}>${body}</span>` : body);
    // A numbered marker after the last piece of each annotation links to its entry below.
    for (const { x, n } of placed) if (x.end === piece.end) out.push(`<sup><a href="#note-${n}">${n}</a></sup>`);
  }
  return out.join('');
}

/**
 * The whole report as one HTML file with inline CSS and no scripts, links out or fetched resources.
 * Every string from the article or the sidecar is escaped.
 */
export function exportHtml(input: ExportInput): string {
  const { text } = input;
  const numbered = input.annotations.map((x, i) => ({ x, n: i + 1 }));
  const placed = numbered.filter(({ x }) => !x.orphaned && x.end > x.start);
  const name = escapeHtml(input.articleName);
  const counts = new Map<string, number>();
  for (const e of input.analysis.entities) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);

  const items = numbered.map(({ x, n }) => {
    const a = x.annotation;
    const quote = x.orphaned ? a.anchor.quote : text.slice(x.start, x.end);
    const kind = a.kind === 'entity' ? `entity: ${a.entityType ?? '?'}` : a.kind === 'alias' ? `alias of ${a.aliasOf ?? '?'}` : a.kind;
    const replies = a.replies
      .map((r) => `<li><span class="meta">${escapeHtml(r.author)}, ${escapeHtml(r.created)}:</span> ${escapeHtml(r.text)}</li>`)
      .join('');
    return [
      `<li id="note-${n}">`,
      `<span class="quote">“${escapeHtml(quote)}”</span> `,
      `<span class="status status-${escapeHtml(a.status)}">${escapeHtml(a.status)}</span> `,
      `<span class="meta">${escapeHtml(kind)} · ${escapeHtml(a.author)} · ${escapeHtml(a.modified)}</span>`,
      x.orphaned ? ' <span class="orphan">(orphaned: these words are no longer in the article)</span>' : '',
      a.note !== undefined ? `<p>${escapeHtml(a.note)}</p>` : '',
      a.tags.length > 0 ? `<p class="meta">Tags: ${a.tags.map(escapeHtml).join(', ')}</p>` : '',
      replies ? `<ul>${replies}</ul>` : '',
      '</li>',
    ].join('');
  });

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Newsmark report: ${name}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    `<h1>Newsmark report: ${name}</h1>`,
    '<table><tr><th>Type</th><th>Mentions</th></tr>',
    ...['PERSON', 'PLACE', 'ORG', 'FIGURE'].map((t) => `<tr><td><span class="e-${t}">${t}</span></td><td>${counts.get(t) ?? 0}</td></tr>`),
    '</table>',
    '<h2>Article</h2>',
    `<div class="article">${highlightedArticle(text, input.analysis.entities, placed)}</div>`,
    '<h2>Annotations</h2>',
    items.length > 0 ? `<ol>${items.join('\n')}</ol>` : '<p>No annotations.</p>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
