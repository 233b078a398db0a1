// Records in my sidecar that I rejected a colleague's annotation, so the decision travels with the article.
import type { Annotation } from '../model';
import { REJECTED_TAG } from './isRejection';

function proposal(a: Annotation): string {
  if (a.kind === 'entity') return a.entityType ? `${a.entityType} entity` : 'entity';
  if (a.kind === 'not-entity') return 'not-an-entity correction';
  if (a.kind === 'alias') return a.aliasOf ? `alias of ${a.aliasOf}` : 'alias';
  return 'note';
}

/**
 * The decision as an annotation for my sidecar: same id and anchor as theirs (so a later comparison
 * pairs them), turned into a resolved `note` tagged `rejected` so it can never retype or remove an
 * entity in my view, with a reply by `rejectedBy` at `now` saying what was rejected. The original
 * author, note and replies are kept so nothing of theirs is lost.
 */
export function rejectAnnotation(theirs: Annotation, rejectedBy: string, now: string): Annotation {
  const { entityType: _entityType, aliasOf: _aliasOf, acceptedBy: _acceptedBy, ...rest } = theirs;
  return {
    ...rest,
    kind: 'note',
    anchor: { ...theirs.anchor },
    tags: theirs.tags.includes(REJECTED_TAG) ? [...theirs.tags] : [...theirs.tags, REJECTED_TAG],
    resolved: true,
    modified: now,
    replies: [...theirs.replies.map((r) => ({ ...r })), { author: rejectedBy, created: now, text: `Rejected ${theirs.author}'s ${proposal(theirs)}.` }],
  };
}
