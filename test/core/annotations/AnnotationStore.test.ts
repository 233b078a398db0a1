import assert from 'node:assert/strict';
import { anchorFromRange } from '../../../src/core/anchor/anchorFromRange';
import { AnnotationStore } from '../../../src/core/annotations/AnnotationStore';
import type { AnnotationChange } from '../../../src/core/annotations/AnnotationStore';
import type { Annotation } from '../../../src/core/model';

const TEXT =
  'WARSAW, Oct 16 (Newswire) - Donald Tusk\'s Civic Coalition won 157 seats in Poland\'s parliament, the electoral commission said, ending eight years of Law and Justice rule. Tusk told supporters in Warsaw the result was "the end of a bad era".';

function on(id: string, phrase: string, occurrence = 0, extra: Partial<Annotation> = {}): Annotation {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = TEXT.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`fixture: ${phrase} not found`);
  return {
    id,
    anchor: anchorFromRange(TEXT, { start: at, end: at + phrase.length }),
    kind: 'note',
    status: 'unverified',
    tags: [],
    author: 'Anna Nowak',
    created: '2026-11-21T09:00:00Z',
    modified: '2026-11-21T09:00:00Z',
    replies: [],
    ...extra,
  };
}

function recorder(store: AnnotationStore) {
  const events: AnnotationChange[] = [];
  store.onDidChange((e) => events.push(e));
  return events;
}

const ids = (xs: Annotation[]) => xs.map((a) => a.id);

describe('AnnotationStore', () => {
  it('adds, gets, lists in document order and counts', () => {
    const store = new AnnotationStore();
    const events = recorder(store);
    store.add(on('n-2', 'Warsaw'));
    store.add(on('n-1', 'Donald Tusk'));
    assert.equal(store.size, 2);
    assert.deepEqual(ids(store.all()), ['n-1', 'n-2']);
    assert.equal(store.get('n-1')?.anchor.quote, 'Donald Tusk');
    assert.equal(store.get('n-404'), null);
    assert.deepEqual(events.map((e) => ids(e.added)), [['n-2'], ['n-1']]);
  });

  it('refuses a duplicate id rather than overwrite a review', () => {
    const store = new AnnotationStore([on('n-1', 'Donald Tusk')]);
    assert.throws(() => store.add(on('n-1', '157 seats')), /already exists/);
    assert.equal(store.get('n-1')?.anchor.quote, 'Donald Tusk');
  });

  it('copies on the way in so outside changes cannot leak in', () => {
    const a = on('n-1', 'Donald Tusk', 0, { tags: ['wire'] });
    const store = new AnnotationStore();
    store.add(a);
    a.tags.push('mutated');
    a.anchor.start = 999;
    assert.deepEqual(store.get('n-1')?.tags, ['wire']);
    assert.notEqual(store.get('n-1')?.anchor.start, 999);
  });

  it('updates, stamping modified only when it has a clock and the change is not silent', () => {
    const store = new AnnotationStore([on('n-1', '157 seats')], { now: () => '2026-11-22T00:00:00Z' });
    const events = recorder(store);
    const updated = store.update({ ...store.get('n-1')!, status: 'verified' });
    assert.equal(updated?.status, 'verified');
    assert.equal(updated?.modified, '2026-11-22T00:00:00Z');
    const silent = store.update({ ...store.get('n-1')!, modified: 'x', note: 'PKW figures' }, { silentTimestamps: true });
    assert.equal(silent?.modified, 'x');
    assert.equal(store.update({ ...on('n-9', 'Tusk') }), null, 'unknown id');
    assert.equal(events.length, 2);
    assert.equal(store.update({ ...store.get('n-1')! }), null, 'no change, no event');
    assert.equal(events.length, 2);
  });

  it('removes and reports the removed annotation', () => {
    const store = new AnnotationStore([on('n-1', 'Donald Tusk'), on('n-2', '157 seats')]);
    const events = recorder(store);
    assert.equal(store.remove('n-1')?.id, 'n-1');
    assert.equal(store.remove('n-1'), null);
    assert.deepEqual(events.map((e) => ids(e.removed)), [['n-1']]);
  });

  it('replaceAll fires one event with the difference', () => {
    const store = new AnnotationStore([on('n-1', 'Donald Tusk'), on('n-2', '157 seats')]);
    const events = recorder(store);
    store.replaceAll([on('n-2', '157 seats', 0, { status: 'verified' }), on('n-3', 'Law and Justice')]);
    assert.equal(events.length, 1);
    assert.deepEqual([ids(events[0].added), ids(events[0].changed), ids(events[0].removed)], [['n-3'], ['n-2'], ['n-1']]);
  });

  it('upsertMany adds and replaces in one event', () => {
    const store = new AnnotationStore([on('n-1', 'Donald Tusk')]);
    const events = recorder(store);
    store.upsertMany([on('n-1', 'Donald Tusk', 0, { note: 'from colleague' }), on('n-5', 'Civic Coalition')]);
    assert.deepEqual([ids(events[0].added), ids(events[0].changed)], [['n-5'], ['n-1']]);
  });

  it('a disposer stops the listener, called directly or as dispose()', () => {
    const store = new AnnotationStore();
    let heard = 0;
    const d1 = store.onDidChange(() => heard++);
    const d2 = store.onDidChange(() => heard++);
    store.add(on('n-1', 'Donald Tusk'));
    d1();
    d2.dispose();
    store.add(on('n-2', '157 seats'));
    assert.equal(heard, 2);
  });

  it('tells every listener even if one throws, then reports the error', () => {
    const store = new AnnotationStore();
    let heard = false;
    store.onDidChange(() => {
      throw new Error('broken view');
    });
    store.onDidChange(() => (heard = true));
    assert.throws(() => store.add(on('n-1', 'Donald Tusk')), /broken view/);
    assert.ok(heard);
    assert.equal(store.size, 1, 'the change itself stands');
  });

  describe('applyTextChange', () => {
    const cases: Array<[string, { start: number; end: number; text: string }, string, boolean]> = [
      ['insert before shifts', { start: 0, end: 0, text: 'UPDATE 1-' }, '157 seats', false],
      ['edit after leaves alone', { start: TEXT.length, end: TEXT.length, text: ' (Reporting by Newswire)' }, '157 seats', false],
      ['edit inside resizes and is touched', { start: TEXT.indexOf('157') + 3, end: TEXT.indexOf('157') + 3, text: ' of 460' }, '157 of 460 seats', true],
    ];
    for (const [label, change, expected, touched] of cases) {
      it(label, () => {
        const store = new AnnotationStore([on('n-1', '157 seats')]);
        const after = TEXT.slice(0, change.start) + change.text + TEXT.slice(change.end);
        const result = store.applyTextChange([change]);
        const a = store.get('n-1')!;
        assert.equal(after.slice(a.anchor.start, a.anchor.end), expected);
        assert.deepEqual(ids(result.touched), touched ? ['n-1'] : []);
      });
    }

    it('applies several changes of one event, all against the old text', () => {
      const store = new AnnotationStore([on('n-1', 'Donald Tusk'), on('n-2', 'Law and Justice')]);
      const changes = [
        { start: 0, end: 6, text: 'WARSZAWA' },
        { start: TEXT.indexOf('eight years'), end: TEXT.indexOf('eight years') + 5, text: 'eight long' },
      ];
      let after = TEXT;
      for (const c of [...changes].sort((a, b) => b.start - a.start)) after = after.slice(0, c.start) + c.text + after.slice(c.end);
      store.applyTextChange(changes);
      for (const [id, phrase] of [['n-1', 'Donald Tusk'], ['n-2', 'Law and Justice']]) {
        const a = store.get(id)!;
        assert.equal(after.slice(a.anchor.start, a.anchor.end), phrase);
      }
    });

    it('keeps an annotation whose words were deleted and reports it for re-anchoring', () => {
      const store = new AnnotationStore([on('n-1', '157 seats')]);
      const at = TEXT.indexOf('157 seats');
      const result = store.applyTextChange([{ start: at, end: at + 9, text: '' }]);
      assert.deepEqual(ids(result.touched), ['n-1']);
      assert.equal(store.size, 1);
      const after = TEXT.slice(0, at) + TEXT.slice(at + 9);
      const report = store.reanchor(after);
      assert.deepEqual(ids(report.orphans), ['n-1']);
      assert.ok(store.isOrphan('n-1'));
      assert.equal(store.get('n-1')?.anchor.quote, '157 seats', 'the orphan keeps its words');
    });
  });

  describe('reanchor', () => {
    it('refreshes exact anchors, keeps fuzzy quotes, orphans the lost and un-orphans the found', () => {
      const store = new AnnotationStore([on('n-1', 'Donald Tusk'), on('n-2', 'Civic Coalition won 157 seats'), on('n-3', 'ending eight years')]);
      const events = recorder(store);
      const edited = ('BREAKING\n\n' + TEXT).replace('Coalition won 157', 'Coalition won 175').replace(', ending eight years of Law and Justice rule', '');
      const report = store.reanchor(edited);
      const tusk = store.get('n-1')!;
      assert.equal(edited.slice(tusk.anchor.start, tusk.anchor.end), 'Donald Tusk');
      assert.equal(tusk.anchor.prefix, edited.slice(Math.max(0, tusk.anchor.start - 32), tusk.anchor.start));
      assert.deepEqual(ids(report.fuzzy), ['n-2']);
      assert.equal(store.get('n-2')!.anchor.quote, 'Civic Coalition won 157 seats');
      assert.deepEqual(ids(report.orphans), ['n-3']);
      assert.equal(events.length, 1);
      // The sentence comes back (undo): the orphan is found again.
      store.reanchor(TEXT);
      assert.equal(store.isOrphan('n-3'), false);
      assert.deepEqual(store.orphans(), []);
    });
  });
});
