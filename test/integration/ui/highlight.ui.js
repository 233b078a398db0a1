// UI test: an entity in a sample article is highlighted and shows a hover card, as a person sees it in the real workbench.
'use strict';

const path = require('path');

// Which article and entity to look at. The default is the first samples/*.txt file; change these
// when the samples change. The hover card's first line reads like "**Person** · Claire Dubois".
const FILE = 'eu-defence-fund.txt';
const WORD = 'Claire Dubois';
const TYPE_LABEL = 'Person';
/** The appositive in the sample: "Claire Dubois, an Élysée spokeswoman, said …". */
const ROLE = /Role: “(an )?Élysée spokeswoman”/;

const DOCS = path.resolve(__dirname, '..', '..', '..', 'docs');

/**
 * Each UI test file exports an array of { title, run(ctx) }. ctx: { page, workspace (temp
 * workspace path), helpers (./helpers.js), updateScreenshots (NEWSMARK_UPDATE_SCREENSHOT=1) }.
 */
module.exports = [
  {
    title: `highlights "${WORD}" in ${FILE} and shows a ${TYPE_LABEL} hover card`,
    async run({ page, helpers, updateScreenshots }) {
      await helpers.openFile(page, FILE);
      const box = await helpers.poll(() => helpers.wordBox(page, WORD), { message: `"${WORD}" to be rendered in ${FILE}` });

      // Decorations are painted after the extension analyses the article: poll, don't sleep.
      await helpers.poll(
        async () => {
          const hits = helpers.overlapping(await helpers.decorationBoxes(page), await helpers.wordBox(page, WORD));
          return hits.length ? hits : null;
        },
        { timeout: 30_000, message: `a decoration (class "ced-…") over "${WORD}"` },
      );
      await helpers.screenshot(page, 'highlight');
      if (updateScreenshots) {
        // Mouse away from the text so the README picture has no hover or cursor artefacts on it.
        await page.mouse.move(5, 5);
        await helpers.screenshot(page, 'docs-screenshot', { file: path.join(DOCS, 'screenshot.png') });
      }

      const text = await helpers.hoverText(page, WORD, { contains: new RegExp(TYPE_LABEL, 'i') });
      if (!new RegExp(TYPE_LABEL, 'i').test(text)) throw new Error(`hover over "${WORD}" lacks "${TYPE_LABEL}": ${text}`);
      // The card must tell the reader how the article itself describes the person.
      if (!ROLE.test(text)) throw new Error(`hover over "${WORD}" does not show the role ${ROLE}: ${text}`);
      await helpers.screenshot(page, 'hover');
      if (updateScreenshots) {
        const card = await page.locator('.monaco-hover').filter({ visible: true }).first().boundingBox();
        // The card plus the highlighted word under it, with a margin.
        const top = Math.max(0, Math.min(card.y, box.y) - 16);
        const left = Math.max(0, Math.min(card.x, box.x) - 16);
        const bottom = Math.max(card.y + card.height, box.y + box.height) + 16;
        const right = Math.max(card.x + card.width, box.x + box.width) + 16;
        await helpers.screenshot(page, 'docs-hover', {
          file: path.join(DOCS, 'hover.png'),
          clip: { x: left, y: top, width: right - left, height: bottom - top },
        });
      }
    },
  },
];
