// The browser build must not reach for Node: the web extension host (vscode.dev) has none.
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import * as path from 'node:path';

const root = path.resolve(__dirname, '../..');
const NODE_ONLY = ['fs', 'path', 'os', 'child_process', 'crypto', 'util', 'net', 'http', 'https', 'worker_threads'];

describe('browser build', () => {
  it('bundles src/extension.ts for the browser without any Node built-in', async function () {
    this.timeout(60_000);
    // esbuild.js is the build script itself (CommonJS), so the test checks the real configuration.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require(path.join(root, 'esbuild.js')) as { webBuild: Record<string, unknown> };
    const result = await build({ ...config.webBuild, absWorkingDir: root, write: false, metafile: true, logLevel: 'silent' });
    const inputs = Object.keys(result.metafile!.inputs);
    const imports = Object.values(result.metafile!.inputs).flatMap((i) => i.imports.map((x) => x.path));
    const nodeImports = imports.filter((p) => NODE_ONLY.includes(p.replace(/^node:/, '')));
    assert.deepEqual(nodeImports, [], 'Node built-ins reached from the browser build');
    assert.ok(inputs.some((p) => p.endsWith('platform/web.ts')), 'the web platform module replaces the Node one');
    assert.ok(!inputs.some((p) => p.endsWith('platform/node.ts')));
  });
});
