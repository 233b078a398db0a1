// Makes article and sidecar text render literally inside one line of Markdown (a list item, quote or table cell).

/** Punctuation that starts emphasis, code, links, HTML, entities, tables or strike-through anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_{}[\]<>()#!|~&]/g;
/** Punctuation that only means something at the start of a line: headings, lists, quotes, setext underlines. */
const LINE_START_SPECIAL = /^(\s*)([-+=>]|\d+[.)])/;
const LINE_BREAKS = /\s*(?:\r\n|\r|\n)\s*/g;

/**
 * Backslash-escapes Markdown syntax (CommonMark allows escaping any ASCII punctuation)
 * and folds line breaks into spaces so one article sentence cannot break the sheet's layout.
 */
export function escapeMarkdownInline(text: string): string {
  const oneLine = text.replace(LINE_BREAKS, ' ');
  const escaped = oneLine.replace(INLINE_SPECIAL, (c) => '\\' + c);
  return escaped.replace(LINE_START_SPECIAL, (_m, space: string, marker: string) => {
    // Escape the marker's last character: "\-" or "12\." stop the list/heading reading.
    return space + marker.slice(0, -1) + '\\' + marker.slice(-1);
  });
}
