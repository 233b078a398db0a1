// Hand-written general word lists for the name finder: titles, organisation and place cue words, name particles.

const words = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * Words that form titles before a name ("Foreign Minister", "Lt. Gen."): stripped from a person's span, kept as the role.
 * Lower case, without dots.
 */
export const TITLE_WORDS = words(`
  mr mrs ms miss mx dr prof professor sir dame lord lady madam monsieur mme herr
  president vice prime minister ministers premier chancellor secretary senator sen rep representative congressman congresswoman
  governor gov lieutenant lt mayor judge justice magistrate attorney general gen colonel col major maj captain capt
  sergeant sgt corporal cpl private pvt admiral adm commander cmdr commodore brigadier brig marshal field officer regent
  managing dsp asp csp igp
  king queen prince princess crown emperor empress sheikh sheik emir amir sultan ayatollah imam mullah pope cardinal archbishop
  bishop father rev reverend pastor rabbi patriarch metropolitan chairman chairwoman chairperson chair ceo cfo coo founder
  ambassador envoy consul speaker deputy spokesman spokeswoman spokesperson inspector superintendent supt detective det
  constable sheriff coach manager director chief head leader commissioner ombudsman auditor prosecutor solicitor barrister
  councillor councilor councilman councilwoman supervisor administrator registrar coordinator adviser advisor
  justices senators judges generals governors mp mep msp mla reporter writer columnist ameer
  counsel advocate editor correspondent anchor host presenter rector provost chancellor principal pres treasurer
  acting former interim outgoing incoming designate elect ex junior senior state
  foreign defence defense finance interior home health justice trade economy economic education energy labor labour
  agriculture transport environment culture tourism industry security intelligence treasury information communications
  digital science technology housing infrastructure development affairs welfare social public works water mines oil
  petroleum fisheries sports youth women family operating financial marketing technical commercial immigration migration planning budget national opposition party army navy
  air force police military cabinet federal regional provincial presidential press communications chief executive executive
  house senate assembly parliamentary majority minority whip leader first lady
`);

/** Title words that can end a title by themselves ("Minister", "President"); modifiers like "Foreign" cannot. */
export const TITLE_HEADS = words(`
  mr mrs ms miss mx dr prof professor sir dame lord lady madam monsieur mme herr
  president premier chancellor minister secretary senator sen rep representative congressman congresswoman governor gov mayor judge
  justice magistrate general gen colonel col major maj captain capt sergeant sgt corporal cpl private pvt admiral adm commander cmdr
  commodore brigadier brig marshal officer regent dsp asp csp igp deputy king queen prince princess emperor empress sheikh sheik emir amir sultan ayatollah imam mullah
  pope cardinal archbishop bishop father rev reverend pastor rabbi patriarch chairman chairwoman chairperson chair ceo cfo coo founder
  ambassador envoy consul speaker spokesman spokeswoman spokesperson inspector superintendent supt detective det constable sheriff
  coach manager director chief leader commissioner ombudsman auditor prosecutor counsel editor correspondent presenter rector provost treasurer
  whip lieutenant lt pres executive officer councillor councilor councilman councilwoman barrister solicitor advocate
  supervisor administrator registrar coordinator adviser advisor justices senators judges generals governors
  mp mep msp mla reporter writer columnist ameer
`);

/** Final words that make a capitalised run an organisation ("Defence Ministry", "Lockheed Corp."). Lower case. */
export const ORG_HEADS = words(`
  ministry department office agency authority commission committee council board bureau directorate secretariat administration
  parliament assembly congress senate duma knesset bundestag majlis cabinet government court tribunal police army navy forces force
  sabor skupstina seanad cortes
  guard guards corps brigade brigades battalion regiment militia front movement party alliance coalition league union federation
  confederation association society institute institution university college school academy foundation fund trust bank
  reserve exchange corporation corp company co inc incorporated ltd limited plc llc llp gmbh ag sa nv n.v s.a group holdings
  international
  industries enterprises partners capital securities investments airlines airways motors systems technologies technology
  pharmaceuticals energy petroleum oil gas telecom communications media network broadcasting news press times post journal herald
  tribune telegraph gazette chronicle observer guardian daily weekly magazine radio television tv channel studios records
  church mosque synagogue hospital clinic service services organisation organization network initiative
  societies associations unions federations committees councils staff
  commission council mission observatory watch rights programme program project club team fc united railways railway landtag
  command headquarters hq unit units patrol treasury air brotherhood caucus
`);

/** First words that, followed by "of", make an organisation ("Bank of England", "University of Lagos"). */
export const ORG_OF_HEADS = words(`
  bank university ministry department office council court house chamber college school institute academy league union
  federation association society church organisation organization party board bureau commission committee assembly
  government fund museum order congress parliament army navy community institute center centre commonwealth port faculty
`);

/** Final words that make a capitalised run a place ("Dnipro River", "Gaza Strip"). */
export const PLACE_HEADS = words(`
  river sea ocean lake mountains mountain mount mt valley island islands isles peninsula strait gulf bay coast desert plain plains
  inlet lagoon reservoir canyon gorge glacier shoal shoals reef reefs atoll cay islet archipelago
  province region oblast county district state prefecture governorate territory territories canton municipality borough
  city town village square street avenue road bridge highway heights hills park forest falls canal basin delta
  crossing border corridor checkpoint camp airport center centre factory plant refinery base prison stadium parish parishes panhandle
`);

/** First words that, followed by "of", make a place ("Gulf of Aden", "Strait of Hormuz", "Isle of Man"). */
export const PLACE_OF_HEADS = words('gulf bay strait sea isle isles straits cape lake republic kingdom state city province region district');

/** Lower-case words after a name that say it is a place ("the Kherson region", "Sabon Gari district"). */
export const PLACE_AFTER = words(`
  region province district county oblast state city town village area neighbourhood neighborhood suburb river valley
  border capital port airport island coast governorate prefecture municipality enclave outskirts
  regions provinces districts counties oblasts states cities towns villages areas neighbourhoods neighborhoods suburbs
  crossing crossings mountains hills plateau camp camps field oilfield gasfield dam checkpoint
  department departments commune canton arrondissement parish emirate voivodeship barangay constituency ward township
  tehsil upazila woreda constituencies wards townships territory mine mines range rivers lakes hills terminal terminals
`);

/** Lower-case words before "of" and a name that say it is a place ("city of Sirte", "outskirts of Kyiv"). */
export const PLACE_BEFORE_OF = words(`
  city town village capital province region district county state outskirts suburbs centre center streets port island
  republic kingdom north south east west northeast northwest southeast southwest heart parts part
  cities towns villages provinces regions districts counties states neighbourhood neighbourhoods neighborhood neighborhoods
  municipality municipalities settlement settlements hamlet hamlets governorate governorates oblast enclave islands
  residents inhabitants mayor governor suburb people citizens voters villagers farmers fishermen fisherfolk
  resident native natives outskirt woreda woredas department
`);

/** Prepositions after which an unknown capitalised word is most likely a place ("fighting near Bakhmut"). */
export const PLACE_PREPOSITIONS = words('in near outside across throughout inside around towards toward along');

/** Particles allowed inside a person's or place's name ("Charles de Gaulle", "Ursula von der Leyen"). */
export const NAME_PARTICLES = words('de du da di del della der den van von bin ibn al el la le ben abu dos das do y st st.');

/** Lower-case words allowed inside an organisation's or place's name between capitalised words. */
export const NAME_CONNECTORS = words('of for and the on & in de du da di del der van von al el la le y es');

/** Capitalised words that are never names on their own (days, months, pronouns, sentence glue). */
export const NEVER_NAMES = words(`
  category
  i i'm i've i'd i'll monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
  god allah the a an this that these those it its he she they we you his her their our your my ok yes no
  among amongst upon whilst beyond who what why how where tk
  naira rupee rupees rouble roubles ruble rubles yuan renminbi kwacha cedi shilling riyal dirham hryvnia zloty forint baht
  ringgit rupiah kyat
  tv pm am bc ad ceo cfo gdp covid internet web online email photo video updated advertisement share sign read watch
  said says according however meanwhile also but and or if when while after before as at by for from in of on to with
  breaking update live exclusive opinion analysis editorial
  christmas easter ramadan eid hanukkah diwali passover thanksgiving halloween lent ashura nowruz hajj yom kippur
  internet covid-19 covid19 coronavirus
`);

/** Organisations every newsroom writes about; general knowledge, kept short. Lower case, single spaces. */
export const KNOWN_ORGS = new Set([
  // Parliaments named in their own language (names in the test articles are left to the rules, not listed).
  'storting', 'riksdag', 'folketing', 'eduskunta', 'althing', 'bundesrat', 'rajya sabha', 'dail', 'dáil', 'saeima', 'seimas', 'riigikogu',
  'united nations', 'un', 'u.n.', 'nato', 'eu', 'european union', 'european commission', 'european parliament',
  'european central bank', 'ecb', 'imf', 'international monetary fund', 'world bank', 'who', 'world health organization',
  'wto', 'world trade organization', 'opec', 'african union', 'au', 'asean', 'arab league', 'g7', 'g20', 'brics',
  'red cross', 'red crescent', 'icrc', 'unicef', 'unhcr', 'unesco', 'interpol', 'europol', 'amnesty international',
  'human rights watch', 'doctors without borders', 'msf', 'oxfam', 'greenpeace', 'white house', 'pentagon', 'kremlin',
  'congress', 'senate', 'bundestag', 'knesset', 'duma', 'state duma', 'parliament', 'fbi', 'cia', 'nsa', 'nasa', 'fda', 'sec',
  'federal reserve', 'fed', 'supreme court', 'security council', 'general assembly', 'hamas', 'hezbollah', 'hizbollah',
  'taliban', 'al qaeda', 'al-qaeda', 'islamic state', 'isis', 'isil', 'boko haram', 'al shabaab', 'al-shabaab', 'houthis',
  'wagner', 'associated press', 'ap', 'reuters', 'afp', 'agence france-presse', 'bbc', 'cnn', 'al jazeera', 'bloomberg',
  'xinhua', 'tass', 'ria novosti', 'interfax', 'dpa', 'efe', 'ansa', 'new york times', 'washington post', 'wall street journal',
  'financial times', 'the guardian', 'the times', 'the economist', 'fox news', 'nbc', 'abc', 'cbs', 'npr', 'pbs',
  'labour', 'labour party', 'conservative party', 'tories', 'democratic party', 'republican party', 'gop',
  'ecowas', 'sadc', 'osce', 'oecd', 'iaea', 'icc', 'icj', 'wfp', 'fao', 'undp', 'unrwa', 'ilo',
  'moody\'s', 'standard & poor\'s', 's&p', 'fitch', 'nyse', 'hsbc', 'goldman sachs',
  'jpmorgan', 'morgan stanley', 'citigroup', 'barclays', 'deutsche bank', 'ubs', 'credit suisse', 'bnp paribas',
  // Armed groups and movements.
  'islamic jihad', 'kataib hezbollah', 'pkk', 'ypg', 'sdf', 'hts', 'hayat tahrir al-sham', 'ira', 'farc', 'eln', 'm23',
  'al-nusra', 'nusra front', 'jnim', 'iswap', 'lashkar-e-taiba', 'jaish-e-mohammed', 'ttp', 'tehrik-i-taliban',
  'polisario', 'janjaweed', 'rsf', 'saf', 'idf', 'irgc', 'quds force', 'azov', 'hizbul mujahideen',
  // Parties.
  'bjp', 'likud', 'fatah', 'afd', 'cdu', 'csu', 'spd', 'fdp', 'ukip', 'snp', 'sinn fein', 'sinn féin', 'dup', 'fidesz', 'syriza',
  'podemos', 'national rally', 'zanu-pf', 'frelimo', 'mpla', 'anc', 'kmt', 'kuomintang', 'ldp', 'pti', 'awami league',
  'communist party', 'chinese communist party', 'ccp', 'united russia', 'tories', 'lib dems', 'liberal democrats',
  'christian democrats', 'social democrats', 'greens',
  // News organisations and agencies.
  'axios', 'politico', 'haaretz', 'times of israel', 'kyiv independent', 'ukrainska pravda', 'meduza', 'novaya gazeta', 'rt',
  'sputnik', 'cctv', 'global times', 'yonhap', 'kyodo', 'nhk', 'anadolu', 'anadolu agency', 'irna', 'tasnim', 'wafa', 'sana',
  'bernama', 'antara', 'press trust of india', 'kcna', 'al arabiya', 'sky news', 'itv', 'channel 4', 'deutsche welle',
  'france 24', 'euronews', 'le monde', 'der spiegel', 'el país', 'corriere della sera', 'la repubblica', 'usa today',
  'los angeles times', 'the atlantic', 'the new yorker', 'propublica', 'the intercept', 'vice news', 'buzzfeed news',
  // Seats of government named for the institution ("Downing Street said"), like the White House.
  'downing street', 'whitehall', 'élysée', 'elysee', 'élysée palace', 'elysee palace', 'zhongnanhai', 'blue house',
  // Bodies every story names.
  'un security council', 'european council', 'council of europe', 'european court of human rights', 'ohchr', 'ocha',
  'unfpa', 'unaids', 'gavi', 'iom', 'icao', 'imo', 'itu', 'wipo', 'unctad', 'frontex', 'opcw', 'ctbto',
]);

/** Words that lose their capital when they are not part of a name: "the Government", "Parliament" stay ORG only via KNOWN_ORGS. */
export const SENTENCE_GLUE = words('the a an and but or so yet for nor as at by in of on to with from into if when while after before');

/** Nationality, regional and religious group words the compiled demonym list lacks: never places. Lower case. */
export const EXTRA_DEMONYMS = words(`
  british english irish scottish welsh kurdish kurds arab arabs arabic sunni sunnis shia shiite shiites western westerners eastern
  soviet european europeans african africans asian asians latino latina hispanic caucasian jewish jews muslim muslims christian
  christians catholic catholics protestant orthodox hindu hindus sikh sikhs buddhist islamic islamist islamists pashtun tajik
  uzbek hazara yazidi druze alawite maronite coptic tamil sinhalese rohingya uyghur uighur tibetan baloch berber tuareg fulani
  hausa yoruba igbo kikuyu zulu xhosa amhara oromo tigrayan somali palestinians israelis ukrainians russians americans
  turkish polish spanish danish swedish finnish flemish mozambican burmese laotian kyrgyz luxembourgish salvadoran kiwi
  persian catalan basque cypriot maltese corsican sicilian bavarian texan
  republican republicans democrat democrats democratic liberal conservative nazi nazis communist communists
  hutu hutus tutsi tutsis centrist leftist rightist
`);

/** Month names that are also people's names ("Theresa May", "June Carter"): kept when the article makes them a surname. */
export const NAME_LIKE_MONTHS = words('may june april august');

/** Role nouns the compiled list lacks, for recognising "X, a senior observer with …". Lower case. */
export const EXTRA_ROLE_NOUNS = words(`
  observer spokesman spokeswoman spokesperson governor official officials lawmaker legislator executive resident student nurse
  candidate member head chief correspondent envoy negotiator adviser advisor aide analyst economist strategist researcher
  commander fighter militant rebel soldier officer colonel general minister mayor deputy director founder owner partner
  shareholder investor trader broker banker lawyer attorney prosecutor judge witness survivor victim relative mother father
  son daughter wife husband brother sister cousin neighbour neighbor farmer fisherman worker volunteer medic paramedic doctor
  surgeon nurse teacher professor lecturer scholar expert specialist consultant engineer pilot captain crew driver veteran
  activist campaigner organiser organizer protester demonstrator voter supporter opponent critic leader chairman chairwoman
  president secretary ambassador diplomat consul monitor inspector investigator detective journalist reporter editor
  photographer columnist presenter host author writer poet singer actor actress artist athlete player coach manager
  counterpart counterparts colleague successor predecessor rival challenger incumbent nominee envoy mediator
`);

/** Words that end a company name: a run stops after them ("Apple Inc. Steve Jobs" is two names). Lower case, no final dot. */
export const ORG_SUFFIXES = words('inc corp ltd llc llp plc n.v nv s.a sa ag gmbh co bros');

/** All-capitals words that are not organisations: currencies, time zones, everyday abbreviations. */
export const NOT_ORG_ACRONYMS = words(`
  VAT GST CPI PMI WTI
  USD EUR GBP JPY CNY RMB CHF CAD AUD INR RUB BRL ZAR NGN KES EGP TRY UAH PLN SEK NOK DKK HKD SGD KRW MXN SAR AED ILS
  UTC GMT BST CET CEST EST EDT PST PDT CST CDT MST EET EEST IST JST
  CEO CFO COO CTO GDP GNP VIP SDK API IT AI PC TV DVD CD USB SMS MP MPS PM AM BC AD OK ID IDS PDF FAQ HQ PR CV
  COVID SARS MERS HIV AIDS DNA RNA NFT LGBT LGBTQ GMO PPE ICU ER GPS SUV EV LNG LPG
  AKA ETA FYI RIP DIY ASAP NB PS AC DC GB MB KB TB GHZ MHZ KM KG MM CM MW GW KW KWH
  EBITDA EBIT IPO ETF ESG SIM ATM DRAM NAND HBM SSD CPU GPU LCD OLED ATTN AAA BBB CCC MEP MEPS MSPS MLAS MPP MPPS CFA ADR ADRS FEU TEU TEUS
`);

/** Stock market indices: figures' context, not organisations ("the Dow Jones Industrial Average fell 2%"). Lower case. */
export const MARKET_INDICES = new Set([
  'dow', 'dow jones', 'dow jones industrial average', 'djia', 'nasdaq composite', 'nasdaq', 's&p', 's&p 500', 'ftse', 'ftse 100',
  'nikkei', 'nikkei 225', 'dax', 'cac', 'cac 40', 'hang seng', 'kospi', 'sensex', 'nifty', 'stoxx', 'euro stoxx', 'topix',
  'shanghai composite', 'asx', 'tsx', 'ibex', 'bovespa',
]);

/**
 * First words of organisations' names in the languages news copy quotes them in: "Parti Québécois", "Partido Liberal",
 * "Frente Amplio", "Banco Santander", "Élections Québec". Lower case, accents kept; English words ("union", "front",
 * "bank") are left out, as "Union Station" and "Front Range" are places.
 */
export const FOREIGN_ORG_FIRST_WORDS = words(`
  parti partido partito partei partij partia strana stranka frente fronte mouvement movimiento movimento bewegung
  rassemblement unión unione unia alianza aliança alleanza allianz bloque bloco coalición coligação liga ligue lega
  congrès congreso congresso banco banque banca groupe grupo gruppo konzern compagnie compañía companhia société
  sociedad società université universidad universidade università universität universiteit instituto institut istituto
  élections elecciones eleições comisión comissão commissione ministère ministerio ministério ministero agence agencia
  agência agenzia confédération confederación confederação fédération federación federação syndicat sindicato
  asociación associação associazione fundación fundação fondazione fondation tribunale corte cour
`);
