// Makes the throwaway workspace the integration tests open: samples/ and test/fixtures/workspace/ merged at its root.
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const SOURCES = ['samples', path.join('test', 'fixtures', 'workspace')];

/**
 * Copies every source that exists into `dir` (fixtures win on a name clash). A copy, because tests
 * write into the workspace (sidecars, exports) and must never touch the project's own files.
 */
function makeWorkspace(dir) {
  fs.mkdirSync(dir, { recursive: true });
  for (const src of SOURCES) {
    const from = path.join(ROOT, src);
    if (fs.existsSync(from)) fs.cpSync(from, dir, { recursive: true });
  }
  return dir;
}

module.exports = { makeWorkspace };
