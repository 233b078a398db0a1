// `npm run eval`: scores the entity engine (and compromise, as a reference) on the MEANTIME dev set, per type, strict and lenient.
//
// Reads ../shared/data/meantime-en/meantime_en_dev.jsonl relative to the repository (never copied into the project).
// Gold clean-up, as the data's README advises: nationality adjectives (demonym: true) are not places; vague time words
// (PRESENT_REF/PAST_REF/FUTURE_REF) are not figures.
// It then scores the invented wire set in test/fixtures/wire: articles written and annotated for Newsmark by
// independent writers who never saw the engine, in the politics, conflict, election and business copy Newsmark is for.
// Their guide leaves hedges ("more than", "about") out of figure spans, so hedges are moved out of both sides there.
// Options: --verbose prints each document's misses and false alarms; --type=PERSON limits that to one type.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const esbuild = require('esbuild');

const ROOT = path.resolve(__dirname, '..');
const DATA = path.resolve(ROOT, '..', 'shared', 'data', 'meantime-en', 'meantime_en_dev.jsonl');
const WIRE = path.join(ROOT, 'test', 'fixtures', 'wire');
const TYPES = ['PERSON', 'PLACE', 'ORG', 'FIGURE'];
const VAGUE_TIME = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
/** Timed passes after the scored one; the median is reported. */
const WARM_PASSES = 5;

function loadCore() {
  // One small bundle of the engine and the scorer, so this script runs in plain Node with no TypeScript loader.
  const out = path.join(os.tmpdir(), `newsmark-eval-${process.pid}.js`);
  esbuild.buildSync({
    stdin: {
      contents:
        "export { createEngine } from './src/core/engine'; export { scoreSpans, sumScores } from './src/core/eval/scoreSpans'; export { stripHedges } from './src/core/eval/stripHedges';",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: out,
    loader: { '.json': 'json' },
    logLevel: 'silent',
  });
  const mod = require(out);
  fs.unlinkSync(out);
  return mod;
}

/** compromise's people/places/organisations/values, as typed spans with UTF-16 offsets. */
function compromiseSpans(nlp, text) {
  const doc = nlp(text);
  const out = [];
  const add = (view, type) => {
    for (const j of view.json({ offset: true })) {
      if (!j.offset) continue;
      // compromise includes trailing punctuation in some terms' offsets; trim to the words.
      let start = j.offset.start;
      let end = start + j.offset.length;
      while (end > start && /[\s.,;:!?'"’”)]/.test(text[end - 1])) end--;
      while (start < end && /[\s"“'‘(]/.test(text[start])) start++;
      out.push({ start, end, type });
    }
  };
  add(doc.people(), 'PERSON');
  add(doc.places(), 'PLACE');
  add(doc.organizations(), 'ORG');
  add(doc.values(), 'FIGURE');
  return out;
}

function fmt(prf) {
  return `P ${prf.p.toFixed(3)} R ${prf.r.toFixed(3)} F1 ${prf.f1.toFixed(3)}`;
}

function main() {
  if (!fs.existsSync(DATA)) {
    console.error(`eval: dev data not found at ${DATA}; nothing to score.`);
    process.exit(2);
  }
  const verbose = process.argv.includes('--verbose');
  const onlyType = (process.argv.find((a) => a.startsWith('--type=')) || '').slice('--type='.length) || null;
  const core = loadCore();
  const { createEngine, scoreSpans, sumScores } = core;
  const nlp = require('compromise');
  const engine = createEngine();
  const docs = fs.readFileSync(DATA, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  const tallies = emptyTallies();
  let ms = 0;
  let words = 0;
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => !(e.type === 'PLACE' && e.demonym) && !(e.type === 'FIGURE' && VAGUE_TIME.has(e.value)));
    const t0 = process.hrtime.bigint();
    const analysis = engine.analyze(doc.text);
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
    words += doc.text.split(/\s+/).length;
    tally(scoreSpans, tallies, doc.id, gold, analysis.entities, compromiseSpans(nlp, doc.text), verbose && { onlyType });
  }
  // Further passes with fresh engines (no paragraph cache) show the steady speed without loading and JIT warm-up;
  // the median of several keeps one garbage collection or a busy machine from deciding the figure.
  const warmRuns = [];
  for (let run = 0; run < WARM_PASSES; run++) {
    const warmEngine = createEngine();
    const t1 = process.hrtime.bigint();
    for (const doc of docs) warmEngine.analyze(doc.text);
    warmRuns.push(Number(process.hrtime.bigint() - t1) / 1e6);
  }
  warmRuns.sort((x, y) => x - y);
  const warmMs = warmRuns[Math.floor(WARM_PASSES / 2)];
  const per10k = (x) => ((x / words) * 10000).toFixed(1);
  console.log(`MEANTIME dev: ${docs.length} documents, ${words} words; engine first pass ${ms.toFixed(1)} ms (${per10k(ms)} ms per 10k words, includes loading), warm passes median ${warmMs.toFixed(1)} ms (${per10k(warmMs)} ms per 10k words)`);
  printTable(sumScores, tallies);
  scoreWireSet(core, nlp, verbose, onlyType);
}

/** Per type, the scores of Newsmark ("ours") and of compromise ("theirs"), one entry per document. */
function emptyTallies() {
  return { ours: Object.fromEntries(TYPES.map((t) => [t, []])), theirs: Object.fromEntries(TYPES.map((t) => [t, []])) };
}

/**
 * Scores one document's predictions against its gold spans, per type, into `tallies`; with `verbose` (an object naming
 * an optional type) prints what was missed and what was extra.
 */
function tally(scoreSpans, tallies, id, gold, mine, ref, verbose) {
  for (const t of TYPES) {
    const g = gold.filter((e) => e.type === t);
    const p = mine.filter((e) => e.type === t);
    tallies.ours[t].push(scoreSpans(g, p));
    tallies.theirs[t].push(scoreSpans(g, ref.filter((e) => e.type === t)));
    if (verbose && (!verbose.onlyType || verbose.onlyType === t)) {
      const key = (e) => `${e.start}:${e.end}`;
      const gk = new Set(g.map(key));
      const pk = new Set(p.map(key));
      const missed = g.filter((e) => !pk.has(key(e))).map((e) => e.text);
      const wrong = p.filter((e) => !gk.has(key(e))).map((e) => e.text);
      if (missed.length || wrong.length) console.log(`${id} ${t}\n  missed: ${JSON.stringify(missed)}\n  extra:  ${JSON.stringify(wrong)}`);
    }
  }
}

/** The per-type table of strict and lenient scores, Newsmark above compromise. */
function printTable(sumScores, tallies) {
  console.log('type     system      strict                          lenient');
  for (const t of TYPES) {
    const a = sumScores(tallies.ours[t]);
    const b = sumScores(tallies.theirs[t]);
    console.log(`${t.padEnd(8)} newsmark    ${fmt(a.strict)}   ${fmt(a.lenient)}   (gold ${a.strict.gold}, predicted ${a.strict.predicted})`);
    console.log(`${''.padEnd(8)} compromise  ${fmt(b.strict)}   ${fmt(b.lenient)}   (predicted ${b.strict.predicted})`);
  }
}

/** The invented wire set: per type, strict and lenient, Newsmark and compromise, hedges moved out of figure spans. */
function scoreWireSet({ createEngine, scoreSpans, sumScores, stripHedges }, nlp, verbose, onlyType) {
  const files = fs.readdirSync(WIRE).filter((f) => f.endsWith('.txt')).sort();
  const tallies = emptyTallies();
  let words = 0;
  for (const f of files) {
    const text = fs.readFileSync(path.join(WIRE, f), 'utf8');
    words += text.split(/\s+/).length;
    const gold = stripHedges(JSON.parse(fs.readFileSync(path.join(WIRE, f.replace(/\.txt$/, '.gold.json')), 'utf8')));
    const mine = stripHedges(createEngine().analyze(text).entities);
    const ref = stripHedges(compromiseSpans(nlp, text).map((e) => ({ ...e, text: text.slice(e.start, e.end) })));
    tally(scoreSpans, tallies, f, gold, mine, ref, verbose && { onlyType });
  }
  console.log(`\nInvented wire set (test/fixtures/wire): ${files.length} articles, ${words} words; hedges moved out of figure spans`);
  printTable(sumScores, tallies);
}

main();
