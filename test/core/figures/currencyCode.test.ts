import assert from 'node:assert/strict';
import { currencyCode, currencyName, isCurrencyCode } from '../../../src/core/figures/currencyCode';

describe('currencyCode', () => {
  const PREFIXES: Array<[string, string | null]> = [
    ['$', 'USD'], ['US$', 'USD'], ['A$', 'AUD'], ['HK$', 'HKD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'],
    ['₹', 'INR'], ['Rs', 'INR'], ['Rs.', 'INR'], ['R', 'ZAR'], ['₦', 'NGN'], ['EUR', 'EUR'], ['XYZ', null], ['constructor', null],
  ];
  for (const [prefix, code] of PREFIXES) {
    it(`maps the prefix "${prefix}" to ${code}`, () => assert.equal(currencyCode(prefix), code));
  }

  const NAMES: Array<[string, string | undefined, string | null, number | undefined]> = [
    ['yuan', undefined, 'CNY', undefined],
    ['rupees', undefined, 'INR', undefined],
    ['dollars', 'Australian', 'AUD', undefined],
    ['dollars', undefined, 'USD', undefined],
    ['pounds', 'Egyptian', 'EGP', undefined],
    ['cents', undefined, 'USD', 100],
    ['pence', undefined, 'GBP', 100],
    ['votes', undefined, null, undefined],
  ];
  for (const [name, qualifier, code, fraction] of NAMES) {
    it(`maps "${qualifier ? qualifier + ' ' : ''}${name}" to ${code}`, () => {
      const c = currencyName(name, qualifier);
      if (code === null) {
        assert.equal(c, null);
        return;
      }
      assert.equal(c?.code, code);
      assert.equal(c?.fraction, fraction);
    });
  }

  it('knows ISO codes written after an amount', () => {
    assert.equal(isCurrencyCode('USD'), true);
    assert.equal(isCurrencyCode('UTC'), false);
  });
});
