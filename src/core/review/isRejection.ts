// How an accept/reject decision on a colleague's annotation is written into my own sidecar, with existing sidecar fields only.

/**
 * A rejected colleague annotation is kept in my sidecar as a resolved `note` carrying this tag,
 * with a reply saying who rejected it and when. Using a tag (not a new sidecar key) means every
 * sidecar reader and the merge driver keep the decision without knowing about it.
 */
export const REJECTED_TAG = 'rejected';

/** Whether this annotation in my sidecar records that I rejected a colleague's annotation. */
export function isRejection(annotation: { tags: readonly string[]; kind: string }): boolean {
  return annotation.kind === 'note' && annotation.tags.includes(REJECTED_TAG);
}
