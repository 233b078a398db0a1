// Cohen's kappa: how far two reviewers agree on categories beyond what chance alone would give.

/** Below this distance from 1, chance agreement counts as total (floating-point sums of fractions are inexact). */
const CERTAIN_EPSILON = 1e-12;

/**
 * Kappa for paired labels `[mine, theirs]`: (pₒ − pₑ) / (1 − pₑ), with pₒ the observed agreement
 * and pₑ the agreement expected from each side's label frequencies. Returns NaN when it is
 * undefined (no pairs, or both sides used one and the same label throughout, pₑ = 1): a number
 * either way, so callers format it after a `Number.isFinite` check, and JSON writes it as null.
 */
export function cohensKappa(pairs: ReadonlyArray<readonly [string, string]>): number {
  const n = pairs.length;
  if (n === 0) return Number.NaN;
  const mineCounts = new Map<string, number>();
  const theirCounts = new Map<string, number>();
  let agreed = 0;
  for (const [a, b] of pairs) {
    if (a === b) agreed++;
    mineCounts.set(a, (mineCounts.get(a) ?? 0) + 1);
    theirCounts.set(b, (theirCounts.get(b) ?? 0) + 1);
  }
  const observed = agreed / n;
  let expected = 0;
  for (const [label, count] of mineCounts) expected += (count / n) * ((theirCounts.get(label) ?? 0) / n);
  if (1 - expected < CERTAIN_EPSILON) return Number.NaN;
  return (observed - expected) / (1 - expected);
}
