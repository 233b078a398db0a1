// The shape review code works on: an annotation placed on the current text (as reanchorAll and the editor produce it).
import type { Annotation } from '../model';

export interface AnchoredAnnotation {
  annotation: Annotation;
  /** UTF-16 offsets where the words are now. */
  start: number;
  end: number;
  /** True when the words were not found; start/end are then the stored, stale offsets. */
  orphaned?: boolean;
}

/** An anchored annotation from a producer that always says whether it is orphaned (the editor's store, the CLI, exports). */
export interface PlacedAnnotation extends AnchoredAnnotation {
  orphaned: boolean;
}
