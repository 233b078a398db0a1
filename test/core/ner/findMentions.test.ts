import assert from 'node:assert/strict';
import { findMentions } from '../../../src/core/ner/findMentions';

/** "TYPE:text" for every typed, non-demonym mention. */
const typed = (s: string) => findMentions(s).filter((m) => m.type && !m.demonym).map((m) => `${m.type}:${m.text}`);

describe('findMentions', () => {
  const cases: [string, string, string[]][] = [
    ['an unknown name at the start of a sentence', 'Mykola Tkachuk, mayor of the besieged city, said buses were full.', ['PERSON:Mykola Tkachuk']],
    ['a name after a multi-word title, title left out', 'Foreign Minister Anna Lindqvist flew to Kyiv.', ['PERSON:Anna Lindqvist', 'PLACE:Kyiv']],
    ['a place before a title stays a place', 'U.S. President Joe Biden spoke.', ['PLACE:U.S.', 'PERSON:Joe Biden']],
    ['honorifics are not part of the name', 'Mr. Okafor and Dr Amina Yusuf met.', ['PERSON:Okafor', 'PERSON:Amina Yusuf']],
    ['possessive left out', 'Macron’s government and Nigeria\'s army', ['PLACE:Nigeria']],
    ['hyphenated place', 'a Beijing-backed plan for Kyiv-based firms', ['PLACE:Beijing', 'PLACE:Kyiv']],
    ['metonymy stays a place', 'Washington said on Monday that Moscow had been warned.', ['PLACE:Washington', 'PLACE:Moscow']],
    ['organisation cue words', 'The Defence Ministry and Lagos State Government met the Bank of England.', ['ORG:Defence Ministry', 'ORG:Lagos State Government', 'ORG:Bank of England']],
    ['leading "the" is not part of an organisation', 'a statement from the White House and the Red Cross', ['ORG:White House', 'ORG:Red Cross']],
    ['known organisations and acronyms', 'Hezbollah fighters clashed as the Associated Press and INEC reported.', ['ORG:Hezbollah', 'ORG:Associated Press', 'ORG:INEC']],
    ['place cue words', 'shelling of the Kherson region near the Dnipro River', ['PLACE:Kherson', 'PLACE:Dnipro River']],
    ['a place noun after an unknown name', 'thugs attacked a centre in the Fagge area', ['PLACE:Fagge']],
    ['"city of" before an unknown name', 'the besieged city of Marhanets', ['PLACE:Marhanets']],
    ['sentence-opening common words are not names', 'Police said. Officials in Abuja agreed. The talks ended.', ['PLACE:Abuja']],
    ['a maker followed by a model number is a product', 'Ryanair ordered Boeing 737 jets.', ['ORG:Ryanair']],
    ['a company suffix ends the name', 'Apple Inc. Steve Jobs spoke.', ['ORG:Apple Inc.', 'PERSON:Steve Jobs']],
    ['ampersand inside a company name', 'shares of Procter & Gamble rose', ['ORG:Procter & Gamble']],
    ['currency prefixes are not places', 'a US$40 billion deal', []],
    ['an all-capitals headline: places kept, demonyms and verbs not', 'UKRAINE SAYS RUSSIAN DRONES HIT ODESA PORT', ['PLACE:UKRAINE', 'PLACE:ODESA']],
    ['geographic first words', 'Climbers left Mount Everest as aid reached Lake Chad.', ['PLACE:Mount Everest', 'PLACE:Lake Chad']],
    ['"of the" inside an organisation', 'The Organization of the Petroleum Exporting Countries cut output.', ['ORG:Organization of the Petroleum Exporting Countries']],
    ['an acronym that is also a word, in capitals', 'WHO Director-General Tedros Adhanom Ghebreyesus warned of cholera.', ['ORG:WHO', 'PERSON:Tedros Adhanom Ghebreyesus']],
    ['a person "of" a party is two names', 'Chinedu Eze of the Labour Party warned.', ['PERSON:Chinedu Eze', 'ORG:Labour Party']],
    ['a kind of organisation before an unknown name', 'Irish national airline Aer Lingus ordered jets.', ['ORG:Aer Lingus']],
    ['a flight number after an airline', 'the crash of Air France Flight 447', ['ORG:Air France']],
    ['an organisation word opening "X of Y" at a sentence start', 'Bank of America reported losses.', ['ORG:Bank of America']],
    ['a possessive inside a name', 'Troops of the People\'s Liberation Army drilled near the People\'s Republic of China.', ['ORG:People\'s Liberation Army', 'PLACE:People\'s Republic of China']],
    ['a byline in capitals', 'By JANE DOE and AHMED SALEH', ['PERSON:JANE DOE', 'PERSON:AHMED SALEH']],
    ['hyphenated pairs of known names are two mentions', 'The Russia-Ukraine war and Israel-Hamas talks', ['PLACE:Russia', 'PLACE:Ukraine', 'PLACE:Israel', 'ORG:Hamas']],
    ['regnal numbers belong to the name', 'Pope John Paul II and King Charles III', ['PERSON:John Paul II', 'PERSON:Charles III']],
    ['known names with digits are not model numbers', 'The M23 rebels and G7 leaders', ['ORG:M23', 'ORG:G7']],
    ['a romanised town spelled unlike the gazetteer', 'Fighters from Misrata reached Tarhouna.', ['PLACE:Misrata', 'PLACE:Tarhouna']],
    ['a surname that looks like a town is not one', 'Claire Dubois flew home.', ['PERSON:Claire Dubois']],
    ['a plural place noun before "of", shared by the list', 'the nearby villages of Wadi Dinar and Mizda', ['PLACE:Wadi Dinar', 'PLACE:Mizda']],
    ['a place noun after an unknown name: crossings, camps, fields, mountains', 'Lorries used the Kerem Shalom crossing near the Jebel Marra mountains and the Sharara field.', ['PLACE:Kerem Shalom', 'PLACE:Jebel Marra', 'PLACE:Sharara']],
    ['a nationality word before a place noun is no place', 'On the Thai border, trucks waited at the Turkish port of Ceyhan.', ['PLACE:Ceyhan']],
    ['the capital named in an appositive', 'Quakes struck near the capital, Naypyitaw, overnight.', ['PLACE:Naypyitaw']],
    ['an appositive after the name says what kind of place it is', 'Results from Likoma, a district made up of two islands, came last.', ['PLACE:Likoma']],
    ['residents of an unknown town', 'Residents of Barsalogho fled.', ['PLACE:Barsalogho']],
    ['a region closing its own name does not make the next name a place', 'In the Seemanchal region, Asaduddin Owaisi campaigned.', ['PLACE:Seemanchal', 'PERSON:Asaduddin Owaisi']],
    ['a month before a year is a date, not a maker before a model number', 'He ousted the government of Aung San Suu Kyi in February 2021.', ['PERSON:Aung San Suu Kyi']],
    ['an operator before a maker and model number is still named', 'An Ethiopian Airlines Boeing 787-9 landed.', ['ORG:Ethiopian Airlines']],
    ['company suffixes in pairs', 'China’s Zijin Mining Group Co Ltd had looked at the mine.', ['PLACE:China', 'ORG:Zijin Mining Group Co Ltd']],
    ['"of" before a person\'s name joins two names', 'the Libyan National Army of Khalifa Haftar controls Benghazi.', ['ORG:Libyan National Army', 'PERSON:Khalifa Haftar', 'PLACE:Benghazi']],
    ['"for the" and a later "of" inside an organisation', 'The Institute for the Study of War and the Office for the Coordination of Humanitarian Affairs agreed.', ['ORG:Institute for the Study of War', 'ORG:Office for the Coordination of Humanitarian Affairs']],
    ['a name introducing its acronym in brackets is an organisation', 'Yadav\'s Rashtriya Janata Dal (RJD) and the Alternative for Germany (AfD) gained.', ['ORG:Rashtriya Janata Dal', 'ORG:RJD', 'ORG:Alternative for Germany', 'ORG:AfD']],
    ['places and their initials in brackets stay places', 'Fighting in Bihar and Jharkhand (BJ) and the United Arab Emirates (UAE) spread.', ['PLACE:Bihar', 'PLACE:Jharkhand', 'ORG:BJ', 'PLACE:United Arab Emirates', 'PLACE:UAE']],
    ['a US lawmaker\'s party and state', 'Susan Collins (R-Maine), John Thune (R-South Dakota) and Bernie Sanders (I-Vt.) agreed.', ['PERSON:Susan Collins', 'PLACE:Maine', 'PERSON:John Thune', 'PLACE:South Dakota', 'PERSON:Bernie Sanders', 'PLACE:Vt.']],
    ['a possessive and an elided article inside a place\'s name', 'Camps around Cox’s Bazar and convoys from Côte d’Ivoire, while Cox’s lawyers waited.', ['PLACE:Cox’s Bazar', 'PLACE:Côte d’Ivoire']],
    ['a country\'s name as a given name, with a person\'s verb', 'The defence minister, Israel Katz, said strikes would go on.', ['PERSON:Israel Katz']],
    ['a person-like name after "the" or before "party" is a body', 'Ukraine\'s parliament, the Verkhovna Rada, met as Kishor\'s Jan Suraaj party campaigned.', ['PLACE:Ukraine', 'ORG:Verkhovna Rada', 'ORG:Jan Suraaj']],
    ['a tribe or clan is a people, not a place or organisation', 'Elders from the Warfalla tribe met Republican leaders.', []],
    ['a kind of organisation before a name: consultancies', 'said Richard Aboulafia of consultancy AeroDynamic Advisory.', ['PERSON:Richard Aboulafia', 'ORG:AeroDynamic Advisory']],
    ['surnames only loosely like towns are not places', 'Officials said Zelensky and Kumar would travel.', []],
    ['a body named before a title, even at a sentence start', 'Senate Majority Leader John Thune spoke. House Speaker Mike Johnson agreed.', ['ORG:Senate', 'PERSON:John Thune', 'ORG:House', 'PERSON:Mike Johnson']],
    ['a department inside a minister\'s title', 'U.S. Secretary of State Marco Rubio and Secretary of the Treasury Janet Yellen met.', ['PLACE:U.S.', 'PERSON:Marco Rubio', 'PERSON:Janet Yellen']],
    ['a plus sign belongs to the group\'s name', 'Oil rose after OPEC+ agreed to raise output.', ['ORG:OPEC+']],
    ['an employer closing a byline is named apart', 'By KIRSTEN GRIESHABER and DAVID McHUGH Associated Press', ['PERSON:KIRSTEN GRIESHABER', 'PERSON:DAVID McHUGH', 'ORG:Associated Press']],
    ['an ordinary word "of" a country, mid-sentence, is a body', 'outlets including the BBC and Voice of America were suspended.', ['ORG:BBC', 'ORG:Voice of America']],
    ['a short subheading in capitals names nothing', 'Shares rose.\n\nMARKETS STEADY\n\nThe lira held.', []],
    ['a wire slug opening a line is a label', 'Factbox: Where are the front lines in Kharkiv?', ['PLACE:Kharkiv']],
    ['a city\'s name as a given name after a lower-case role', 'over Liberal Party rival Salvador Nasralla in Honduras.', ['ORG:Liberal Party', 'PERSON:Salvador Nasralla', 'PLACE:Honduras']],
    ['a place that starts with a Spanish or Arabic place word', 'results from Puerto Lempira and Wadi Halfa were late.', ['PLACE:Puerto Lempira', 'PLACE:Wadi Halfa']],
    ['the speaker named right after "said"', '"We lost everything," said Ahmed Ibrahim, a village chief.', ['PERSON:Ahmed Ibrahim']],
    ['new titles: councillors, barristers and the Inspector General of Police', 'Councillor Marlon Ochoa and Inspector General of Police Douglas Kanja spoke.', ['PERSON:Marlon Ochoa', 'PERSON:Douglas Kanja']],
    ['a plural possessive inside an organisation\'s name', 'targets of the Kurdistan Workers’ Party (PKK) were hit.', ['ORG:Kurdistan Workers’ Party', 'ORG:PKK']],
    ['a photographer\'s name in capitals in a credit', '(Photo by Delil SOULEIMAN / AFP)', ['PERSON:Delil SOULEIMAN', 'ORG:AFP']],
    ['a hyphenated acronym in brackets', 'Shehbaz Sharif\'s Pakistan Muslim League-Nawaz (PML-N) won.', ['PERSON:Shehbaz Sharif', 'ORG:Pakistan Muslim League-Nawaz', 'ORG:PML-N']],
    ['"and" joining ordinary words after an organisation\'s "of"', 'The Department of Hydrology and Meteorology warned, as did the Bank of England and Barclays.', ['ORG:Department of Hydrology and Meteorology', 'ORG:Bank of England', 'ORG:Barclays']],
    ['a centre "for" something is a body', 'A poll by the Wason Center for Civic Leadership at the Moscone Center found it.', ['ORG:Wason Center for Civic Leadership', 'PLACE:Moscone Center']],
    ['a kind of organisation after an unknown name', 'He told the Handelsblatt newspaper about the Wagner group.', ['ORG:Handelsblatt', 'ORG:Wagner']],
    ['wars are events, a body studying one is not', 'the lowest since World War II, said the Institute for the Study of War.', ['ORG:Institute for the Study of War']],
    ['a region\'s name with an ending is not a nationality word', 'a village chief in Kani Masi, about 15 kilometres away.', ['PLACE:Kani Masi']],
    ['a size word before a known place is part of it', 'seats across Greater Manchester and Upper Nile.', ['PLACE:Greater Manchester', 'PLACE:Upper Nile']],
    ['"Dean" opening a name is a given name', 'Dean Harrop wins the seat.', ['PERSON:Dean Harrop']],
    ['an office named after its title, and a member\'s abbreviation after a party', 'the Ombudsman\'s Office said several Labour MPs objected.', ['ORG:Ombudsman\'s Office', 'ORG:Labour']],
    ['a title\'s adjective opening a sentence before a known organisation', 'Senior Hamas official Osama Hamdan spoke.', ['ORG:Hamas', 'PERSON:Osama Hamdan']],
    ['an ordinary word named as a party', 'Masra, head of the Transformers party, was jailed.', ['ORG:Transformers']],
    ['a nationality word before a place noun, in two words', 'talks in the South Korean city of Busan', ['PLACE:Busan']],
    ['a person named after a lower-case role or before an appositive role', 'ACP president Frank Pearl agreed, and Olof Gill, the Commission’s trade spokesperson, did not.', ['ORG:ACP', 'PERSON:Frank Pearl', 'PERSON:Olof Gill']],
    ['a name with "in" before its acronym', 'The Front for Change and Concord in Chad (FACT) attacked.', ['ORG:Front for Change and Concord in Chad', 'ORG:FACT']],
    ['a district named by an ordinal is no place name; a general staff is a body', 'She held the 1st District seat, Ukraine\'s General Staff said.', ['PLACE:Ukraine', 'ORG:General Staff']],
    ['two-word departments and a day after the name', 'Minister of Foreign Affairs Ahmed Attaf and Secretary of State Marco Rubio Monday said.', ['PERSON:Ahmed Attaf', 'PERSON:Marco Rubio']],
    ['a comma before a list of places may be an appositive', 'The talks brought together Mesfin Tasew, Kenya and Uganda.', ['PERSON:Mesfin Tasew', 'PLACE:Kenya', 'PLACE:Uganda']],
    ['two places joined by a hyphen when the second has two words', 'The court rejected a Texas-New Mexico water deal.', ['PLACE:Texas', 'PLACE:New Mexico']],
    ['a plural title before a name', 'Justices Sonia Sotomayor and Elena Kagan joined.', ['PERSON:Sonia Sotomayor', 'PERSON:Elena Kagan']],
    ['a body in apposition to its kind', 'The young farmers’ union, Jeunes Agriculteurs, said it would join.', ['ORG:Jeunes Agriculteurs']],
    ['a known name vouches for its unknown partner across a hyphen', 'a protest against the EU-Mercosur trade deal', ['ORG:EU']],
    ['departments, Spanish river names, special districts and state parliaments', 'Farmers in the Lot-et-Garonne department, the Río Bravo and the Elephant Butte Irrigation District; the 169-seat Storting met.', ['PLACE:Lot-et-Garonne', 'PLACE:Río Bravo', 'ORG:Elephant Butte Irrigation District', 'ORG:Storting']],
    ['a title after an acronym or known body, but not a party\'s last word', 'He met the CBN Governor and the Law and Justice party.', ['ORG:CBN', 'ORG:Law and Justice']],
    ['the name a person goes by', 'Mohamed Hamdan Dagalo, widely known as Hemedti, spoke.', ['PERSON:Mohamed Hamdan Dagalo', 'PERSON:Hemedti']],
    ['a British spelling of an ordinary word opening a sentence', 'Neighbouring Greece also battled blazes.', ['PLACE:Greece']],
    ['currencies and political adjectives are not names', 'Naira under pressure as a Nazi slogan drew anger.', []],
    ['ships are not organisations, airlines are', 'The bulk carrier Pelagos Star and the destroyer USS Cole sailed; flag carrier Aeroflot flew.', ['ORG:Aeroflot']],
    ['a member of parliament is a title, and a reporter\'s role after a byline names no one', 'Dutch Green MEP Tineke Strik spoke. By Nompumelelo Dlamini, Political Reporter', ['PERSON:Tineke Strik', 'PERSON:Nompumelelo Dlamini']],
    ['a byline, a photographer and a helper are people', 'By Asif Shahzad and MARÍA VERZA\nPhotographer: Vu Thanh Long/Bloomberg\n—With assistance from Pham Thu Ha.', ['PERSON:Asif Shahzad', 'PERSON:MARÍA VERZA', 'PERSON:Vu Thanh Long', 'ORG:Bloomberg', 'PERSON:Pham Thu Ha']],
    ['a wire photo credit\'s licensing link is not part of the name', 'REUTERS/Renzo Salazar Purchase Licensing Rights', ['ORG:REUTERS', 'PERSON:Renzo Salazar']],
    ['"and" in a ministry\'s name before a place', 'He spoke at the Ministry of Finance and National Planning in Lusaka.', ['ORG:Ministry of Finance and National Planning', 'PLACE:Lusaka']],
    ['a compass word before an unknown name is a region; before ordinary words it is not', 'Shelling hit Eastern Ghouta, as Western Union and Southern Copper shares fell.', ['PLACE:Eastern Ghouta', 'ORG:Western Union']],
    ['shoals and reefs, and a ship prefix from the Philippines', 'The BRP Sierra Madre sits at Second Thomas Shoal near Sabina Shoal.', ['PLACE:Second Thomas Shoal', 'PLACE:Sabina Shoal']],
    ['an ordinary word inside a title', 'Chief Election Commissioner AMM Nasir Uddin and Deputy Health Secretary Jane Roe spoke.', ['PERSON:AMM Nasir Uddin', 'PERSON:Jane Roe']],
    ['a short acronym that is also a word counts only in capitals', 'Who is Carles Puigdemont? The WHO said Catalans and a Centrist senator were safe.', ['PERSON:Carles Puigdemont', 'ORG:WHO']],
    ['formal state names', 'Envoys of the Islamic Republic of Iran arrived.', ['PLACE:Islamic Republic of Iran']],
    ['a sentence-opening kind of organisation is not part of the name', 'Automaker Stellantis said it would cut 3,000 jobs.', ['ORG:Stellantis']],
    ['a kind of organisation opening a headline', 'Lender Barclays to shut 40 branches', ['ORG:Barclays']],
    ['a company named after a town, its kind said first', 'French retailer Carrefour and the miner Kinross gained.', ['ORG:Carrefour', 'ORG:Kinross']],
    ['the same town with no kind before it stays a place', 'Voters in Carrefour queued.', ['PLACE:Carrefour']],
    ['a dateline city in capitals with linking words', 'RIO DE JANEIRO (Reuters) - Brazil held rates.', ['PLACE:RIO DE JANEIRO', 'ORG:Reuters', 'PLACE:Brazil']],
    ['an unknown dateline city with its region and agency', 'KHAN YOUNIS, Gaza Strip (AP) — Strikes hit the city.', ['PLACE:KHAN YOUNIS', 'PLACE:Gaza Strip', 'ORG:AP']],
    ['an organisation-like dateline is the place it was filed', 'UNITED NATIONS (AP) — The Security Council met.', ['PLACE:UNITED NATIONS', 'ORG:AP', 'ORG:Security Council']],
    ['an organisation, a title and a name in one run', 'Bank of Canada Governor Tiff Macklem spoke.', ['ORG:Bank of Canada', 'PERSON:Tiff Macklem']],
    ['a credit line is names, not a title-case headline', '(Reporting by Jane Smith in Nairobi; Editing by Mark Potter)', ['PERSON:Jane Smith', 'PLACE:Nairobi', 'PERSON:Mark Potter']],
    ['a byline in capitals with the agency', 'By JANE DOE and OMAR HASSAN, Associated Press', ['PERSON:JANE DOE', 'PERSON:OMAR HASSAN', 'ORG:Associated Press']],
    ['a title-case headline with a capitalised "By" is still a headline', 'Kenya Protests Led By Students Spread To Mombasa', ['PLACE:Kenya', 'PLACE:Mombasa']],
    ['reporters in a credit list are people, each with where they filed', '(Reporting by Khalid Musa in Dubai and Nafisa Eltahir in Cairo; Editing by Alex Wood)', ['PERSON:Khalid Musa', 'PLACE:Dubai', 'PERSON:Nafisa Eltahir', 'PLACE:Cairo', 'PERSON:Alex Wood']],
    ['a month that is also a given name opens a photographer\'s name', '(Photo: Jan Kowalski / Reuters)', ['PERSON:Jan Kowalski', 'ORG:Reuters']],
    ['a month abbreviation before a number is still a date', 'Protests began on Jan 12 in Warsaw.', ['PLACE:Warsaw']],
    ['the name of a law is no organisation, nor the place in it', 'Ottawa must approve the deal under the Investment Canada Act.', ['PLACE:Ottawa']],
    ['a treaty named after a city names no place', 'Delegates cited the Dayton Accords and the Kyoto Protocol.', []],
    ['a person whose surname is a law word is still a person', 'Melinda Bill spoke to reporters.', ['PERSON:Melinda Bill']],
    ['a compass word opening a province\'s name', 'Floods hit the Western Cape and Eastern Province.', ['PLACE:Western Cape', 'PLACE:Eastern Province']],
    ['a compass word before a continent', 'Gas prices rose across Western Europe and Central Asia.', ['PLACE:Western Europe', 'PLACE:Central Asia']],
    ['a possessive before a company suffix is the company\'s name', 'Shares in McDonald\'s Corp and Macy\'s Inc rose.', ["ORG:McDonald's Corp", "ORG:Macy's Inc"]],
    ['events name no organisation or place', 'Reuters reported from the Dubai Air Show and the Paris Olympic Games.', ['ORG:Reuters']],
    ['a surname that is an event word is still a person', 'Jane Show told reporters.', ['PERSON:Jane Show']],
    ['a party named with two ordinary words, and its mixed-case abbreviation', 'The ruling Law and Justice party (PiS) came first.', ['ORG:Law and Justice', 'ORG:PiS']],
    ['two countries before "party" stay two places', 'Britain and France party leaders met in Paris.', ['PLACE:Britain', 'PLACE:France', 'PLACE:Paris']],
    ['three ordinary words capitalised after "the" name a body', 'Supporters of the Free Patriotic Movement rallied in Beirut.', ['ORG:Free Patriotic Movement', 'PLACE:Beirut']],
    ['two such words may be an era, not a body', 'Since the Cold War ended, Reuters has reported.', ['ORG:Reuters']],
    ['capitalised words before "programme" name a project', 'Reuters saw the Joint Strike Fighter programme budget.', ['ORG:Reuters']],
    ['conferences and summits are events', 'Reuters covered the Munich Security Conference and the Africa Climate Summit.', ['ORG:Reuters']],
    ['a story slug before a dash is no dateline', 'BREAKING — Gunmen attacked a convoy near Maiduguri.', ['PLACE:Maiduguri']],
    ['capitals mid-line are not a dateline', 'Diplomats said NATO — and the EU — would meet.', ['ORG:NATO', 'ORG:EU']],
    ['titles alone name no one', 'The Prime Minister met the Chief Executive Officer.', []],
    ['market indices are not organisations', 'The Dow Jones Industrial Average and the Nikkei fell.', []],
    ['a wire\'s standards are a document, not part of its owner\'s name', 'Our Standards: The Thomson Reuters Trust Principles.', ['ORG:Thomson Reuters']],
    ['a newsroom byline names the outlet', 'By Al Jazeera Staff', ['ORG:Al Jazeera']],
    ['a body called "… Staff" keeps the word', 'Russia\'s General Staff said.', ['PLACE:Russia', 'ORG:General Staff']],
    ['a span of months after a name is not part of it', 'Analysts said TCS July-September profit rose.', ['ORG:TCS']],
    ['but a byline with a given name is a person, whatever its surname', 'By Clément Dupont and Marta Kowalczyk', ['PERSON:Clément Dupont', 'PERSON:Marta Kowalczyk']],
    ['a faction letter in brackets belongs to the party', 'The JD(U) backed the NDA (BJP) alliance.', ['ORG:JD(U)', 'ORG:NDA', 'ORG:BJP']],
    ['a port authority named after its city', 'Ships waited at the Port of Vancouver as Port of Spain reopened.', ['ORG:Port of Vancouver', 'PLACE:Port of Spain']],
    ['a body\'s name may close with the union or country it serves', 'Judges at the Court of Justice of the European Union ruled against the Ministry of Defence of Ukraine.', ['ORG:Court of Justice of the European Union', 'ORG:Ministry of Defence of Ukraine']],
    ['a brigadier\'s abbreviation is a title', 'said the regional governor, Brig. Gen. Ibrahim Bagadoma.', ['PERSON:Ibrahim Bagadoma']],
    ['financial and everyday acronyms are no organisations', 'Lanxess cut its EBITDA forecast; vendors sold SIM cards.', []],
    ['a news agency named after a province', 'Prices rose, according to Fars news agency.', ['ORG:Fars']],
    ['a role after a name whose surname is also a river or small town', 'Vanessa Hudson, the group’s chief executive, said fuel cost more.', ['PERSON:Vanessa Hudson']],
    ['a US politician\'s state or county and party', 'Phil Berger, a Rockingham County Republican, and John Thune, a South Dakota Republican, spoke.', ['PERSON:Phil Berger', 'PLACE:Rockingham County', 'PERSON:John Thune', 'PLACE:South Dakota']],
    ['a ward named by a town and a compass word', 'Mike Tovell, who represents Thetford West, said so.', ['PERSON:Mike Tovell', 'PLACE:Thetford West']],
    ['a minister\'s portfolio of ordinary words before the name', 'Minister of Water Resources and Irrigation Nurzhan Nurzhigitov met Minister of Mineral and Petroleum Resources Gwede Mantashe.', ['PERSON:Nurzhan Nurzhigitov', 'PERSON:Gwede Mantashe']],
    ['but a country after "President of" is no portfolio', 'President of the United States Barack Obama spoke.', ['PLACE:United States', 'PERSON:Barack Obama']],
    ['a party\'s own abbreviation between its name and "party"', 'Changes introduced by the nationalist Law and Justice (PiS) party were reversed.', ['ORG:Law and Justice', 'ORG:PiS']],
    ['a body "for" several ordinary words joined by "and"', 'Wahyu Prasetyo, a researcher at the Association for Elections and Democracy, said.', ['PERSON:Wahyu Prasetyo', 'ORG:Association for Elections and Democracy']],
    ['a body "of" a state', 'The plaintiffs, the League of Women Voters of North Carolina, won.', ['ORG:League of Women Voters of North Carolina']],
    ['a person after a body\'s "of" is not part of it', 'It marked the return to the White House of Donald Trump.', ['ORG:White House', 'PERSON:Donald Trump']],
    ['a British body named by an ordinary word and "UK"', 'Reform UK held the seat. Most UK firms and Energy UK disagreed.', ['ORG:Reform UK', 'PLACE:UK', 'ORG:Energy UK']],
    ['a portfolio listed with commas stays in the body\'s name', 'The Ministry of Housing, Communities and Local Government said the Ministry of Defence, Kyiv and Kharkiv agreed.', ['ORG:Ministry of Housing, Communities and Local Government', 'ORG:Ministry of Defence', 'PLACE:Kyiv', 'PLACE:Kharkiv']],
    ['"wal-" joins a group\'s name, never a person\'s', 'Fighters of Jama’at Nusrat al-Islam wal-Muslimin attacked.', ['ORG:Jama’at Nusrat al-Islam wal-Muslimin']],
    ['a known group\'s province', 'Fighters of the Islamic State Sahel Province killed 11.', ['ORG:Islamic State Sahel Province']],
    ['a broadcaster named by its medium', 'He told broadcaster TV Republika the court would rule, as Radio Okapi and TV presenter Jane Moyo reported.', ['ORG:TV Republika', 'ORG:Radio Okapi', 'PERSON:Jane Moyo']],
    ['a place noun after what the facility handles', 'Strikes hit the Ras Isa fuel terminal and the Es Sider oil port.', ['PLACE:Ras Isa', 'PLACE:Es Sider']],
    ['a body of the European Union before "in" and a place', 'They may appeal to the Court of Justice of the European Union in Luxembourg.', ['ORG:Court of Justice of the European Union', 'PLACE:Luxembourg']],
    ['what moves by a figure in a market report is a company, even one spelled like a town', 'Savencia fell 3.4% in Paris, while Danone slipped 1.1%.', ['ORG:Savencia', 'PLACE:Paris', 'ORG:Danone']],
    ['code names of operations and programmes are no entities', 'Operation Sindoor began under the company\'s Project Maximus.', []],
    ['a hyphenated prefix opening a sentence is no name', 'Co-founder and chairman Nandan Nilekani said ex-ministers agreed.', ['PERSON:Nandan Nilekani']],
    ['a television channel named by its number', 'Polls published by Channel 12 suggest gains across the English Channel.', ['ORG:Channel 12', 'PLACE:English Channel']],
    ['a centre "for" ordinary words joined by "and"; an office "in" a country', 'Imtiaz Gul of the Center for Research and Security Studies praised the UN Support Office in Haiti.', ['PERSON:Imtiaz Gul', 'ORG:Center for Research and Security Studies', 'ORG:UN Support Office in Haiti']],
    ['a wire\'s writers credited with where they filed from', 'Associated Press writers Fatoumata Coulibaly in Bamako and Issoufou Garba in Niamey contributed.', ['ORG:Associated Press', 'PERSON:Fatoumata Coulibaly', 'PLACE:Bamako', 'PERSON:Issoufou Garba', 'PLACE:Niamey']],
    ['after a courtesy title only a person\'s name follows', 'Ms Hudson told reporters. Mr Jordan agreed.', ['PERSON:Hudson', 'PERSON:Jordan']],
    ['the agency in brackets before a dateline\'s dash', 'Maputo, 24 Dec 2024 (Lusa) - At least 21 people died.', ['PLACE:Maputo', 'ORG:Lusa']],
    ['where analysts work is a firm', 'Economists at Itau Unibanco said the plan was weak.', ['ORG:Itau Unibanco']],
    ['deputies, police ranks and managing directors are titles', 'Deputy Isnaldo Bulhoes, DSP Yazid Abubakar and IMF Managing Director Kristalina Georgieva spoke.', ['PERSON:Isnaldo Bulhoes', 'PERSON:Yazid Abubakar', 'ORG:IMF', 'PERSON:Kristalina Georgieva']],
    ['a resident of a town, its relief camp, a local government area', 'A resident of Kanoma said Jiribam relief camp inmates fled to Maru LGA.', ['PLACE:Kanoma', 'PLACE:Jiribam', 'PLACE:Maru LGA']],
    ['acronyms in a body\'s name are no caption in capitals', 'The UK NHS Confederation and the EU AI Office spoke.', ['ORG:UK NHS Confederation', 'ORG:EU AI Office']],
    ['stock codes, product letters and chip acronyms are no names', 'Shares of Shell (SHEL.L) rose; it ships HR-V crossovers and HBM and DRAM chips.', []],
    ['an armed group named like a small town abroad', 'Clashes between the army and the Fano militia spread.', ['ORG:Fano']],
    ['followers of a leader are no entity, a party named by an ordinary word may be', 'Peronist governors lost as the Socialists won.', []],
    ['prizes are no bodies; a title with its department and no name names no one', 'Abiy won the Nobel Peace Prize. Congress gave the Secretary of Commerce the power.', ['ORG:Congress']],
    ['photo credits name the photographer, a name in capitals ends where a sentence resumes', 'Residents walk in Debre Markos. (Photo: Yonas TADESSE / AFP)\nPHOTO: AFP / ALFREDO ZUNIGA Speaking in Maputo, he said.', ['PLACE:Debre Markos', 'PERSON:Yonas TADESSE', 'ORG:AFP', 'ORG:AFP', 'PERSON:ALFREDO ZUNIGA', 'PLACE:Maputo']],
    ['a body opened by the word for one in its own language', 'Parti Québécois candidate Jean Roy beat Frente Amplio and Élections Québec counted.', ['ORG:Parti Québécois', 'PERSON:Jean Roy', 'ORG:Frente Amplio', 'ORG:Élections Québec']],
    ['a bare role "of" after a name', 'Jordan Bardella, president of the Patriots group, said no.', ['PERSON:Jordan Bardella']],
    ['a storm named at a sentence start, and its other name in brackets, are no entities', 'Typhoon Ulysses (Vamco) in 2020 left damage. It was higher than Ulysses, she said.', []],
    ['a nom de guerre after "alias", even a town\'s name', 'Fighters led by Alexander Diaz Mendoza, alias "Calarca", will meet.', ['PERSON:Alexander Diaz Mendoza', 'PERSON:Calarca']],
    ['places named after a sheikh, where the words before say place', 'A strike hit a tent in Sheikh Radwan. Sheikh Tamim condemned it.', ['PLACE:Sheikh Radwan', 'PERSON:Tamim']],
    ['"&" in a byline joins two people, not a company', 'By Elias Msuya & Herieth Makwetta\nShares of Procter & Gamble rose.', ['PERSON:Elias Msuya', 'PERSON:Herieth Makwetta', 'ORG:Procter & Gamble']],
    ['a region\'s suffix, then an official\'s name', 'the governor of Krasnodar Krai Veniamin Kondratiev said.', ['PLACE:Krasnodar Krai', 'PERSON:Veniamin Kondratiev']],
    ['"es" inside a city\'s name', 'Lissu has been held in Dar es Salaam for months.', ['PLACE:Dar es Salaam']],
    ['storms with an intensity word, ratings and plural abbreviations are no names', 'Before Super Typhoon Uwan (Fung-wong) hit, MEPs backed the AAA-rated plan. Uwan weakened.', []],
    ['a nationality word after "and" opens a second name', 'Flights of Cebu Pacific and Philippine Airlines stopped.', ['ORG:Cebu Pacific', 'ORG:Philippine Airlines']],
    ['an article after an abbreviation\'s dot opens a sentence', 'Women were barred, according to the U.N. The Taliban denied it.', ['ORG:U.N.', 'ORG:Taliban']],
    ['a broadcaster named with "TV" after its name', 'It was reported by Amu TV and the channel Formula TV.', ['ORG:Amu TV', 'ORG:Formula TV']],
    ['a photographer after an agency\'s slash', 'Students marched into Niš. Photo: BETA/Milan Obradović', ['PLACE:Niš', 'PERSON:Milan Obradović']],
    ['a body in apposition after a name; not the subject of a new clause', 'Police blamed Gran Grif, a gang based nearby. Its vice president John Smith, the firm said, left.', ['ORG:Gran Grif', 'PERSON:John Smith']],
    ['a portfolio word between a body and a title', 'In Brussels, EU Enlargement Commissioner Marta Kos spoke.', ['PLACE:Brussels', 'ORG:EU', 'PERSON:Marta Kos']],
    ['a government\'s ministry without the nationality word', 'The Israeli Defence Ministry and the Afghan Ministry of Defence denied it.', ['ORG:Defence Ministry', 'ORG:Ministry of Defence']],
    ['a university\'s faculty', 'She studies at the Faculty of Philosophy in Novi Sad.', ['ORG:Faculty of Philosophy', 'PLACE:Novi Sad']],
    ['a research or forecasting centre is a body, a convention centre a place', 'The National Hurricane Center said Apple would speak at the Moscone Center.', ['ORG:National Hurricane Center', 'PLACE:Moscone Center']],
    ['parishes, panhandles, a state\'s abbreviation and a treasurer', 'Terrebonne Parish and the Florida Panhandle flooded. NSW Treasurer Daniel Mookhey spoke.', ['PLACE:Terrebonne Parish', 'PLACE:Florida Panhandle', 'PLACE:NSW', 'PERSON:Daniel Mookhey']],
    ['storm categories, prize winners and currency zones are no names', 'It hit as a Category 3 storm. Nobel laureate Muhammad Yunus spoke of the CFA franc.', ['PERSON:Muhammad Yunus']],
    ['a committee of a body is named apart from it', 'Kimani chairs the Finance and National Planning Committee of the National Assembly.', ['ORG:Finance and National Planning Committee', 'ORG:National Assembly']],
    ['before a member\'s title: a party, a known party or a seat', 'He left. Labour MP Jane Doe, Greens MP Abigail Boyd and Wakehurst MP Michael Regan spoke.', ['ORG:Labour', 'PERSON:Jane Doe', 'ORG:Greens', 'PERSON:Abigail Boyd', 'PLACE:Wakehurst', 'PERSON:Michael Regan']],
    ['Malaysian honorifics are titles', 'Premier Tan Sri Abang Johari Openg and Datuk Seri Wong Soon Koh met Kyaw Tun Aung.', ['PERSON:Abang Johari Openg', 'PERSON:Wong Soon Koh', 'PERSON:Kyaw Tun Aung']],
  ];
  for (const [name, input, expected] of cases) it(name, () => assert.deepEqual(typed(input), expected));

  it('keeps nationality words out of places, flagged as demonyms', () => {
    const ms = findMentions('French and Nigerian officials met Western diplomats in Paris.');
    assert.deepEqual(ms.filter((m) => m.demonym).map((m) => m.text), ['French', 'Nigerian', 'Western']);
    assert.deepEqual(ms.filter((m) => m.type === 'PLACE').map((m) => m.text), ['Paris']);
  });

  it('records the title it stripped and person cues', () => {
    const [m] = findMentions('Élysée spokeswoman Claire Dubois said').filter((x) => x.type === 'PERSON');
    assert.equal(m.text, 'Claire Dubois');
    const [t] = findMentions('Health Minister Abdelhamid Ben Ali resigned.').filter((x) => x.type === 'PERSON');
    assert.equal(t.text, 'Abdelhamid Ben Ali');
    assert.equal(t.title?.text, 'Health Minister');
    const [c] = findMentions('Later Tkachuk said');
    assert.equal(c.personCue, true);
  });

  it('treats capitalised common words in a headline as ordinary words', () => {
    assert.deepEqual(typed('Airbus Wins Huge Order From Qatar Airways At Paris Show'), ['ORG:Qatar Airways', 'PLACE:Paris']);
  });

  it('offsets are absolute when given a range', () => {
    const text = 'Intro line.\nProtests spread to Lagos.';
    const [m] = findMentions(text, 12, text.length).filter((x) => x.type === 'PLACE');
    assert.equal(text.slice(m.start, m.end), 'Lagos');
  });
});

describe('findMentions: credit lines and lists', () => {
  it('a list outside a credit line still passes its place cue on', () => {
    const ms = findMentions('Fighting raged in Kherson and Bilozerka overnight.');
    const second = ms.find((m) => m.text === 'Bilozerka');
    assert.ok(second?.placeCue, 'the second item of "in Kherson and X" should carry a place cue');
  });
  it('a reporter listed after a filing place carries no place cue', () => {
    const ms = findMentions('Reporting by Khalid Musa in Dubai and Nafisa Eltahir in Cairo');
    const reporter = ms.find((m) => m.text === 'Nafisa Eltahir');
    assert.equal(reporter?.type, 'PERSON');
    assert.ok(!reporter?.placeCue);
  });
});
