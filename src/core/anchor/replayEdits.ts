// Predicts where highlighted spans stand after edits, as VS Code moves decorations, so unchanged ones need not be resent.

/** The part of an editor's content change that moves offsets (VS Code's TextDocumentContentChangeEvent fits). */
export interface TextEdit {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/**
 * Where `spans` (offsets) stand after `edits` (each entry one change event, its changes relative to
 * the text before it), as VS Code moves decorations: unchanged before an edit, shifted after it.
 * null when an edit touches or overlaps a span, even at its edge: there VS Code's stickiness decides,
 * so the caller sends the spans again rather than guess.
 */
export function replayEdits(spans: Array<[number, number]>, edits: ReadonlyArray<readonly TextEdit[]>): Array<[number, number]> | null {
  let current = spans;
  for (const event of edits) {
    // Applied from the last offset backwards, each change's offsets stay valid for the ones before it.
    const changes = [...event].sort((a, b) => b.rangeOffset - a.rangeOffset);
    const moved: Array<[number, number]> = new Array(current.length);
    for (let i = 0; i < current.length; i++) {
      let [start, end] = current[i];
      for (const c of changes) {
        const editEnd = c.rangeOffset + c.rangeLength;
        if (end < c.rangeOffset) continue;
        if (start > editEnd) {
          const delta = c.text.length - c.rangeLength;
          start += delta;
          end += delta;
          continue;
        }
        return null;
      }
      moved[i] = [start, end];
    }
    current = moved;
  }
  return current;
}

