// Fingerprints an article's text so a sidecar can tell whether its anchors were saved against this exact text.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** Prefix naming the algorithm, so a later sidecar version can change it without ambiguity. */
export const TEXT_HASH_PREFIX = 'sha256:';

/**
 * `sha256:<hex>` of the text's UTF-8 bytes after CRLF and lone CR are turned into LF.
 * Normalising line ends keeps the hash stable when Git or an editor converts them,
 * which changes no word a reviewer anchored on.
 * Uses @noble/hashes (audited, pure JS) because core cannot reach node:crypto or WebCrypto synchronously.
 */
export function textHash(text: string): string {
  const normalised = text.replace(/\r\n?/g, '\n');
  return TEXT_HASH_PREFIX + bytesToHex(sha256(utf8ToBytes(normalised)));
}
