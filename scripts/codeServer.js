// Starts and stops a real VS Code (code-server) with given extensions; shared by `npm start` and the integration tests.
'use strict';

const fs = require('fs');
const net = require('net');
const http = require('http');
const path = require('path');
const { spawn } = require('child_process');

/**
 * Settings for a clean first screen. Without them a welcome page, a walkthrough or the chat panel
 * opens and takes the keyboard focus, which breaks Control+P in the UI tests and clutters
 * screenshots; the rest keeps an offline machine from trying (and logging) network lookups.
 */
const CLEAN_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'github.gitAuthentication': false,
  'editor.minimap.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

/** Live servers, so the exit and signal handlers can kill every process group we started. */
const live = new Set();
let handlersInstalled = false;

function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // 'exit' handlers must be synchronous: SIGKILL to the group is the one thing that always works.
  process.on('exit', () => {
    for (const s of live) s.killNow();
  });
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(sig, () => {
      // Only act if nobody else handles it; otherwise the owner (e.g. start.js) shuts down in order.
      if (process.listenerCount(sig) > 1) return;
      for (const s of live) s.killNow();
      process.exit(128 + ({ SIGHUP: 1, SIGINT: 2, SIGTERM: 15 })[sig]);
    });
  }
}

/** A free TCP port on 127.0.0.1 (for tests, so parallel runs and a running `npm start` never clash). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Rejects with a clear message if something already listens on the port (code-server's own error is obscure). */
function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', (e) =>
      reject(new Error(e.code === 'EADDRINUSE' ? `port ${port} on 127.0.0.1 is already in use (pass --port N)` : e.message)),
    );
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve()));
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
  });
}

function delay(ms) {
  return new Promise((r) => setTimeout(r, ms));
}

function writeSettings(userDataDir, extra = {}) {
  const dir = path.join(userDataDir, 'User');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'settings.json');
  let current = {};
  try {
    current = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // A fresh dir, or a file we cannot parse (VS Code allows comments): ours replaces it.
  }
  fs.writeFileSync(file, JSON.stringify({ ...current, ...CLEAN_SETTINGS, ...extra }, null, 2) + '\n');
}

/**
 * Installs an extension the way VS Code finds it without a marketplace: a folder named
 * `publisher.name-version` (lowercased publisher and name) holding its package.json.
 * `files` lists what to copy (relative to `srcDir`); default: everything. Returns the folder.
 */
function installExtension(srcDir, extensionsDir, { files } = {}) {
  const manifest = JSON.parse(fs.readFileSync(path.join(srcDir, 'package.json'), 'utf8'));
  for (const key of ['publisher', 'name', 'version']) {
    if (!manifest[key]) throw new Error(`${srcDir}/package.json has no "${key}"; VS Code cannot load it`);
  }
  const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
  const dest = path.join(extensionsDir, `${id}-${manifest.version}`);
  fs.rmSync(dest, { recursive: true, force: true });
  fs.mkdirSync(dest, { recursive: true });
  // Copies, not symlinks: VS Code's scanner and file watcher treat symlinked folders unevenly, and
  // a copy keeps a running server stable while the next build rewrites dist/.
  for (const rel of files ?? fs.readdirSync(srcDir)) {
    const from = path.join(srcDir, rel);
    if (!fs.existsSync(from)) throw new Error(`extension ${id}: ${from} does not exist (did the build run?)`);
    fs.cpSync(from, path.join(dest, rel), { recursive: true });
  }
  return { id, version: manifest.version, dir: dest };
}

/**
 * What of an extension's folder to install: package.json, the top-level files or folders its
 * manifest points at (main, browser, grammars, icons, ...), and the README/CHANGELOG/LICENSE that
 * VS Code shows. Sources, tests and node_modules stay out, as in a packaged .vsix.
 */
function extensionFiles(srcDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(srcDir, 'package.json'), 'utf8'));
  const skipKeys = new Set(['scripts', 'dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies', 'repository', 'bugs', 'homepage']);
  const skipTops = new Set(['node_modules', 'src', 'test', '.git', '.vscode-test', '..', '.', '']);
  const picked = new Set(['package.json']);
  const visit = (value, key) => {
    if (skipKeys.has(key)) return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v));
    if (value && typeof value === 'object') return Object.entries(value).forEach(([k, v]) => visit(v, k));
    if (typeof value !== 'string' || value.includes('://') || path.isAbsolute(value)) return;
    const rel = path.normalize(value.replace(/^\.\//, ''));
    const top = rel.split(path.sep)[0];
    if (!skipTops.has(top) && fs.existsSync(path.join(srcDir, rel))) picked.add(top);
  };
  visit(manifest);
  for (const f of fs.readdirSync(srcDir)) if (/^(readme|changelog|license)(\.(md|txt))?$/i.test(f)) picked.add(f);
  for (const key of ['main', 'browser']) {
    if (manifest[key] && !fs.existsSync(path.join(srcDir, manifest[key])) && !fs.existsSync(path.join(srcDir, `${manifest[key]}.js`))) {
      throw new Error(`${manifest[key]} (package.json "${key}") does not exist: run \`npm run build\` first`);
    }
  }
  return [...picked].sort();
}

function tail(file, lines = 60) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

/**
 * Starts code-server and resolves once /healthz answers.
 * @param {object} o
 * @param {string} o.node        Node 24 binary
 * @param {string} o.entry       code-server's out/node/entry.js
 * @param {string} o.folder      folder to open
 * @param {string} o.userDataDir fresh or reused user data dir
 * @param {string} o.extensionsDir
 * @param {string} o.logFile     code-server's stdout and stderr go here
 * @param {number} [o.port]      default: a free port
 * @param {object} [o.env]       extra environment; it reaches the extension host's process.env
 * @param {object} [o.settings]  extra user settings
 * @param {number} [o.timeoutMs] how long to wait for /healthz
 */
async function startCodeServer(o) {
  const port = o.port ?? (await freePort());
  if (o.port) await assertPortFree(port);
  writeSettings(o.userDataDir, o.settings);
  fs.mkdirSync(o.extensionsDir, { recursive: true });
  fs.mkdirSync(path.dirname(o.logFile), { recursive: true });
  const out = fs.openSync(o.logFile, 'a');
  // Our own config file: otherwise code-server reads (and first creates) ~/.config/code-server/config.yaml,
  // where a user's `cert: true` or password would change how the server answers.
  const configFile = path.join(o.userDataDir, 'code-server-config.yaml');
  fs.writeFileSync(configFile, 'auth: none\n');
  const args = [
    o.entry,
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--user-data-dir', o.userDataDir,
    '--extensions-dir', o.extensionsDir,
    o.folder,
  ];
  // detached: its own process group, so stop() can kill code-server and every child it spawned
  // (extension host, file watcher, pty host) with one signal.
  const child = spawn(o.node, args, {
    detached: true,
    stdio: ['ignore', out, out],
    env: { ...process.env, ...o.env },
  });
  fs.closeSync(out);
  const base = `http://127.0.0.1:${port}`;
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      live.delete(server);
      resolve(exited);
    });
  });

  const server = {
    port,
    pid: child.pid,
    url: base,
    logFile: o.logFile,
    /** The URL that opens `folder` in the browser workbench. */
    folderUrl(folder = o.folder) {
      return `${base}/?folder=${encodeURIComponent(folder).replace(/%2F/g, '/')}`;
    },
    logTail: (lines) => tail(o.logFile, lines),
    get exited() {
      return exited;
    },
    /** Resolves with { code, signal } when the code-server process exits. */
    whenExited: exitPromise,
    killNow() {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    },
    /** SIGTERM to the group, then SIGKILL if it has not exited within `graceMs`. */
    async stop(graceMs = 5000) {
      if (exited) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const done = await Promise.race([exitPromise, delay(graceMs).then(() => null)]);
      // Children (extension host) may outlive their parent; SIGKILL the group regardless.
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Group is empty.
      }
      if (!done) await exitPromise;
    },
  };
  live.add(server);
  installExitHandlers();

  const deadline = Date.now() + (o.timeoutMs ?? 90_000);
  while (!(await httpOk(`${base}/healthz`))) {
    if (exited) {
      throw new Error(`code-server exited (${exited.code ?? exited.signal}) before answering /healthz; log tail:\n${tail(o.logFile)}`);
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`code-server did not answer ${base}/healthz within ${(o.timeoutMs ?? 90_000) / 1000} s; log tail:\n${tail(o.logFile)}`);
    }
    await delay(250);
  }
  return server;
}

/** Files VS Code writes as the extension host runs: the first place to look when a test hangs. */
function extensionHostLogs(userDataDir) {
  const found = [];
  const walk = (dir) => {
    let entries = [];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/exthost\.log$/i.test(e.name)) found.push(p);
    }
  };
  walk(path.join(userDataDir, 'logs'));
  return found;
}

module.exports = {
  CLEAN_SETTINGS,
  writeSettings,
  freePort,
  installExtension,
  extensionFiles,
  startCodeServer,
  extensionHostLogs,
  tail,
  delay,
};
