#!/usr/bin/env node
// Scores findFigures against the FIGURE gold of the MEANTIME dev set (read from ../shared at run time, never copied).
// Usage: node scripts/evalFigures.js [--errors] [--by-type]
require('tsx/cjs');
const fs = require('fs');
const path = require('path');
const { findFigures } = require('../src/core/figures/findFigures.ts');
const { scoreSpans, sumScores } = require('../src/core/eval/scoreSpans.ts');

const DATA = path.resolve(__dirname, '../../shared/data/meantime-en/meantime_en_dev.jsonl');
/** Gold values MEANTIME gives vague time words ("now", "recently"); the brief says these are not figures. */
const VAGUE_VALUES = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);

/** A figure states something: a digit, a number word, a month or weekday, a decade or a unit of time with a number. */
const STATED = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|thousand|million|billion|dozen|half|quarter|decade|century|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|hundreds|thousands|billions|millions)\b/i;

function loadGold() {
  if (!fs.existsSync(DATA)) {
    console.error(`evalFigures: dev set not found at ${DATA}; nothing to score.`);
    process.exit(2);
  }
  return fs
    .readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}

function pct(x) {
  return (100 * x).toFixed(1).padStart(5);
}

function main() {
  const showErrors = process.argv.includes('--errors');
  const docs = loadGold();
  const perDoc = [];
  const policyDocs = [];
  const byOrig = new Map();
  const errors = [];
  let ms = 0;
  for (const doc of docs) {
    const gold = doc.entities.filter((e) => e.type === 'FIGURE' && !VAGUE_VALUES.has(e.value));
    const t0 = process.hrtime.bigint();
    const predicted = findFigures(doc.text);
    ms += Number(process.hrtime.bigint() - t0) / 1e6;
    perDoc.push(scoreSpans(gold, predicted));
    // The brief's own rule: deictic words ("today", "last year", "the day") are not figures. MEANTIME annotates them
    // with resolved values, so a second score leaves out gold spans with no number, month, weekday or time unit.
    const stated = gold.filter((g) => STATED.test(g.text));
    policyDocs.push(scoreSpans(stated, predicted.filter((p) => !gold.some((g) => !STATED.test(g.text) && g.start < p.end && g.end > p.start))));
    const predKeys = new Set(predicted.map((p) => `${p.start}:${p.end}`));
    const goldKeys = new Set(gold.map((g) => `${g.start}:${g.end}`));
    for (const g of gold) {
      const hit = predKeys.has(`${g.start}:${g.end}`);
      const o = byOrig.get(g.orig) ?? { gold: 0, hit: 0 };
      o.gold++;
      if (hit) o.hit++;
      byOrig.set(g.orig, o);
      if (!hit) {
        const near = predicted.find((p) => p.start < g.end && p.end > g.start);
        errors.push(`MISS ${g.orig.padEnd(8)} ${JSON.stringify(g.text)}${near ? ` (got ${JSON.stringify(near.text)})` : ''}  «${doc.text.slice(Math.max(0, g.start - 30), g.end + 30).replace(/\n/g, '⏎')}»`);
      }
    }
    for (const p of predicted) {
      if (!goldKeys.has(`${p.start}:${p.end}`) && !gold.some((g) => g.start < p.end && g.end > p.start)) {
        errors.push(`FP   ${p.subtype.padEnd(8)} ${JSON.stringify(p.text)}  «${doc.text.slice(Math.max(0, p.start - 30), p.end + 30).replace(/\n/g, '⏎')}»`);
      }
    }
  }
  const total = sumScores(perDoc);
  const policy = sumScores(policyDocs);
  console.log(`FIGURE on ${docs.length} MEANTIME dev documents (gold without PRESENT/PAST/FUTURE_REF: ${total.strict.gold} spans; predicted ${total.strict.predicted})`);
  console.log(`  strict   P ${pct(total.strict.p)}  R ${pct(total.strict.r)}  F1 ${pct(total.strict.f1)}`);
  console.log(`  lenient  P ${pct(total.lenient.p)}  R ${pct(total.lenient.r)}  F1 ${pct(total.lenient.f1)}`);
  console.log(`  without deictic gold (no number, month or weekday in the span: ${total.strict.gold - policy.strict.gold} spans, e.g. "today", "last year"; the brief rules them out):`);
  console.log(`  strict   P ${pct(policy.strict.p)}  R ${pct(policy.strict.r)}  F1 ${pct(policy.strict.f1)}`);
  console.log(`  lenient  P ${pct(policy.lenient.p)}  R ${pct(policy.lenient.r)}  F1 ${pct(policy.lenient.f1)}`);
  console.log(`  strict recall by gold type: ${[...byOrig].map(([k, v]) => `${k} ${v.hit}/${v.gold}`).join(', ')}`);
  console.log(`  findFigures time: ${ms.toFixed(1)} ms for ${docs.reduce((n, d) => n + d.text.length, 0)} characters`);
  if (showErrors) for (const e of errors.sort()) console.log(e);
}

main();
