// `npm run test:electron`: runs the same integration suites in desktop VS Code through @vscode/test-electron.
'use strict';

// For machines with internet and a display: test-electron downloads VS Code from Microsoft's update
// servers (cached in .vscode-test/), which the project's own machines cannot reach; there,
// `npm run test:integration` runs the suites in code-server instead. On a Linux box without a
// display, run it under `xvfb-run -a npm run test:electron`. The UI (*.ui.js) tests are
// Playwright-on-code-server only and are not run here.
//
// Options: --grep PATTERN, --no-build. Env: VSCODE_VERSION (default "stable").

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { runTests } = require('@vscode/test-electron');

const ROOT = path.resolve(__dirname, '..', '..');
const testBuild = require('./build.js');
const { writeSettings } = require(path.join(ROOT, 'scripts', 'codeServer.js'));
const { makeWorkspace } = require('./workspace.js');

function parseArgs(argv) {
  const o = { grep: process.env.NEWSMARK_TEST_GREP || '', build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--grep' || a === '-g') o.grep = argv[++i] ?? '';
    else if (a.startsWith('--grep=')) o.grep = a.slice('--grep='.length);
    else if (a === '--no-build') o.build = false;
    else throw new Error(`unknown argument ${a} (use --grep PATTERN, --no-build)`);
  }
  return o;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) {
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('`npm run build` failed');
    await testBuild.build();
  }
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-electron-'));
  const workspace = makeWorkspace(path.join(temp, 'workspace'));
  const userDataDir = path.join(temp, 'user-data');
  // The same clean first screen as under code-server, so suites see the same editor state.
  writeSettings(userDataDir);
  let ok = false;
  try {
    await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      // The project root is the extension under development: package.json + dist/ as built above.
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(testBuild.OUT, 'electronTests.js'),
      launchArgs: [
        workspace,
        // Only Newsmark (the development extension) loads; no user or marketplace extensions.
        '--disable-extensions',
        `--user-data-dir=${userDataDir}`,
        `--extensions-dir=${path.join(temp, 'extensions')}`,
      ],
      extensionTestsEnv: {
        NEWSMARK_TEST_SUITES: path.join(testBuild.OUT, 'suites.js'),
        NEWSMARK_TEST_GREP: opts.grep,
      },
    });
    ok = true;
  } finally {
    if (ok) fs.rmSync(temp, { recursive: true, force: true });
    else console.error(`[electron] kept ${temp} (workspace, user data with logs) for inspection`);
  }
}

main().catch((err) => {
  console.error(`[electron] FAILED: ${err.message || err}`);
  process.exit(1);
});
