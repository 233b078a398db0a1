// Makes untrusted text (an article, a colleague's sidecar) inert inside a Markdown hover card.

/** Every character Markdown or its HTML pass could give meaning to. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>&~"'$:]/g;
const LINE_BREAKS = /\r\n|\r|\n|\u2028|\u2029/g;

/**
 * Backslash-escapes Markdown punctuation and encodes `<`, `>` and `&` as entities, so no link,
 * image, HTML tag, autolink or command URI can be formed from the input. Line breaks become
 * spaces: a card line must stay one line.
 */
export function escapeMarkdown(input: string): string {
  return input.replace(LINE_BREAKS, ' ').replace(MARKDOWN_SPECIAL, (ch) => {
    switch (ch) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      default:
        return '\\' + ch;
    }
  });
}
