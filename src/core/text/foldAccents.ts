// Drops accents and other combining marks, so "Déby" and "Deby", "María" and "Maria", "Łódź" and "Lodz" compare equal.

const NON_ASCII = /[^\x00-\x7f]/;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Letters with a stroke or ligatures that Unicode does not decompose, as English copy writes them without it. */
const UNDECOMPOSED: Record<string, string> = {
  ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ı: 'i', ß: 'ss', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', þ: 'th', Þ: 'Th', ð: 'd', Ð: 'D', ħ: 'h', Ħ: 'H',
};
/** The keys of UNDECOMPOSED as one pattern, so a string is scanned once. */
const UNDECOMPOSED_LETTERS = /[łŁđĐøØıßæÆœŒþÞðÐħĦ]/g;

/**
 * `s` without combining marks and with stroked letters and ligatures spelled out ("ß" → "ss", so the result may be
 * longer: use it as a key, never for offsets). ASCII text is returned as it is, without the cost of normalising it.
 */
export function foldAccents(s: string): string {
  return NON_ASCII.test(s) ? s.normalize('NFD').replace(COMBINING_MARKS, '').replace(UNDECOMPOSED_LETTERS, (c) => UNDECOMPOSED[c]) : s;
}
