// UI test: the browser build (package.json "browser") runs in VS Code's web worker extension host and highlights and explains an article there.
'use strict';

// How: a second code-server session whose user settings pin Newsmark to the web worker host
// (`remote.extensionKind: { "newsmark.newsmark": ["web"] }`; VS Code 1.139's pickRunningLocation
// then answers LocalWebWorker, since the extension has a `browser` entry and is installed on the
// server). Evidence that it ran there, not in the Node host: the worker that VS Code started in the
// page fetched dist/web/extension.js and has no `process`, and the Node host's log activates other
// extensions but never Newsmark. Then what a person sees: a highlight on a known name and its card.

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const codeServer = require(path.join(ROOT, 'scripts', 'codeServer.js'));
const { paths } = require(path.join(ROOT, 'scripts', 'provision.js'));
const { makeWorkspace } = require('../workspace.js');

const EXTENSION_ID = 'newsmark.newsmark';
const FILE = 'eu-defence-fund.txt';
const WORD = 'Claire Dubois';
const TYPE_LABEL = 'Person';
/** What VS Code's Node extension host logs for each extension it activates. */
const ACTIVATION_LINE = 'ExtensionService#_doActivateExtension';
const LOG_TIMEOUT_MS = 30_000;

/** The worker (the web extension host) that fetched Newsmark's browser bundle, with what it reports of itself; null if none. */
async function workerRunningNewsmark(page, bundleSuffix) {
  for (const worker of page.workers()) {
    const seen = await worker
      .evaluate(
        (suffix) => ({
          hasProcess: typeof process !== 'undefined',
          isWorker: typeof importScripts === 'function',
          bundle: performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .find((name) => decodeURIComponent(name).includes(suffix)),
        }),
        bundleSuffix,
      )
      .catch(() => null); // a worker that ended meanwhile
    if (seen?.bundle) return { url: worker.url(), ...seen };
  }
  return null;
}

module.exports = [
  {
    title: `runs the browser build in the web worker extension host: highlights "${WORD}" and shows a ${TYPE_LABEL} hover card`,
    async run({ page, workspace, helpers }) {
      const extensionRoot = path.resolve(process.env.NEWSMARK_EXTENSION_ROOT || ROOT);
      const manifest = JSON.parse(fs.readFileSync(path.join(extensionRoot, 'package.json'), 'utf8'));
      if (!manifest.browser) throw new Error(`${extensionRoot}/package.json has no "browser" entry: there is no web build to test`);

      // Beside the main session's temp files, so the runner keeps or removes them together.
      const temp = path.join(path.dirname(workspace), 'web-host');
      const webWorkspace = makeWorkspace(path.join(temp, 'workspace'));
      const userDataDir = path.join(temp, 'user-data');
      const extensionsDir = path.join(temp, 'extensions');
      const installed = codeServer.installExtension(extensionRoot, extensionsDir, { files: codeServer.extensionFiles(extensionRoot) });
      const bundleSuffix = `${path.basename(installed.dir)}/${manifest.browser.replace(/^\.\//, '')}`;

      const server = await codeServer.startCodeServer({
        node: paths.node,
        entry: paths.codeServerEntry,
        folder: webWorkspace,
        userDataDir,
        extensionsDir,
        logFile: path.join(temp, 'code-server.log'),
        settings: {
          'remote.extensionKind': { [EXTENSION_ID]: ['web'] },
          'editor.wordWrap': 'on',
          'editor.occurrencesHighlight': 'off',
          'editor.selectionHighlight': false,
        },
      });
      const webPage = await page.context().newPage();
      try {
        await webPage.goto(server.folderUrl(webWorkspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
        await helpers.openFile(webPage, FILE);
        await helpers.poll(
          async () => {
            const box = await helpers.wordBox(webPage, WORD);
            return box && helpers.overlapping(await helpers.decorationBoxes(webPage), box).length > 0;
          },
          { timeout: 60_000, message: `a decoration (class "ced-…") over "${WORD}" from the web worker host` },
        );
        const card = await helpers.hoverText(webPage, WORD, { contains: new RegExp(TYPE_LABEL, 'i') });
        if (!new RegExp(TYPE_LABEL, 'i').test(card)) throw new Error(`hover over "${WORD}" lacks "${TYPE_LABEL}": ${card}`);

        const worker = await helpers.poll(() => workerRunningNewsmark(webPage, bundleSuffix), {
          timeout: 10_000,
          message: `a web worker of the page that loaded ${bundleSuffix}`,
        });
        if (worker.hasProcess) throw new Error(`the worker that loaded ${bundleSuffix} has a Node \`process\`: not a browser worker`);
        if (!worker.isWorker) throw new Error(`the context that loaded ${bundleSuffix} is not a web worker`);

        // The Node host must not have run it as well: its log lists every activation.
        const nodeHostLog = await helpers.poll(
          () => codeServer.extensionHostLogs(userDataDir).map((f) => fs.readFileSync(f, 'utf8')).find((text) => text.includes(ACTIVATION_LINE)),
          { timeout: LOG_TIMEOUT_MS, message: "the Node extension host's log to list activations" },
        );
        const nodeActivations = nodeHostLog.split('\n').filter((l) => l.includes(ACTIVATION_LINE));
        if (nodeActivations.some((l) => l.includes(` ${EXTENSION_ID},`))) {
          throw new Error(`the Node extension host activated ${EXTENSION_ID} too:\n${nodeActivations.join('\n')}`);
        }
        console.log(
          `    web worker host (${worker.url.slice(0, 40)}…) loaded ${bundleSuffix}; typeof process there: ${worker.hasProcess ? 'object' : 'undefined'}; ` +
            `the Node host activated ${nodeActivations.length} other extensions and not ${EXTENSION_ID}`,
        );
      } finally {
        await webPage.close().catch(() => undefined);
        await server.stop();
      }
    },
  },
];
