import assert from 'node:assert/strict';
import type { Analysis, Entity } from '../../../src/core/model';
import { unverifiedClaims } from '../../../src/core/review/unverifiedClaims';
import { rejectAnnotation } from '../../../src/core/review/rejectAnnotation';
import { SUMMIT_TEXT as T, entity, on } from './reviewFixture';

function figure(quote: string, subtype: Entity['subtype']): Entity {
  const start = T.indexOf(quote);
  return { start, end: start + quote.length, type: 'FIGURE', subtype, text: quote };
}

const analysis: Analysis = {
  entities: [
    { start: T.indexOf('Keir Starmer'), end: T.indexOf('Keir Starmer') + 12, type: 'PERSON', text: 'Keir Starmer' },
    figure('Monday', 'DATE'),
    figure('€2 billion', 'MONEY'),
  ],
  clusters: [],
};

function describeItems(items: ReturnType<typeof unverifiedClaims>): string[] {
  return items.map((i) => (i.kind === 'figure' ? `figure ${i.entity.text} ${i.status}` : `claim ${i.annotation.annotation.anchor.quote} ${i.status}`));
}

describe('unverifiedClaims', () => {
  it('lists every figure no one has verified, and unverified annotated claims', () => {
    const annotations = [on(T, '€2 billion', { status: 'verified' }), on(T, 'Downing Street said', { status: 'needs-source' }), on(T, 'border controls', { status: 'verified' })];
    assert.deepEqual(describeItems(unverifiedClaims(analysis, annotations)), ['figure Monday unverified', 'claim Downing Street said needs-source']);
  });

  it('takes a figure\'s status from the latest annotation starting on it', () => {
    const older = on(T, '€2 billion', { status: 'verified', modified: '2026-05-04T08:00:00Z' });
    const newer = on(T, '€2 billion for border', { status: 'disputed', modified: '2026-05-04T10:00:00Z' });
    assert.deepEqual(describeItems(unverifiedClaims(analysis, [older, newer])), ['figure Monday unverified', 'figure €2 billion disputed']);
  });

  it('ignores entity corrections and my rejections of a colleague\'s notes', () => {
    const rejected = on(T, 'met Ursula', { status: 'disputed', author: 'tom.hale' });
    rejected.annotation = rejectAnnotation(rejected.annotation, 'priya.nair', '2026-05-04T09:00:00Z');
    const annotations = [entity(T, 'Downing Street', 'ORG'), rejected, on(T, 'Monday', { status: 'verified' }), on(T, '€2 billion', { status: 'verified' })];
    assert.deepEqual(unverifiedClaims(analysis, annotations), []);
  });

  it('keeps orphaned claims: their words are gone, the doubt is not', () => {
    const orphan = { ...on(T, 'in Brussels', { status: 'unverified' }), orphaned: true };
    const items = describeItems(unverifiedClaims({ entities: [], clusters: [] }, [orphan]));
    assert.deepEqual(items, ['claim in Brussels unverified']);
  });
});
