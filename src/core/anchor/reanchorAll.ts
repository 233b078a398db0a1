// Places every annotation of an article on its current text, separating the ones whose words are gone.
import type { Annotation } from '../model';
import { rangeFromAnchor } from './rangeFromAnchor';

export interface AnchoredAnnotation {
  annotation: Annotation;
  start: number;
  end: number;
  /** False when the words at [start, end) differ from `annotation.anchor.quote`, line ends aside (a fuzzy match the reviewer should see). */
  exact: boolean;
}

export interface ReanchorResult {
  /** In document order. */
  anchored: AnchoredAnnotation[];
  /** Annotations whose words could not be found; kept whole, with their stored anchor, in input order. */
  orphans: Annotation[];
}

/**
 * Runs rangeFromAnchor for each annotation. Nothing is dropped: every input annotation comes back exactly once,
 * either anchored or as an orphan. Annotations are returned as given (not copied or changed); callers that want
 * to refresh stored anchors use anchorFromRange on the returned spans.
 */
export function reanchorAll(text: string, annotations: readonly Annotation[]): ReanchorResult {
  const anchored: AnchoredAnnotation[] = [];
  const orphans: Annotation[] = [];
  for (const annotation of annotations) {
    const match = rangeFromAnchor(text, annotation.anchor);
    if (match) anchored.push({ annotation, start: match.start, end: match.end, exact: match.exact });
    else orphans.push(annotation);
  }
  anchored.sort((a, b) => a.start - b.start || a.end - b.end);
  return { anchored, orphans };
}
