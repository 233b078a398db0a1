import assert from 'node:assert/strict';
import { tokenize } from '../../../src/core/text/tokenize';

const words = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  const cases: [string, string, string[]][] = [
    ['splits a hyphenated place from the ordinary word after it', 'the Beijing-backed militia', ['the', 'Beijing', 'backed', 'militia']],
    ['keeps hyphenated names whole', 'talks in Guinea-Bissau with al-Shabaab', ['talks', 'in', 'Guinea-Bissau', 'with', 'al-Shabaab']],
    ['leaves the possessive out of the word', 'Macron’s aides and Reuters\' editors', ['Macron', 'aides', 'and', 'Reuters', 'editors']],
    ['keeps dotted acronyms and abbreviations', 'Mr. Diop met U.S. envoys.', ['Mr.', 'Diop', 'met', 'U.S.', 'envoys']],
    ['drops a sentence-final full stop', 'It ended in Lagos. Then', ['It', 'ended', 'in', 'Lagos', 'Then']],
    ['keeps initials inside a name', 'George W. Bush met J. K. Rowling', ['George', 'W.', 'Bush', 'met', 'J.', 'K.', 'Rowling']],
    ['a lone capital ending a sentence loses its dot', 'He posted on X. Email us', ['He', 'posted', 'on', 'X', 'Email', 'us']],
    ['skips web and e-mail addresses and handles', 'Visit https://example.com/Lagos-News or tips@example.org, @Reuters said', ['Visit', 'or', 'said']],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(words(input), expected));

  it('gives UTF-16 offsets after an emoji and accents', () => {
    const text = '🇲🇱 Fatoumata Keïta said';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
    assert.equal(tokenize(text)[0].start, 5);
  });

  it('marks sentence starts, joins and possessives', () => {
    const toks = tokenize('Officials said. “Police Commissioner Jane Okoro’s team left,” Mr. Okoro said.');
    const by = (w: string) => toks.find((t) => t.text === w)!;
    assert.equal(by('Officials').sentenceStart, true);
    assert.equal(by('Police').sentenceStart, true);
    assert.equal(by('Commissioner').joined, true);
    assert.equal(by('Jane').sentenceStart, false);
    assert.equal(toks.filter((t) => t.text === 'Okoro')[0].possessive, true);
    assert.equal(toks.filter((t) => t.text === 'Okoro')[1].sentenceStart, false, 'the dot of "Mr." does not end a sentence');
    assert.equal(by('team').joined, false, 'a possessive keeps the next word apart');
  });

  it('flags all-capitals words', () => {
    const [a, b] = tokenize('NATO Lagos');
    assert.equal(a.allCaps, true);
    assert.equal(b.allCaps, false);
  });

  it('reads an elided article on a capitalised word, and an Arabic particle, as part of a name', () => {
    const caps = tokenize('Côte d’Ivoire and l\'Aquila, al-Assad, but d’accord and de facto').map((t) => `${t.text}:${t.cap}`);
    assert.deepEqual(caps, ['Côte:true', 'd’Ivoire:true', 'and:false', "l'Aquila:true", 'al-Assad:true', 'but:false', 'd’accord:false', 'and:false', 'de:false', 'facto:false']);
  });

  it('keeps East Asian given names whole across a hyphen but splits compounds such as "Beijing-led"', () => {
    const words = tokenize('Chen Mei-ling, Moon Jae-in and Lai Ching-te met Beijing-led and Hamas-run groups.').map((t) => t.text);
    assert.deepEqual(words.filter((w) => /^\p{Lu}/u.test(w)), ['Chen', 'Mei-ling', 'Moon', 'Jae-in', 'Lai', 'Ching-te', 'Beijing', 'Hamas']);
  });
});
