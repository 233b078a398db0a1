// Provisions what the real-VS-Code tests and `npm start` need (Chromium, Node 24, code-server), cached under .vscode-test/.
'use strict';

// Why this exists: the machines reach only the npm registry and Debian's packages, so
// @vscode/test-electron cannot download VS Code. A real VS Code built as code-server installs from
// npm, but it needs Node 24 (its postinstall refuses older Node) and native compiles that need
// Node's headers and libkrb5-dev. Each step is slow, so each is cached behind a marker file that is
// written only after the step finished and was checked; a folder without its marker is the remnant
// of an interrupted run and is wiped and redone.

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const CACHE = path.join(ROOT, '.vscode-test');
const NODE_MAJOR = 24;
const CODE_SERVER_VERSION = '4.139.1';
const NODE_DIR = path.join(CACHE, 'node24');
const CODE_SERVER_PREFIX = path.join(CACHE, 'code-server');
const MARKER = '.newsmark-provisioned';
const LOCK_DIR = path.join(CACHE, 'provision.lock');
const CHROMIUM = '/usr/bin/chromium';
// libkrb5-dev's header; code-server's `kerberos` native module does not compile without it.
const GSSAPI_HEADER = '/usr/include/gssapi/gssapi.h';

const paths = {
  root: ROOT,
  cache: CACHE,
  nodeDir: NODE_DIR,
  node: path.join(NODE_DIR, 'bin', 'node'),
  codeServerDir: path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server'),
  codeServerEntry: path.join(CODE_SERVER_PREFIX, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
  chromium: CHROMIUM,
};
// A module that code-server's postinstall compiles: if npm skipped install scripts (newer npm
// versions may, see its `allowScripts`), the entry exists but VS Code cannot start.
const NATIVE_PROOF = path.join(paths.codeServerDir, 'lib', 'vscode', 'node_modules', '@vscode', 'spdlog', 'build', 'Release', 'spdlog.node');

function log(msg) {
  console.log(`[provision] ${msg}`);
}

function seconds(since) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Runs a command with inherited output; throws with the command line on failure. */
function run(cmd, args, opts = {}) {
  log(`$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'inherit', 'inherit'], ...opts });
  if (r.error) throw new Error(`could not run ${cmd}: ${r.error.message}`);
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? 'signal ' + r.signal}`);
  }
}

function readMarker(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, MARKER), 'utf8'));
  } catch {
    return undefined;
  }
}

function writeMarker(dir, info) {
  fs.writeFileSync(path.join(dir, MARKER), JSON.stringify({ ...info, at: new Date().toISOString() }, null, 2) + '\n');
}

function nodeVersionOf(binary) {
  const r = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function isNodeReady() {
  const m = readMarker(NODE_DIR);
  if (!m || m.major !== NODE_MAJOR) return false;
  const v = nodeVersionOf(paths.node);
  return !!v && v.startsWith(`v${NODE_MAJOR}.`) && fs.existsSync(path.join(NODE_DIR, 'include', 'node', 'common.gypi'));
}

function isCodeServerReady() {
  const m = readMarker(CODE_SERVER_PREFIX);
  return !!m && m.version === CODE_SERVER_VERSION && fs.existsSync(paths.codeServerEntry) && fs.existsSync(NATIVE_PROOF);
}

function isProvisioned() {
  return fs.existsSync(CHROMIUM) && isNodeReady() && isCodeServerReady();
}

// --- step (a): Debian packages -------------------------------------------------------------

function ensureSystemPackages() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  // The headers are only needed to compile code-server; once it is cached they may be absent.
  if (!isCodeServerReady() && !fs.existsSync(GSSAPI_HEADER)) missing.push('libkrb5-dev');
  if (missing.length === 0) {
    log('system packages: present (chromium' + (isCodeServerReady() ? '' : ', libkrb5-dev') + ')');
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = fs.existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    throw new Error(
      `missing system packages: ${missing.join(', ')} (${CHROMIUM} / ${GSSAPI_HEADER}). ` +
        (hasApt
          ? `Run as root, or install them yourself: sudo apt-get install -y ${missing.join(' ')}`
          : `This is not a Debian-like system; install the equivalents of: ${missing.join(' ')}`),
    );
  }
  const t = Date.now();
  log(`installing Debian packages: ${missing.join(' ')}`);
  // noninteractive: CI runs with no stdin; a debconf prompt would otherwise hang or fail.
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
  for (const [pkg, file] of [['chromium', CHROMIUM], ['libkrb5-dev', GSSAPI_HEADER]]) {
    if (missing.includes(pkg) && !fs.existsSync(file)) throw new Error(`apt-get installed ${pkg} but ${file} is still missing`);
  }
  log(`system packages installed in ${seconds(t)}`);
}

// --- step (b): Node 24 from the npm registry -----------------------------------------------

function ensureNode24() {
  if (isNodeReady()) {
    log(`Node ${nodeVersionOf(paths.node)}: cached in ${path.relative(ROOT, NODE_DIR)}`);
    return;
  }
  const t = Date.now();
  fs.rmSync(NODE_DIR, { recursive: true, force: true });
  // The `node` package's install step fetches `node-<platform>-<arch>` (a real binary with headers)
  // from the npm registry. It goes to a scratch folder and is copied out, because installing more
  // packages next to it can re-extract it while code-server is compiling against it.
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-node24-'));
  try {
    fs.writeFileSync(path.join(scratch, 'package.json'), '{"private":true}\n');
    run('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `node@${NODE_MAJOR}`], { cwd: scratch });
    const platformPkg = `node-${process.platform}-${process.arch}`;
    const src = path.join(scratch, 'node_modules', 'node', 'node_modules', platformPkg);
    if (!fs.existsSync(path.join(src, 'bin', 'node'))) {
      throw new Error(`npm package node@${NODE_MAJOR} did not install ${platformPkg}/bin/node under ${src}`);
    }
    fs.mkdirSync(CACHE, { recursive: true });
    fs.cpSync(src, NODE_DIR, { recursive: true, verbatimSymlinks: true });
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const v = nodeVersionOf(paths.node);
  if (!v || !v.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`${paths.node} reports ${v}, expected v${NODE_MAJOR}.x`);
  if (!fs.existsSync(path.join(NODE_DIR, 'include', 'node', 'common.gypi'))) {
    throw new Error(`Node headers missing in ${NODE_DIR}/include/node; code-server's native modules need them`);
  }
  writeMarker(NODE_DIR, { major: NODE_MAJOR, version: v });
  log(`Node ${v} provisioned in ${seconds(t)}`);
}

// --- step (c): code-server -----------------------------------------------------------------

function ensureCodeServer() {
  if (isCodeServerReady()) {
    log(`code-server ${CODE_SERVER_VERSION}: cached in ${path.relative(ROOT, CODE_SERVER_PREFIX)}`);
    return;
  }
  const t = Date.now();
  fs.rmSync(CODE_SERVER_PREFIX, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_PREFIX, { recursive: true });
  // Its own package.json keeps npm from walking up and installing into the project.
  fs.writeFileSync(path.join(CODE_SERVER_PREFIX, 'package.json'), '{"private":true}\n');
  // Node 24 first on PATH: code-server's postinstall checks `node --version`, and npm's own
  // `#!/usr/bin/env node` resolves to it too. --nodedir points node-gyp at local headers (it would
  // otherwise try to download them); the env form overrides a user ~/.npmrc `nodedir=/usr`.
  const env = {
    ...process.env,
    PATH: `${path.join(NODE_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: NODE_DIR,
  };
  log('installing code-server (native compiles take a few minutes)');
  run(
    'npm',
    ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', `--nodedir=${NODE_DIR}`, `code-server@${CODE_SERVER_VERSION}`],
    { cwd: CODE_SERVER_PREFIX, env },
  );
  if (!fs.existsSync(paths.codeServerEntry)) throw new Error(`code-server installed but ${paths.codeServerEntry} is missing`);
  if (!fs.existsSync(NATIVE_PROOF)) {
    throw new Error(`code-server's postinstall did not compile its native modules (${NATIVE_PROOF} missing); did npm skip install scripts?`);
  }
  writeMarker(CODE_SERVER_PREFIX, { version: CODE_SERVER_VERSION, node: nodeVersionOf(paths.node) });
  log(`code-server ${CODE_SERVER_VERSION} provisioned in ${seconds(t)}`);
}

// --- locking: `npm start` and `npm test` may provision at the same time -----------------------

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

function sleepSync(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function acquireLock() {
  fs.mkdirSync(CACHE, { recursive: true });
  const deadline = Date.now() + 20 * 60 * 1000;
  let told = false;
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
    }
    let owner = NaN;
    try {
      owner = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
    } catch {
      // The owner may be between mkdir and writing its pid; give it a moment before judging.
    }
    if (Number.isInteger(owner) && owner > 0 && !pidAlive(owner)) {
      log(`removing stale lock of dead process ${owner}`);
      fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${LOCK_DIR} (held by pid ${owner})`);
    if (!told) log(`another provision (pid ${owner || '?'}) is running; waiting for it`);
    told = true;
    sleepSync(1000);
  }
}

function releaseLock() {
  try {
    if (fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8') === String(process.pid)) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  } catch {
    // Already gone.
  }
}

/** Provisions everything; returns the paths of the cached tools. Safe to call on every run. */
function provision() {
  const t = Date.now();
  if (isProvisioned()) {
    // Fast path without the lock: every marker is written last, so this cannot see a half state.
    log(`everything cached (${seconds(t)})`);
    return paths;
  }
  acquireLock();
  try {
    ensureSystemPackages();
    ensureNode24();
    ensureCodeServer();
  } finally {
    releaseLock();
  }
  log(`done in ${seconds(t)}`);
  return paths;
}

module.exports = { provision, paths, CODE_SERVER_VERSION };

if (require.main === module) {
  try {
    provision();
  } catch (err) {
    console.error(`[provision] FAILED: ${err.message}`);
    process.exit(1);
  }
}
