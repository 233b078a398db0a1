// Exports entities and annotations as brat standoff (.ann) for annotation tools and NER training sets.
import type { Annotation, Span } from '../model';
import type { ExportInput } from './exportInput';
import { codePointCounter } from './codePointCounter';

/**
 * Brat types: entities keep Newsmark's PERSON/PLACE/ORG/FIGURE (a FIGURE's subtype goes in a
 * `Subtype` attribute). Annotations on words that are not already an entity get a text-bound
 * `Claim` (notes), `NotEntity`, or `Alias` type; statuses go in a `Status` attribute and notes
 * and replies in `AnnotatorNotes`. Orphaned annotations have no offsets and are left out.
 */
export const BRAT_ANNOTATION_TYPES = { note: 'Claim', 'not-entity': 'NotEntity', alias: 'Alias' } as const;
const LINE_BREAK = /\r\n|\r|\n/g;
const WHITESPACE_RUN = /\s+/g;
const REPLY_SEPARATOR = ' | ';

/** Splits a span at line breaks: brat text-bound annotations cannot contain a newline. */
function fragments(text: string, span: Span): Span[] {
  const parts: Span[] = [];
  let from = span.start;
  const piece = text.slice(span.start, span.end);
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(piece); m; m = LINE_BREAK.exec(piece)) {
    parts.push({ start: from, end: span.start + m.index });
    from = span.start + m.index + m[0].length;
  }
  parts.push({ start: from, end: span.end });
  return parts.filter((p) => p.end > p.start);
}

function oneLine(s: string): string {
  return s.replace(WHITESPACE_RUN, ' ').trim();
}

function noteText(a: Annotation): string {
  const parts = a.note !== undefined ? [a.note] : [];
  for (const r of a.replies) parts.push(`${r.author}: ${r.text}`);
  return oneLine(parts.join(REPLY_SEPARATOR));
}

/** The `.ann` file. Offsets count code points, as brat (Python) indexes the `.txt`. */
export function exportBrat(input: ExportInput): string {
  const { text } = input;
  const cp = codePointCounter(text);
  const lines: string[] = [];
  let textBound = 0;
  let attribute = 0;
  let note = 0;
  const idBySpan = new Map<string, string>();

  const addTextBound = (type: string, span: Span): string | null => {
    const parts = fragments(text, span);
    if (parts.length === 0) return null;
    const id = `T${++textBound}`;
    const offsets = parts.map((p) => `${cp(p.start)} ${cp(p.end)}`).join(';');
    // Brat joins discontinuous fragments' text with a space.
    lines.push(`${id}\t${type} ${offsets}\t${parts.map((p) => text.slice(p.start, p.end)).join(' ')}`);
    return id;
  };

  for (const e of input.analysis.entities) {
    const id = addTextBound(e.type, e);
    if (!id) continue;
    idBySpan.set(`${e.start}:${e.end}`, id);
    if (e.subtype) lines.push(`A${++attribute}\tSubtype ${id} ${e.subtype}`);
  }

  for (const { annotation: a, start, end, orphaned } of input.annotations) {
    if (orphaned) continue;
    const key = `${start}:${end}`;
    const type = a.kind === 'entity' ? (a.entityType ?? BRAT_ANNOTATION_TYPES.note) : BRAT_ANNOTATION_TYPES[a.kind];
    // Reuse the entity's T when the annotation sits on it and does not retype it, so notes attach to the mention.
    const existing = idBySpan.get(key);
    const id = existing && a.kind === 'note' ? existing : addTextBound(type, { start, end });
    if (!id) continue;
    lines.push(`A${++attribute}\tStatus ${id} ${a.status}`);
    const n = noteText(a);
    if (n) lines.push(`#${++note}\tAnnotatorNotes ${id}\t${n}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
