#!/usr/bin/env node
// Runs every bench/*.bench.js in turn (each in its own Node process, so one cannot warm up another) and reports which failed to run.
'use strict';

const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');

const only = process.argv[2];
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith('.bench.js') && (!only || f.includes(only)))
  .sort();
if (files.length === 0) {
  console.error(`bench: no bench/*.bench.js${only ? ` matching "${only}"` : ''}`);
  process.exit(1);
}
const failed = [];
for (const f of files) {
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, [path.join(__dirname, f)], { stdio: 'inherit' });
  if (r.status !== 0) failed.push(`${f} (exit ${r.status ?? r.signal})`);
}
if (failed.length) {
  console.error(`\nbench: could not complete ${failed.join(', ')}`);
  process.exit(1);
}
