#!/usr/bin/env node
// Child process for the benchmark: how long the first require of a bundle plus its setup takes in a fresh Node process.
// Usage: loadProbe.js engine BUNDLE | loadProbe.js compromise
'use strict';

const { performance } = require('perf_hooks');

const [kind, bundle] = process.argv.slice(2);
const t0 = performance.now();
if (kind === 'engine') {
  const { createEngine } = require(bundle);
  createEngine();
} else if (kind === 'compromise') {
  const loaded = require('compromise');
  const nlp = typeof loaded === 'function' ? loaded : loaded.default;
  nlp('');
} else {
  process.stderr.write(`loadProbe: unknown kind "${kind}"\n`);
  process.exit(2);
}
process.stdout.write(JSON.stringify({ ms: performance.now() - t0 }));
