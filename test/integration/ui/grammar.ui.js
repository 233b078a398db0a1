// UI test: the article grammar colours a quotation differently from plain prose in the rendered editor.
'use strict';

const fs = require('fs');
const path = require('path');

const FILE = 'gas-cap-quote.article.txt';
/** Plain prose and a quotation on one line; no figures, so only the quote marks scope words. */
const TEXT = [
  'BRUSSELS — Finance ministers argued late into the night about the gas price cap.',
  '',
  '“Households cannot carry another winter of record bills,” the commissioner told reporters.',
  '',
].join('\n');
const QUOTED = 'winter';
const PLAIN = ['ministers', 'commissioner'];

/**
 * The Monaco token class (`mtkN`: one per distinct theme colour) of the span holding the first
 * character of `word` in the visible editor, or null when the word is not rendered yet.
 */
async function tokenClass(page, word) {
  return page.evaluate((w) => {
    for (const line of document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      let text = '';
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += n.nodeValue;
      }
      const at = text.replace(/\u00a0/g, ' ').indexOf(w);
      if (at < 0) continue;
      const hit = nodes.filter((x) => x.start <= at).pop();
      for (let el = hit.node.parentElement; el && el !== line; el = el.parentElement) {
        const m = /\bmtk\d+\b/.exec(el.className);
        if (m) return m[0];
      }
      return null;
    }
    return null;
  }, word);
}

module.exports = [
  {
    title: `colours a quotation in ${FILE} differently from plain words (article grammar)`,
    async run({ page, workspace, helpers }) {
      fs.mkdirSync(path.join(workspace, 'grammar-ui'), { recursive: true });
      fs.writeFileSync(path.join(workspace, 'grammar-ui', FILE), TEXT);
      await helpers.openFile(page, FILE);
      // Tokenisation is asynchronous: wait until the quoted word has a colour of its own.
      const classes = await helpers.poll(
        async () => {
          const quoted = await tokenClass(page, QUOTED);
          const plain = await Promise.all(PLAIN.map((w) => tokenClass(page, w)));
          if (!quoted || plain.some((c) => !c)) return null;
          return quoted !== plain[0] ? { quoted, plain } : null;
        },
        { timeout: 30_000, message: `"${QUOTED}" (inside “…”) to be tokenised differently from "${PLAIN[0]}"` },
      );
      await helpers.screenshot(page, 'grammar');
      if (classes.plain[0] !== classes.plain[1]) {
        throw new Error(`plain words should share one token colour: ${PLAIN.map((w, i) => `${w}=${classes.plain[i]}`).join(', ')}`);
      }
    },
  },
];
