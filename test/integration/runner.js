// `npm run test:integration`: runs the integration suites inside a real VS Code (code-server) driven by headless Chromium, then the UI tests.
'use strict';

// Flow: provision (cached) → build the extension and the test bundles → fresh temp workspace,
// user data and extensions → code-server with NEWSMARK_TEST_* env → Chromium opens the workbench
// (the extension host starts only once a window connects) → the test-runner extension runs the
// suites in the host and writes results → UI tests drive the same page → everything is killed.
//
// Options: --grep PATTERN (host and UI test titles), --no-build (reuse dist/ and dist-test/),
// --keep (keep the temp dir), --suites FILE (run this suites bundle instead of the integration
// suites; bench/editor.bench.js runs its benchmark suite this way), --no-ui (skip the UI tests).
// Env: NEWSMARK_UPDATE_SCREENSHOT=1 rewrites docs/*.png,
// NEWSMARK_TEST_TIMEOUT_MS (default 300000) bounds the wait for the host suites to start and then
// the silence between two finished tests,
// NEWSMARK_EXTENSION_ROOT installs the extension from another folder (an unpacked .vsix, or a stub
// when testing this harness itself) instead of the project root.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..', '..');
const { provision } = require(path.join(ROOT, 'scripts', 'provision.js'));
const codeServer = require(path.join(ROOT, 'scripts', 'codeServer.js'));
const testBuild = require('./build.js');
const uiHelpers = require('./ui/helpers.js');
const { makeWorkspace } = require('./workspace.js');

const CHROMIUM_ARGS = [
  '--no-sandbox', // root in a container: Chromium's sandbox cannot start
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // --headless comes from Playwright's `headless: true`.
];
// Waiting for the host suites: a total deadline would fail a run whose many failing tests each wait
// out their own timeouts, so the limits are on silence: until the first test ends (host start plus
// one test), then between two tests (mocha's 60 s per-test timeout makes anything longer a hang).
const HOST_TIMEOUT_MS = Number(process.env.NEWSMARK_TEST_TIMEOUT_MS) || 5 * 60_000;
const HOST_TOTAL_CAP_MS = 30 * 60_000;
const UI_TEST_TIMEOUT_MS = 2 * 60_000;

function parseArgs(argv) {
  const o = { grep: process.env.NEWSMARK_TEST_GREP || '', build: true, keep: false, suites: '', ui: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--grep' || a === '-g') o.grep = argv[++i] ?? '';
    else if (a.startsWith('--grep=')) o.grep = a.slice('--grep='.length);
    else if (a === '--no-build') o.build = false;
    else if (a === '--keep') o.keep = true;
    else if (a === '--suites') o.suites = path.resolve(argv[++i] ?? '');
    else if (a === '--no-ui') o.ui = false;
    else throw new Error(`unknown argument ${a} (use --grep PATTERN, --no-build, --keep, --suites FILE, --no-ui)`);
  }
  return o;
}

function log(msg) {
  console.log(`[integration] ${msg}`);
}

function secs(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${r.status ?? r.signal})`);
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function mark(state) {
  return { pass: '✓', fail: '✗', pending: '-' }[state];
}

/** Prints progress lines the host appended since last time; returns how many lines are done. */
function printProgress(progressFile, printed) {
  let lines;
  try {
    lines = fs.readFileSync(progressFile, 'utf8').split('\n');
  } catch {
    return printed;
  }
  lines.pop(); // the last element is '' or a line still being written
  for (const line of lines.slice(printed)) {
    try {
      const e = JSON.parse(line);
      console.log(`  ${mark(e.state)} ${e.fullTitle}${e.state === 'pass' && e.durationMs != null ? ` (${e.durationMs} ms)` : ''}`);
    } catch {
      console.log(`  ? ${line}`);
    }
  }
  return lines.length;
}

/** Polls for the host's results file, streaming progress; throws with diagnostics on a silent host or a dead server. */
async function waitForHostResults(resultsFile, server, diagnostics) {
  const progressFile = `${resultsFile}.progress.jsonl`;
  const started = Date.now();
  let lastProgress = started;
  let printed = 0;
  for (;;) {
    const now = printProgress(progressFile, printed);
    if (now !== printed) lastProgress = Date.now();
    printed = now;
    const results = fs.existsSync(resultsFile) && readJson(resultsFile);
    if (results) {
      printProgress(progressFile, printed);
      return results;
    }
    if (server.exited) throw new Error(`code-server exited (${server.exited.code ?? server.exited.signal}) during the run\n${diagnostics()}`);
    const silentFor = Date.now() - lastProgress;
    if (silentFor > HOST_TIMEOUT_MS || Date.now() - started > HOST_TOTAL_CAP_MS) {
      const why = !fs.existsSync(progressFile)
        ? 'the test-runner extension never started (the extension host did not start, or did not activate it)'
        : printed === 0
          ? 'the suites started but no test finished (the first test hangs, or the host died)'
          : 'the suites stopped making progress (a test or hook hangs beyond mocha\'s timeout, or the host died)';
      throw new Error(`no results after ${secs(Date.now() - started)}, ${secs(silentFor)} without progress: ${why}\n${diagnostics()}`);
    }
    await codeServer.delay(500);
  }
}

function uiTests(grep) {
  const dir = path.join(__dirname, 'ui');
  const re = grep ? new RegExp(grep) : null;
  const tests = [];
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.ui.js')).sort()) {
    const exported = require(path.join(dir, f));
    for (const t of Array.isArray(exported) ? exported : [exported]) {
      if (typeof t.run !== 'function' || !t.title) throw new Error(`${f}: export an array of { title, run(ctx) }`);
      const fullTitle = `ui ${f.replace(/\.ui\.js$/, '')} ${t.title}`;
      if (!re || re.test(fullTitle)) tests.push({ ...t, fullTitle });
    }
  }
  return tests;
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} did not finish within ${secs(ms)}`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const paths = provision();

  if (opts.build) {
    let t = Date.now();
    run('npm', ['run', '--silent', 'build']);
    log(`extension built in ${secs(Date.now() - t)}`);
    t = Date.now();
    await testBuild.build();
    log(`test bundles built in ${secs(Date.now() - t)}`);
  }

  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-it-'));
  const workspace = makeWorkspace(path.join(temp, 'workspace'));
  const userDataDir = path.join(temp, 'user-data');
  const extensionsDir = path.join(temp, 'extensions');
  const resultsFile = path.join(temp, 'results.json');
  const logFile = path.join(temp, 'code-server.log');
  const browserLog = path.join(temp, 'browser-console.log');

  const extensionRoot = path.resolve(process.env.NEWSMARK_EXTENSION_ROOT || ROOT);
  codeServer.installExtension(extensionRoot, extensionsDir, { files: codeServer.extensionFiles(extensionRoot) });
  const runnerExt = codeServer.installExtension(testBuild.RUNNER_EXT_OUT, extensionsDir);
  // The suites go inside the runner extension's folder: VS Code hands `require('vscode')` an API
  // object per extension, found by file path; from a file outside every extension it falls back to
  // a nameless one (and logs "Could not identify extension"), which is not what a real extension gets.
  const suitesFile = path.join(runnerExt.dir, 'suites.js');
  const suitesSource = opts.suites || path.join(testBuild.OUT, 'suites.js');
  if (opts.suites && !fs.existsSync(opts.suites)) throw new Error(`--suites ${opts.suites} does not exist`);
  for (const [from, to] of [[suitesSource, 'suites.js'], [`${suitesSource}.map`, 'suites.js.map']]) {
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(runnerExt.dir, to));
  }

  let server;
  let browser;
  let ok = false;
  // We own the signals (Playwright's handlers are off) so Ctrl-C closes the browser and code-server in order.
  const onSignal = (sig) => {
    console.error(`\n[integration] ${sig}: stopping`);
    Promise.allSettled([browser?.close(), server?.stop(2000)]).finally(() => {
      console.error(`[integration] left ${temp} (workspace, logs) for inspection`);
      process.exit(130);
    });
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, onSignal);

  const diagnostics = () => {
    const parts = [`--- code-server log (${logFile}), last lines ---`, codeServer.tail(logFile, 40)];
    for (const f of codeServer.extensionHostLogs(userDataDir)) parts.push(`--- ${f}, last lines ---`, codeServer.tail(f, 40));
    if (fs.existsSync(browserLog)) parts.push(`--- browser console errors (${browserLog}), last lines ---`, codeServer.tail(browserLog, 20));
    return parts.join('\n');
  };

  let host;
  const ui = { passes: [], failures: [] };
  try {
    let t = Date.now();
    server = await codeServer.startCodeServer({
      node: paths.node,
      entry: paths.codeServerEntry,
      folder: workspace,
      userDataDir,
      extensionsDir,
      logFile,
      // Reaches the extension host's process.env (code-server passes its environment down).
      env: {
        NEWSMARK_TEST_RESULTS: resultsFile,
        NEWSMARK_TEST_SUITES: suitesFile,
        NEWSMARK_TEST_GREP: opts.grep,
      },
      // Wrapped lines keep whole articles on screen for the UI tests and screenshots; VS Code's own
      // word and selection highlights would add boxes that are not ours to those pictures.
      settings: { 'editor.wordWrap': 'on', 'editor.occurrencesHighlight': 'off', 'editor.selectionHighlight': false },
    });
    log(`code-server up on ${server.url} in ${secs(Date.now() - t)}; workspace ${workspace}`);

    t = Date.now();
    const { chromium } = require('playwright-core');
    browser = await chromium.launchPersistentContext(path.join(temp, 'chromium-profile'), {
      executablePath: paths.chromium,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const consoleOut = fs.createWriteStream(browserLog);
    page.on('console', (m) => {
      if (m.type() === 'error') consoleOut.write(`${m.text()}\n`);
    });
    page.on('pageerror', (e) => consoleOut.write(`pageerror: ${e.message}\n`));
    await page.goto(server.folderUrl(workspace), { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await uiHelpers.waitForWorkbench(page);
    log(`workbench loaded in ${secs(Date.now() - t)}; running the suites in the extension host`);

    host = await waitForHostResults(resultsFile, server, diagnostics);

    const tests = opts.ui ? uiTests(opts.grep) : [];
    if (tests.length) log(`UI tests (${tests.length})`);
    const ctx = { page, workspace, helpers: uiHelpers, updateScreenshots: process.env.NEWSMARK_UPDATE_SCREENSHOT === '1' };
    for (const test of tests) {
      // Escape first: a leftover hover, menu or dialog (Escape means Cancel) would swallow clicks.
      await page.keyboard.press('Escape').catch(() => undefined);
      const t0 = Date.now();
      try {
        await withTimeout(Promise.resolve().then(() => test.run(ctx)), UI_TEST_TIMEOUT_MS, test.fullTitle);
        ui.passes.push({ fullTitle: test.fullTitle });
        console.log(`  ✓ ${test.fullTitle} (${Date.now() - t0} ms)`);
      } catch (err) {
        const slug = test.fullTitle.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
        const shot = await uiHelpers.screenshot(page, `failure-${slug}`).catch(() => undefined);
        // Playwright's messages carry a long, coloured call log; the first lines say what failed.
        const message = String(err.message).replace(/\u001b\[[0-9;]*m/g, '').split('\n').slice(0, 4).join('\n     ');
        ui.failures.push({ fullTitle: test.fullTitle, error: message, screenshot: shot });
        console.log(`  ✗ ${test.fullTitle}`);
      }
    }
  } catch (err) {
    console.error(`\n[integration] ERROR: ${err.message}`);
    return 1;
  } finally {
    await withTimeout(browser ? browser.close() : Promise.resolve(), 10_000, 'closing Chromium').catch((e) => console.error(e.message));
    if (server) await server.stop();
    if (host) {
      const failures = [...host.failures, ...ui.failures];
      const passes = host.passes.length + ui.passes.length;
      failures.forEach((f, i) => {
        console.log(`\n  ${i + 1}) ${f.fullTitle}:\n     ${f.error ?? ''}`);
        if (f.stack) console.log(f.stack.split('\n').slice(1, 7).map((l) => `     ${l.trim()}`).join('\n'));
        if (f.screenshot) console.log(`     screenshot: ${path.relative(ROOT, f.screenshot)}`);
      });
      console.log(`\nVS Code ${host.vscodeVersion ?? '(unknown)'}`);
      console.log(`  ${passes} passing (${secs(Date.now() - started)})`);
      if (host.pending.length) console.log(`  ${host.pending.length} pending`);
      console.log(`  ${failures.length} failing`);
      ok = failures.length === 0 && passes > 0;
      if (passes === 0 && failures.length === 0) console.log('[integration] no test ran: counting that as a failure');
      // The plain closing line CI reads.
      console.log(`integration: ${passes} passed, ${failures.length} failed`);
    }
    if (ok && !opts.keep) fs.rmSync(temp, { recursive: true, force: true });
    else log(`kept ${temp} (workspace, logs, results) for inspection`);
  }
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`[integration] ERROR: ${err.stack || err}`);
    process.exit(1);
  },
);
