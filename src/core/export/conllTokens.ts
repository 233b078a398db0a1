// Splits an article into sentences of word tokens whose boundaries never cut through an entity mention.
import type { Span } from '../model';
import { sentenceSpans } from './sentenceSpans';

export interface ConllToken extends Span {
  text: string;
}

const ALL_SPACE = /^\s+$/u;

/**
 * Tokens by sentence, using the platform's Unicode word segmenter (so "40,000", "U.S" and
 * "Orbán's" stay whole and punctuation stands alone), then cut again at every entity start
 * and end so each token is wholly inside or outside a mention. Whitespace is never a token.
 */
export function conllTokens(text: string, entities: readonly Span[]): ConllToken[][] {
  const words = new Intl.Segmenter('en', { granularity: 'word' });
  const cuts = new Set<number>();
  for (const e of entities) {
    cuts.add(e.start);
    cuts.add(e.end);
  }
  const sentences: ConllToken[][] = [];
  for (const sentence of sentenceSpans(text, entities)) {
    const tokens: ConllToken[] = [];
    for (const seg of words.segment(text.slice(sentence.start, sentence.end))) {
      if (ALL_SPACE.test(seg.segment)) continue;
      const start = sentence.start + seg.index;
      const end = start + seg.segment.length;
      let from = start;
      for (let i = start + 1; i < end; i++) {
        if (cuts.has(i)) {
          tokens.push({ start: from, end: i, text: text.slice(from, i) });
          from = i;
        }
      }
      tokens.push({ start: from, end, text: text.slice(from, end) });
    }
    if (tokens.length > 0) sentences.push(tokens);
  }
  return sentences;
}
