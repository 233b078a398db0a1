import assert from 'node:assert/strict';
import type { Analysis, Entity } from '../../../src/core/model';
import { factCheckItems } from '../../../src/core/review/factCheckItems';
import { SUMMIT_TEXT as T, entity, on } from './reviewFixture';

function figure(quote: string, subtype: Entity['subtype']): Entity {
  const start = T.indexOf(quote);
  return { start, end: start + quote.length, type: 'FIGURE', subtype, text: quote };
}

const analysis: Analysis = { entities: [figure('Monday', 'DATE'), figure('€2 billion', 'MONEY')], clusters: [] };

describe('factCheckItems', () => {
  it('lists figures in order, then note claims; corrections are not claims', () => {
    const claim = on(T, 'Downing Street said', { status: 'disputed' });
    const items = factCheckItems(analysis, [entity(T, 'Keir Starmer', 'PERSON'), claim]);
    assert.deepEqual(
      items.map((i) => [i.kind, i.status]),
      [
        ['figure', 'unverified'],
        ['figure', 'unverified'],
        ['claim', 'disputed'],
      ],
    );
  });

  it('attaches an annotation to the figure it starts on, not to one it merely contains', () => {
    const onFigure = on(T, '€2 billion for border controls', { status: 'verified' });
    const containing = on(T, 'in Brussels on Monday', { status: 'needs-source' });
    const items = factCheckItems(analysis, [onFigure, containing]);
    const money = items.find((i) => i.kind === 'figure' && i.entity.text === '€2 billion')!;
    assert.equal(money.status, 'verified');
    assert.equal(items.filter((i) => i.kind === 'claim').length, 1);
  });

  it('never attaches an orphan to a figure, whatever its stale offsets say', () => {
    const orphan = { ...on(T, '€2 billion', { status: 'verified' }), orphaned: true };
    const items = factCheckItems(analysis, [orphan]);
    assert.deepEqual(items.map((i) => [i.kind, i.status]), [['figure', 'unverified'], ['figure', 'unverified'], ['claim', 'verified']]);
  });
});
