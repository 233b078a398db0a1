// Finds the 1-based line number of an offset, treating CRLF, LF and lone CR each as one line break.

/** Returns a function mapping a UTF-16 offset in `text` to its 1-based line number. */
export function lineCounter(text: string): (utf16Offset: number) => number {
  const lineStarts = [0];
  const breaks = /\r\n|\r|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    lineStarts.push(m.index + m[0].length);
  }
  return (utf16Offset: number): number => {
    // Binary search for the last line starting at or before the offset.
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= utf16Offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
