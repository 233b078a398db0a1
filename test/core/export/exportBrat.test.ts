import assert from 'node:assert/strict';
import { exportBrat } from '../../../src/core/export/exportBrat';
import { EXPORT_FORMATS } from '../../../src/core/export/exportFormats';
import { NEWS_TEXT, ORPHAN_QUOTE, newsInput } from './newsFixture';
import { MEANTIME_PATH, loadMeantime } from './meantimeDevSet';

interface TextBound {
  id: string;
  type: string;
  fragments: Array<[number, number]>;
  text: string;
}

/** A reader for the standoff lines we write, following brat's documented format. */
function readAnn(ann: string) {
  const textBound = new Map<string, TextBound>();
  const attributes: Array<{ name: string; target: string; value: string }> = [];
  const notes: Array<{ target: string; text: string }> = [];
  for (const line of ann.split('\n').filter((l) => l !== '')) {
    const [id, middle, rest] = line.split('\t');
    if (id.startsWith('T')) {
      const [type, ...offsetParts] = middle.split(' ');
      const fragments = offsetParts.join(' ').split(';').map((f) => f.split(' ').map(Number) as [number, number]);
      textBound.set(id, { id, type, fragments, text: rest });
    } else if (id.startsWith('A')) {
      const [name, target, value] = middle.split(' ');
      attributes.push({ name, target, value });
    } else if (id.startsWith('#')) {
      const [, target] = middle.split(' ');
      notes.push({ target, text: rest });
    } else {
      throw new Error(`Unknown brat line: ${line}`);
    }
  }
  return { textBound, attributes, notes };
}

/** Slices like brat (Python): by code point. */
function sliceCodePoints(text: string, start: number, end: number): string {
  return [...text].slice(start, end).join('');
}

function checkSpans(text: string, ann: string): number {
  const { textBound } = readAnn(ann);
  for (const t of textBound.values()) {
    const pieces = t.fragments.map(([s, e]) => sliceCodePoints(text, s, e));
    assert.equal(pieces.join(' '), t.text, `${t.id} ${t.type}`);
  }
  return textBound.size;
}

describe('exportBrat', () => {
  const input = newsInput();
  const ann = exportBrat(input);
  const parsed = readAnn(ann);

  it('writes spans that match the text at their code-point offsets', () => {
    checkSpans(NEWS_TEXT, ann);
    const keller = [...parsed.textBound.values()].find((t) => t.text === 'Anna Keller')!;
    assert.equal(keller.type, 'PERSON');
    // The flag and the grimace emoji each save units: UTF-16 offsets would be 3 higher.
    assert.equal(keller.fragments[0][0], NEWS_TEXT.indexOf('Anna Keller') - 3);
  });

  it('splits a quote across a line break into discontinuous fragments', () => {
    const claim = [...parsed.textBound.values()].find((t) => t.text.startsWith('€1.3 billion.'))!;
    assert.equal(claim.type, 'Claim');
    assert.equal(claim.fragments.length, 2);
    assert.equal(claim.text, '€1.3 billion. A leaked draft');
  });

  it('records figure subtypes and review statuses as attributes on existing text-bound ids', () => {
    for (const a of parsed.attributes) assert.ok(parsed.textBound.has(a.target), a.target);
    const money = [...parsed.textBound.values()].find((t) => t.text === '€1.3 billion')!;
    assert.ok(parsed.attributes.some((a) => a.name === 'Subtype' && a.target === money.id && a.value === 'MONEY'));
    const percent = [...parsed.textBound.values()].find((t) => t.text === '12%')!;
    assert.ok(parsed.attributes.some((a) => a.name === 'Status' && a.target === percent.id && a.value === 'verified'), 'note reuses the entity T');
  });

  it('puts notes and replies on one AnnotatorNotes line, quotes and commas intact', () => {
    const claim = [...parsed.textBound.values()].find((t) => t.text.startsWith('European Union leaders'))!;
    const note = parsed.notes.find((n) => n.target === claim.id)!;
    assert.equal(note.text, 'Second source needed: "which" officials, exactly? Ask Reuters, AP | lena.ortiz: Council press office confirms, on background.');
  });

  it('leaves orphaned annotations out, since they have no offsets', () => {
    assert.ok(![...parsed.textBound.values()].some((t) => t.text === ORPHAN_QUOTE));
  });

  it('ships the unchanged .txt the offsets refer to', () => {
    const brat = EXPORT_FORMATS.find((f) => f.id === 'brat')!;
    assert.equal(brat.companions[0].extension, '.txt');
    assert.equal(brat.companions[0].render(input), NEWS_TEXT);
  });

  it('writes every MEANTIME dev-set entity at offsets brat reads back exactly', function () {
    const articles = loadMeantime();
    if (!articles) {
      console.warn(`      skipped: MEANTIME dev set not found at ${MEANTIME_PATH}`);
      this.skip();
    }
    let spans = 0;
    for (const a of articles!) {
      spans += checkSpans(a.text, exportBrat({ articleName: a.id, text: a.text, analysis: { entities: a.entities, clusters: [] }, annotations: [] }));
    }
    assert.equal(spans, articles!.reduce((n, a) => n + a.entities.length, 0));
  });
});
