// Moves hedges ("about", "more than", "up to") out of figure spans, so a gold set that leaves them out can be scored fairly.

import type { Entity } from '../model';

/**
 * Hedge words and phrases that may open a figure. Newsmark keeps them in the span, since they change the claim
 * ("more than 250"); annotation guides differ, and this lets the evaluation follow the one a gold set used.
 */
const HEDGE = /^(?:about|around|some|roughly|approximately|nearly|almost|more than|less than|fewer than|over|under|at least|at most|up to|as many as|as much as|as few as|just over|just under|close to|an estimated|estimated|a further|another|only|just|exactly|all|minus)\s+/i;

/** The entities with any opening hedge taken out of FIGURE spans (offsets and text together); others are unchanged. */
export function stripHedges<T extends Pick<Entity, 'start' | 'end' | 'type' | 'text'>>(entities: readonly T[]): T[] {
  return entities.map((e) => {
    if (e.type !== 'FIGURE') return e;
    const m = HEDGE.exec(e.text);
    if (!m || m[0].length >= e.text.length) return e;
    return { ...e, start: e.start + m[0].length, text: e.text.slice(m[0].length) };
  });
}
