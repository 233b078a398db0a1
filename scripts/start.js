// `npm start [-- --port N] [FOLDER]`: builds Newsmark and serves FOLDER (default samples/) in a real VS Code at http://127.0.0.1:PORT.
'use strict';

// The browser connects to code-server (VS Code 1.139 as a web app); its extension host runs the
// freshly built extension from a fresh extensions dir. User data (open editors, layout) is kept
// in .vscode-test/start/ between runs. Ctrl-C stops code-server and everything it started.
// NEWSMARK_EXTENSION_ROOT serves the extension from another folder (e.g. an unpacked .vsix).

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { provision } = require('./provision.js');
const codeServer = require('./codeServer.js');

const ROOT = path.resolve(__dirname, '..');
const STATE = path.join(ROOT, '.vscode-test', 'start');
const DEFAULT_PORT = 18300;

function usage(msg) {
  console.error(`${msg ? `${msg}\n` : ''}usage: npm start [-- [--port N] [--no-build] [FOLDER]]   (FOLDER defaults to samples/)`);
  process.exit(2);
}

function parseArgs(argv) {
  const o = { port: DEFAULT_PORT, folder: path.join(ROOT, 'samples'), build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--port' || a.startsWith('--port=')) {
      const v = a === '--port' ? argv[++i] : a.slice('--port='.length);
      o.port = Number(v);
      if (!Number.isInteger(o.port) || o.port < 1 || o.port > 65535) usage(`bad port: ${v}`);
    } else if (a === '--no-build') o.build = false;
    else if (a === '--help' || a === '-h') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    // FOLDER is relative to where `npm start` was typed (npm runs scripts from the project root).
    else o.folder = path.resolve(process.env.INIT_CWD || process.cwd(), a);
  }
  if (!fs.existsSync(o.folder) || !fs.statSync(o.folder).isDirectory()) usage(`not a folder: ${o.folder}`);
  return o;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.build) {
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('`npm run build` failed; fix the build first (or --no-build to serve the last build)');
  }
  const paths = provision();

  const extensionsDir = path.join(STATE, 'extensions');
  fs.rmSync(extensionsDir, { recursive: true, force: true });
  const extensionRoot = path.resolve(process.env.NEWSMARK_EXTENSION_ROOT || ROOT);
  const ext = codeServer.installExtension(extensionRoot, extensionsDir, { files: codeServer.extensionFiles(extensionRoot) });
  const logFile = path.join(STATE, 'code-server.log');
  fs.rmSync(logFile, { force: true });

  const server = await codeServer.startCodeServer({
    node: paths.node,
    entry: paths.codeServerEntry,
    folder: opts.folder,
    port: opts.port,
    userDataDir: path.join(STATE, 'user-data'),
    extensionsDir,
    logFile,
  });

  let stopping = false;
  const stop = async (why) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping code-server`);
    await server.stop();
    process.exit(0);
  };
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => void stop(sig));

  console.log(`\nNewsmark ${ext.version} (${ext.id}) in VS Code (code-server), serving ${opts.folder}`);
  console.log(`  open:   ${server.folderUrl(opts.folder)}`);
  console.log(`  health: ${server.url}/healthz`);
  console.log(`  log:    ${path.relative(ROOT, logFile)}`);
  console.log('Press Ctrl-C to stop.');

  // Stay up until a signal (the child process keeps Node running); if code-server dies by itself, say so and fail.
  const exited = await server.whenExited;
  if (!stopping) {
    console.error(`code-server exited (${exited.code ?? exited.signal}); last log lines:\n${server.logTail(40)}`);
    process.exit(1);
  }
}

main().catch((err) => {
  console.error(`[start] ${err.message || err}`);
  process.exit(1);
});
