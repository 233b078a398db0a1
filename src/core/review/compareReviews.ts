// Compares my annotations of an article with a colleague's: what only one of us marked, where we agree, where we differ.
import type { Annotation } from '../model';
import type { AnchoredAnnotation } from './anchoredAnnotation';
import { cohensKappa } from './cohensKappa';
import { isRejection } from './isRejection';

/** The fields whose difference makes two annotations on the same words a conflict. */
export const COMPARED_FIELDS = ['kind', 'entityType', 'aliasOf', 'status'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];
/** Kappa's category for a span a side did not give an entity type. */
export const NO_TYPE = 'NONE';

export interface ReviewPair<M, T> {
  mine: M;
  theirs: T;
}

export interface ReviewConflict<M, T> extends ReviewPair<M, T> {
  fields: ComparedField[];
}

export interface ReviewComparison<M extends AnchoredAnnotation = AnchoredAnnotation, T extends AnchoredAnnotation = AnchoredAnnotation> {
  onlyMine: M[];
  onlyTheirs: T[];
  agreed: Array<ReviewPair<M, T>>;
  conflicts: Array<ReviewConflict<M, T>>;
  /** Their annotations I already rejected (my sidecar holds the rejection under the same id). */
  rejected: Array<ReviewPair<M, T>>;
  /** Annotations: agreed pairs ÷ (all pairs + unpaired on either side), 0–1; 1 when neither side annotated anything. */
  percentAgreement: number;
  /** Cohen's kappa over entity types, one unit per span in the union of both sides' spans (NONE where a side gave no type); NaN when undefined. */
  cohensKappa: number;
}

const WHITESPACE_RUN = /\s+/g;

function sameQuote(a: Annotation, b: Annotation): boolean {
  return a.anchor.quote.replace(WHITESPACE_RUN, ' ').trim() === b.anchor.quote.replace(WHITESPACE_RUN, ' ').trim();
}

function overlaps(a: AnchoredAnnotation, b: AnchoredAnnotation): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Ways two annotations can be "on the same words", tried in this order so the surest pairing wins. */
const MATCHERS: Array<(m: AnchoredAnnotation, t: AnchoredAnnotation) => boolean> = [
  // The same id: an accepted copy, a rejection, or the same annotation in both histories.
  (m, t) => m.annotation.id === t.annotation.id,
  (m, t) => !m.orphaned && !t.orphaned && m.start === t.start && m.end === t.end,
  (m, t) => sameQuote(m.annotation, t.annotation) && ((!m.orphaned && !t.orphaned && overlaps(m, t)) || (!!m.orphaned && !!t.orphaned)),
];

function typeCategory(a: Annotation): string {
  return a.kind === 'entity' && a.entityType ? a.entityType : NO_TYPE;
}

/** Where an annotation sits, for counting spans once: its offsets, or its words when orphaned. */
function spanKey(x: AnchoredAnnotation): string {
  return x.orphaned ? `quote:${x.annotation.anchor.quote.replace(WHITESPACE_RUN, ' ').trim()}` : `${x.start}:${x.end}`;
}

/**
 * Each side's entity type per span, for kappa: one unit per span however many annotations sit on it
 * (a note beside a type on the same words does not count twice), NONE where a side gave no type.
 */
class SpanTypes {
  private readonly units = new Map<string, { mine: string; theirs: string }>();

  add(key: string, side: 'mine' | 'theirs', category: string): void {
    const unit = this.units.get(key) ?? { mine: NO_TYPE, theirs: NO_TYPE };
    if (unit[side] === NO_TYPE) unit[side] = category;
    this.units.set(key, unit);
  }

  pairs(): Array<[string, string]> {
    return [...this.units.values()].map((u) => [u.mine, u.theirs]);
  }
}

function differingFields(a: Annotation, b: Annotation): ComparedField[] {
  return COMPARED_FIELDS.filter((f) => (a[f] ?? null) !== (b[f] ?? null));
}

/**
 * Pairs annotations on the same words (same id, else same span after re-anchoring, else same quote
 * and overlapping spans; among candidates one of the same kind is preferred, so a note and an entity
 * correction on the same words pair with their own kind). A pair whose kind, entity type, alias
 * target or status differs is a conflict; one where my side is the rejection of theirs is `rejected`.
 * Inputs are not changed; the outputs hold the very objects passed in.
 */
export function compareReviews<M extends AnchoredAnnotation, T extends AnchoredAnnotation>(mine: readonly M[], theirs: readonly T[]): ReviewComparison<M, T> {
  const partnerOfTheirs = new Map<T, M>();
  const pairedMine = new Set<M>();
  for (const matches of MATCHERS) {
    for (const t of theirs) {
      if (partnerOfTheirs.has(t)) continue;
      const candidates = mine.filter((m) => !pairedMine.has(m) && matches(m, t));
      const chosen = candidates.find((m) => m.annotation.kind === t.annotation.kind) ?? candidates[0];
      if (chosen) {
        partnerOfTheirs.set(t, chosen);
        pairedMine.add(chosen);
      }
    }
  }

  const result: ReviewComparison<M, T> = { onlyMine: [], onlyTheirs: [], agreed: [], conflicts: [], rejected: [], percentAgreement: 1, cohensKappa: Number.NaN };
  const spans = new SpanTypes();
  for (const t of theirs) {
    const m = partnerOfTheirs.get(t);
    if (!m) {
      result.onlyTheirs.push(t);
      spans.add(spanKey(t), 'theirs', typeCategory(t.annotation));
      continue;
    }
    // A pair is one span even when its two sides' offsets differ slightly (matched by quote).
    spans.add(spanKey(m), 'mine', typeCategory(m.annotation));
    spans.add(spanKey(m), 'theirs', typeCategory(t.annotation));
    if (isRejection(m.annotation) && !isRejection(t.annotation) && m.annotation.id === t.annotation.id) {
      result.rejected.push({ mine: m, theirs: t });
      continue;
    }
    const fields = differingFields(m.annotation, t.annotation);
    if (fields.length > 0) result.conflicts.push({ mine: m, theirs: t, fields });
    else result.agreed.push({ mine: m, theirs: t });
  }
  for (const m of mine) {
    if (pairedMine.has(m)) continue;
    result.onlyMine.push(m);
    spans.add(spanKey(m), 'mine', typeCategory(m.annotation));
  }
  const compared = result.agreed.length + result.conflicts.length + result.rejected.length + result.onlyMine.length + result.onlyTheirs.length;
  result.percentAgreement = compared === 0 ? 1 : result.agreed.length / compared;
  result.cohensKappa = cohensKappa(spans.pairs());
  return result;
}
