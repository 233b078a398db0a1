// Builds anchored annotations on invented wire copy for review tests.
import type { Annotation } from '../../../src/core/model';
import type { AnchoredAnnotation } from '../../../src/core/review/anchoredAnnotation';

export const SUMMIT_TEXT =
  'Prime Minister Keir Starmer met Ursula von der Leyen in Brussels on Monday, Downing Street said.\nThe EU pledged €2 billion for border controls.';

let counter = 0;

export function on(text: string, quote: string, fields: Partial<Annotation> = {}, occurrence = 0): AnchoredAnnotation {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(quote, start + 1);
    if (start < 0) throw new Error(`Fixture quote not found: ${quote}`);
  }
  const end = start + quote.length;
  const annotation: Annotation = {
    id: `r${++counter}`,
    anchor: { start, end, quote, prefix: text.slice(Math.max(0, start - 20), start), suffix: text.slice(end, end + 20) },
    kind: 'note',
    status: 'unverified',
    tags: [],
    author: 'priya.nair',
    created: '2026-05-04T08:00:00Z',
    modified: '2026-05-04T08:00:00Z',
    replies: [],
    ...fields,
  };
  return { annotation, start, end, orphaned: false };
}

export function entity(text: string, quote: string, entityType: Annotation['entityType'], fields: Partial<Annotation> = {}): AnchoredAnnotation {
  return on(text, quote, { kind: 'entity', entityType, ...fields });
}
