// Splits an article into paragraphs (its lines, without line-break characters), the unit of incremental re-analysis.
import type { Span } from '../model';

/**
 * One span per line, CR and LF excluded, empty lines skipped. Lines rather than blank-line blocks: wire copy often puts each
 * paragraph on one line, and a smaller unit makes re-analysis after an edit cheaper.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let stop = end;
    if (stop > start && text.charCodeAt(stop - 1) === 13) stop--;
    // A lone CR (old Mac line ending) also ends a line.
    let cr = text.indexOf('\r', start);
    while (cr >= 0 && cr < stop) {
      if (cr > start) out.push({ start, end: cr });
      start = cr + 1;
      cr = text.indexOf('\r', start);
    }
    if (stop > start && /\S/.test(text.slice(start, stop))) out.push({ start, end: stop });
    start = end + 1;
  }
  return out;
}
