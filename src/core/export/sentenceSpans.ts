// Splits an article into sentence spans, using the platform's Unicode segmenter and repairing its news-copy mistakes.
import type { Span } from '../model';

/**
 * Abbreviations after which ICU's sentence rules wrongly break in news copy
 * ("Sen. Warren", "Jan. 5", "U.S. President"). Single capitals cover initials ("John F. Kennedy").
 */
const ABBREVIATION_BEFORE_BREAK =
  /(?:^|[\s("'\u201c])(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Maj|Adm|Cmdr|St|Mt|Ft|Rev|Hon|Jr|Sr|Gen|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Inc|Corp|Ltd|Co|vs|approx|[A-Z]|(?:[A-Z]\.)+[A-Z])\.\s*$/;
/** "No." only abbreviates when a number follows ("No. 10 Downing Street"). */
const NUMBER_ABBREVIATION_BEFORE_BREAK = /(?:^|\s)No\.\s*$/;
const STARTS_WITH_DIGIT = /^\s*\d/;
const ENDS_WITH_LINE_BREAK = /[\r\n]\s*$/;
const SPACE = /\s/;

function trim(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && SPACE.test(text[start])) start++;
  while (end > start && SPACE.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/**
 * Sentence spans in document order, trimmed of surrounding whitespace.
 * Line breaks always end a sentence (titles and datelines stand alone), and no break
 * is placed strictly inside any of `keepTogether` (entity mentions must not be cut).
 */
export function sentenceSpans(text: string, keepTogether: readonly Span[] = []): Span[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
  const raw: Span[] = [];
  for (const seg of segmenter.segment(text)) {
    raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const insideKept = (offset: number): boolean => keepTogether.some((s) => s.start < offset && offset < s.end);
  const merged: Span[] = [];
  for (const span of raw) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const before = text.slice(previous.start, previous.end);
      const after = text.slice(span.start, span.end);
      const abbreviation =
        !ENDS_WITH_LINE_BREAK.test(before) &&
        (ABBREVIATION_BEFORE_BREAK.test(before) || (NUMBER_ABBREVIATION_BEFORE_BREAK.test(before) && STARTS_WITH_DIGIT.test(after)));
      if (abbreviation || insideKept(previous.end)) {
        previous.end = span.end;
        continue;
      }
    }
    merged.push({ ...span });
  }
  return merged.map((s) => trim(text, s)).filter((s): s is Span => s !== null);
}
