// Remembers the exact text a parsed sidecar document came from, so an unchanged rewrite can give it back byte for byte.
import type { Document } from 'yaml';

const sources = new WeakMap<Document, string>();

/** Records `text` as the source of `doc` (parseSidecar does this). */
export function rememberSource(doc: Document, text: string): void {
  sources.set(doc, text);
}

/** The text `doc` was parsed from, or null when it was built in memory. */
export function sourceText(doc: Document): string | null {
  return sources.get(doc) ?? null;
}
