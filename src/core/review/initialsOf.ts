// Short initials for a reviewer's name, shown beside a colleague's annotations so authors are told apart at a glance.

/** Shown when a name has no letters or digits at all. */
const UNKNOWN_INITIALS = '?';
const NAME_PARTS = /[\s._\-]+/u;
const FIRST_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * "Claire Dubois" and "claire.dubois@desk.example" → "CD"; "ngozi" → "NG"; "" → "?".
 * Only the part before an e-mail "@" counts, since handles are often addresses.
 */
export function initialsOf(author: string): string {
  const local = author.split('@')[0];
  const parts = local.split(NAME_PARTS).filter((p) => FIRST_CHARACTER.test(p));
  if (parts.length === 0) return UNKNOWN_INITIALS;
  const first = (s: string): string => [...s].find((c) => FIRST_CHARACTER.test(c)) ?? '';
  if (parts.length === 1) {
    const letters = [...parts[0]].filter((c) => FIRST_CHARACTER.test(c));
    return letters.slice(0, 2).join('').toLocaleUpperCase('en');
  }
  return (first(parts[0]) + first(parts[parts.length - 1])).toLocaleUpperCase('en');
}
