// Reduces a name to a consonant skeleton so transliteration variants (Gaddafi, Qaddafi, Kadhafi) share one key.

/** Letters that transliterations swap freely for one another, mapped to one representative. */
const SOUND_CLASSES: Record<string, string> = { q: 'k', c: 'k', g: 'k', x: 'k', z: 's', v: 'f', w: 'f', p: 'b', j: 'y' };
const VOWELS_AND_GLIDES = /[aeiouyh']/g;

/** Names repeat through an article and across re-analyses: remember recent keys (bounded so memory stays flat). */
const memo = new Map<string, string>();
const MEMO_LIMIT = 50_000;

/** The skeleton of `name`: accents folded, article particles dropped, vowels and h removed, sound classes merged, doubles collapsed. */
export function skeletonKey(name: string): string {
  let key = memo.get(name);
  if (key === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    key = computeSkeleton(name);
    memo.set(name, key);
  }
  return key;
}

function computeSkeleton(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\b(?:al|el|ad|ash|as|an|at|ar)[-\s]/g, '')
    .replace(/[^a-z' ]/g, ' ')
    .trim();
  // "ch"/"sh"/"tch" are one sound (Tkachuk, Tkatschuk); keep it apart from plain k and s.
  const mapped = folded.replace(/t?s?ch|sh/g, '9').replace(/[a-z]/g, (ch) => SOUND_CLASSES[ch] ?? ch);
  const squeezed = mapped.replace(/ph/g, 'f').replace(/kh/g, 'k');
  // The first sound stays, even a vowel or h: "Howard" and "Ford" must not share a key, "Gaddafi" and "Qaddafi" do.
  const head = squeezed.slice(0, 1);
  const rest = squeezed.slice(1).replace(VOWELS_AND_GLIDES, '');
  return (head + rest).replace(/(.)\1+/g, '$1').replace(/\s+/g, ' ');
}
