// Finds the sentence an offset sits in, for hover cards and fact-check sheets.
import type { Span } from '../model';

/** Cards quote at most this much of a sentence on each side of the entity. */
export const MAX_SENTENCE_CONTEXT = 240;

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'sgt', 'capt', 'maj', 'gov', 'sen', 'rep', 'st', 'mt', 'ft',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'corp',
  'ltd', 'co', 'jr', 'sr', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'approx', 'est',
]);

function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === '\n') return text[i + 1] === '\n' || text[i + 1] === '\r' || text[i - 1] === '\n';
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && !/[\s"'”’)]/.test(next)) return false;
  if (c === '.') {
    const m = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i));
    if (m) {
      const word = m[1].toLowerCase();
      if (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word)) return false;
    }
  }
  return true;
}

/** The trimmed sentence containing `span`, clipped to a readable length. */
export function sentenceAround(text: string, span: Span): Span {
  let start = span.start;
  const floor = Math.max(0, span.start - MAX_SENTENCE_CONTEXT);
  while (start > floor && !isBoundary(text, start - 1)) start--;
  let end = span.end;
  const ceiling = Math.min(text.length, span.end + MAX_SENTENCE_CONTEXT);
  while (end < ceiling && !isBoundary(text, end)) end++;
  if (end < text.length && /[.!?]/.test(text[end])) end++;
  // The previous sentence's closing quote or bracket belongs to it, not to this one.
  while (start < span.start && (/[\s”’)\]]/.test(text[start]) || ((text[start] === '"' || text[start] === "'") && /\s/.test(text[start + 1] ?? '')))) start++;
  while (end > span.end && /\s/.test(text[end - 1])) end--;
  return { start, end };
}
