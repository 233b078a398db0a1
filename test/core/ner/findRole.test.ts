import assert from 'node:assert/strict';
import { findRole } from '../../../src/core/ner/findRole';

const roleOf = (text: string, name: string, title?: string) => {
  const start = text.indexOf(name);
  const t = title ? { start: text.indexOf(title), end: text.indexOf(title) + title.length } : undefined;
  return findRole(text, { start, end: start + name.length }, t);
};

describe('findRole', () => {
  const cases: [string, string, string, string | undefined, string | null][] = [
    ['appositive after a comma', 'Mykola Tkachuk, mayor of the besieged city, said buses were full.', 'Mykola Tkachuk', undefined, 'mayor of the besieged city'],
    ['appositive with an article and an age', 'said Hauwa Sani, 34, a trader who waited for hours.', 'Hauwa Sani', undefined, 'trader'],
    ['description before the name', 'Élysée spokeswoman Claire Dubois said the plan was fair.', 'Claire Dubois', undefined, 'Élysée spokeswoman'],
    ['title stripped from the name', 'Foreign Minister Anna Lindqvist arrived.', 'Anna Lindqvist', 'Foreign Minister', 'Foreign Minister'],
    ['company role before a comma', 'Ryanair CEO, Michael O’Leary, defended the order.', 'Michael O’Leary', undefined, 'Ryanair CEO'],
    ['no role nearby', 'Protesters cheered as Anna Lindqvist arrived.', 'Anna Lindqvist', undefined, null],
    ['a clause is not a role', 'Diop, who arrived late, spoke.', 'Diop', undefined, null],
  ];
  for (const [name, text, who, title, expected] of cases) it(name, () => assert.equal(roleOf(text, who, title), expected));

  it('returns the role verbatim, as a slice of the text', () => {
    const text = 'Abdullahi Haruna, a spokesman for the state police command, said 23 were held.';
    const role = roleOf(text, 'Abdullahi Haruna');
    assert.ok(role && text.includes(role));
    assert.equal(role, 'spokesman for the state police command');
  });
});
