// Describes a span of an article as quote + surrounding context, so it can be found again after the text changes.
import type { Span, TextAnchor } from '../model';

/** Characters of context kept on each side; enough to tell two mentions of "the president" apart, short enough to survive nearby edits. */
export const ANCHOR_CONTEXT_LENGTH = 32;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The anchor for `span` in `text`: the exact quote, up to ANCHOR_CONTEXT_LENGTH characters of prefix and suffix,
 * and the offsets. Context boundaries never split a surrogate pair (an emoji), because half an emoji
 * cannot be written to YAML faithfully.
 * Offsets are clamped into the text and put in order, so a stale span still gives a well-formed anchor.
 */
export function anchorFromRange(text: string, span: Span): TextAnchor {
  const a = Math.max(0, Math.min(text.length, Math.min(span.start, span.end)));
  const b = Math.max(0, Math.min(text.length, Math.max(span.start, span.end)));
  let prefixStart = Math.max(0, a - ANCHOR_CONTEXT_LENGTH);
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1;
  let suffixEnd = Math.min(text.length, b + ANCHOR_CONTEXT_LENGTH);
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1;
  return {
    quote: text.slice(a, b),
    prefix: text.slice(prefixStart, a),
    suffix: text.slice(b, suffixEnd),
    start: a,
    end: b,
  };
}
