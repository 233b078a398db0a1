#!/usr/bin/env node
// Child process for the benchmark: memory growth while analysing one article in a fresh Node process.
// Usage: node --expose-gc memoryProbe.js engine BUNDLE FILE | memoryProbe.js compromise FILE
'use strict';

const fs = require('fs');
const { performance } = require('perf_hooks');

const MB = 1024 * 1024;
const args = process.argv.slice(2);
const kind = args[0];
const file = kind === 'engine' ? args[2] : args[1];
const text = fs.readFileSync(file, 'utf8');

let analyse;
if (kind === 'engine') {
  const { createEngine } = require(args[1]);
  const engine = createEngine();
  analyse = () => engine.analyze(text);
} else {
  const { compromiseEntities } = require('./compromiseEntities');
  const loaded = require('compromise');
  const nlp = typeof loaded === 'function' ? loaded : loaded.default;
  analyse = () => compromiseEntities(nlp, text);
}
// Baseline after loading the code and the text, so only the analysis itself is measured.
if (global.gc) global.gc();
const before = process.memoryUsage();
const t0 = performance.now();
const result = analyse();
const ms = performance.now() - t0;
const after = process.memoryUsage();
const peakRss = process.resourceUsage().maxRSS * 1024; // maxRSS is in kilobytes
const found = Array.isArray(result) ? result.length : result.entities.length;
process.stdout.write(
  JSON.stringify({
    ms,
    found,
    rssGrowthMB: (Math.max(peakRss, after.rss) - before.rss) / MB,
    heapGrowthMB: (after.heapUsed - before.heapUsed) / MB,
    peakRssMB: Math.max(peakRss, after.rss) / MB,
  }),
);
