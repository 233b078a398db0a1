import assert from 'node:assert/strict';
import { LineIndex } from '../../../src/core/hover/lineIndex';
import { renderAnnotationCard, renderEntityCard, type CardContext } from '../../../src/core/hover/renderEntityCard';
import type { Analysis, Annotation, Entity } from '../../../src/core/model';

const TEXT = [
  'PARIS —',
  'Claire Dubois, an Élysée spokeswoman, said on Monday that 1,200 people had been evacuated.',
  'Later, Dubois told reporters the toll was 1,450 people. About 38% of the city was without power.',
].join('\n');

function span(word: string, from = 0): { start: number; end: number } {
  const start = TEXT.indexOf(word, from);
  return { start, end: start + word.length };
}

function analysis(): Analysis {
  const e: Entity[] = [
    { ...span('PARIS'), type: 'PLACE', text: 'PARIS', cluster: 0, country: 'FR', lat: 48.8566, lon: 2.3522 },
    { ...span('Claire Dubois'), type: 'PERSON', text: 'Claire Dubois', cluster: 1, role: 'an Élysée spokeswoman' },
    { ...span('1,200'), type: 'FIGURE', subtype: 'COUNT', text: '1,200', value: 1200, counts: 'people', cluster: 2 },
    { ...span('Dubois', TEXT.indexOf('Later')), type: 'PERSON', text: 'Dubois', cluster: 1 },
    { ...span('1,450'), type: 'FIGURE', subtype: 'COUNT', text: '1,450', value: 1450, counts: 'people', cluster: 3 },
  ];
  return {
    entities: e,
    clusters: [
      { id: 0, type: 'PLACE', canonical: 'Paris', aliases: ['Paris', 'PARIS'], mentions: [0] },
      { id: 1, type: 'PERSON', canonical: 'Claire Dubois', aliases: ['Claire Dubois', 'Dubois'], role: 'an Élysée spokeswoman', mentions: [1, 3] },
      { id: 2, type: 'FIGURE', canonical: '1,200', aliases: ['1,200'], mentions: [2] },
      { id: 3, type: 'FIGURE', canonical: '1,450', aliases: ['1,450'], mentions: [4] },
    ],
  };
}

function note(over: Partial<Annotation>): Annotation {
  return {
    id: 'n-1',
    anchor: { ...span('1,200'), quote: '1,200', prefix: '', suffix: '' },
    kind: 'note',
    status: 'disputed',
    tags: ['casualties'],
    note: 'Ministry says 1,450',
    author: 'Tom Becker',
    created: '2026-11-20T10:00:00Z',
    modified: '2026-11-20T10:00:00Z',
    replies: [{ author: 'Ngozi Adeyemi', created: '2026-11-20T11:00:00Z', text: 'Checking with the ministry.' }],
    ...over,
  };
}

function ctx(annotations: CardContext['annotations'] = []): CardContext {
  return { text: TEXT, analysis: analysis(), lines: new LineIndex(TEXT), annotations, revealLink: (s, e) => `command:newsmark.revealRange?${s}-${e}` };
}

describe('renderEntityCard', () => {
  it('shows a person with their role in the article\'s words, aliases and first mention', () => {
    const a = analysis();
    const md = renderEntityCard(ctx(), a.entities[3]);
    assert.match(md, /^\*\*Person\*\* · Claire Dubois/);
    assert.match(md, /Role: “an Élysée spokeswoman”/);
    assert.match(md, /Also: Dubois/);
    assert.match(md, /2 mentions · \[first on line 2\]\(command:newsmark\.revealRange\?\d+-\d+\)/);
    assert.match(md, /> Later, \*\*Dubois\*\* told reporters the toll was 1,450 people\\\./);
  });

  it('shows what a figure counts, its value, and other figures about the same thing', () => {
    const a = analysis();
    const md = renderEntityCard(ctx(), a.entities[2]);
    assert.match(md, /\*\*Figure · count\*\* · 1,200/);
    assert.match(md, /Counts: \*people\*/);
    assert.match(md, /Value: `1,200`/);
    assert.match(md, /Compare: other figures for \*people\*: \[1,450\]\(command:newsmark\.revealRange\?\d+-\d+\) \(line 3\)/);
  });

  it('shows a place\'s country and an OpenStreetMap link', () => {
    const md = renderEntityCard(ctx(), analysis().entities[0]);
    assert.match(md, /Country: FR/);
    assert.match(md, /\[OpenStreetMap\]\(https:\/\/www\.openstreetmap\.org\/\?mlat=48\.8566&mlon=2\.3522#map=10\/48\.8566\/2\.3522\)/);
  });

  it('lists reviewers\' annotations with status, author, date, note, tags and replies', () => {
    const a = analysis();
    const md = renderEntityCard(ctx([{ annotation: note({}), ...span('1,200') }]), a.entities[2]);
    assert.match(md, /\*\*Reviews\*\*/);
    assert.match(md, /- \*\*Disputed\*\* · note · Tom Becker, 2026\\-11\\-20/);
    assert.match(md, /Ministry says 1,450/);
    assert.match(md, /Tags: `casualties`/);
    assert.match(md, /↳ Ngozi Adeyemi: Checking with the ministry\\\./);
  });

  it('escapes hostile text from a colleague\'s sidecar', () => {
    const hostile = note({ note: '[run](command:workbench.action.terminal.new) <img src=x>', author: '**Eve**' });
    const md = renderEntityCard(ctx([{ annotation: hostile, ...span('1,200') }]), analysis().entities[2]);
    assert.ok(!md.includes('(command:workbench'), 'no foreign command link');
    assert.ok(!md.includes('<img'), 'no HTML');
    assert.ok(md.includes('\\*\\*Eve\\*\\*'));
  });

  it('renders a card for words only reviewers marked', () => {
    const s = span('38%');
    const md = renderAnnotationCard(ctx([{ annotation: note({ status: 'needs-source', anchor: { ...s, quote: '38%', prefix: '', suffix: '' } }), ...s }]), s.start, s.end);
    assert.match(md, /\*\*Reviewed text\*\*/);
    assert.match(md, /\*\*38%\*\*/);
    assert.match(md, /Needs source/);
  });
});
