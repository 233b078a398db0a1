#!/usr/bin/env node
// The baseline: what compromise finds in an article (people, places, organisations, numbers, money, percentages) as JSON, whole-process like our CLI.
'use strict';

const fs = require('fs');

/** Runs compromise over `text` and returns entities with UTF-16 offsets, the same shape our CLI prints. */
function compromiseEntities(nlp, text) {
  const doc = nlp(text);
  const out = [];
  const add = (view, type) => {
    for (const m of view.json({ offset: true, text: true, terms: false })) {
      if (m.offset) out.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type, text: m.text });
    }
  };
  add(doc.people(), 'PERSON');
  add(doc.places(), 'PLACE');
  add(doc.organizations(), 'ORG');
  add(doc.money(), 'FIGURE');
  add(doc.percentages(), 'FIGURE');
  add(doc.numbers(), 'FIGURE');
  out.sort((a, b) => a.start - b.start);
  return out;
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write('usage: compromiseEntities.js FILE\n');
    process.exit(2);
  }
  const loaded = require('compromise');
  const nlp = typeof loaded === 'function' ? loaded : loaded.default;
  const text = fs.readFileSync(file, 'utf8');
  process.stdout.write(JSON.stringify(compromiseEntities(nlp, text)));
}

module.exports = { compromiseEntities };
