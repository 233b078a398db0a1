// Finds how the article itself describes a person, verbatim: a title before the name or an appositive after it.
import type { Span } from '../model';
import { wordSets } from '../gazetteer/wordSets';
import { EXTRA_ROLE_NOUNS, TITLE_HEADS, TITLE_WORDS } from './vocabulary';

/** How far around a name to look for its description, in UTF-16 units. */
const WINDOW = 160;
/** Longest appositive taken as a role; longer clauses are usually not descriptions. */
const MAX_ROLE_WORDS = 12;
/** The role noun of an appositive must come within this many words ("a senior observer with …"). */
const MAX_WORDS_BEFORE_ROLE_NOUN = 4;
const ARTICLES = /^(?:a|an|the)\s+/i;
const STOP_BEFORE = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your', 'the', 'a', 'an', 'and', 'or', 'said', 'says', 'told', 'by', 'with', 'to', 'of', 'for', 'in', 'on', 'at', 'from', 'that', 'as', 'when', 'while', 'but']);
const MODIFIERS = new Set(['deputy', 'vice', 'former', 'acting', 'interim', 'senior', 'chief', 'assistant', 'top', 'regional', 'local', 'national', 'general', 'executive', 'associate', 'ex', 'outgoing', 'incoming', 'lead', 'veteran', 'retired', 'opposition', 'foreign', 'defence', 'defense', 'interior', 'finance', 'state', 'press', 'military', 'police', 'government', 'party', 'army', 'presidential', 'prime', 'economy', 'health', 'justice', 'trade', 'energy', 'education', 'security']);

function isRoleWord(w: string): boolean {
  const lw = w.toLowerCase().replace(/\.$/, '');
  const roles = wordSets().roleNouns;
  const known = (w: string) => roles.has(w) || EXTRA_ROLE_NOUNS.has(w) || TITLE_HEADS.has(w);
  return known(lw) || (lw.endsWith('s') && known(lw.slice(0, -1)));
}

/** The role of the person named at `name` in `text`, or `null` when the article gives none nearby. */
export function findRole(text: string, name: Span, title?: Span): string | null {
  // Cheap checks first: a description before needs a word right before the name (or a title); one after needs a comma.
  const at = title ? title.start : name.start;
  const wordBefore = at > 1 && /[\p{L}\p{N}.'’]\s$|[\p{L}\p{N}.],\s$/u.test(text.slice(Math.max(0, at - 3), at));
  if (title || wordBefore) {
    const before = roleBefore(text, title ? title.end : name.start, title ?? null);
    if (before) return before;
  }
  return text.charCodeAt(name.end) === COMMA ? roleAfter(text, name.end) : null;
}

const COMMA = 44;

/** "Élysée spokeswoman Claire Dubois", "Ryanair CEO, Michael O'Leary", "Foreign Minister Anna Lindqvist". */
function roleBefore(text: string, at: number, title: Span | null): string | null {
  const from = Math.max(0, (title ? title.start : at) - WINDOW);
  const prefix = text.slice(from, title ? title.start : at);
  // Walk words backwards while they describe: role nouns, modifiers, capitalised organisation or place names.
  const words = [...prefix.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.&-]*/gu)];
  let startIdx = -1;
  let sawRole = !!title;
  let gapOk = true;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k];
    const wEnd = (w.index ?? 0) + w[0].length;
    const nextStart = k === words.length - 1 ? prefix.length : words[k + 1].index ?? 0;
    const gap = prefix.slice(wEnd, nextStart);
    // Only spaces between description words; a comma is allowed right before the name ("CEO, Michael O'Leary").
    gapOk = /^\s$/.test(gap) || (k === words.length - 1 && !title && /^,\s$/.test(gap)) || (k === words.length - 1 && title !== null && gap === ' ');
    if (!gapOk) break;
    const lw = w[0].toLowerCase().replace(/[’']s$/, '');
    if (STOP_BEFORE.has(lw)) break;
    // A full stop after a word (not an abbreviation like "U.S.") ends the previous sentence.
    if (w[0].endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w[0])) break;
    const cap = /^\p{Lu}/u.test(w[0]);
    if (isRoleWord(w[0]) || TITLE_WORDS.has(lw)) {
      sawRole = sawRole || isRoleWord(w[0]);
      startIdx = k;
      continue;
    }
    if (MODIFIERS.has(lw) || (cap && sawRole)) {
      startIdx = k;
      continue;
    }
    break;
  }
  if (!sawRole) return null;
  if (title && startIdx < 0) return text.slice(title.start, title.end);
  if (startIdx < 0) return null;
  const startOff = from + (words[startIdx].index ?? 0);
  const endOff = title ? title.end : from + (words[words.length - 1].index ?? 0) + words[words.length - 1][0].length;
  const role = text.slice(startOff, endOff).trim();
  return role || null;
}

/** "Mykola Tkachuk, mayor of the besieged city, said …" → "mayor of the besieged city". */
function roleAfter(text: string, at: number): string | null {
  const tail = text.slice(at, at + WINDOW);
  const m = /^,\s+(?:\d{1,3},\s+)?([^,.;:!?()\n—–"“”]+)/u.exec(tail);
  if (!m) return null;
  let phrase = m[1].replace(/\s+(?:said|says|told|added|who|which|has|have|had|is|was|will|would)\b.*$/u, '').trim();
  phrase = phrase.replace(ARTICLES, '');
  const words = phrase.split(/\s+/);
  if (!phrase || words.length > MAX_ROLE_WORDS) return null;
  const roleAt = words.findIndex((w) => isRoleWord(w));
  if (roleAt < 0 || roleAt >= MAX_WORDS_BEFORE_ROLE_NOUN) return null;
  // The words before the role noun must be modifiers, not a verb phrase ("announced the chairman").
  if (words.slice(0, roleAt).some((w) => /^(?:is|was|has|had|said|announced|named)$/i.test(w))) return null;
  // Keep the phrase exactly as written: find it again in the text.
  const start = at + tail.indexOf(phrase);
  return text.slice(start, start + phrase.length);
}
