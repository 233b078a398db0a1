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
const QUICK_OPEN_ATTEMPT_MS = 12_000;
const OPEN_TIMEOUT_MS = 75_000;
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

/**
 * Closes every editor, so the workbench is as openFile expects it: openFile clicks an inert spot of
 * the editor area, which with an editor open is its breadcrumbs and opens their picker instead.
 */
async function closeEditors(page, helpers) {
  await helpers.poll(
    async () => {
      if ((await page.locator('.tabs-container .tab').count()) === 0) return true;
      await page.keyboard.press('Escape');
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ timeout: 5_000 });
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+W');
      return (await page.locator('.tabs-container .tab').count()) === 0;
    },
    { timeout: 20_000, message: 'every editor to close (Ctrl+K Ctrl+W)' },
  );
}

/**
 * Opens a file this test has just written. One Quick Open session keeps the file list it started
 * with, and on a busy machine the new file may not be in it yet: try again in a fresh session.
 */
async function openNewFile(page, helpers, file) {
  await helpers.poll(
    async () => {
      try {
        await helpers.openFile(page, file, { timeout: QUICK_OPEN_ATTEMPT_MS });
        return true;
      } catch (err) {
        await page.keyboard.press('Escape');
        throw err;
      }
    },
    { timeout: OPEN_TIMEOUT_MS, interval: 500, message: `${file} to open through Quick Open` },
  );
}

module.exports = [
  {
    title: `colours a quotation in ${FILE} differently from plain words (article grammar)`,
    async run({ page, workspace, helpers }) {
      fs.mkdirSync(path.join(workspace, 'grammar-ui'), { recursive: true });
      fs.writeFileSync(path.join(workspace, 'grammar-ui', FILE), TEXT);
      // With an editor open, openFile's click into the editor area lands on its breadcrumbs.
      await closeEditors(page, helpers);
      await openNewFile(page, helpers, FILE);
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
      await closeEditors(page, helpers);
      if (classes.plain[0] !== classes.plain[1]) {
        throw new Error(`plain words should share one token colour: ${PLAIN.map((w, i) => `${w}=${classes.plain[i]}`).join(', ')}`);
      }
    },
  },
];
