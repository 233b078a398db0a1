// Moves a span through one live edit (a VS Code-style content change) without looking at the text.
import type { Span } from '../model';

/** One replacement: the text in [start, end) of the old text becomes `text`. */
export interface TextChange extends Span {
  text: string;
}

/**
 * The span after `change`:
 * - edits wholly before the span (including an insertion right at its start) shift it;
 * - edits wholly after it (including an insertion right at its end) leave it alone;
 * - edits inside it resize it;
 * - an edit that removes or replaces all of the span gives null: its words are gone and the caller re-anchors by quote;
 * - an edit overlapping one edge clips the span to its surviving words and takes in the new text on that side.
 */
export function shiftSpan(span: Span, change: TextChange): Span | null {
  const delta = change.text.length - (change.end - change.start);
  if (change.end <= span.start) return { start: span.start + delta, end: span.end + delta };
  if (change.start >= span.end) return { start: span.start, end: span.end };
  if (change.start <= span.start && change.end >= span.end) return null;
  if (change.start >= span.start && change.end <= span.end) return { start: span.start, end: span.end + delta };
  if (change.start < span.start) {
    // Overlaps the head: the new text replaces part of the span's first words.
    return { start: change.start, end: span.end + delta };
  }
  // Overlaps the tail.
  return { start: span.start, end: change.start + change.text.length };
}
