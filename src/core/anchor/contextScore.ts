// Measures how well the text around a candidate place agrees with an anchor's stored prefix and suffix.
import type { TextAnchor } from '../model';
import { ANCHOR_CONTEXT_LENGTH } from './anchorFromRange';

/** Extra room in the compared window, as a share of the context length, so a few inserted characters do not push the context out of view. */
const WINDOW_SLACK = 0.5;

/**
 * 1 − (edits needed to turn some start of `window` into `pattern`) / pattern length, in [0, 1].
 * The pattern is pinned to the window's first character and free at its far end: context must touch the candidate,
 * or the same words a few characters away (the "on" inside "sanctions on") would agree as well as the real place.
 */
export function anchoredSimilarity(pattern: string, window: string): number {
  if (pattern.length === 0) return 1;
  if (window.length === 0) return 0;
  // row[j] = edits turning pattern[0..i) into window[0..j); the answer is the best over all j once i reaches the end.
  let row = Array.from({ length: window.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    for (let j = 1; j <= window.length; j++) {
      const substitute = row[j - 1] + (pattern.charCodeAt(i - 1) === window.charCodeAt(j - 1) ? 0 : 1);
      next.push(Math.min(substitute, row[j] + 1, next[j - 1] + 1));
    }
    row = next;
  }
  return 1 - Math.min(pattern.length, Math.min(...row)) / pattern.length;
}

/** Plain edit-distance similarity of two whole strings, 1 − distance / longer length. */
function wholeSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  if (longer === 0) return 1;
  return anchoredSimilarity(a, b) === 1 && a.length === b.length ? 1 : 1 - editDistance(a, b) / longer;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(Math.min(row[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), row[j] + 1, next[j - 1] + 1));
    }
    row = next;
  }
  return row[b.length];
}

/**
 * Similarity of stored context to the text beside a candidate. Context shorter than ANCHOR_CONTEXT_LENGTH means the
 * article ended (or began) right there, which is evidence too: half the score then asks whether the candidate also
 * sits at that edge, so a look-alike phrase mid-text does not agree as well as the real one near the end.
 */
function sideSimilarity(stored: string, window: string): number {
  const free = anchoredSimilarity(stored, window);
  if (stored.length >= ANCHOR_CONTEXT_LENGTH) return free;
  return (free + wholeSimilarity(stored, window.slice(0, ANCHOR_CONTEXT_LENGTH))) / 2;
}

function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

/**
 * Agreement in [0, 1] between the anchor's prefix/suffix and the text just before `start` and just after `end`.
 * A side whose stored context is empty (the quote was at the very start or end of the article) counts as agreeing
 * only when the candidate is also at that edge; if the candidate is not, that side carries no evidence and
 * only the other side is scored. Returns 0 when neither side can be compared.
 */
export function contextScore(text: string, start: number, end: number, anchor: Pick<TextAnchor, 'prefix' | 'suffix'>): number {
  const scores: number[] = [];
  if (anchor.prefix.length > 0) {
    const reach = Math.ceil(anchor.prefix.length * (1 + WINDOW_SLACK));
    // Reversed, so the prefix is pinned to the character right before the candidate.
    scores.push(sideSimilarity(reverse(anchor.prefix), reverse(text.slice(Math.max(0, start - reach), start))));
  } else if (start === 0) {
    scores.push(1);
  }
  if (anchor.suffix.length > 0) {
    const reach = Math.ceil(anchor.suffix.length * (1 + WINDOW_SLACK));
    scores.push(sideSimilarity(anchor.suffix, text.slice(end, end + reach)));
  } else if (end === text.length) {
    scores.push(1);
  }
  if (scores.length === 0) return 0;
  return scores.reduce((s, x) => s + x, 0) / scores.length;
}
