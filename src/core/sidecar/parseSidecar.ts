// Reads a sidecar's YAML text into annotations, refusing broken, hostile or oversized files with a line and column.
import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { MAX_ALIAS_COUNT, MAX_SIDECAR_CHARS, SIDECAR_VERSION } from './Sidecar';
import { rememberSource } from './sourceText';
import type { SidecarError, SidecarParseResult } from './Sidecar';
import { validateSidecar } from './validateSidecar';
import type { DataPath } from './validateSidecar';

/** The start of the file, for errors that concern the whole file. */
const FILE_START = { line: 1, column: 1 };

/** The node for a path, or the deepest ancestor that exists, so an error about a missing key points at its parent. */
function nodeOffset(doc: Document, path: DataPath): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function at(lineCounter: LineCounter, offset: number, message: string): SidecarError {
  const pos = lineCounter.linePos(offset);
  return { message, line: pos.line, column: pos.col };
}

/**
 * Parses `NAME.annotations.yaml` text. Never throws.
 * Refuses (ok: false) YAML syntax errors, more than MAX_ALIAS_COUNT aliases, text over MAX_SIDECAR_CHARS,
 * and structurally invalid annotations (missing id/anchor/quote, unknown kind or status, duplicate ids),
 * each with the 1-based line and column of the offending node.
 * A sidecar from a newer Newsmark (version > SIDECAR_VERSION) whose annotations still read as version 1
 * is returned with `readOnly: true` and a warning; callers must not rewrite it.
 * An empty file (or one holding only comments) is an empty sidecar.
 */
export function parseSidecar(yamlText: string): SidecarParseResult {
  if (yamlText.length > MAX_SIDECAR_CHARS) {
    return {
      ok: false,
      error: { ...FILE_START, message: `sidecar is too large (${yamlText.length} characters; the limit is ${MAX_SIDECAR_CHARS})` },
    };
  }
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0];
    const offset = first.pos[0];
    // yaml's own messages can span several lines with a source excerpt; the first line says it.
    const message = first.message.split('\n')[0];
    return { ok: false, error: at(lineCounter, offset, `invalid YAML: ${message}`) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { ...FILE_START, message: `sidecar refused: ${reason} (more than ${MAX_ALIAS_COUNT} YAML aliases)` } };
  }
  const validation = validateSidecar(data);
  if (!validation.ok) {
    return { ok: false, error: at(lineCounter, nodeOffset(doc, validation.path), validation.message) };
  }
  const warnings = doc.warnings.map((w) => {
    const pos = lineCounter.linePos(w.pos[0]);
    return `${pos.line}:${pos.col}: ${w.message.split('\n')[0]}`;
  });
  const readOnly = validation.sidecar.version > SIDECAR_VERSION;
  if (readOnly) {
    warnings.unshift(
      `sidecar version ${validation.sidecar.version} was written by a newer Newsmark; this one reads version ${SIDECAR_VERSION} and will not rewrite it`,
    );
  }
  rememberSource(doc, yamlText);
  return { ok: true, sidecar: validation.sidecar, doc, readOnly, warnings };
}
