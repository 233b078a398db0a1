import assert from 'node:assert/strict';
import { CONLL_DOCSTART, exportConll } from '../../../src/core/export/exportConll';
import type { Entity } from '../../../src/core/model';
import { NEWS_TEXT, newsInput } from './newsFixture';
import { MEANTIME_PATH, loadMeantime } from './meantimeDevSet';

/** Reads our two-column CoNLL back into sentences of [token, tag]. */
function readConll(conll: string): Array<Array<[string, string]>> {
  const lines = conll.split('\n');
  assert.equal(lines[0], CONLL_DOCSTART);
  const sentences: Array<Array<[string, string]>> = [];
  let current: Array<[string, string]> = [];
  for (const line of lines.slice(1)) {
    if (line === '') {
      if (current.length > 0) sentences.push(current);
      current = [];
      continue;
    }
    const columns = line.split('\t');
    assert.equal(columns.length, 2, `two columns in ${JSON.stringify(line)}`);
    current.push(columns as [string, string]);
  }
  if (current.length > 0) sentences.push(current);
  return sentences;
}

/** Walks the text token by token, allowing only whitespace between them; fails if any token is not next in the text. */
function rejoin(text: string, tokens: string[]): string {
  let at = 0;
  let rebuilt = '';
  for (const token of tokens) {
    const found = text.indexOf(token, at);
    assert.ok(found >= 0, `token ${token} not found after ${at}`);
    assert.match(text.slice(at, found), /^\s*$/, `only whitespace before ${token}`);
    rebuilt += text.slice(at, found) + token;
    at = found + token.length;
  }
  return rebuilt + text.slice(at);
}

/** Mentions as [label, words] decoded from IOB2 tags, checking the tag sequence is valid. */
function mentions(sentences: Array<Array<[string, string]>>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const sentence of sentences) {
    let open: [string, string[]] | null = null;
    for (const [token, tag] of sentence) {
      if (tag.startsWith('I-')) {
        assert.ok(open && open[0] === tag.slice(2), `I- tag ${tag} on ${token} must continue a mention of the same type`);
        open![1].push(token);
        continue;
      }
      if (open) out.push([open[0], open[1].join(' ')]);
      open = tag.startsWith('B-') ? [tag.slice(2), [token]] : null;
      if (!open) assert.equal(tag, 'O');
    }
    if (open) out.push([open[0], open[1].join(' ')]);
  }
  return out;
}

function exportEntities(text: string, entities: Entity[]): string {
  return exportConll({ articleName: 'a.txt', text, analysis: { entities, clusters: [] }, annotations: [] });
}

describe('exportConll', () => {
  const conll = exportConll(newsInput());
  const sentences = readConll(conll);

  it('re-reads into tokens that re-join into the text', () => {
    const tokens = sentences.flat().map(([t]) => t);
    assert.equal(rejoin(NEWS_TEXT, tokens), NEWS_TEXT);
    assert.equal(tokens.join(''), NEWS_TEXT.replace(/\s+/g, ''));
  });

  it('separates title, dateline and body sentences with blank lines', () => {
    assert.deepEqual(sentences[0].map(([t]) => t).join(' '), 'Brussels talks end without migration deal 🇪🇺');
    assert.deepEqual(sentences[1].map(([t]) => t).join(' '), 'BRUSSELS , March 7 ( Newsmark ) —');
    assert.ok(sentences.length >= 7, `${sentences.length} sentences`);
  });

  it('tags mentions in IOB2 with CoNLL labels, figures as MISC', () => {
    const found = mentions(sentences);
    const expected: Array<[string, string]> = [
      ['LOC', 'Brussels'],
      ['LOC', 'BRUSSELS'],
      ['MISC', 'March 7'],
      ['ORG', 'European Union'],
      ['MISC', 'Friday'],
      ['PER', 'Viktor Orbán'],
      ['PER', 'Orbán'],
      ['LOC', 'Europa building'],
      ['ORG', 'European Commission'],
      ['MISC', '4,200'],
      ['MISC', 'February'],
      ['MISC', '12 %'],
      ['MISC', 'January'],
      ['PER', 'Anna Keller'],
      ['MISC', '€ 1.3 billion'],
    ];
    assert.deepEqual(found, expected);
  });

  it('starts a new B- tag for adjacent mentions of the same type', () => {
    const text = 'Talks in Paris Berlin stalled.';
    const entities: Entity[] = [
      { start: 9, end: 14, type: 'PLACE', text: 'Paris' },
      { start: 15, end: 21, type: 'PLACE', text: 'Berlin' },
    ];
    assert.deepEqual(mentions(readConll(exportEntities(text, entities))), [['LOC', 'Paris'], ['LOC', 'Berlin']]);
  });

  it('cuts a word where a mention starts inside it', () => {
    const text = 'The Kremlin-backed party won.';
    const entities: Entity[] = [{ start: 4, end: 11, type: 'ORG', text: 'Kremlin' }];
    const rows = readConll(exportEntities(text, entities)).flat();
    assert.deepEqual(rows.slice(1, 3), [['Kremlin', 'B-ORG'], ['-', 'O']]);
  });

  it('round-trips every MEANTIME dev-set article: tokens re-join and every entity is one mention', function () {
    const articles = loadMeantime();
    if (!articles) {
      console.warn(`      skipped: MEANTIME dev set not found at ${MEANTIME_PATH}`);
      this.skip();
    }
    let entities = 0;
    let decoded = 0;
    for (const a of articles!) {
      const read = readConll(exportEntities(a.text, a.entities));
      assert.equal(rejoin(a.text, read.flat().map(([t]) => t)), a.text, a.id);
      entities += a.entities.length;
      decoded += mentions(read).length;
    }
    assert.equal(decoded, entities);
  });
});
