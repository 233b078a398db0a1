import assert from 'node:assert/strict';
import { defuseCell } from '../../../src/core/export/defuseCell';

describe('defuseCell', () => {
  const cases: Array<[string, string | number, string | number]> = [
    ['formula', '=HYPERLINK("http://x","click")', `'=HYPERLINK("http://x","click")`],
    ['plus', '+44 20 7946 0000 ext. =1', `'+44 20 7946 0000 ext. =1`],
    ['minus followed by a formula', '-2+3+cmd|\' /C calc\'!A0', `'-2+3+cmd|' /C calc'!A0`],
    ['at sign', '@SUM(A1)', `'@SUM(A1)`],
    ['leading tab', '\t=1+1', `'\t=1+1`],
    ['leading carriage return', '\r=1+1', `'\r=1+1`],
    ['plain negative number stays', '-12', '-12'],
    ['plain negative decimal stays', '-0.5', '-0.5'],
    ['numbers are never strings to defuse', -3, -3],
    ['ordinary text', 'Viktor Orbán', 'Viktor Orbán'],
    ['a formula sign later in the cell is harmless', 'up 12% = record', 'up 12% = record'],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(defuseCell(input), expected));
  }
});
