// Drops accents and other combining marks, so "Déby" and "Deby", "María" and "Maria" compare equal.

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `s` without combining marks; ASCII text is returned as it is, without the cost of normalising it. */
export function foldAccents(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(COMBINING_MARKS, '') : s;
}
