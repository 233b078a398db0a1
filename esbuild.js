// Builds the extension for the Node and browser extension hosts, the CLI, and the integration test bundle.
const esbuild = require('esbuild');
const path = require('path');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** The browser host has no Node: swap each `platform/node` module for its `platform/web` twin. */
const webPlatform = {
  name: 'newsmark-web-platform',
  setup(build) {
    build.onResolve({ filter: /(^|[\\/])platform[\\/]node$/ }, (args) => ({
      path: path.join(args.resolveDir, args.path.replace(/node$/, 'web') + '.ts'),
    }));
  },
};

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  target: 'es2022',
  external: ['vscode'],
  // The engine's compiled gazetteer is JSON; keep it inlined so no file is read at run time.
  loader: { '.json': 'json' },
};

const webBuild = {
  ...common,
  entryPoints: ['src/extension.ts'],
  outfile: 'dist/web/extension.js',
  platform: 'browser',
  format: 'cjs',
  mainFields: ['browser', 'module', 'main'],
  plugins: [webPlatform],
  define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs' },
  webBuild,
  {
    ...common,
    external: [],
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
];

async function main() {
  if (watch) {
    const contexts = await Promise.all(builds.map((b) => esbuild.context(b)));
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(builds.map((b) => esbuild.build(b)));
}

module.exports = { webBuild };

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
