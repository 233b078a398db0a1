// Makes short random annotation ids that are stable once written and readable in a sidecar diff.
/** Prefix that marks a Newsmark annotation id ("n" for note) and keeps it from looking like a number to YAML. */
export const ANNOTATION_ID_PREFIX = 'n-';
/** Hex digits after the prefix: 32 bits, so two reviewers' ids collide about once in four billion pairs. */
export const ANNOTATION_ID_HEX_DIGITS = 8;
/** Attempts before giving up on finding an id not in use, which only a broken random source could exhaust. */
const MAX_ATTEMPTS = 1000;
const HEX_RADIX = 16;

/**
 * A new id such as `n-7f3a9c2e`. `random` returns numbers in [0, 1) (Math.random by default; tests pass a seeded one);
 * core uses no crypto so this runs anywhere. `taken` says whether an id is already used, to retry on a collision.
 * Throws only if `random` keeps producing taken ids, which means the random source is broken.
 */
export function newAnnotationId(random: () => number = Math.random, taken: (id: string) => boolean = () => false): string {
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let hex = '';
    for (let i = 0; i < ANNOTATION_ID_HEX_DIGITS; i++) hex += Math.floor(random() * HEX_RADIX).toString(HEX_RADIX);
    const id = ANNOTATION_ID_PREFIX + hex;
    if (!taken(id)) return id;
  }
  throw new Error(`newAnnotationId: no unused id after ${MAX_ATTEMPTS} attempts; the random source is not random`);
}
