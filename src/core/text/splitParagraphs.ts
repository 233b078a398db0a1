// Splits an article into paragraphs (its lines, without line-break characters), the unit of incremental re-analysis.
import type { Span } from '../model';

const LF = 10;
const CR = 13;

/**
 * One span per line (LF, CRLF or a lone CR ends a line), line breaks excluded, blank lines skipped. Lines rather than
 * blank-line blocks: wire copy often puts each paragraph on one line, and a smaller unit makes re-analysis after an edit
 * cheaper. One pass over the text, so a 5 MB article costs no more than its length.
 */
export function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const n = text.length;
  let start = 0;
  let blank = true;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : LF;
    if (c === LF || c === CR) {
      if (!blank) out.push({ start, end: i });
      start = i + 1;
      blank = true;
    } else if (blank && !isBlank(c)) {
      blank = false;
    }
  }
  return out;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0xfeff;
}
