// Exports a fact-check sheet in Markdown: every figure and every annotated claim with its sentence, status and note.
import { REVIEW_STATUSES, type Annotation, type ReviewStatus, type Span } from '../model';
import { factCheckItems } from '../review/factCheckItems';
import type { ExportInput } from './exportInput';
import { escapeMarkdownInline } from './escapeMarkdownInline';
import { sentenceSpans } from './sentenceSpans';

interface SheetItem {
  isFigure: boolean;
  heading: string;
  span: Span | null;
  status: ReviewStatus;
  annotations: Annotation[];
}

/** The sentence around the span, with the span in bold; falls back to the span alone. */
function quotedSentence(text: string, sentences: Span[], span: Span): string {
  const s = sentences.find((x) => x.start <= span.start && span.end <= x.end) ?? span;
  const words = text.slice(span.start, span.end);
  const inner = words.trim();
  // Emphasis cannot open before or close after a space, so the span's own edge spaces stay outside the stars.
  const lead = text.slice(s.start, span.start) + words.slice(0, words.length - words.trimStart().length);
  const tail = words.slice(words.trimEnd().length) + text.slice(span.end, s.end);
  return `${escapeMarkdownInline(lead)}**${escapeMarkdownInline(inner)}**${escapeMarkdownInline(tail)}`;
}

/**
 * A summary table of counts by status, then each figure (with the status of the latest annotation
 * starting on it, else `unverified`), then each annotated claim (see factCheckItems). Everything from
 * the article or sidecar is escaped, so names with `*`, `_` or `|` print as written.
 */
export function exportMarkdown(input: ExportInput): string {
  const { text } = input;
  const sentences = sentenceSpans(text, input.analysis.entities);
  const items: SheetItem[] = factCheckItems(input.analysis, input.annotations).map((item) => {
    if (item.kind === 'figure') {
      const e = item.entity;
      const label = e.counts ? `${e.subtype ?? 'FIGURE'}, ${e.counts}` : (e.subtype ?? 'FIGURE');
      return { isFigure: true, heading: `${escapeMarkdownInline(e.text)} (${escapeMarkdownInline(label)})`, span: e, status: item.status, annotations: item.annotations.map((x) => x.annotation) };
    }
    const x = item.annotation;
    const quote = x.orphaned ? x.annotation.anchor.quote : text.slice(x.start, x.end);
    const orphanNote = x.orphaned ? ' (orphaned: these words are no longer in the article)' : '';
    return { isFigure: false, heading: escapeMarkdownInline(quote) + orphanNote, span: x.orphaned ? null : x, status: item.status, annotations: [x.annotation] };
  });

  const out: string[] = [`# Fact-check sheet: ${escapeMarkdownInline(input.articleName)}`, '', '## Summary', '', '| Status | Count |', '| --- | ---: |'];
  for (const status of REVIEW_STATUSES) out.push(`| ${status} | ${items.filter((i) => i.status === status).length} |`);
  out.push(`| **total** | ${items.length} |`, '');

  const section = (title: string, list: SheetItem[]): void => {
    out.push(`## ${title}`, '');
    if (list.length === 0) out.push('_None._', '');
    list.forEach((item, n) => {
      out.push(`### ${n + 1}. ${item.heading}`, '');
      if (item.span) out.push(`> ${quotedSentence(text, sentences, item.span)}`, '');
      out.push(`- **Status:** ${item.status}`);
      for (const a of item.annotations) {
        if (a.note !== undefined) out.push(`- **Note** (${escapeMarkdownInline(a.author)}, ${escapeMarkdownInline(a.modified)}): ${escapeMarkdownInline(a.note)}`);
        if (a.tags.length > 0) out.push(`- **Tags:** ${a.tags.map(escapeMarkdownInline).join(', ')}`);
        for (const r of a.replies) out.push(`  - **Reply** (${escapeMarkdownInline(r.author)}, ${escapeMarkdownInline(r.created)}): ${escapeMarkdownInline(r.text)}`);
      }
      out.push('');
    });
  };
  section('Figures', items.filter((i) => i.isFigure));
  section('Annotated claims', items.filter((i) => !i.isFigure));
  return out.join('\n');
}
