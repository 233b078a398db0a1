import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { anchorFromRange } from '../../../src/core/anchor/anchorFromRange';
import { reanchorAll } from '../../../src/core/anchor/reanchorAll';
import type { Annotation } from '../../../src/core/model';
import { parseSidecar } from '../../../src/core/sidecar/parseSidecar';
import { spanOf, TRIPOLI } from './articles';

function annotationOn(text: string, id: string, phrase: string, occurrence = 0): Annotation {
  return {
    id,
    anchor: anchorFromRange(text, spanOf(text, phrase, occurrence)),
    kind: 'note',
    status: 'unverified',
    tags: [],
    author: 'Salma Idris',
    created: '2026-11-21T08:00:00Z',
    modified: '2026-11-21T08:00:00Z',
    replies: [],
  };
}

describe('reanchorAll', () => {
  const annotations = [
    annotationOn(TRIPOLI, 'n-4', '"We will not allow Tripoli'),
    annotationOn(TRIPOLI, 'n-1', 'at least 14 people'),
    annotationOn(TRIPOLI, 'n-2', 'Qaddafi-era weapons depots'),
    annotationOn(TRIPOLI, 'n-3', 'the Red Crescent'),
  ];
  const edited = TRIPOLI.replace('at least 14 people', 'at least 17 people')
    .replace('Qaddafi', 'Gaddafi')
    .replace(', and the Red Crescent appealed for donors', '');

  it('returns every annotation exactly once, anchored or orphaned', () => {
    const { anchored, orphans } = reanchorAll(edited, annotations);
    const ids = [...anchored.map((a) => a.annotation.id), ...orphans.map((a) => a.id)].sort();
    assert.deepEqual(ids, ['n-1', 'n-2', 'n-3', 'n-4']);
  });

  it('anchors in document order and flags changed words', () => {
    const { anchored, orphans } = reanchorAll(edited, annotations);
    assert.deepEqual(
      anchored.map((a) => [a.annotation.id, edited.slice(a.start, a.end), a.exact]),
      [
        ['n-1', 'at least 17 people', false],
        ['n-2', 'Gaddafi-era weapons depots', false],
        ['n-4', '"We will not allow Tripoli', true],
      ],
    );
    assert.deepEqual(orphans.map((a) => a.id), ['n-3']);
    assert.equal(orphans[0].anchor.quote, 'the Red Crescent', 'an orphan keeps its stored quote');
  });

  it('does not modify the annotations it is given', () => {
    const before = JSON.stringify(annotations);
    reanchorAll(edited, annotations);
    assert.equal(JSON.stringify(annotations), before);
  });

  it('handles an empty list and an empty text', () => {
    assert.deepEqual(reanchorAll(TRIPOLI, []), { anchored: [], orphans: [] });
    assert.deepEqual(reanchorAll('', annotations).orphans.length, annotations.length);
  });
});

describe('reanchorAll on the sample review', () => {
  const dir = path.resolve(__dirname, '../../../samples');
  const sidecarPath = path.join(dir, 'libya-sirte-clashes.annotations.yaml');
  const articlePath = path.join(dir, 'libya-sirte-clashes.txt');

  it('places every sample annotation on its stored quote, before and after a paragraph is added at the top', function () {
    if (!fs.existsSync(sidecarPath) || !fs.existsSync(articlePath)) this.skip();
    const parsed = parseSidecar(fs.readFileSync(sidecarPath, 'utf8'));
    assert.ok(parsed.ok);
    const text = fs.readFileSync(articlePath, 'utf8');
    for (const version of [text, 'Editor\'s note: updated with council figures.\n\n' + text]) {
      const { anchored, orphans } = reanchorAll(version, parsed.sidecar.annotations);
      assert.deepEqual(orphans, []);
      for (const a of anchored) {
        assert.ok(a.exact);
        assert.equal(version.slice(a.start, a.end).replace(/\r\n/g, '\n'), a.annotation.anchor.quote.replace(/\r\n/g, '\n'));
      }
    }
  });
});
