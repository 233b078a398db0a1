import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeText, createEngine } from '../../src/core/engine';
import { scoreSpans, sumScores } from '../../src/core/eval/scoreSpans';
import { stripHedges } from '../../src/core/eval/stripHedges';
import type { Analysis, Annotation, Entity } from '../../src/core/model';
import { seededRandom } from '../support/seededRandom';

const spans = (a: Analysis, type: string) => a.entities.filter((e) => e.type === type).map((e) => e.text);
const FIXTURES = path.resolve(__dirname, '../fixtures/articles');
/** Wire articles written and annotated for Newsmark by writers who never saw the engine (see scripts/eval.js). */
const WIRE = path.resolve(__dirname, '../fixtures/wire');
/** Strict F1 floors on the wire set, a little under what the engine scores, so a regression fails loudly. */
const MIN_WIRE_F1 = { PERSON: 0.96, PLACE: 0.96, ORG: 0.89, FIGURE: 0.93 };
const DEV_SET = path.resolve(__dirname, '../../../shared/data/meantime-en/meantime_en_dev.jsonl');
/** Each invented fixture article must score at least this exact-span F1 over names. */
const MIN_FIXTURE_F1 = 0.9;
/** Floors on the dev set, a little under current scores so real regressions fail the build. */
const MIN_DEV_F1 = { PERSON: 0.93, PLACE: 0.845, ORG: 0.825, FIGURE: 0.85 };
/** Vague time words the dev gold marks as figures and Newsmark leaves out by design (see the data's README). */
const VAGUE_TIME = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
/** Incremental re-analysis budget after a one-character edit in a 10,000-word article. */
const MAX_INCREMENTAL_MS = 5;
const FIVE_MB = 5 * 1024 * 1024;
const WARM_UP_RUNS = 10;
const TIMED_RUNS = 21;
const TIMING_ROUNDS = 3;
/** Random texts the word-soup test analyses; each takes well under a millisecond. */
const WORD_SOUP_ROUNDS = 1500;

function assertWellFormed(text: string, a: Analysis): void {
  for (let i = 0; i < a.entities.length; i++) {
    const e = a.entities[i];
    assert.equal(text.slice(e.start, e.end), e.text, `offsets of ${e.text}`);
    if (i > 0) assert.ok(a.entities[i - 1].end <= e.start, `${a.entities[i - 1].text} overlaps ${e.text}`);
  }
}

function correction(text: string, quote: string, kind: Annotation['kind'], extra: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(quote);
  return {
    id: `c-${quote}`, anchor: { start, end: start + quote.length, quote, prefix: '', suffix: '' }, kind, status: 'verified',
    tags: [], author: 'desk', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', replies: [], ...extra,
  };
}

/** About `words` words of varied wire copy. */
function longArticle(words: number): string {
  const paras = [
    'KHERSON, Ukraine — Mykola Tkachuk, mayor of the besieged city, said on Tuesday that 1,200 people had left by bus.',
    'Foreign Minister Anna Lindqvist met officials of the European Commission in Brussels to discuss reconstruction aid.',
    'The Red Cross said convoys reached Zaporizhzhia, while Tkachuk warned that power cuts would continue.',
    'Analysts at the International Monetary Fund expect growth of 3% next year, Lindqvist told reporters.',
  ];
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const p = `${paras[i % paras.length]} Update ${i}.`;
    out.push(p);
    n += p.split(' ').length;
  }
  return out.join('\n\n');
}

describe('engine', () => {
  it('finds people, places and organisations in a wire paragraph, with offsets matching the text', () => {
    const text = 'KYIV, Ukraine — Foreign Minister Anna Lindqvist met officials of the European Commission in Kyiv on Monday.';
    const a = analyzeText(text);
    assert.deepEqual(spans(a, 'PERSON'), ['Anna Lindqvist']);
    assert.deepEqual(spans(a, 'PLACE'), ['KYIV', 'Ukraine', 'Kyiv']);
    assert.deepEqual(spans(a, 'ORG'), ['European Commission']);
    assertWellFormed(text, a);
  });

  it('never throws on word soup built from the pieces that trip name finders', () => {
    // Site furniture ("Email | Print"), titles, particles, dateline capitals and figures, in random order and at the
    // edges of lines, where index arithmetic goes wrong.
    const pieces = [
      'Email', '|', 'Print', 'Share', 'The', 'the', 'President', 'Foreign Minister', 'of', 'and', 'de', 'von der', 'al-',
      'Misrata', 'Bani Walid', 'KYIV,', 'Ukraine', '—', '(AP)', 'said', 'told', "'s", '’s', 'Mr', 'Jan.', '12', '250,000',
      '64 per cent', '$4.5bn', '787', 'Boeing', 'Apple', 'Computer', '.', ',', '“', '”', '(', ')', '\n', '\r\n', 'Dr.', 'U.S.',
      'NATO', 'Red Cross', 'Party', 'in', 'near', 'city of', 'region', 'Gen.', 'Officials', 'Print.', '&', '-', 'St.', '👍',
      '(PML-N)', '(AfD)', 'League-Nawaz', 'Alternative for', 'Germany', 'Workers’', 'Cox’s', 'd’Ivoire', 'R-Texas', 'OPEC+',
      'Secretary of State', 'Senate', 'Majority Leader', 'said', 'including', 'villages such as', ', a district', 'Tue', '2am.',
    ];
    const random = seededRandom(20261122);
    for (let round = 0; round < WORD_SOUP_ROUNDS; round++) {
      const words: string[] = [];
      const n = 1 + Math.floor(random() * 12);
      for (let k = 0; k < n; k++) words.push(pieces[Math.floor(random() * pieces.length)]);
      const text = words.join(random() < 0.5 ? ' ' : '');
      const a = analyzeText(text);
      assertWellFormed(text, a);
    }
  });

  it('carries only model numbers across paragraphs, not labels or codes', () => {
    const text = 'Operators rolled out a 5G network under Article 5.\n\nPolice said 5 people were killed.';
    assert.deepEqual(spans(analyzeText(text), 'FIGURE'), ['5']);
  });

  it('shortens a company to its first word even when a role-like noun names its trade', () => {
    const a = analyzeText('The group agreed to buy Black Sea trader Danubia Agro for $4.5bn. Danubia handled 9.6 million tonnes.');
    assert.deepEqual(spans(a, 'ORG'), ['Danubia Agro', 'Danubia']);
  });

  it('does not count a number the article uses as a model name in another paragraph', () => {
    const text = 'The airline ordered 20 Boeing 787 jets on Monday.\n\nDeliveries of the 787 are late, and 313 staff were laid off.';
    const a = analyzeText(text);
    assert.deepEqual(spans(a, 'FIGURE'), ['20', 'Monday', '313']);
  });

  it('clusters mentions with canonical names, aliases and roles', () => {
    const text = 'Élysée spokeswoman Claire Dubois said President Emmanuel Macron would travel. Macron declined to comment, Dubois added.';
    const a = analyzeText(text);
    const macron = a.clusters.find((c) => c.canonical === 'Emmanuel Macron');
    assert.ok(macron);
    assert.deepEqual(macron.aliases, ['Emmanuel Macron', 'Macron']);
    assert.equal(macron.role, 'President');
    const dubois = a.clusters.find((c) => c.canonical === 'Claire Dubois');
    assert.equal(dubois?.role, 'Élysée spokeswoman');
    const lone = a.entities.find((e) => e.text === 'Dubois');
    assert.equal(lone?.canonical, 'Claire Dubois');
  });

  it('keeps surname particles with the surname and clusters them', () => {
    const a = analyzeText('Commission President Ursula von der Leyen arrived. Later von der Leyen said the plan of de Gaulle was dead.');
    assert.deepEqual(spans(a, 'PERSON'), ['Ursula von der Leyen', 'von der Leyen', 'de Gaulle']);
    const leyen = a.clusters.find((c) => c.canonical === 'Ursula von der Leyen');
    assert.deepEqual(leyen?.aliases, ['Ursula von der Leyen', 'von der Leyen']);
    assert.deepEqual(spans(a, 'ORG'), ['Commission']);
  });

  it('merges transliteration variants in one cluster', () => {
    const a = analyzeText('Muammar Gaddafi ruled Libya for 42 years. Qaddafi loyalists and Kadhafi’s sons fled.');
    const c = a.clusters.find((x) => x.canonical === 'Muammar Gaddafi');
    assert.deepEqual(c?.aliases, ['Muammar Gaddafi', 'Qaddafi', 'Kadhafi']);
  });

  it('takes the speaker of a quotation for a person and prefers ordinary spelling for canonical names', () => {
    const a = analyzeText('KYIV, UKRAINE — “We will hold the line,” Syrskyi said. Ukraine asked for more air defence.');
    assert.deepEqual(spans(a, 'PERSON'), ['Syrskyi']);
    const ukraine = a.clusters.find((c) => c.aliases.includes('UKRAINE'));
    assert.equal(ukraine?.canonical, 'Ukraine');
  });

  it('keeps demonyms out of entities and returns them apart', () => {
    const a = analyzeText('French and Nigerian officials met Western diplomats in Paris.');
    assert.deepEqual(spans(a, 'PLACE'), ['Paris']);
    assert.deepEqual(a.demonyms.map((d) => d.text), ['French', 'Nigerian', 'Western']);
  });

  it('gives places their country and coordinates from the gazetteer', () => {
    const [lagos] = analyzeText('Voters queued in Lagos.').entities;
    assert.equal(lagos.country, 'NG');
    assert.ok(lagos.lat !== undefined && Math.abs(lagos.lat - 6.45) < 0.1);
  });

  it('lets reviewer corrections override the engine', () => {
    const text = 'Analysts with Harrow said Danubia would win. Danubia Agro rose 4%.';
    const base = analyzeText(text);
    assert.ok(!base.entities.some((e) => e.text === 'Harrow'), 'a capitalised common word seen once is no name to the engine');
    assert.ok(spans(base, 'ORG').includes('Danubia'));
    const corrected = analyzeText(text, {
      corrections: [
        correction(text, 'Harrow', 'entity', { entityType: 'ORG' }),
        correction(text, 'Danubia', 'not-entity'),
        correction(text, 'Analysts', 'entity', { entityType: 'PERSON' }),
        correction(text, 'Danubia Agro', 'alias', { aliasOf: 'Danubia Agro Holdings', entityType: 'ORG' }),
      ],
    });
    const by = (s: string) => corrected.entities.filter((e) => e.text === s);
    assert.equal(by('Harrow')[0].type, 'ORG');
    assert.equal(by('Harrow')[0].source, 'reviewer');
    assert.equal(by('Analysts')[0].type, 'PERSON');
    assert.equal(by('Danubia').length, 0, 'the reviewer said the first "Danubia" is no entity');
    assert.equal(by('Danubia Agro')[0].canonical, 'Danubia Agro Holdings');
    assert.ok(corrected.clusters.some((c) => c.canonical === 'Danubia Agro Holdings'));
  });

  it('lets the workspace gazetteer override types, names and descriptions', () => {
    const text = 'INEC said turnout was low. The Independent National Electoral Commission will publish results.';
    const a = analyzeText(text, {
      gazetteer: [{ name: 'Independent National Electoral Commission', type: 'ORG', aliases: ['INEC'], description: 'Nigeria’s election body.' }],
    });
    const c = a.clusters.find((x) => x.canonical === 'Independent National Electoral Commission');
    assert.ok(c);
    assert.equal(c.mentions.length, 2);
    assert.equal(c.description, 'Nigeria’s election body.');
    assert.ok(a.entities.every((e) => e.type !== 'ORG' || e.source === 'gazetteer'));
  });

  it('keeps UTF-16 offsets right with curly quotes, accents, emoji and CRLF', () => {
    const text = '🔴 LIVE\r\n\r\n“We will not leave,” said Fatoumata Keïta in Ségou.\r\n👉 Jürgen Hölzl, Germany’s finance minister, disagreed.';
    const a = analyzeText(text);
    assertWellFormed(text, a);
    assert.deepEqual(spans(a, 'PERSON'), ['Fatoumata Keïta', 'Jürgen Hölzl']);
    assert.ok(spans(a, 'PLACE').includes('Germany'));
  });

  it('ignores site boilerplate and reads captions as text', () => {
    const text = 'Share this article\nSign up for our newsletter\nAdvertisement\nProtesters gather in Lagos on Monday. (Photo: Reuters/Jane Doe)';
    const a = analyzeText(text);
    assert.deepEqual(a.entities.filter((e) => e.type !== 'FIGURE').map((e) => `${e.type}:${e.text}`), ['PLACE:Lagos', 'ORG:Reuters', 'PERSON:Jane Doe']);
  });

  describe('wire-copy furniture', () => {
    const names = (text: string) => analyzeText(text).entities.filter((e) => e.type !== 'FIGURE').map((e) => `${e.type}:${e.text}`);
    const cases: [string, string, string[]][] = [
      ['a link label names nothing, the linked headline keeps its names', 'Read more: Kenya passes finance bill after Nairobi protests', ['PLACE:Kenya', 'PLACE:Nairobi']],
      ['social prompts name no networks', 'Follow us on Facebook and Instagram\nClick here to get the Reuters app', []],
      ['a dateline gives its place, region and agency', 'GOMA, Democratic Republic of Congo (AFP) — M23 rebels advanced.', ['PLACE:GOMA', 'PLACE:Democratic Republic of Congo', 'ORG:AFP', 'ORG:M23']],
      ['a multi-word dateline city in capitals', 'RIO DE JANEIRO (Reuters) - Brazil held rates.', ['PLACE:RIO DE JANEIRO', 'ORG:Reuters', 'PLACE:Brazil']],
      ['a credit line: reporters are people, the places they filed from places', '(Reporting by Khalid Musa in Dubai and Nafisa Eltahir in Cairo; Editing by Mark Potter)', ['PERSON:Khalid Musa', 'PLACE:Dubai', 'PERSON:Nafisa Eltahir', 'PLACE:Cairo', 'PERSON:Mark Potter']],
      ['a byline in capitals with the agency', 'By JANE DOE and OMAR HASSAN, Associated Press', ['PERSON:JANE DOE', 'PERSON:OMAR HASSAN', 'ORG:Associated Press']],
      ['a photo credit with agency and photographer', 'A man walks past a burning car in Dakar. REUTERS/Zohra Bensemra', ['PLACE:Dakar', 'ORG:REUTERS', 'PERSON:Zohra Bensemra']],
      ['a caption credit whose given name is also a month', 'Supporters celebrate in Warsaw. (Photo: Jan Kowalski / AP)', ['PLACE:Warsaw', 'PERSON:Jan Kowalski', 'ORG:AP']],
      ['an all-capitals headline keeps its places only', 'PROTESTS SPREAD ACROSS KENYA AS PARLIAMENT VOTES ON TAX BILL', ['PLACE:KENYA']],
      ['an organisation kind opening a sentence', 'Automaker Stellantis said it would cut jobs in Turin.', ['ORG:Stellantis', 'PLACE:Turin']],
      ['a central bank, its governor and his name', 'Bank of Canada Governor Tiff Macklem held rates.', ['ORG:Bank of Canada', 'PERSON:Tiff Macklem']],
    ];
    for (const [name, text, expected] of cases) it(name, () => assert.deepEqual(names(text), expected));
  });

  it('composes figures with names; a name inside a longer figure gives way', () => {
    const text = 'Boeing won a US$40 billion contract from the Pentagon on March 1, 2008.';
    const a = analyzeText(text);
    assertWellFormed(text, a);
    const money = a.entities.find((e) => e.type === 'FIGURE' && e.text.includes('40 billion'));
    assert.ok(money, 'the money figure is there');
    assert.ok(!a.entities.some((e) => e.type === 'PLACE' && e.start >= money.start && e.end <= money.end), 'no place inside the money');
    assert.deepEqual(spans(a, 'ORG'), ['Boeing', 'Pentagon']);
  });

  it('ignores a malformed configuration with a warning and still analyses', () => {
    const a = analyzeText('Voters queued in Lagos.', { gazetteer: 'oops' as never, corrections: {} as never });
    assert.deepEqual(spans(a, 'PLACE'), ['Lagos']);
    assert.equal(a.warnings.length, 2);
    assert.match(a.warnings[0], /workspace gazetteer ignored/);
  });

  it('returns nothing for empty or blank text and rejects non-strings clearly', () => {
    assert.deepEqual(analyzeText('').entities, []);
    assert.deepEqual(analyzeText('\r\n  \n').clusters, []);
    assert.throws(() => createEngine().analyze(undefined as unknown as string), /text must be a string/);
  });

  it('scores at least the minimum F1 on each invented fixture article', () => {
    for (const f of fs.readdirSync(FIXTURES).filter((n) => n.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(FIXTURES, f), 'utf8');
      const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Entity[];
      const a = analyzeText(text);
      assertWellFormed(text, a);
      const s = scoreSpans(gold, a.entities.filter((e) => e.type !== 'FIGURE'));
      assert.ok(s.strict.f1 >= MIN_FIXTURE_F1, `${f}: strict F1 ${s.strict.f1.toFixed(3)} < ${MIN_FIXTURE_F1}`);
    }
  });

  it('keeps its scores on the invented wire set above the floors', () => {
    const files = fs.readdirSync(WIRE).filter((n) => n.endsWith('.txt'));
    assert.ok(files.length >= 20, 'the wire set is there');
    const scored = files.map((f) => {
      const text = fs.readFileSync(path.join(WIRE, f), 'utf8');
      const gold = stripHedges(JSON.parse(fs.readFileSync(path.join(WIRE, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Entity[]);
      const a = analyzeText(text);
      assertWellFormed(text, a);
      return { gold, predicted: stripHedges(a.entities) };
    });
    for (const [type, floor] of Object.entries(MIN_WIRE_F1)) {
      const scores = scored.map(({ gold, predicted }) => scoreSpans(gold.filter((e) => e.type === type), predicted.filter((e) => e.type === type)));
      const f1 = sumScores(scores).strict.f1;
      assert.ok(f1 >= floor, `${type} strict F1 ${f1.toFixed(3)} < ${floor}`);
    }
  });

  it('keeps its dev-set scores above the floors', function () {
    if (!fs.existsSync(DEV_SET)) {
      this.skip(); // the shared dev data is not on this machine (../shared/data/meantime-en); nothing to score
    }
    const engine = createEngine();
    const per: Record<string, ReturnType<typeof scoreSpans>[]> = { PERSON: [], PLACE: [], ORG: [], FIGURE: [] };
    for (const line of fs.readFileSync(DEV_SET, 'utf8').split('\n').filter(Boolean)) {
      const doc = JSON.parse(line) as { text: string; entities: (Entity & { demonym?: boolean })[] };
      const a = engine.analyze(doc.text);
      const gold = doc.entities.filter((e) => !e.demonym && !(e.type === 'FIGURE' && typeof e.value === 'string' && VAGUE_TIME.has(e.value)));
      for (const t of Object.keys(per)) {
        per[t].push(scoreSpans(gold.filter((e) => e.type === t), a.entities.filter((e) => e.type === t)));
      }
    }
    for (const [t, floor] of Object.entries(MIN_DEV_F1)) {
      const f1 = sumScores(per[t]).strict.f1;
      assert.ok(f1 >= floor, `${t} strict F1 ${f1.toFixed(3)} < ${floor}`);
    }
  });

  it('re-analyses a 10,000-word article within the incremental budget after a one-character edit', () => {
    const engine = createEngine();
    const text = longArticle(10_000);
    engine.analyze(text);
    const at = text.indexOf('Update 77.') + 'Update 7'.length;
    const edited = text.slice(0, at) + '8' + text.slice(at + 1);
    // Warm up as an editor session would be, then take the median so one garbage collection does not decide.
    for (let i = 0; i < WARM_UP_RUNS; i++) engine.analyze(i % 2 ? text : edited);
    // CPU time of this process, not wall time: the build machine is shared, and other jobs' load is not our cost.
    // The best of a few rounds' medians: a round disturbed by a neighbour's burst says nothing about the engine.
    const roundMedian = () => {
      const times: number[] = [];
      for (let i = 0; i < TIMED_RUNS; i++) {
        const t0 = process.cpuUsage();
        engine.analyze(i % 2 ? text : edited);
        const used = process.cpuUsage(t0);
        times.push((used.user + used.system) / 1000);
      }
      times.sort((x, y) => x - y);
      return times[Math.floor(TIMED_RUNS / 2)];
    };
    let median = Infinity;
    for (let round = 0; round < TIMING_ROUNDS && median > MAX_INCREMENTAL_MS; round++) median = Math.min(median, roundMedian());
    assert.ok(median <= MAX_INCREMENTAL_MS, `incremental re-analysis took ${median.toFixed(2)} ms`);
  });

  it('reads a very long capitalised stretch in linear time', () => {
    const text = 'Bank of England '.repeat(20_000) + 'said.';
    const t0 = performance.now();
    const a = createEngine().analyze(text);
    assert.ok(performance.now() - t0 < 10_000);
    assertWellFormed(text, a);
    assert.ok(a.entities.length > 0);
  });

  it('finishes a 5 MB text without blowing up', () => {
    let text = longArticle(2_000);
    while (text.length < FIVE_MB) text += '\n\n' + text;
    text = text.slice(0, FIVE_MB);
    const t0 = performance.now();
    const a = createEngine().analyze(text);
    const ms = performance.now() - t0;
    assert.ok(a.entities.length > 10_000);
    assert.ok(ms < 20_000, `5 MB took ${ms.toFixed(0)} ms`);
  });
});
