// articleContext: the CLI sees an article as the editor does, with the newsroom gazetteer and reviewers' corrections.
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, findGazetteer, loadGazetteer, placeAnnotations } from '../../src/cli/articleContext';
import { anchorFromRange } from '../../src/core/anchor/anchorFromRange';
import type { Annotation } from '../../src/core/model';

const TEXT = 'TRIPOLI, Libya — Fighters loyal to Qaddafi held the port, the Curfew Committee said.\n';

function note(quote: string, over: Partial<Annotation>): Annotation {
  const start = TEXT.indexOf(quote);
  return { id: `n-${start}`, anchor: anchorFromRange(TEXT, { start, end: start + quote.length }), kind: 'note', status: 'unverified', tags: [], author: 'Desk', created: '2026-11-20T10:00:00Z', modified: '2026-11-20T10:00:00Z', replies: [], ...over };
}

describe('articleContext', () => {
  let root: string;
  let err: string[];
  const io = () => ({ stdout: () => undefined, stderr: (s: string) => err.push(s), cwd: root, env: {} });
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsmark-ctx-'));
    err = [];
    fs.mkdirSync(path.join(root, '.newsmark'));
    fs.mkdirSync(path.join(root, 'desk', 'libya'), { recursive: true });
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('finds the gazetteer in a parent folder, as the editor finds it at the workspace root', () => {
    fs.writeFileSync(path.join(root, '.newsmark', 'gazetteer.yaml'), 'entries: []\n');
    assert.equal(findGazetteer(path.join(root, 'desk', 'libya')), path.join(root, '.newsmark', 'gazetteer.yaml'));
  });

  it('reads the gazetteer entries and reports a broken one on one line', () => {
    const gaz = path.join(root, '.newsmark', 'gazetteer.yaml');
    fs.writeFileSync(gaz, 'entries:\n  - {name: Muammar Gaddafi, type: PERSON, aliases: [Qaddafi]}\n');
    assert.deepEqual(loadGazetteer(path.join(root, 'desk', 'libya', 'a.txt'), io()).map((e) => e.name), ['Muammar Gaddafi']);
    fs.writeFileSync(gaz, 'entries: [\n');
    assert.deepEqual(loadGazetteer(path.join(root, 'desk', 'libya', 'a.txt'), io()), []);
    assert.match(err.join(''), /gazetteer\.yaml:\d+:\d+: .*\(gazetteer ignored\)/);
  });

  it('keeps orphans with their stored offsets, after the placed annotations', () => {
    const gone = { ...note('the port', {}), id: 'n-gone', anchor: { quote: 'the harbour at Zuwara', prefix: 'xx', suffix: 'yy', start: 3, end: 24 } };
    const placed = placeAnnotations(TEXT, [gone, note('Qaddafi', {})]);
    assert.deepEqual(placed.map((p) => [p.annotation.id, p.orphaned]), [[`n-${TEXT.indexOf('Qaddafi')}`, false], ['n-gone', true]]);
    assert.deepEqual([placed[1].start, placed[1].end], [3, 24]);
  });

  it('applies gazetteer names and reviewers\' corrections to the analysis', () => {
    const placed = placeAnnotations(TEXT, [note('Curfew Committee', { kind: 'not-entity' })]);
    const analysis = analyzeArticle(TEXT, placed, [{ name: 'Muammar Gaddafi', type: 'PERSON', aliases: ['Qaddafi'] }]);
    const qaddafi = analysis.entities.find((e) => e.text === 'Qaddafi');
    assert.equal(qaddafi?.type, 'PERSON');
    assert.equal(qaddafi?.canonical, 'Muammar Gaddafi');
    assert.ok(!analysis.entities.some((e) => e.text.includes('Curfew')), 'the reviewer said it is not an entity');
  });
});
