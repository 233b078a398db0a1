// Bundles the integration suites, the test-runner extension and the test-electron entry into dist-test/integration/.
'use strict';

const fs = require('fs');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'dist-test', 'integration');
const SUITES_DIR = path.join(__dirname, 'suites');
const RUNNER_EXT_SRC = path.join(__dirname, 'runnerExtension');
const RUNNER_EXT_OUT = path.join(OUT, 'runnerExtension');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'es2022',
  sourcemap: true,
  // `vscode` is provided by the extension host at run time.
  external: ['vscode'],
  logLevel: 'warning',
  absWorkingDir: ROOT,
};

/**
 * mocha's parallel mode (worker processes found with require.resolve) cannot work from a bundle and
 * is never used in an extension host; stubbing it keeps the bundle small and esbuild quiet.
 */
const noMochaParallel = {
  name: 'no-mocha-parallel',
  setup(b) {
    b.onResolve({ filter: /parallel-buffered-runner\.cjs$/ }, (args) => ({ path: args.path, namespace: 'no-mocha-parallel' }));
    b.onLoad({ filter: /.*/, namespace: 'no-mocha-parallel' }, () => ({
      contents: "module.exports = function () { throw new Error('mocha parallel mode is not bundled'); };",
      loader: 'js',
    }));
  },
};

/**
 * Every suite must be imported by index.ts, or it would silently not run. Checking beats
 * generating the list: index.ts stays a plain file editors and tsc understand.
 */
function checkSuitesIndex() {
  const index = fs.readFileSync(path.join(SUITES_DIR, 'index.ts'), 'utf8');
  const missing = fs
    .readdirSync(SUITES_DIR)
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => !new RegExp(`['"]\\./${f.replace(/\.ts$/, '').replace(/\./g, '\\.')}(\\.ts)?['"]`).test(index));
  if (missing.length) {
    throw new Error(
      `test/integration/suites/index.ts does not import: ${missing.join(', ')}\n` +
        `add ${missing.map((f) => `import './${f.replace(/\.ts$/, '')}';`).join(' ')}`,
    );
  }
}

async function build() {
  checkSuitesIndex();
  fs.rmSync(OUT, { recursive: true, force: true });
  await Promise.all([
    // The suites use describe/it as globals set by the mocha that loads them, so mocha is not bundled here.
    esbuild.build({ ...common, entryPoints: [path.join(SUITES_DIR, 'index.ts')], outfile: path.join(OUT, 'suites.js') }),
    // mocha is bundled into the runner extension: the installed extension folder has no node_modules.
    esbuild.build({
      ...common,
      plugins: [noMochaParallel],
      entryPoints: [path.join(RUNNER_EXT_SRC, 'extension.ts')],
      outfile: path.join(RUNNER_EXT_OUT, 'extension.js'),
    }),
    esbuild.build({
      ...common,
      plugins: [noMochaParallel],
      entryPoints: [path.join(__dirname, 'electronTests.ts')],
      outfile: path.join(OUT, 'electronTests.js'),
    }),
  ]);
  // The output folder is a complete extension: its manifest next to the bundle it names.
  fs.copyFileSync(path.join(RUNNER_EXT_SRC, 'package.json'), path.join(RUNNER_EXT_OUT, 'package.json'));
}

module.exports = { build, OUT, RUNNER_EXT_OUT };

if (require.main === module) {
  build().catch((err) => {
    console.error(`[build:test] ${err.message || err}`);
    process.exit(1);
  });
}
