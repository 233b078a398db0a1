// Scores predicted entity spans against gold spans: exact-span (strict) and overlap (lenient) precision, recall and F1.

import type { Span } from '../model';

/** Precision, recall and F1, each in [0, 1]; with nothing predicted and nothing expected all three are 1. */
export interface PRF {
  p: number;
  r: number;
  f1: number;
  /** Matched predictions (for precision) and matched gold spans (for recall), so corpus totals can be summed. */
  tpPredicted: number;
  tpGold: number;
  predicted: number;
  gold: number;
}

export interface SpanScores {
  strict: PRF;
  lenient: PRF;
}

/** A span that may also carry a type; when both sides carry one, the types must agree to match. */
export interface TypedSpan extends Span {
  type?: string;
}

function sameType(a: TypedSpan, b: TypedSpan): boolean {
  return a.type === undefined || b.type === undefined || a.type === b.type;
}

function byStart(a: Span, b: Span): number {
  return a.start - b.start || a.end - b.end;
}

function validSpans<T extends Span>(spans: readonly T[], side: string): T[] {
  for (const s of spans) {
    if (!Number.isFinite(s.start) || !Number.isFinite(s.end) || s.end < s.start) {
      throw new Error(`scoreSpans: ${side} span {start: ${s.start}, end: ${s.end}} is not a valid half-open range`);
    }
  }
  return [...spans].sort(byStart);
}

/** Builds precision/recall/F1 from match counts; an empty side scores 1 so empty documents do not drag a mean down. */
export function prf(tpPredicted: number, predicted: number, tpGold: number, gold: number): PRF {
  const p = predicted === 0 ? (gold === 0 ? 1 : 0) : tpPredicted / predicted;
  const r = gold === 0 ? (predicted === 0 ? 1 : 0) : tpGold / gold;
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, tpPredicted, tpGold, predicted, gold };
}

/** Counts strict and lenient matches; both lists are sorted first, so the cost is O(n log n + matches). */
export function scoreSpans(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): SpanScores {
  const g = validSpans(gold, 'gold');
  const pr = validSpans(predicted, 'predicted');

  const exactKeys = new Map<string, TypedSpan[]>();
  for (const s of g) {
    const key = `${s.start}:${s.end}`;
    const list = exactKeys.get(key);
    if (list) list.push(s);
    else exactKeys.set(key, [s]);
  }
  // Strict: one-to-one, so a duplicated prediction cannot claim the same gold span twice.
  const usedGold = new Set<TypedSpan>();
  let strictTp = 0;
  for (const s of pr) {
    const candidates = exactKeys.get(`${s.start}:${s.end}`) ?? [];
    const hit = candidates.find((c) => !usedGold.has(c) && sameType(c, s));
    if (hit) {
      usedGold.add(hit);
      strictTp++;
    }
  }

  // Lenient: a prediction counts if it overlaps any gold span of the same type, and vice versa.
  const lenientPredicted = countOverlapping(pr, g);
  const lenientGold = countOverlapping(g, pr);

  return {
    strict: prf(strictTp, pr.length, strictTp, g.length),
    lenient: prf(lenientPredicted, pr.length, lenientGold, g.length),
  };
}

/** How many spans of `a` overlap at least one span of `b` (both sorted by start). */
function countOverlapping(a: TypedSpan[], b: TypedSpan[]): number {
  let count = 0;
  let lo = 0;
  for (const s of a) {
    // a is sorted by start, so a span of b ending at or before this start can never overlap a later one either.
    while (lo < b.length && b[lo].end <= s.start) lo++;
    for (let j = lo; j < b.length && b[j].start < s.end; j++) {
      if (b[j].end > s.start && sameType(b[j], s)) {
        count++;
        break;
      }
    }
  }
  return count;
}

/** Sums per-document counts into corpus-level (micro-averaged) scores. */
export function sumScores(all: readonly SpanScores[]): SpanScores {
  const add = (pick: (s: SpanScores) => PRF) => {
    let tpP = 0, n = 0, tpG = 0, m = 0;
    for (const s of all) {
      const x = pick(s);
      tpP += x.tpPredicted; n += x.predicted; tpG += x.tpGold; m += x.gold;
    }
    return prf(tpP, n, tpG, m);
  };
  return { strict: add((s) => s.strict), lenient: add((s) => s.lenient) };
}
