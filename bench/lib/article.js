// Builds long, realistic, invented wire-news articles for benchmarks: every paragraph distinct, so no cache can shortcut them.
'use strict';

const fs = require('fs');
const path = require('path');

/** The dev set lives beside the repository and is read at run time, never copied into it. */
const DEV_SET = path.resolve(__dirname, '../../../shared/data/meantime-en/meantime_en_dev.jsonl');

/** A small deterministic generator (mulberry32) so every run benchmarks the same text. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Amina', 'Daniel', 'Olena', 'Rahul', 'Grace', 'Tomás', 'Mei', 'Yusuf', 'Ingrid', 'Kwame', 'Lucía', 'Pieter', 'Hana', 'Samir', 'Chloe', 'Dmitri'];
const LAST = ['Okafor', 'Lindqvist', 'Moreau', 'Banerjee', 'Kowalski', 'Haddad', 'Mensah', 'Tanaka', 'Ferreira', 'Novak', 'Abdi', 'Castillo', 'Brennan', 'Sato', 'Petrov', 'Nyambura'];
const ROLES = ['Finance Minister', 'opposition leader', 'central bank governor', 'army spokesman', 'election commission chairman', 'Foreign Minister', 'union leader', 'chief executive'];
const PLACES = ['Nairobi', 'Warsaw', 'Lagos', 'Jakarta', 'Kyiv', 'Lima', 'Manila', 'Accra', 'Dhaka', 'Brussels', 'Bogotá', 'Ankara', 'Hanoi', 'Tunis', 'Quito', 'Tbilisi'];
const COUNTRIES = ['Kenya', 'Poland', 'Nigeria', 'Indonesia', 'Ukraine', 'Peru', 'the Philippines', 'Ghana', 'Bangladesh', 'Belgium', 'Colombia', 'Turkey', 'Vietnam', 'Tunisia', 'Ecuador', 'Georgia'];
const ORGS = ['the World Bank', 'the International Monetary Fund', 'the European Commission', 'the African Union', 'the Red Cross', 'Reuters', 'the United Nations', 'the Central Bank', 'the Electoral Commission', 'Amnesty International'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const THINGS = ['protesters', 'voters', 'soldiers', 'families', 'nurses', 'workers', 'refugees', 'polling stations', 'villages', 'schools'];

const SENTENCES = [
  (r) => `${r.person()}, the ${r.pick(ROLES)}, said on ${r.pick(DAYS)} that ${r.int(2, 90)} per cent of ${r.pick(THINGS)} in ${r.pick(PLACES)} had been affected.`,
  (r) => `The ministry said ${r.int(100, 9000).toLocaleString('en-US')} people were killed and ${r.int(2, 40)},${String(r.int(100, 999))} ${r.pick(THINGS)} displaced across ${r.word()} provinces.`,
  (r) => `${r.cap(r.pick(ORGS))} pledged $${r.int(2, 900)} million in aid to ${r.pick(COUNTRIES)} on ${r.pick(MONTHS)} ${r.int(1, 28)}, ${r.int(1995, 2025)}.`,
  (r) => `Turnout was ${r.int(30, 80)}.${r.int(0, 9)} per cent, the ${r.pick(ROLES)} ${r.person()} told reporters in ${r.pick(PLACES)}.`,
  (r) => `After a ${r.word()}-day summit in ${r.pick(PLACES)}, ${r.person()} said talks with ${r.pick(ORGS)} would resume within ${r.int(2, 72)} hours.`,
  (r) => `The convoy travelled ${r.int(20, 900)} km carrying ${r.int(1, 20)},000 tonnes of grain from ${r.pick(PLACES)}, according to ${r.pick(ORGS)}.`,
  (r) => `Inflation in ${r.pick(COUNTRIES)} rose to ${r.int(2, 40)}.${r.int(0, 9)}% in ${r.pick(MONTHS)}, up ${r.int(1, 9)}.${r.int(1, 9)} percentage points from a year earlier.`,
  (r) => `"We will not accept this," ${r.person()} said in ${r.pick(PLACES)}, where tens of thousands of ${r.pick(THINGS)} gathered for the ${r.int(2, 30)}th day.`,
  (r) => `The €${r.int(1, 99)}.${r.int(1, 9)}bn package, agreed in ${r.int(2001, 2024)}, will run for ${r.word()} years, ${r.person()} of ${r.pick(ORGS)} said.`,
  (r) => `Temperatures reached ${r.int(35, 49)} degrees Celsius in ${r.pick(PLACES)} on ${r.pick(DAYS)}, and ${r.int(2, 40)} square kilometres of forest burned.`,
  (r) => `${r.person()} won ${r.int(40, 70)} per cent of the vote in the ${r.pick(['first', 'second'])} round, beating ${r.person()} by ${r.int(100, 900)},${String(r.int(100, 999))} votes.`,
  (r) => `Shares of the state oil company fell ${r.int(1, 12)}% to ${r.int(10, 99)}.${r.int(10, 99)} in ${r.pick(PLACES)} after output dropped by ${r.int(1, 3)} million barrels a day.`,
];

const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve'];

function makeRandom(seed) {
  const next = rng(seed);
  const r = {
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    person: () => `${r.pick(FIRST)} ${r.pick(LAST)}`,
    word: () => r.pick(NUMBER_WORDS),
    cap: (s) => s[0].toUpperCase() + s.slice(1),
  };
  return r;
}

function countWords(text) {
  const m = text.match(/\S+/g);
  return m ? m.length : 0;
}

/** Invented paragraphs of three to six sentences each, until `words` words; deterministic for a given seed. */
function inventedArticle(words, seed = 7) {
  const r = makeRandom(seed);
  const paragraphs = [];
  let total = 0;
  let n = 0;
  while (total < words) {
    const sentences = [];
    const count = r.int(3, 6);
    for (let i = 0; i < count; i++) sentences.push(r.pick(SENTENCES)(r));
    // A dateline-style serial keeps even identical sentence draws distinct paragraphs.
    const para = `${r.pick(PLACES).toUpperCase()}, ${r.pick(MONTHS)} ${r.int(1, 28)} (Wire ${++n}) - ${sentences.join(' ')}`;
    paragraphs.push(para);
    total += countWords(para);
  }
  return paragraphs.join('\n\n');
}

/** The dev set's article texts, if the shared data folder is present; otherwise an empty list. */
function devTexts() {
  if (!fs.existsSync(DEV_SET)) return [];
  return fs
    .readFileSync(DEV_SET, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);
}

/**
 * An article of about `words` words: the dev set's real news texts once each (when present), topped up with
 * invented paragraphs. No paragraph repeats, so per-paragraph caches get no free hits.
 */
function buildArticle(words, seed = 7) {
  const real = devTexts().join('\n\n');
  const realWords = countWords(real);
  if (realWords >= words) return real;
  const invented = inventedArticle(words - realWords, seed);
  return real ? `${real}\n\n${invented}` : invented;
}

module.exports = { buildArticle, inventedArticle, countWords, DEV_SET };
