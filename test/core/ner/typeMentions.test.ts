import assert from 'node:assert/strict';
import { findMentions } from '../../../src/core/ner/findMentions';
import { typeMentions } from '../../../src/core/ner/typeMentions';

const run = (text: string) => {
  const lower = new Set<string>();
  const found = findMentions(text, 0, text.length, lower);
  const kinds = typeMentions(found, (w) => lower.has(w));
  return found.flatMap((m, i) => (kinds[i] && kinds[i] !== 'DEMONYM' ? [`${kinds[i]}:${m.text}`] : []));
};

describe('typeMentions', () => {
  const cases: [string, string, string[]][] = [
    ['a surname alone after the full name is the person', 'Mykola Tkachuk stayed. Tkachuk said buses left.', ['PERSON:Mykola Tkachuk', 'PERSON:Tkachuk']],
    ['a transliteration variant of a known surname is the person', 'Muammar Gaddafi ruled for decades. Qaddafi was killed.', ['PERSON:Muammar Gaddafi', 'PERSON:Qaddafi']],
    ['a company is shortened to its first word', 'Northrop Grumman won. Northrop said it was pleased.', ['ORG:Northrop Grumman', 'ORG:Northrop']],
    ['an unknown name after "in" is a place everywhere', 'Fighting in Marhanets went on. Marhanets was shelled.', ['PLACE:Marhanets', 'PLACE:Marhanets']],
    ['an unknown single name defaults to an organisation', 'The deal gave Socep control of the terminal.', ['ORG:Socep']],
    ['a name that only looks like a person follows the article and its list partner', 'Drones came through the port of Ras Lanuf. Terminals at Es Sider and Ras Lanuf were calm.', ['PLACE:Ras Lanuf', 'PLACE:Es Sider', 'PLACE:Ras Lanuf']],
    ['a given name stays a person next to a place in a list', 'Lisa Mascaro in Washington and Sam Mednick in Dakar contributed.', ['PERSON:Lisa Mascaro', 'PLACE:Washington', 'PERSON:Sam Mednick', 'PLACE:Dakar']],
    ['a comma is no list: an appositive place leaves the person alone', 'Jürgen Hölzl, Germany\'s finance minister, disagreed.', ['PERSON:Jürgen Hölzl', 'PLACE:Germany']],
    ['a word after a model number names a product', 'The airline ordered the 787 Dreamliner.', []],
    ['a surname ending that only surnames have makes a person', 'Officials said Pashinyan would decide.', ['PERSON:Pashinyan']],
    ['a verb only people do makes a person', 'Lawmakers cheered as Tinubu addressed the Senate.', ['PERSON:Tinubu', 'ORG:Senate']],
    ['a possession only people have makes a person', 'Critics of Ndayishimiye\'s government were detained.', ['PERSON:Ndayishimiye']],
    ['a company always capitalised, named by a common word, is kept', 'Shares of Apple rose. Analysts said Apple would gain.', ['ORG:Apple', 'ORG:Apple']],
    ['a person guessed from looks lends no surname to a known city', 'Borsa Istanbul rose. Traders in Istanbul cheered.', ['PERSON:Borsa Istanbul', 'PLACE:Istanbul']],
    ['a lone given name with a person\'s verb is the person named in full', 'Chief Executive Mesfin Tasew spoke. Later Mesfin said jets would come.', ['PERSON:Mesfin Tasew', 'PERSON:Mesfin']],
    ['a place noun announcing examples', 'Cuts would hit remote villages such as Bethel and Utqiagvik.', ['PLACE:Bethel', 'PLACE:Utqiagvik']],
    ['a serial list announced by a place noun is all places', 'Strikes hit villages in south Lebanon, including Khiam, Aita al-Shaab and Bint Jbeil.', ['PLACE:Lebanon', 'PLACE:Khiam', 'PLACE:Aita al-Shaab', 'PLACE:Bint Jbeil']],
    ['an unknown word the fallback would call an organisation follows its list', 'Shelling hit Gaza City, Jabaliya and Beit Lahia.', ['PLACE:Gaza City', 'PLACE:Jabaliya', 'PLACE:Beit Lahia']],
    ['a spelling variant of a surname does not outweigh a place', 'Strikes hit Gaza City, Jabalia and Beit Lahia, near Bint Jbeil.', ['PLACE:Gaza City', 'PLACE:Jabalia', 'PLACE:Beit Lahia', 'PLACE:Bint Jbeil']],
    ['towns named after "towards" and in a plural appositive', 'Corridors opened towards Kutum. Troops left Zvirove and Kotlyne, two small settlements.', ['PLACE:Kutum', 'PLACE:Zvirove', 'PLACE:Kotlyne']],
    ['a sentence-opening common word is not an organisation\'s first word', 'The Election Commission of India counted. Election strategist Prashant Kishor spoke.', ['ORG:Election Commission of India', 'PERSON:Prashant Kishor']],
    ['a known place with a place cue is not an organisation\'s first word', 'Members of the Sinjar Resistance Units died near Sinjar.', ['ORG:Sinjar Resistance Units', 'PLACE:Sinjar']],
    ['a subdivision named as a surname follows the person', 'Rixi Moncada of Libre trailed. Moncada won Tocoa.', ['PERSON:Rixi Moncada', 'ORG:Libre', 'PERSON:Moncada', 'PLACE:Tocoa']],
    ['a family name inside a long name, with or without its accent', 'President Mahamat Idriss Déby Itno flew in. Deby, 42, spoke.', ['PERSON:Mahamat Idriss Déby Itno', 'PERSON:Deby']],
    ['people "of" an unknown town', 'This victory belongs to the farmers of Mabinay.', ['PLACE:Mabinay']],
    ['a leader\'s government named after them', 'The court sided with the Biden administration.', ['PERSON:Biden']],
    ['a distance from a known place places an unknown town', 'Observers will watch the roads from Mellit, about 60km north of El Fasher.', ['PLACE:Mellit', 'PLACE:El Fasher']],
    ['an age in apposition makes a lone name a person', 'Wagenknecht, a 55-year-old former communist, founded a party.', ['PERSON:Wagenknecht']],
    ['places named by roads, directions, mines and ranges', 'the road from Rutshuru, the power station at Hezyaz south of Sanaa, its Pilbara mines and the Simandou range', ['PLACE:Rutshuru', 'PLACE:Hezyaz', 'PLACE:Sanaa', 'PLACE:Pilbara', 'PLACE:Simandou']],
    ['a ship or a storm named once with its kind is no entity anywhere', 'The bulk carrier Pelagos Star was hit as Cyclone Shakti neared. The Pelagos Star sank; Shakti weakened.', []],
    ['a party that opens with a nationality word', 'The ruling Georgian Dream party won; the Boeing 737 MAX and WTI crude fell on Election Day.', ['ORG:Georgian Dream']],
    ['a body\'s head word alone is that body', 'The European Commission proposed cuts. Critics said the Commission had overreached.', ['ORG:European Commission', 'ORG:Commission']],
    ['a place noun after a list reaches back along it', 'Water rose in the Subansiri, Jia Bharali, Kopili and Beki rivers.', ['PLACE:Subansiri', 'PLACE:Jia Bharali', 'PLACE:Kopili', 'PLACE:Beki']],
    ['a person-like name after a person and "of" is their body', 'Opposition leader Yair Lapid of Yesh Atid said the coalition had failed.', ['PERSON:Yair Lapid', 'ORG:Yesh Atid']],
    ['an unknown town after "from" or "at" leans to a place', 'About 2,000 people crossed from Myawaddy. Police blocked the bridge at Cocachacra.', ['PLACE:Myawaddy', 'PLACE:Cocachacra']],
    ['a workplace after "at", a possessive or a surname after "from" does not', 'said an analyst at Jefferies, flying from Airbus\' centre, with a letter from Kovalenko.', ['ORG:Jefferies', 'ORG:Airbus', 'PERSON:Kovalenko']],
    ['"at" leans to a place only after a facility or a verb of arriving', 'Delays at Airbus grew. The jet landed at Bole.', ['ORG:Airbus', 'PLACE:Bole']],
    ['a target after a noun of attack, a town before its mayor, a river "along the"', 'The airstrikes on Hodeidah went on. Donggala regent Ridwan Lapasere said defences along the Wissey held.', ['PLACE:Hodeidah', 'PLACE:Donggala', 'PERSON:Ridwan Lapasere', 'PLACE:Wissey']],
    ['works are named after owners as often as towns: no lean either way', 'A new Northvolt plant opened near the Leverkusen site.', ['ORG:Northvolt', 'PLACE:Leverkusen']],
    ['a follower\'s ending, a sentence-opening adjective before UK, a nickname before MP', 'Anna Lindqvist spoke. Lindqvist said no. Peronist governors lost. Coastal UK towns suffer. Tory MP Jane Doe agreed.', ['PERSON:Anna Lindqvist', 'PERSON:Lindqvist', 'PLACE:UK', 'ORG:Tory', 'PERSON:Jane Doe']],
    ['a body\'s name, wherever it stands, types a small town\'s name; a member of a militia is a person', 'Fano fighters entered the town. The Fano militia advanced. Zemene Kassie, a member of the militia, was killed.', ['ORG:Fano', 'ORG:Fano', 'PERSON:Zemene Kassie']],
    ['a bracketed name mid-line is no dateline agency; honorifics opening a sentence are titles', 'Delegations met in the capital (Kyiv) - a city under fire. Tan Sri Muhyiddin Yassin spoke.', ['PLACE:Kyiv', 'PERSON:Muhyiddin Yassin']],
    ['a surname after a known given name outweighs a place cue', 'Voters backed nationalist George Simion. In Siret, on the border with Ukraine, Simion won.', ['PERSON:George Simion', 'PLACE:Siret', 'PLACE:Ukraine', 'PERSON:Simion']],
    ['a place cue outweighs a surname known only from a name\'s shape', 'Fishermen call it Bajo de Masinloc. In Masinloc, the boats stayed at the Ras Lanuf terminal.', ['PERSON:Bajo de Masinloc', 'PLACE:Masinloc', 'PLACE:Ras Lanuf']],
    ['a mention with no cue is no evidence against a place named as one elsewhere', 'Farmers in the foothills of the Pyrenees left. Snow fell near the Pyrenees.', ['PLACE:Pyrenees', 'PLACE:Pyrenees']],
    ['a home town after a person\'s age, a town before a comma and its province', 'The dead were Laishram Singh, 45, of Kwakta. The project at Kitimat, British Columbia, began.', ['PERSON:Laishram Singh', 'PLACE:Kwakta', 'PLACE:Kitimat', 'PLACE:British Columbia']],
    ['a lone given name of someone named in full is them', 'Movement leader Arega Kebede spoke. Arega did not comment later.', ['PERSON:Arega Kebede', 'PERSON:Arega']],
    ['a small town\'s name the article makes a body\'s is that body throughout', 'The Fano militia advanced. Fano fighters entered the town.', ['ORG:Fano', 'ORG:Fano']],
    ['a guess from a name\'s shape types only itself; a place noun closing its list wins', 'Trucks went through the Kerem Shalom and Zikim crossings. Aid was unloaded at Kerem Shalom.', ['PLACE:Kerem Shalom', 'PLACE:Zikim', 'PLACE:Kerem Shalom']],
    ['a person noun, "named", then the name', 'A former law student named Fereshta said she teaches.', ['PERSON:Fereshta']],
    ['a destination after a verb of going, examples after a plural place noun', 'Marcos flew to Baler. Coastal barangays such as Ditale and Dinadiawan were hit.', ['PERSON:Marcos', 'PLACE:Baler', 'PLACE:Ditale', 'PLACE:Dinadiawan']],
    ['a company that "said" something is not a person by its part, nor does it make its state a surname', 'Entergy Louisiana reported outages. Entergy said a line was down in central Louisiana.', ['ORG:Entergy Louisiana', 'ORG:Entergy', 'PLACE:Louisiana']],
    ['parties named before "parties"; two-letter acronyms stay names', 'Lawmakers from the Juntos and Podemos Perú parties met. The AA denied it.', ['ORG:Podemos Perú', 'ORG:AA']],
    ['a town after "in nearby", a town on the coast, a department "of"', 'In nearby Mbacké voters queued. Boats landed on the coast at Sabrang. Faye took the department of Podor.', ['PLACE:Mbacké', 'PLACE:Sabrang', 'PERSON:Faye', 'PLACE:Podor']],
    ['a sentence-opening word the article writes in lower case elsewhere', 'Hardline deputies threatened him. Some hardline clerics agreed. Retirees protested.', []],
    ['two unknown towns joined to a place-leaning one follow it', 'Two more ports, at Brega and Zueitina, could close.', ['PLACE:Brega', 'PLACE:Zueitina']],
    ['a several-word name the fallback typed follows a place before it in a list', 'The militants retook towns in Hiiraan, Middle Shabelle and Galmudug.', ['PLACE:Hiiraan', 'PLACE:Middle Shabelle', 'PLACE:Galmudug']],
    ['but not a place after it', 'The junta suspended Radio France Internationale and France 24.', ['ORG:Radio France Internationale', 'PLACE:France']],
    ['a common word also written in lower case is not kept', 'The Government said. the government agreed with the Government.', []],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(run(input), expected));

  it('marks demonyms apart from places', () => {
    const found = findMentions('Russian troops left Kherson.');
    const kinds = typeMentions(found);
    assert.deepEqual(found.map((m, i) => `${kinds[i]}:${m.text}`), ['DEMONYM:Russian', 'PLACE:Kherson']);
  });
});
