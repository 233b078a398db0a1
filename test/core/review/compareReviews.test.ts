import assert from 'node:assert/strict';
import { compareReviews } from '../../../src/core/review/compareReviews';
import { rejectAnnotation } from '../../../src/core/review/rejectAnnotation';
import { acceptAnnotation } from '../../../src/core/review/acceptAnnotation';
import { SUMMIT_TEXT as T, entity, on } from './reviewFixture';

const quotes = (xs: Array<{ annotation: { anchor: { quote: string } } }>) => xs.map((x) => x.annotation.anchor.quote);

describe('compareReviews', () => {
  const mine = [
    entity(T, 'Keir Starmer', 'PERSON', { status: 'verified' }),
    entity(T, 'Ursula von der Leyen', 'PERSON'),
    entity(T, 'Brussels', 'PLACE'),
    on(T, '€2 billion', { status: 'needs-source', note: 'Which budget line?' }),
    entity(T, 'Downing Street', 'ORG'),
  ];
  const theirs = [
    entity(T, 'Keir Starmer', 'PERSON', { status: 'verified', author: 'tom.hale' }),
    entity(T, 'von der Leyen', 'PERSON', { author: 'tom.hale' }),
    entity(T, 'Brussels', 'ORG', { author: 'tom.hale' }),
    on(T, '€2 billion', { status: 'verified', note: 'Council conclusions, para 12', author: 'tom.hale' }),
    entity(T, 'Downing Street', 'PLACE', { author: 'tom.hale' }),
    entity(T, 'EU', 'ORG', { author: 'tom.hale' }),
  ];
  const result = compareReviews(mine, theirs);

  it('pairs annotations on the same words and sorts them into agreed, conflicts and one-sided', () => {
    assert.deepEqual(quotes(result.agreed.map((p) => p.mine)), ['Keir Starmer']);
    assert.deepEqual(
      result.conflicts.map((c) => [c.mine.annotation.anchor.quote, c.fields]),
      [
        ['Brussels', ['entityType']],
        ['€2 billion', ['status']],
        ['Downing Street', ['entityType']],
      ],
    );
    // "von der Leyen" is not the same span or quote as "Ursula von der Leyen": each stays one-sided.
    assert.deepEqual(quotes(result.onlyMine), ['Ursula von der Leyen']);
    assert.deepEqual(quotes(result.onlyTheirs), ['von der Leyen', 'EU']);
  });

  it('computes agreement and kappa as worked by hand', () => {
    // 7 compared: 1 agreed. Kappa pairs (mine, theirs): PERSON/PERSON, PLACE/ORG, NONE/NONE, ORG/PLACE,
    // PERSON/NONE, NONE/PERSON, NONE/ORG → pₒ = 2/7; pₑ = (2·2 + 1·1 + 3·2 + 1·2)/49 = 13/49; κ = (1/49)/(36/49).
    assert.ok(Math.abs(result.percentAgreement - 1 / 7) < 1e-12);
    assert.ok(Math.abs(result.cohensKappa - 1 / 36) < 1e-12, String(result.cohensKappa));
  });

  it('counts each span once in kappa, however many annotations sit on it', () => {
    const mineHere = [on(T, 'Keir Starmer', { note: 'Title?' }), entity(T, 'Keir Starmer', 'PERSON'), entity(T, 'Downing Street', 'ORG'), entity(T, 'Brussels', 'PLACE')];
    const theirsHere = [on(T, 'Keir Starmer', { note: 'PM since 2024' }), entity(T, 'Keir Starmer', 'PERSON'), entity(T, 'Downing Street', 'PLACE'), entity(T, 'Brussels', 'PLACE')];
    // Three spans: PERSON/PERSON, ORG/PLACE, PLACE/PLACE → pₒ = 2/3; mine PERSON, ORG, PLACE 1 each;
    // theirs PERSON 1, PLACE 2 → pₑ = (1·1 + 1·0 + 1·2)/9 = 1/3; κ = (1/3)/(2/3) = 1/2.
    // (Counting the two notes as a fourth NONE/NONE unit would give 2/3 instead.)
    const r = compareReviews(mineHere, theirsHere);
    assert.ok(Math.abs(r.cohensKappa - 0.5) < 1e-12, String(r.cohensKappa));
    assert.equal(r.percentAgreement, 3 / 4);
  });

  it('returns the objects it was given, so callers keep their own fields', () => {
    assert.equal(result.agreed[0].theirs, theirs[0]);
    assert.equal(result.onlyMine[0], mine[1]);
  });

  it('prefers pairing a note with a note when two annotations share the words', () => {
    const myNote = on(T, 'Brussels', { note: 'Check venue' });
    const myType = entity(T, 'Brussels', 'PLACE');
    const theirType = entity(T, 'Brussels', 'PLACE', { author: 'tom.hale' });
    const theirNote = on(T, 'Brussels', { note: 'Venue moved?', author: 'tom.hale' });
    const r = compareReviews([myNote, myType], [theirType, theirNote]);
    assert.equal(r.agreed.length, 2);
    assert.equal(r.conflicts.length, 0);
  });

  it('matches on the same quote when spans differ but overlap', () => {
    const lf = on(T, 'said.\nThe EU', { status: 'disputed' });
    const crlf = { ...lf, start: lf.start, end: lf.end + 1, annotation: { ...lf.annotation, id: 'x-crlf', anchor: { ...lf.annotation.anchor, quote: 'said.\r\nThe EU' }, status: 'verified' as const } };
    const r = compareReviews([lf], [crlf]);
    assert.deepEqual(r.conflicts.map((c) => c.fields), [['status']]);
  });

  it('pairs an accepted copy by id and counts it as agreement', () => {
    const t = entity(T, 'EU', 'ORG', { author: 'tom.hale' });
    const copy = { ...t, annotation: acceptAnnotation(t.annotation, 'priya.nair', '2026-05-04T09:00:00Z') };
    const r = compareReviews([copy], [t]);
    assert.equal(r.agreed.length, 1);
    assert.equal(r.percentAgreement, 1);
  });

  it('lists their annotations I rejected separately, not as conflicts or theirs-only', () => {
    const t = entity(T, 'Monday', 'PLACE', { author: 'tom.hale' });
    const rejection = { ...t, annotation: rejectAnnotation(t.annotation, 'priya.nair', '2026-05-04T09:05:00Z') };
    const r = compareReviews([rejection], [t]);
    assert.equal(r.rejected.length, 1);
    assert.deepEqual([r.conflicts.length, r.onlyTheirs.length, r.agreed.length], [0, 0, 0]);
    assert.equal(r.percentAgreement, 0);
  });

  it('matches orphans only to orphans with the same quote', () => {
    const gone = { ...on(T, 'Monday'), orphaned: true };
    const theirGone = { ...on(T, 'Monday', { author: 'tom.hale' }), orphaned: true };
    const r = compareReviews([gone], [theirGone, entity(T, 'Monday', 'FIGURE', { author: 'tom.hale' })]);
    assert.equal(r.agreed.length, 1);
    assert.equal(r.onlyTheirs.length, 1);
  });

  it('agrees fully, with undefined kappa, when neither side annotated', () => {
    const r = compareReviews([], []);
    assert.equal(r.percentAgreement, 1);
    assert.ok(Number.isNaN(r.cohensKappa));
  });
});
