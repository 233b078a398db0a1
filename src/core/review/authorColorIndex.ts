// Gives each reviewer a stable colour slot, so the same colleague always looks the same in every review.

/** How many reviewer colours the extension contributes (`newsmark.reviewer1` … `newsmark.reviewerN`). */
export const REVIEWER_PALETTE_SIZE = 6;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * A slot in [0, size) from the author's name, case and surrounding space ignored. FNV-1a rather than
 * the position in a list: the slot must not change when another colleague's file is opened.
 */
export function authorColorIndex(author: string, size = REVIEWER_PALETTE_SIZE): number {
  let hash = FNV_OFFSET;
  for (const ch of author.trim().toLocaleLowerCase('en')) {
    hash ^= ch.codePointAt(0)!;
    hash = Math.imul(hash, FNV_PRIME) >>> 0;
  }
  return hash % size;
}
