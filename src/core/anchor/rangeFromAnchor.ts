// Finds where an annotation's words are now, after the article was edited, or says they are gone.
import search from 'approx-string-match';
import type { Span, TextAnchor } from '../model';
import { contextScore } from './contextScore';

/** Where an anchor now sits. `exact` is false when the words there differ from the stored quote (a fuzzy match). */
export interface AnchorMatch extends Span {
  exact: boolean;
}

/** Context agreement that confirms the quote still at its stored offsets without looking elsewhere: only an untouched neighbourhood. */
export const STORED_POSITION_CONFIDENT = 1;
/** Context agreement needed to keep the quote at its stored offsets when no better occurrence exists. */
export const STORED_POSITION_MIN_CONTEXT = 0.5;
/**
 * Context agreement needed to move an exact quote elsewhere. Measured on the MEANTIME dev articles,
 * unrelated places score 0.30 at the median and 0.45 at the 99th percentile, so 0.6 rejects chance agreement.
 */
export const RELOCATE_MIN_CONTEXT = 0.6;
/** Quotes this short ("per", "the", "Mr") carry almost no evidence of their own, so their context must carry it. */
export const SHORT_QUOTE_LENGTH = 4;
/** Context agreement needed to place a short quote anywhere, even at its stored offsets. */
export const SHORT_QUOTE_MIN_CONTEXT = 0.75;
/** A quote this long that occurs exactly once is distinctive enough to follow even if its surroundings were rewritten. */
export const DISTINCTIVE_QUOTE_LENGTH = 24;
/** Fuzzy matching allows this share of the quote's characters to differ ("Qaddafi" → "Gaddafi" is 1 in 7). */
export const FUZZY_ERROR_RATE = 0.2;
/** Shorter quotes are never fuzzy-matched: one changed letter in "Iran" makes "Iraq". */
export const MIN_FUZZY_QUOTE_LENGTH = 5;
/** A fuzzy match changes the words, so its context must agree more strongly than for an exact one. */
export const FUZZY_MIN_CONTEXT = 0.7;
/** Context this strong is trusted even when another occurrence agrees almost as well. */
export const CLEAR_CONTEXT = 0.85;
/** Two occurrences whose scores (context plus nearness) differ by less than this, neither with clear context, make the anchor ambiguous: it is not guessed. */
export const AMBIGUITY_MARGIN = 0.1;
/**
 * How much nearness to the stored offset (1 at the offset, 0 a whole text away) counts next to context agreement
 * (which ranges over [0, 1]). Edits that damage an annotation's own context rarely move it far, while a look-alike
 * phrase elsewhere usually is far, so nearness settles most close calls; it cannot outweigh clearly better context.
 */
const PROXIMITY_WEIGHT = 0.25;
/** Exact occurrences scored at most; a quote like "the" in a long text would otherwise cost time for no better answer. */
const MAX_CANDIDATES = 2000;

const LINE_BREAK = /\r\n?/g;

/** LF-normalised text plus the raw offset of every normalised offset, so CRLF articles can be matched against LF anchors and back. */
interface Normalised {
  text: string;
  toRaw: (offset: number) => number;
}

function normalise(raw: string): Normalised {
  if (!raw.includes('\r')) return { text: raw, toRaw: (offset) => offset };
  const map: number[] = [];
  let text = '';
  for (let i = 0; i < raw.length; i++) {
    // A CRLF pair becomes one LF that maps to the CR, so a span ending before the break never takes in the CR.
    map.push(i);
    if (raw[i] === '\r') {
      text += '\n';
      if (raw[i + 1] === '\n') i += 1;
    } else {
      text += raw[i];
    }
  }
  map.push(raw.length);
  return { text, toRaw: (offset) => map[offset] };
}

function proximity(position: number, stored: number, length: number): number {
  return 1 - Math.min(1, Math.abs(position - stored) / Math.max(1, length));
}

function exactOccurrences(text: string, quote: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(quote); i >= 0 && found.length < MAX_CANDIDATES; i = text.indexOf(quote, i + 1)) found.push(i);
  return found;
}

function findExact(text: string, anchor: TextAnchor): Span | null {
  const { quote } = anchor;
  const occurrences = exactOccurrences(text, quote);
  if (occurrences.length === 0) return null;
  const ranked = occurrences
    .map((start) => {
      const context = contextScore(text, start, start + quote.length, anchor);
      return { start, context, total: context + PROXIMITY_WEIGHT * proximity(start, anchor.start, text.length) };
    })
    .sort((a, b) => b.total - a.total);
  const [best, runnerUp] = ranked;
  if (runnerUp && best.context < CLEAR_CONTEXT && best.total - runnerUp.total < AMBIGUITY_MARGIN) return null;
  const atStored = best.start === anchor.start;
  const short = quote.length <= SHORT_QUOTE_LENGTH;
  const enough = short
    ? best.context >= SHORT_QUOTE_MIN_CONTEXT
    : best.context >= RELOCATE_MIN_CONTEXT ||
      (atStored && best.context >= STORED_POSITION_MIN_CONTEXT) ||
      (occurrences.length === 1 && quote.length >= DISTINCTIVE_QUOTE_LENGTH);
  return enough ? { start: best.start, end: best.start + quote.length } : null;
}

function findFuzzy(text: string, anchor: TextAnchor): Span | null {
  const { quote } = anchor;
  if (quote.length < MIN_FUZZY_QUOTE_LENGTH) return null;
  const maxErrors = Math.floor(quote.length * FUZZY_ERROR_RATE);
  if (maxErrors === 0) return null;
  let best: { span: Span; total: number } | null = null;
  for (const m of search(text, quote, maxErrors)) {
    const context = contextScore(text, m.start, m.end, anchor);
    if (context < FUZZY_MIN_CONTEXT) continue;
    const similarity = 1 - m.errors / quote.length;
    const total = context + similarity + PROXIMITY_WEIGHT * proximity(m.start, anchor.start, text.length);
    if (!best || total > best.total) best = { span: { start: m.start, end: m.end }, total };
  }
  return best ? best.span : null;
}

/**
 * An anchor with no context at all (typed by hand, or from a tool that stores offsets and quote only): the stored
 * offsets are trusted if the quote is there, otherwise only an occurrence that is the one and only; never fuzzy.
 */
function placeWithoutContext(raw: string, norm: Normalised, anchor: TextAnchor): AnchorMatch | null {
  if (raw.slice(anchor.start, anchor.end).replace(LINE_BREAK, '\n') === anchor.quote) return { start: anchor.start, end: anchor.end, exact: true };
  const occurrences = exactOccurrences(norm.text, anchor.quote);
  if (occurrences.length !== 1) return null;
  return { start: norm.toRaw(occurrences[0]), end: norm.toRaw(occurrences[0] + anchor.quote.length), exact: true };
}

/**
 * Where `anchor` sits in `text` now, or null when its words cannot be found with confidence (an orphan).
 * 1. The stored offsets, if the quote is still there and its context agrees.
 * 2. Every exact occurrence of the quote, ranked by context agreement and then nearness to the stored offset,
 *    so the right one of two identical phrases is chosen; accepted only if context agrees (or the quote is long and unique),
 *    and refused when two occurrences agree about equally well and neither clearly (edits wrecked the evidence).
 * 3. A fuzzy match within FUZZY_ERROR_RATE edits (approx-string-match), accepted only if context agrees strongly;
 *    returned with `exact: false` so callers can flag that the words changed.
 * An anchor without prefix and suffix is placed only at its stored offsets or on the quote's single occurrence.
 * Line ends do not matter: CRLF, CR and LF compare equal, and offsets are returned in `text`'s own terms.
 * An anchor is never put on words chosen by chance: when in doubt the answer is null.
 */
export function rangeFromAnchor(text: string, anchor: TextAnchor): AnchorMatch | null {
  if (anchor.quote.length === 0) return null;
  const { start, end, quote } = anchor;
  if (text.slice(start, end) === quote && contextScore(text, start, end, anchor) >= STORED_POSITION_CONFIDENT) {
    return { start, end, exact: true };
  }
  const norm = normalise(text);
  const normAnchor: TextAnchor = {
    quote: quote.replace(LINE_BREAK, '\n'),
    prefix: anchor.prefix.replace(LINE_BREAK, '\n'),
    suffix: anchor.suffix.replace(LINE_BREAK, '\n'),
    start,
    end,
  };
  if (normAnchor.prefix === '' && normAnchor.suffix === '') return placeWithoutContext(text, norm, normAnchor);
  const exact = findExact(norm.text, normAnchor);
  if (exact) return { start: norm.toRaw(exact.start), end: norm.toRaw(exact.end), exact: true };
  const fuzzy = findFuzzy(norm.text, normAnchor);
  if (fuzzy) return { start: norm.toRaw(fuzzy.start), end: norm.toRaw(fuzzy.end), exact: false };
  return null;
}
