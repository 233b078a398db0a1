// Node file access for sidecars in the CLI: where a sidecar lives, reading it with one clear error, writing it atomically.
import * as fs from 'fs';
import * as path from 'path';
import { parseSidecar } from '../core/sidecar/parseSidecar';
import { SIDECAR_SUFFIX } from '../core/sidecar/Sidecar';
import type { SidecarError, SidecarParseResult } from '../core/sidecar/Sidecar';

const ARTICLE_EXTENSION = '.txt';

/** `dir/NAME.txt` → `dir/NAME.annotations.yaml`; other names get the suffix appended (as the editor does). */
export function sidecarPathFor(articlePath: string): string {
  const base = articlePath.endsWith(ARTICLE_EXTENSION) ? articlePath.slice(0, -ARTICLE_EXTENSION.length) : articlePath;
  return base + SIDECAR_SUFFIX;
}

/** `dir/NAME.annotations.yaml` → `dir/NAME.txt`; null when the path is not a sidecar's. */
export function articlePathForSidecar(sidecarPath: string): string | null {
  if (!sidecarPath.endsWith(SIDECAR_SUFFIX)) return null;
  return sidecarPath.slice(0, -SIDECAR_SUFFIX.length) + ARTICLE_EXTENSION;
}

export function isSidecarPath(p: string): boolean {
  return p.endsWith(SIDECAR_SUFFIX);
}

export type SidecarFileRead =
  | { state: 'missing'; path: string }
  /** Unreadable (I/O error, line 1 column 1) or refused by parseSidecar (its line and column). */
  | { state: 'broken'; path: string; error: SidecarError }
  | { state: 'ok'; path: string; text: string; parsed: Extract<SidecarParseResult, { ok: true }> };

/** Reads and parses a sidecar. Never throws: a missing file and a broken one are answers, not exceptions. */
export function readSidecarFile(sidecarPath: string): SidecarFileRead {
  let text: string;
  try {
    text = fs.readFileSync(sidecarPath, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { state: 'missing', path: sidecarPath };
    return { state: 'broken', path: sidecarPath, error: { message: `cannot read: ${(err as Error).message}`, line: 1, column: 1 } };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const parsed = parseSidecar(text);
  if (!parsed.ok) return { state: 'broken', path: sidecarPath, error: parsed.error };
  return { state: 'ok', path: sidecarPath, text, parsed };
}

/** The one-line error for a broken sidecar: `FILE:LINE:COL: message`. */
export function formatSidecarError(shown: string, error: SidecarError): string {
  return `${shown}:${error.line}:${error.column}: ${error.message}`;
}

/**
 * Writes `content` so that readers see either the old file or the new one, never half of each:
 * a temporary file in the same folder, flushed to disk, then renamed over the target.
 * A symlinked target is written through (the link stays a link). The temporary file is removed on failure.
 */
export function writeFileAtomic(filePath: string, content: string): void {
  let target = filePath;
  try {
    target = fs.realpathSync(filePath);
  } catch {
    // Does not exist yet: write it where asked.
  }
  const dir = path.dirname(target);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o777;
  } catch {
    mode = undefined;
  }
  const fd = fs.openSync(tmp, 'wx', mode ?? 0o644);
  try {
    try {
      fs.writeFileSync(fd, content, 'utf8');
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, target);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
