// Copies a colleague's annotation into my sidecar, keeping its author and recording who accepted it.
import type { Annotation } from '../model';

/**
 * A deep copy of `theirs` with `acceptedBy` set and `modified` = `now` (ISO 8601).
 * The id, author, creation time, status, note, tags and replies are kept, so the copy
 * still says whose judgement it is and matches theirs in later comparisons.
 */
export function acceptAnnotation(theirs: Annotation, acceptedBy: string, now: string): Annotation {
  return {
    ...theirs,
    anchor: { ...theirs.anchor },
    tags: [...theirs.tags],
    replies: theirs.replies.map((r) => ({ ...r })),
    acceptedBy,
    modified: now,
  };
}
