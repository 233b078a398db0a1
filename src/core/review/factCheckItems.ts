// Lists what a fact-checker must clear in an article: every figure, and every claim a reviewer annotated.
import type { Analysis, Annotation, Entity, ReviewStatus } from '../model';
import type { AnchoredAnnotation } from './anchoredAnnotation';
import { isRejection } from './isRejection';

/** What a figure is until a reviewer says otherwise. */
export const DEFAULT_FIGURE_STATUS: ReviewStatus = 'unverified';

export type FactCheckItem =
  | { kind: 'figure'; entity: Entity; status: ReviewStatus; annotations: AnchoredAnnotation[] }
  | { kind: 'claim'; annotation: AnchoredAnnotation; status: ReviewStatus };

/** An annotation is about a figure when it starts on it ("€1.3 billion." or "12%"); one merely containing a figure is a claim of its own. */
function startsOn(a: AnchoredAnnotation, figure: Entity): boolean {
  return !a.orphaned && figure.start <= a.start && a.start < figure.end;
}

/** The latest review wins when several annotations sit on one figure. */
function latest(annotations: AnchoredAnnotation[]): Annotation | undefined {
  return annotations.map((x) => x.annotation).sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0))[0];
}

/**
 * Figures in document order, each with the annotations starting on it and the status of the latest
 * one (else `unverified`); then every `note` annotation not on a figure, orphans included. Entity
 * corrections (entity, not-entity, alias) are not claims, and rejections of a colleague's
 * annotation are decisions, not claims: both are left out.
 */
export function factCheckItems(analysis: Analysis, annotations: readonly AnchoredAnnotation[]): FactCheckItem[] {
  const live = annotations.filter((x) => !isRejection(x.annotation));
  const onFigure = new Set<AnchoredAnnotation>();
  const items: FactCheckItem[] = [];
  for (const entity of analysis.entities) {
    if (entity.type !== 'FIGURE') continue;
    const on = live.filter((x) => startsOn(x, entity));
    on.forEach((x) => onFigure.add(x));
    items.push({ kind: 'figure', entity, status: latest(on)?.status ?? DEFAULT_FIGURE_STATUS, annotations: on });
  }
  for (const x of live) {
    if (onFigure.has(x) || x.annotation.kind !== 'note') continue;
    items.push({ kind: 'claim', annotation: x, status: x.annotation.status });
  }
  return items;
}
