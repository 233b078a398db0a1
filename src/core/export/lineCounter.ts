// Finds the 1-based line number of an offset, treating CRLF, LF and lone CR each as one line break.
import { LineIndex } from '../hover/lineIndex';

/**
 * Returns a function mapping a UTF-16 offset in `text` to its 1-based line number.
 * Exports number lines from 1 where the editor counts from 0; both use the one LineIndex so they agree on breaks.
 */
export function lineCounter(text: string): (utf16Offset: number) => number {
  const index = new LineIndex(text);
  return (utf16Offset: number): number => index.positionAt(utf16Offset).line + 1;
}
