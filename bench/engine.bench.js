#!/usr/bin/env node
// Benchmarks the entity engine against compromise on the same text in the same run: CLI whole-process time,
// in-process speed, incremental re-analysis, cold load and memory, each printed with its target and PASS/MISS.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');
const { performance } = require('perf_hooks');
const { buildArticle, countWords } = require('./lib/article');
const { compromiseEntities } = require('./lib/compromiseEntities');

const ROOT = path.resolve(__dirname, '..');
const LIB = path.join(__dirname, 'lib');

const TARGETS = {
  cliMs: 1500, // whole-process CLI on a 100,000-word article
  cliSpeedup: 10, // compromise time / our time, same file
  msPer10k: 50, // in-process analysis
  figuresMsPer10k: 25, // findFigures' share: well under half the engine budget
  incrementalMs: 5, // re-analysis after a one-character edit in a 10,000-word article
  loadMs: 200, // first require + createEngine in a fresh process
  memoryMB: 150, // growth while analysing a 1 MB article
};
const WORDS_CLI = 100_000;
const WORDS_IN_PROCESS = 10_000;
const ARTICLE_BYTES_MEMORY = 1_000_000;
const RUNS = { cli: Number(process.env.BENCH_CLI_RUNS || 5), cliBaseline: Number(process.env.BENCH_BASELINE_RUNS || 1), inProcess: 9, baseline: 3, edits: 25, load: 7 };
const CHILD_TIMEOUT_MS = 300_000;
/**
 * compromise slows down faster than linearly on long texts (its number and money parsers), so its whole-process and
 * memory runs are capped: a capped run is reported as "> cap" and the speed-up as a lower bound.
 */
const BASELINE_CAP_MS = Number(process.env.BENCH_BASELINE_CAP_S || 240) * 1000;
const MEMORY_BASELINE_CAP_MS = Number(process.env.BENCH_MEMORY_CAP_S || 120) * 1000;

const median = (xs) => {
  const s = xs.slice().sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const fmt = (x, digits = 1) => (x === null || x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(digits));

function loadCompromise() {
  const loaded = require('compromise');
  return typeof loaded === 'function' ? loaded : loaded.default;
}

/** Bundles the engine (and findFigures, for its own row) from source with esbuild into `dir`; returns the file. */
function bundleEngine(dir) {
  const esbuild = require('esbuild');
  const outfile = path.join(dir, 'engine.bundle.js');
  esbuild.buildSync({
    stdin: {
      contents:
        "module.exports = { ...require('./src/core/engine'), findFigures: require('./src/core/figures/findFigures').findFigures };",
      resolveDir: ROOT,
      loader: 'js',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    outfile,
    loader: { '.json': 'json' },
    logLevel: 'silent',
  });
  return outfile;
}

/** The CLI to time: the built dist/cli.js when present, else a fresh bundle of src/cli.ts (same options as the build). */
function findCli(dir) {
  const dist = path.join(ROOT, 'dist', 'cli.js');
  if (fs.existsSync(dist)) return { file: dist, how: 'dist/cli.js' };
  const esbuild = require('esbuild');
  const outfile = path.join(dir, 'cli.bundle.js');
  esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'src', 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'es2022',
    outfile,
    loader: { '.json': 'json' },
    logLevel: 'silent',
  });
  return { file: outfile, how: 'src/cli.ts bundled for this run (dist/cli.js absent)' };
}

/** Runs a child process `runs` times; returns the median wall time and the first run's stdout. */
function timeProcess(args, runs, options = {}, capMs = CHILD_TIMEOUT_MS) {
  const times = [];
  const cpu = [];
  let firstOut = null;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-r', path.join(LIB, 'cpuReport.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30, timeout: capMs, killSignal: 'SIGKILL', ...options });
    const ms = performance.now() - t0;
    if (r.error && r.error.code === 'ETIMEDOUT') return { ms: capMs, all: [capMs], cpuMs: null, out: null, capped: true };
    if (r.status !== 0) {
      throw new Error(`${path.basename(args[0])} exited with ${r.status ?? r.signal}: ${(r.stderr || '').trim().split('\n').slice(0, 3).join(' | ')}`);
    }
    if (firstOut === null) firstOut = r.stdout;
    times.push(ms);
    const c = /BENCH_CPU_MS=([\d.]+)/.exec(r.stderr || '');
    if (c) cpu.push(Number(c[1]));
  }
  return { ms: median(times), all: times, cpuMs: cpu.length ? median(cpu) : null, out: firstOut, capped: false };
}

function probe(args, capMs = CHILD_TIMEOUT_MS) {
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: capMs, killSignal: 'SIGKILL', cwd: LIB });
  if (r.error && r.error.code === 'ETIMEDOUT') throw new Error(`did not finish within ${capMs / 1000} s`);
  if (r.status !== 0) throw new Error(`${path.basename(args.find((a) => a.endsWith('.js')) || 'probe')} failed: ${(r.stderr || r.error || '').toString().trim().split('\n')[0]}`);
  return JSON.parse(r.stdout);
}

/** Median wall time of `fn`; the median CPU time of the same runs is kept in `lastCpuMs` for the notes. */
let lastCpuMs = null;
function timeInProcess(fn, runs) {
  const times = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  lastCpuMs = median(cpu);
  return median(times);
}

/** Picks an editing position inside a word, away from paragraph breaks, and flips that letter's case. */
function editOneCharacter(text, seed) {
  let pos = Math.floor(((seed * 7919) % 997) / 997 * (text.length - 2)) + 1;
  while (pos < text.length - 1 && !/[a-z]/.test(text[pos])) pos++;
  const c = text[pos];
  return text.slice(0, pos) + (c === 'e' ? 'a' : 'e') + text.slice(pos + 1);
}

/** Progress goes to stderr so the table on stdout stays clean. */
function progress(step) {
  process.stderr.write(`bench: ${step}…\n`);
}

function main() {
  const rows = [];
  const row = (measure, ours, theirs, unit, target, pass, note = '') => rows.push({ measure, ours, theirs, unit, target, pass, note });
  const notes = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-bench-'));
  try {
    let engineBundle = null;
    try {
      engineBundle = bundleEngine(dir);
    } catch (err) {
      notes.push(`engine bundle failed (src/core/engine.ts): ${err.message.split('\n')[0]}`);
    }
    const nlp = loadCompromise();

    // --- 1. CLI, whole process, 100,000 words -------------------------------------------------------
    progress('CLI on a 100,000-word article');
    const article = buildArticle(WORDS_CLI);
    const articleFile = path.join(dir, 'article-100k.txt');
    fs.writeFileSync(articleFile, article);
    const words = countWords(article);
    notes.push(`article: ${words} words, ${article.length} UTF-16 units, ${article.split('\n\n').length} distinct paragraphs (dev-set texts + invented wire copy)`);
    let cli = null;
    try {
      cli = findCli(dir);
      notes.push(`CLI: ${cli.how}`);
    } catch (err) {
      notes.push(`CLI not available: ${err.message.split('\n')[0]}`);
    }
    let ours = null;
    if (cli) {
      try {
        ours = timeProcess([cli.file, 'entities', articleFile, '--format', 'json', '--no-corrections'], RUNS.cli, { cwd: dir });
        const parsed = JSON.parse(ours.out);
        notes.push(`CLI found ${Array.isArray(parsed) ? parsed.length : '?'} entities; wall runs (ms): ${ours.all.map((x) => x.toFixed(0)).join(', ')}; median CPU ${fmt(ours.cpuMs, 0)} ms`);
      } catch (err) {
        notes.push(`CLI run failed: ${err.message}`);
        ours = null;
      }
    }
    progress('compromise on the same file (whole process)');
    const baseline = timeProcess([path.join(LIB, 'compromiseEntities.js'), articleFile], RUNS.cliBaseline, { cwd: LIB }, BASELINE_CAP_MS);
    notes.push(
      baseline.capped
        ? `compromise did not finish the 100k-word file within ${BASELINE_CAP_MS / 1000} s (killed); its time and the speed-up are lower bounds`
        : `compromise found ${JSON.parse(baseline.out).length} entities; wall runs (ms): ${baseline.all.map((x) => x.toFixed(0)).join(', ')}; median CPU ${fmt(baseline.cpuMs, 0)} ms`,
    );
    row('CLI entities, 100k words, whole process', ours?.ms, baseline.ms, 'ms', `< ${TARGETS.cliMs}`, ours ? ours.ms < TARGETS.cliMs : null, baseline.capped ? 'compromise capped: ">"' : '');
    const speedup = ours ? baseline.ms / ours.ms : null;
    row('CLI speed-up vs compromise', speedup, null, baseline.capped ? '× (≥)' : '×', `≥ ${TARGETS.cliSpeedup}`, speedup === null ? null : speedup >= TARGETS.cliSpeedup, baseline.capped ? 'lower bound' : '');

    // --- 2. In-process speed, 10,000 words --------------------------------------------------------------
    progress('in-process speed');
    const text10k = buildArticle(WORDS_IN_PROCESS, 11);
    const w10k = countWords(text10k);
    const per10k = (ms) => (ms * 10_000) / w10k;
    let eng = null;
    if (engineBundle) eng = require(engineBundle);
    let engineMs = null;
    let coldMs = null;
    if (eng) {
      const t0 = performance.now();
      eng.createEngine().analyze(text10k);
      coldMs = performance.now() - t0;
      // A fresh engine each time: no paragraph cache, the full cost of a first look at an article.
      engineMs = timeInProcess(() => eng.createEngine().analyze(text10k), RUNS.inProcess);
      notes.push(`engine in-process: median CPU ${per10k(lastCpuMs).toFixed(1)} ms per 10k words (wall ${per10k(engineMs).toFixed(1)})`);
    }
    const compromiseMs = timeInProcess(() => compromiseEntities(nlp, text10k), RUNS.baseline);
    row('in-process analysis, per 10k words (warm)', engineMs === null ? null : per10k(engineMs), per10k(compromiseMs), 'ms', `≤ ${TARGETS.msPer10k}`, engineMs === null ? null : per10k(engineMs) <= TARGETS.msPer10k,
      coldMs === null ? '' : `first call ${per10k(coldMs).toFixed(1)} ms`);
    row('  ratio compromise / engine', engineMs === null ? null : compromiseMs / engineMs, null, '×', '', null);
    if (eng && eng.findFigures) {
      // Called per paragraph, as the engine does.
      const paragraphs = text10k.split(/\n\s*\n/);
      const figMs = timeInProcess(() => paragraphs.forEach((p) => eng.findFigures(p)), RUNS.inProcess);
      notes.push(`findFigures in-process: median CPU ${per10k(lastCpuMs).toFixed(1)} ms per 10k words (wall ${per10k(figMs).toFixed(1)})`);
      row('  of which findFigures, per 10k words', per10k(figMs), null, 'ms', `≤ ${TARGETS.figuresMsPer10k}`, per10k(figMs) <= TARGETS.figuresMsPer10k, 'per paragraph');
    }

    // --- 3. Incremental re-analysis after a one-character edit -----------------------------------------
    if (eng) {
      const engine = eng.createEngine();
      let current = text10k;
      engine.analyze(current);
      const times = [];
      const cpuTimes = [];
      for (let i = 1; i <= RUNS.edits; i++) {
        current = editOneCharacter(current, i);
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        engine.analyze(current);
        times.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpuTimes.push((c.user + c.system) / 1000);
      }
      const ms = median(times);
      notes.push(`re-analysis after an edit: median CPU ${median(cpuTimes).toFixed(1)} ms (wall ${ms.toFixed(1)})`);
      row('re-analysis after 1-char edit, 10k words', ms, null, 'ms', `≤ ${TARGETS.incrementalMs}`, ms <= TARGETS.incrementalMs, `median of ${RUNS.edits} edits`);
    } else {
      row('re-analysis after 1-char edit, 10k words', null, null, 'ms', `≤ ${TARGETS.incrementalMs}`, null);
    }

    // --- 4. Cold load in a fresh process ---------------------------------------------------------------
    progress('cold load');
    const loads = [];
    const compromiseLoads = [];
    for (let i = 0; i < RUNS.load; i++) {
      if (engineBundle) loads.push(probe([path.join(LIB, 'loadProbe.js'), 'engine', engineBundle]).ms);
      compromiseLoads.push(probe([path.join(LIB, 'loadProbe.js'), 'compromise']).ms);
    }
    const loadMs = loads.length ? median(loads) : null;
    row('engine load (require + createEngine), fresh process', loadMs, median(compromiseLoads), 'ms', `≤ ${TARGETS.loadMs}`, loadMs === null ? null : loadMs <= TARGETS.loadMs);

    // --- 5. Memory for a 1 MB article ---------------------------------------------------------------------
    progress('memory for a 1 MB article');
    const big = buildArticle(Math.ceil((ARTICLE_BYTES_MEMORY / article.length) * words * 1.05), 13);
    const cut = big.lastIndexOf('\n\n', ARTICLE_BYTES_MEMORY);
    const megabyte = big.slice(0, cut > 0 ? cut : ARTICLE_BYTES_MEMORY);
    const bigFile = path.join(dir, 'article-1mb.txt');
    fs.writeFileSync(bigFile, megabyte);
    let mem = null;
    if (engineBundle) {
      try {
        mem = probe(['--expose-gc', path.join(LIB, 'memoryProbe.js'), 'engine', engineBundle, bigFile]);
      } catch (err) {
        notes.push(`engine memory probe failed: ${err.message}`);
      }
    }
    let memBase = null;
    progress('compromise memory probe (1 MB)');
    try {
      memBase = probe(['--expose-gc', path.join(LIB, 'memoryProbe.js'), 'compromise', bigFile], MEMORY_BASELINE_CAP_MS);
    } catch (err) {
      notes.push(`compromise memory probe failed: ${err.message}`);
    }
    row(`memory growth, ${(megabyte.length / 1e6).toFixed(2)} MB article (peak RSS)`, mem?.rssGrowthMB, memBase?.rssGrowthMB, 'MB', `≤ ${TARGETS.memoryMB}`, mem ? mem.rssGrowthMB <= TARGETS.memoryMB : null,
      mem ? `heap +${mem.heapGrowthMB.toFixed(1)} MB, analysed in ${mem.ms.toFixed(0)} ms` : '');
    if (memBase) notes.push(`compromise on the 1 MB article: ${memBase.ms.toFixed(0)} ms, heap +${memBase.heapGrowthMB.toFixed(1)} MB`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }

  notes.push(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' / ')} (1/5/15 min) at the end; wall times include waiting for a core`);
  print(rows, notes);
  const missed = rows.filter((r) => r.pass === false).length;
  const unknown = rows.filter((r) => r.pass === null && r.target).length;
  console.log(`\n${rows.filter((r) => r.pass === true).length} PASS, ${missed} MISS, ${unknown} not measured`);
  // A MISS is a finding, not a crash: the exit code only says whether the benchmark could run at all.
  process.exitCode = 0;
}

function print(rows, notes) {
  const head = ['measure', 'Newsmark', 'compromise', 'unit', 'target', 'result', 'note'];
  const body = rows.map((r) => [
    r.measure,
    fmt(r.ours),
    r.note.includes('capped') && r.theirs !== null ? `> ${fmt(r.theirs, 0)}` : fmt(r.theirs),
    r.unit,
    r.target,
    r.pass === true ? 'PASS' : r.pass === false ? 'MISS' : r.target ? 'n/a' : '',
    r.note,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)));
  const line = (cells) => cells.map((c, i) => (i >= 1 && i <= 2 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join('  ').trimEnd();
  console.log('\nNewsmark engine benchmark (median of runs; compromise run on the same text in the same process tree)\n');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const b of body) console.log(line(b));
  console.log('');
  for (const n of notes) console.log(`- ${n}`);
}

main();
