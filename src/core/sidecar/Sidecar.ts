// The shapes of a parsed sidecar file and of the answers parseSidecar gives, shared by core, CLI and editor.
import type { Document } from 'yaml';
import type { Annotation } from '../model';

/** The sidecar format version this code reads and writes. */
export const SIDECAR_VERSION = 1;

/** Sidecars larger than this (in UTF-16 code units, about bytes for Latin text) are refused: a review is never this big, a mistake or an attack is. */
export const MAX_SIDECAR_CHARS = 20 * 1024 * 1024;

/** YAML aliases allowed when resolving the document; a few are harmless, thousands are an expansion ("billion laughs") attack. */
export const MAX_ALIAS_COUNT = 100;

/** Suffix of a sidecar's file name beside `NAME.txt`. */
export const SIDECAR_SUFFIX = '.annotations.yaml';

/**
 * The content of `NAME.annotations.yaml`.
 * `textHash` is `sha256:<hex>` of the article text (LF-normalised) the anchors were last saved against.
 * Anchor offsets are UTF-16 offsets into the text as it was then, line ends untouched.
 */
export interface Sidecar {
  version: number;
  /** The article's file name, relative to the sidecar. Empty when the file did not say. */
  article: string;
  textHash?: string;
  /** In document order. */
  annotations: Annotation[];
}

/** Where and why a sidecar was refused; line and column are 1-based. */
export interface SidecarError {
  message: string;
  line: number;
  column: number;
}

export type SidecarParseResult =
  | {
      ok: true;
      sidecar: Sidecar;
      /** The parsed YAML document; hand it back to serializeSidecar so comments and unknown fields survive. */
      doc: Document;
      /**
       * True when the file was written by a newer Newsmark (version > SIDECAR_VERSION):
       * it is shown but must not be rewritten, because fields this version does not know could change meaning.
       */
      readOnly: boolean;
      /** Human-readable notes (newer version, YAML warnings); empty when all is well. */
      warnings: string[];
    }
  | { ok: false; error: SidecarError };
