// The one input every exporter takes: an article, what the engine found in it, and reviewers' annotations placed on it.
import type { Analysis } from '../model';
import type { PlacedAnnotation } from '../review/anchoredAnnotation';

/** An annotation after re-anchoring: where its words are now in `ExportInput.text`, or `orphaned` when they could not be found. */
export type ExportAnnotation = PlacedAnnotation;

export interface ExportInput {
  /** File name shown in reports and used to build identifiers ("brussels-summit.txt"). */
  articleName: string;
  text: string;
  /**
   * The entities to export. Callers that want reviewers' corrections reflected
   * (retyped, removed or added entities) pass an analysis with them already applied.
   */
  analysis: Analysis;
  annotations: ExportAnnotation[];
  /** The sidecar's fingerprint of the text, when known (JSON export carries it). */
  textHash?: string;
  /** An IRI for the article (e.g. its file:// URL); W3C export invents a `urn:` one otherwise. */
  articleUri?: string;
}
