import assert from 'node:assert/strict';
import { authorColorIndex, REVIEWER_PALETTE_SIZE } from '../../../src/core/review/authorColorIndex';

describe('authorColorIndex', () => {
  it('is stable for a name, whatever its case or surrounding spaces', () => {
    assert.equal(authorColorIndex('Ngozi Adeyemi'), authorColorIndex('  ngozi adeyemi '));
  });

  it('stays inside the palette for every kind of name', () => {
    for (const name of ['Ngozi Adeyemi', 'Tom Becker', 'Jürgen Hölzl', '王小明', '', 'claire.dubois@desk.example', '🙂']) {
      const i = authorColorIndex(name);
      assert.ok(Number.isInteger(i) && i >= 0 && i < REVIEWER_PALETTE_SIZE, `${name} → ${i}`);
    }
  });

  it('spreads a newsroom over the palette rather than giving everyone one colour', () => {
    const desk = ['Ngozi Adeyemi', 'Tom Becker', 'Claire Dubois', 'Salem al-Mabrouk', 'Priya Nair', 'Oleksandr Marchenko', 'Hauwa Sani', 'Daniel Okafor', 'Renée Moreau', 'Kemi Balogun'];
    const used = new Set(desk.map((n) => authorColorIndex(n)));
    assert.ok(used.size >= 4, `only ${used.size} colours for ${desk.length} reviewers`);
  });
});
