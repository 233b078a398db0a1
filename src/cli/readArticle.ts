// Reads an article for the CLI with one clear error line when it cannot, and refuses what is not text.
import * as fs from 'fs';
import type { CliIo } from './io';

/** Beyond this the file is almost certainly not an article (and would exhaust memory). */
export const MAX_ARTICLE_BYTES = 64 * 1024 * 1024;

export function readArticle(absPath: string, shown: string, io: CliIo): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(absPath);
  } catch {
    io.stderr(`${shown}: no such file\n`);
    return null;
  }
  if (!stat.isFile()) {
    io.stderr(`${shown}: not a file\n`);
    return null;
  }
  if (stat.size > MAX_ARTICLE_BYTES) {
    io.stderr(`${shown}: ${stat.size} bytes is larger than the ${MAX_ARTICLE_BYTES}-byte limit for an article\n`);
    return null;
  }
  const buf = fs.readFileSync(absPath);
  if (buf.includes(0)) {
    io.stderr(`${shown}: looks like a binary file, not a plain-text article\n`);
    return null;
  }
  // A UTF-8 byte-order mark is not part of the text; offsets must match what editors show.
  const text = buf.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
