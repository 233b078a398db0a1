// Playwright helpers for the UI tests (*.ui.js), which drive the real VS Code workbench in headless Chromium.
'use strict';

const fs = require('fs');
const path = require('path');

/**
 * Polls `cond` (sync or async) until it returns a truthy value, which is returned; throws with
 * `message` after `timeout` ms. Exceptions count as "not yet" and the last one is reported.
 */
async function poll(cond, { timeout = 20_000, interval = 150, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let lastError;
  for (;;) {
    try {
      const v = await cond();
      if (v) return v;
      lastError = undefined;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() >= deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message}${lastError ? ` (last error: ${lastError.message})` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Waits until the workbench has loaded (the page shows an empty frame for a few seconds first). */
async function waitForWorkbench(page, timeout = 120_000) {
  await page.locator('.monaco-workbench').first().waitFor({ state: 'visible', timeout });
}

/**
 * Opens `fileName` the way a person does: click into the workbench, Control+P, type, pick it.
 * Waits for an editor showing it. Quick Open's file search is slow the first time, hence the wait
 * for a result row with the name; that row is clicked rather than Enter pressed, because Enter
 * takes whichever row has focus, which is not always ours while results are still arriving.
 */
async function openFile(page, fileName, { timeout = 60_000 } = {}) {
  await waitForWorkbench(page);
  const input = page.locator('.quick-input-widget input').first();
  await poll(
    async () => {
      // Click an inert spot (the editor area's background) so the workbench has keyboard focus.
      await page.locator('.part.editor').first().click({ position: { x: 40, y: 40 } });
      // Once per round only: Control+P inside an open Quick Open moves its selection instead.
      await page.keyboard.press('Control+P');
      return input.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true);
    },
    { timeout, message: 'Quick Open (Control+P) to appear', interval: 0 },
  );
  await input.fill(fileName);
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first();
  await row.waitFor({ state: 'visible', timeout });
  await row.click();
  await poll(
    async () => {
      const tab = page.locator('.tabs-container .tab.active', { hasText: fileName });
      return (await tab.count()) > 0 && page.locator('.editor-instance .monaco-editor .view-lines').first().isVisible();
    },
    { timeout, message: `an editor with ${fileName}` },
  ).catch(async (err) => {
    throw new Error(`${err.message}; the active tab is ${JSON.stringify(await activeTab(page))}`);
  });
  return page.locator('.editor-instance .monaco-editor').first();
}

/** The active editor tab's label, for error messages. */
async function activeTab(page) {
  return page
    .locator('.tabs-container .tab.active')
    .first()
    .innerText({ timeout: 1000 })
    .catch(() => '(none)');
}

/**
 * Screen box of the first occurrence of `word` in the visible editor text, or null. Searches each
 * rendered line's text nodes, so words split across decoration spans are still found.
 */
async function wordBox(page, word) {
  return page.evaluate((w) => {
    const lines = document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line');
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        nodes.push({ node: n, start: text.length });
        text += n.nodeValue;
      }
      // Monaco renders spaces as non-breaking spaces.
      const at = text.replace(/\u00a0/g, ' ').indexOf(w);
      if (at < 0) continue;
      const locate = (offset) => {
        const hit = nodes.filter((x) => x.start <= offset).pop();
        return { node: hit.node, offset: offset - hit.start };
      };
      const range = document.createRange();
      const s = locate(at);
      const e = locate(at + w.length - 1);
      range.setStart(s.node, s.offset);
      range.setEnd(e.node, e.offset + 1);
      const r = range.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    return null;
  }, word);
}

/** Boxes of decoration overlays (class contains `ced-`, VS Code's generated decoration classes) in the active editor. */
async function decorationBoxes(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.editor-instance .monaco-editor [class*="ced-"]')].map((el) => {
      const r = el.getBoundingClientRect();
      return { className: el.className, x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

/** Decorations covering at least half of `box`'s width on the same line. */
function overlapping(boxes, box) {
  return boxes.filter((d) => {
    const w = Math.min(d.x + d.width, box.x + box.width) - Math.max(d.x, box.x);
    const h = Math.min(d.y + d.height, box.y + box.height) - Math.max(d.y, box.y);
    return w >= box.width / 2 && h >= box.height / 2;
  });
}

/** Moves the mouse onto `word` and returns the visible hover card's text (polls; hovers appear after a delay). */
async function hoverText(page, word, { timeout = 20_000, contains } = {}) {
  const box = await poll(() => wordBox(page, word), { timeout, message: `"${word}" to be rendered in the editor` });
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  let nudge = 0;
  return poll(
    async () => {
      // A small move each round re-triggers the hover if the first one was missed or dismissed.
      nudge = (nudge + 1) % 3;
      await page.mouse.move(cx + nudge, cy);
      const text = (await page.locator('.monaco-hover').allInnerTexts()).join('\n').trim();
      if (!text) return null;
      if (contains && !contains.test(text)) throw new Error(`hover shows ${JSON.stringify(text.slice(0, 200))}`);
      return text;
    },
    { timeout, interval: 500, message: `a hover card over "${word}"${contains ? ` matching ${contains}` : ''}` },
  );
}

/** Saves a screenshot to test-results/<name>.png (or `file` when given); returns the path. */
async function screenshot(page, name, { file, clip } = {}) {
  const out = file ?? path.join(path.resolve(__dirname, '..', '..', '..'), 'test-results', `${name}.png`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out, clip });
  return out;
}

module.exports = { poll, waitForWorkbench, openFile, wordBox, decorationBoxes, overlapping, hoverText, screenshot };
