// Finds the figures and annotated claims not yet verified, for `newsmark check --require verified`.
import type { Analysis } from '../model';
import type { AnchoredAnnotation } from './anchoredAnnotation';
import { factCheckItems, type FactCheckItem } from './factCheckItems';

/**
 * The fact-check items (see factCheckItems) whose status is anything but `verified`, in the order
 * a fact-check sheet lists them: figures by position, then claims. Empty when the article may go.
 */
export function unverifiedClaims(analysis: Analysis, annotations: readonly AnchoredAnnotation[]): FactCheckItem[] {
  return factCheckItems(analysis, annotations).filter((item) => item.status !== 'verified');
}
