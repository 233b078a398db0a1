import assert from 'node:assert/strict';
import type { Annotation } from '../../../src/core/model';
import type { Sidecar } from '../../../src/core/sidecar/Sidecar';
import { MERGE_AUTHOR, MERGE_CONFLICT_TAG, mergeSidecars } from '../../../src/core/merge/mergeSidecars';

const TEXT = 'Kenya\'s electoral commission declared William Ruto the winner with 50.49% of the vote, a margin of about 233,000 ballots.';
const HASH_A = 'sha256:' + 'a'.repeat(64);
const HASH_B = 'sha256:' + 'b'.repeat(64);
const HASH_C = 'sha256:' + 'c'.repeat(64);

function ann(id: string, quote: string, fields: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(quote);
  return {
    id,
    anchor: { start, end: start + quote.length, quote, prefix: TEXT.slice(Math.max(0, start - 16), start), suffix: TEXT.slice(start + quote.length, start + quote.length + 16) },
    kind: 'note',
    status: 'unverified',
    tags: [],
    author: 'wanjiru.k',
    created: '2026-08-16T07:00:00Z',
    modified: '2026-08-16T07:00:00Z',
    replies: [],
    ...fields,
  };
}

function sidecar(annotations: Annotation[], textHash: string | undefined = HASH_A): Sidecar {
  return { version: 1, article: 'kenya-election.txt', ...(textHash ? { textHash } : {}), annotations };
}

const figure = ann('fig-1', '50.49%', { note: 'IEBC tally sheet', tags: ['election'] });
const ruto = ann('per-1', 'William Ruto', { kind: 'entity', entityType: 'PERSON' });
const margin = ann('fig-2', '233,000');
const reply = { author: 'otieno.m', created: '2026-08-16T09:00:00Z', text: 'Tally sheet 34A checked.' };

describe('mergeSidecars', () => {
  const clean: Array<[string, Sidecar | null, Sidecar, Sidecar, (merged: Map<string, Annotation>) => void]> = [
    [
      'keeps different annotations added on each side',
      sidecar([figure]),
      sidecar([figure, ruto]),
      sidecar([figure, margin]),
      (m) => assert.deepEqual([...m.keys()].sort(), ['fig-1', 'fig-2', 'per-1']),
    ],
    [
      'combines a status change on one side with a reply on the other',
      sidecar([figure]),
      sidecar([{ ...figure, status: 'verified', modified: '2026-08-16T08:00:00Z' }]),
      sidecar([{ ...figure, replies: [reply], modified: '2026-08-16T09:00:00Z' }]),
      (m) => {
        const f = m.get('fig-1')!;
        assert.equal(f.status, 'verified');
        assert.deepEqual(f.replies, [reply]);
        assert.equal(f.modified, '2026-08-16T09:00:00Z');
      },
    ],
    [
      'combines a note edit with a status change',
      sidecar([figure]),
      sidecar([{ ...figure, note: 'IEBC tally sheet, form 34C' }]),
      sidecar([{ ...figure, status: 'disputed' }]),
      (m) => assert.deepEqual([m.get('fig-1')!.note, m.get('fig-1')!.status], ['IEBC tally sheet, form 34C', 'disputed']),
    ],
    [
      'merges tags as sets: an added tag and a removed tag both survive',
      sidecar([figure]),
      sidecar([{ ...figure, tags: ['election', 'front-page'] }]),
      sidecar([{ ...figure, tags: [] }]),
      (m) => assert.deepEqual(m.get('fig-1')!.tags, ['front-page']),
    ],
    [
      'accepts the same change made on both sides',
      sidecar([figure]),
      sidecar([{ ...figure, status: 'verified' }]),
      sidecar([{ ...figure, status: 'verified' }]),
      (m) => assert.equal(m.get('fig-1')!.status, 'verified'),
    ],
    [
      'deletes an annotation one side deleted and the other left alone',
      sidecar([figure, ruto]),
      sidecar([figure]),
      sidecar([figure, ruto]),
      (m) => assert.deepEqual([...m.keys()], ['fig-1']),
    ],
    [
      'takes either anchor when only offsets moved (both re-anchor on load)',
      sidecar([figure]),
      sidecar([{ ...figure, anchor: { ...figure.anchor, start: 70, end: 76 } }]),
      sidecar([{ ...figure, anchor: { ...figure.anchor, start: 72, end: 78 } }]),
      (m) => assert.equal(m.get('fig-1')!.anchor.start, 70),
    ],
    [
      'merges a file created on both branches (no base)',
      null,
      sidecar([ruto]),
      sidecar([margin]),
      (m) => assert.equal(m.size, 2),
    ],
  ];
  for (const [name, base, ours, theirs, check] of clean) {
    it(name, () => {
      const before = JSON.stringify([base, ours, theirs]);
      const { merged, conflicts } = mergeSidecars(base, ours, theirs);
      assert.deepEqual(conflicts, []);
      check(new Map(merged.annotations.map((a) => [a.id, a])));
      assert.equal(JSON.stringify([base, ours, theirs]), before, 'inputs unchanged');
    });
  }

  it('reports the same field changed differently, keeps ours and records theirs in the file', () => {
    const { merged, conflicts } = mergeSidecars(
      sidecar([figure]),
      sidecar([{ ...figure, status: 'verified', modified: '2026-08-16T08:00:00Z' }]),
      sidecar([{ ...figure, status: 'disputed', modified: '2026-08-16T08:30:00Z' }]),
    );
    assert.deepEqual(conflicts.map((c) => [c.id, c.kind, c.field]), [['fig-1', 'field', 'status']]);
    assert.match(conflicts[0].message, /both sides changed status \(kept ours "verified"; theirs was "disputed"\)/);
    const f = merged.annotations[0];
    assert.equal(f.status, 'verified');
    assert.ok(f.tags.includes(MERGE_CONFLICT_TAG));
    assert.deepEqual(f.replies.at(-1), { author: MERGE_AUTHOR, created: '2026-08-16T08:30:00Z', text: 'Merge conflict on status: kept "verified" (ours); theirs was "disputed".' });
  });

  it('can leave the file untouched by conflict bookkeeping', () => {
    const { merged, conflicts } = mergeSidecars(sidecar([figure]), sidecar([{ ...figure, note: 'A' }]), sidecar([{ ...figure, note: 'B' }]), { recordInFile: false });
    assert.equal(conflicts.length, 1);
    assert.deepEqual(merged.annotations[0], { ...figure, note: 'A' });
  });

  it('treats one id added on both sides with different content as a conflict', () => {
    const { conflicts } = mergeSidecars(null, sidecar([ruto]), sidecar([{ ...ruto, entityType: 'ORG' }]));
    assert.deepEqual(conflicts.map((c) => c.field), ['entityType']);
  });

  it('keeps an annotation deleted on one side but changed on the other, and says so', () => {
    const { merged, conflicts } = mergeSidecars(sidecar([figure]), sidecar([]), sidecar([{ ...figure, status: 'verified' }]));
    assert.deepEqual(conflicts.map((c) => c.kind), ['deleted-changed']);
    assert.equal(merged.annotations[0].status, 'verified');
  });

  it('drops the text hash when both sides edited the article differently', () => {
    const { merged, conflicts } = mergeSidecars(sidecar([], HASH_A), sidecar([], HASH_B), sidecar([], HASH_C));
    assert.deepEqual(conflicts, []);
    assert.equal(merged.textHash, undefined);
    assert.equal(mergeSidecars(sidecar([], HASH_A), sidecar([], HASH_A), sidecar([], HASH_B)).merged.textHash, HASH_B);
  });
});
