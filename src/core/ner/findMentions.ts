// Finds candidate name mentions (people, places, organisations) in one paragraph from runs of capitalised words.
import type { EntityType } from '../model';
import { tokenize, type Token } from '../text/tokenize';
import { foldAccents } from '../text/foldAccents';
import { isSmallTown, lookupPlace, lookupPlaceLoosely, type PlaceInfo } from '../gazetteer/lookupPlace';
import { wordSets } from '../gazetteer/wordSets';
import {
  EXTRA_DEMONYMS, KNOWN_ORGS, MARKET_INDICES, NAME_CONNECTORS, NAME_LIKE_MONTHS, NAME_PARTICLES, NEVER_NAMES, NOT_ORG_ACRONYMS,
  FOREIGN_ORG_FIRST_WORDS, ORG_HEADS, ORG_OF_HEADS, ORG_SUFFIXES, PLACE_AFTER, PLACE_BEFORE_OF, PLACE_HEADS, PLACE_OF_HEADS, PLACE_PREPOSITIONS,
  SENTENCE_GLUE, TITLE_HEADS, TITLE_WORDS,
} from './vocabulary';

/** How sure the paragraph-level guess is; the document pass may overrule weak guesses with what the rest of the article says. */
export type Confidence = 'strong' | 'weak';

/** A candidate mention, before document-level typing, clustering and overrides. */
export interface Mention {
  start: number;
  end: number;
  text: string;
  /** `null`: a capitalised name of unknown kind; the document pass decides. */
  type: EntityType | null;
  confidence: Confidence;
  /** Number of words in the name. */
  words: number;
  /** Title words stripped from before a person's name, verbatim ("Foreign Minister"), with their span. */
  title?: { start: number; end: number; text: string };
  /** The text right after the mention suggests a person ("X said", "X, a spokesman"). */
  personCue?: boolean;
  /** The text around suggests a place ("in X", "X region"). */
  placeCue?: boolean;
  /**
   * A weaker hint than `placeCue`, for an unknown single word only: "crossed from Myawaddy", "the bridge at Cocachacra".
   * Organisations follow these words too ("a loan from Barclays", "an analyst at Jefferies"), so it never overrides a
   * name's shape, a list or a known word.
   */
  placeLean?: boolean;
  /** Joined to the previous mention by " of " ("Yair Lapid of Yesh Atid"). */
  ofPrevious?: boolean;
  /** An item of a list that a place noun closes ("… Kopili and Beki rivers"). */
  listPlace?: boolean;
  /** A ship's or a storm's name: no entity, and the same name elsewhere in the article is none either. */
  notEntity?: boolean;
  /** Named in apposition to a kind of organisation ("the farmers' union, Jeunes Agriculteurs,"). */
  orgCue?: boolean;
  /** An appositive after the name whose head is a person's role ("X, the Commission's trade spokesperson,"). */
  roleAfter?: boolean;
  /** A verb or possession after the name that only people have ("X met", "X's wife"). */
  strongPersonCue?: boolean;
  /** Named right after a closing quotation mark and before "said": the speaker of a quote. */
  quoteSpeaker?: boolean;
  /** Right after a model number ("787 Dreamliner"): part of a product's name. */
  afterModel?: boolean;
  /** Written "the X": for an unknown single word, more often a product or event than a company. */
  afterThe?: boolean;
  /** A strong place cue: a place noun right after ("Kherson region") or "city of" before. */
  placeAfter?: boolean;
  place?: PlaceInfo;
  /** A nationality word ("French"): kept out of entities, reported separately. */
  demonym?: boolean;
  /** A demonym only by its "-ist" ending ("Peronist"): a surname named in full in the article outweighs it. */
  follower?: boolean;
  /** A capitalised common word ("Parliament"): emitted only if the article uses it as a name elsewhere. */
  common?: boolean;
  /** Typed ORG only because nothing else fits several capitalised words no list or cue explains ("Middle Shabelle"). */
  orgByDefault?: boolean;
  /** Typed PERSON only because it looks like a name ("Ras Lanuf"), with no title, role or verb to confirm it. */
  guessedPerson?: boolean;
  /** Joined to the previous mention by "and", "or" or a comma, as items of one list. */
  coordinated?: boolean;
  /** Opens a sentence (so its capital says nothing). */
  sentenceStart?: boolean;
  /** How the article describes the person, verbatim (set by the engine for person-like mentions). */
  role?: string;
}

/** Longest line in capitals read as a subheading ("MARKETS STEADY", "ALL EYES ON THE CORNERSTONE"). */
const MAX_SUBHEADING_WORDS = 8;
/** A comma, bracket or dash right after capitals means a dateline ("KYIV, Ukraine —"), not a subheading. */
const DATELINE_AFTER = /^\s*(?:,|\(|—|–|-)/;
/** How many characters after a line's last word are read to tell how it ends. */
const DATELINE_PEEK = 3;
/** Headline lines are mostly capitalised, so a capital there says nothing; this share of capitalised long words marks one. */
const HEADLINE_CAP_SHARE = 0.75;
const HEADLINE_MIN_WORDS = 4;
/** Longest all-capitals word still read as an acronym ("NATO", "UNICEF"); longer ones are shouting, not names. */
const MAX_ACRONYM_LETTERS = 6;
/** Longest capitalised run read as one piece ("Organization of the Petroleum Exporting Countries" has 7 words). */
const MAX_RUN_TOKENS = 14;
/** Person names rarely have more words than this (titles excluded). */
const MAX_PERSON_WORDS = 4;
/** Nouns before "in X" that make X a company or cause rather than a place ("a stake in Chrysler"). */
const NOT_PLACE_BEFORE_IN = new Set(['stake', 'stakes', 'investment', 'investments', 'invest', 'invested', 'investing', 'interest', 'shares', 'share', 'holding', 'holdings', 'role', 'job', 'jobs', 'position', 'confidence', 'trust', 'faith', 'partner', 'partners', 'involved', 'involvement', 'member', 'members', 'seat', 'seats', 'majority', 'minority', 'control']);
/** First words of geographic names ("Mount Everest", "Lake Chad", "Port Harcourt", "Fort Worth"). */
const PLACE_FIRST_WORDS = new Set([
  'mount', 'mt', 'lake', 'cape', 'port', 'fort', 'isle', 'river', 'gulf', 'bay', 'sierra', 'monte',
  // Spanish, Portuguese and Arabic place-name heads ("Puerto Lempira", "Ciudad Juárez", "Wadi Dinar", "Deir el-Balah").
  'puerto', 'porto', 'ciudad', 'nueva', 'nuevo', 'río', 'lago', 'isla', 'cerro', 'bahía', 'bandar', 'kafr', 'wadi', 'jebel', 'jabal', 'beit', 'bayt', 'deir', 'dayr', 'sidi', 'qasr', 'tell',
]);
/** Most particles a name strings together ("de la", "van der", "von der"). */
const MAX_PARTICLES = 3;
/** Lower-case particles that open a surname when it is used alone ("von der Leyen", "de Gaulle", "bin Salman"). */
const SURNAME_PARTICLES = new Set(['von', 'van', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'le', 'la', 'ter', 'ten']);
/** Plural nouns whose possessive sits inside names ("People's Liberation Army", "Children's Hospital"). */
const COLLECTIVE_POSSESSIVES = new Set(['people', 'women', 'men', 'children', 'workers', 'citizens', 'veterans', 'farmers', 'traders', 'builders']);
/** Kinds of organisation that news copy puts before a name ("retailer Walmart", "broadcaster ZDF"). */
const ORG_TYPE_NOUNS = new Set(['consultancy', 'think-tank', 'thinktank', 'lobby', 'airline', 'carrier', 'company', 'firm', 'group', 'automaker', 'carmaker', 'manufacturer', 'maker', 'retailer', 'broadcaster', 'newspaper', 'daily', 'agency', 'party', 'militia', 'insurer', 'lender', 'bank', 'conglomerate', 'giant', 'startup', 'start-up', 'charity', 'ngo', 'watchdog', 'regulator', 'operator', 'producer', 'supplier', 'distributor', 'airframer', 'planemaker', 'shipbuilder', 'chipmaker', 'miner', 'utility', 'network', 'outlet', 'publisher', 'club', 'insurgents', 'rebels']);
/**
 * Kinds of organisation that open a sentence before a name ("Automaker …", "Retailer …") but never open one themselves;
 * "Group", "Bank", "Party" or "Daily" are left out because they do ("Bank Leumi", "Daily Mail").
 */
const LEADING_ORG_KINDS = new Set(['airline', 'automaker', 'carmaker', 'manufacturer', 'retailer', 'broadcaster', 'insurer', 'lender', 'conglomerate', 'startup', 'start-up', 'regulator', 'supplier', 'distributor', 'airframer', 'planemaker', 'shipbuilder', 'chipmaker', 'miner', 'publisher', 'newspaper', 'watchdog', 'firm', 'militia', 'drugmaker', 'telecoms', 'brewer', 'exporter', 'importer']);
/** Wire slugs that open a line in capitals before a dash like a dateline does ("BREAKING — …", "ANALYSIS - …"). */
const STORY_SLUGS = new Set(['breaking', 'exclusive', 'analysis', 'factbox', 'explainer', 'update', 'wrapup', 'insight', 'column', 'opinion', 'live', 'watch', 'corrected', 'correction', 'refile', 'urgent', 'flash', 'alert', 'bulletin', 'editorial', 'review', 'interview', 'feature', 'comment', 'timeline', 'graphic', 'video', 'photos', 'update1', 'advisory']);
/** Bodies named by one common word before a title ("Senate Majority Leader", "House Speaker", "Commission President"). */
const TITLED_BODIES = new Set(['senate', 'house', 'congress', 'parliament', 'commission', 'council', 'cabinet', 'assembly', 'duma', 'knesset', 'bundestag', 'pentagon', 'kremlin', 'politburo']);
/** Words for a centre, which names a place ("Moscone Center") unless it is a centre "for" something (a body). */
const CENTRE_WORDS = new Set(['centre', 'center']);
/** Lower-case kinds of organisation after a name ("the Handelsblatt newspaper", "the Wagner group"). */
const ORG_AFTER = new Set(['newspaper', 'daily', 'broadcaster', 'agency', 'militia', 'group', 'company', 'firm', 'bank', 'network', 'channel', 'magazine', 'movement', 'coalition', 'alliance', 'union', 'party', 'conglomerate', 'insurer', 'lender', 'airline', 'carrier', 'consultancy', 'ministry']);
/** Words for the followers of a leader or a doctrine: "-ist(s)" from a capitalised name ("Peronist"). */
const FOLLOWERS = /^\p{Lu}\p{Ll}{2,}ists?$/u;
/** Surnames that end like followers' words ("Lindqvist", "Nyquist", "Blomkvist"). */
const FOLLOWER_LIKE_SURNAMES = /(?:[qkv]vist|quist|christ)$/i;
/** Awards and prizes: events of a kind, not bodies ("the Nobel Peace Prize", "the Sakharov Prize"). Lower case. */
const AWARD_HEADS = new Set(['prize', 'prizes', 'award', 'awards', 'medal', 'trophy']);
/** Kinds of body that ORG_AFTER may name after a small town's name ("the Fano militia"). */
const ARMED_OR_PARTY_KINDS = new Set(['militia', 'movement', 'party', 'alliance', 'coalition']);
/** Adjectives before a role that may open a sentence before an organisation's name ("Senior Hamas official …"). */
const LEADING_ADJECTIVES = new Set(['senior', 'former', 'acting', 'deputy', 'interim', 'outgoing', 'incoming', 'top', 'veteran', 'ex']);
/** Words that open a region's name before a known place ("Greater Manchester", "Upper Nile", "Lower Saxony"). */
const PLACE_PREFIX_ADJECTIVES = new Set(['greater', 'upper', 'lower', 'inner', 'outer']);
/** Second words of two-word departments ("Foreign Affairs", "Homeland Security", "Veterans Affairs"). */
const DEPARTMENT_SECOND_WORDS = new Set(['affairs', 'security', 'services', 'resources', 'development', 'relations']);
/** Departments named in a minister's title after "of" ("Secretary of State", "Secretary of the Treasury"). */
const DEPARTMENT_WORDS = new Set(['police', 'state', 'defense', 'defence', 'health', 'treasury', 'commerce', 'energy', 'agriculture', 'labor', 'labour', 'transportation', 'transport', 'education', 'interior', 'justice', 'homeland', 'veterans', 'housing', 'war', 'finance', 'foreign']);
/** Most words a place looked up by its loose spelling may have ("Wad Medani", "Ras al-Ayn"). */
const MAX_LOOSE_PLACE_WORDS = 4;
/** Words of the licensing link after a wire photo credit ("Purchase Licensing Rights"). */
const LICENSING_WORDS = 3;
/** Kinds of vessel written before a ship's name ("the bulk carrier Pelagos Star", "the destroyer USS Cole"). */
const VESSEL_NOUNS = new Set(['frigate', 'destroyer', 'tanker', 'vessel', 'ship', 'cruiser', 'submarine', 'freighter', 'warship', 'corvette', 'ferry', 'trawler', 'yacht', 'liner']);
/** Words naming a storm before its name ("Cyclone Shakti", "Typhoon Haiyan", "the storm Ciarán"). */
const STORM_WORDS = new Set(['cyclone', 'hurricane', 'typhoon', 'storm', 'tropical']);
/** What a ship called a "carrier" carries ("bulk carrier", "aircraft carrier", "LNG carrier"). */
const SHIP_CARRIER_KINDS = new Set(['bulk', 'aircraft', 'car', 'gas', 'lng', 'container', 'ore', 'oil', 'helicopter']);
/** Prefixes of ships' names ("USS Cole", "HMS Diamond", "MV Rubymar"). */
const SHIP_PREFIXES = new Set(['USS', 'HMS', 'HS', 'INS', 'MV', 'MT', 'SS', 'RV', 'HMAS', 'HMCS', 'FS', 'ITS', 'USNS', 'BRP', 'PNS', 'TCG', 'HMNZS', 'KRI', 'ROKS', 'JS']);
/** Nouns after a name that make it a people ("the Warfalla tribe"), kept with the nationality words. */
const PEOPLE_NOUNS = new Set(['tribe', 'tribes', 'tribesmen', 'clan', 'clans', 'ethnic', 'people']);
/** A US lawmaker's party letter before the state, glued with a hyphen ("R-" in "R-Texas"). */
const PARTY_STATE = /^[RDI][-‐](?=\p{Lu})/u;
/** Most words in a US state's name ("South Dakota", "New Hampshire" have 2). */
const MAX_STATE_WORDS = 2;
/** Most words in a dateline's place ("SANTO DOMINGO DE LOS COLORADOS" has 5). */
const MAX_DATELINE_WORDS = 5;
/** How far after the place a dateline's dash may come (", Democratic Republic of Congo, March 3 (Reuters) —"). */
const DATELINE_TAIL_CHARS = 90;
/** What follows a dateline's place: optionally ", Region", ", Month Day" and "(Agency)", then a dash opening the story. */
const DATELINE_TAIL = /^(?:,\s[^\n,()—–]{1,40}){0,2}\s*(?:\([^()\n]{1,30}\)\s*)?(?:—|–|--?)\s/u;
/** Words before "by" in a wire story's credit line ("Reporting by …; Editing by …", "Photo by …"). */
const CREDIT_WORDS = new Set(['reporting', 'writing', 'editing', 'written', 'edited', 'compiled', 'photo', 'photos', 'photograph', 'photographs', 'video', 'graphics', 'illustration', 'produced', 'translated', 'translation', 'additional']);
/** Months and their abbreviations that are also given names ("Jan Kowalski", "April Ryan", "June Okafor"). */
const GIVEN_NAME_MONTHS = new Set(['jan', 'april', 'may', 'june', 'august']);
/** Last words of the names of laws and treaties ("Investment Canada Act", "Dayton Accords"), which name no entity. */
const LAW_HEADS = new Set(['act', 'acts', 'bill', 'treaty', 'accord', 'accords', 'amendment', 'protocol', 'doctrine', 'ordinance', 'statute']);
/** Last words of the names of events ("Paris Air Show", "Africa Cup of Nations" aside), which name no entity either. */
const EVENT_HEADS = new Set(['day', 'conference', 'summit', 'games', 'olympics', 'paralympics', 'show', 'festival', 'cup', 'championship', 'championships', 'expo', 'marathon', 'awards', 'grand prix', 'prix', 'tournament', 'biennale']);
/** Lower-case words after a party's name in wire copy ("the Law and Justice party", "the Peace and Unity alliance"). */
const PARTY_WORDS = new Set(['party', 'alliance', 'coalition', 'movement', 'bloc', 'faction', 'parties', 'alliances', 'coalitions', 'blocs']);
/** Fewest ordinary capitalised words after "the" read as a body's name ("the Free Patriotic Movement"); two ("the Cold War") are too often events. */
const MIN_CHOSEN_CAPITALS = 3;
/** Lower-case words after capitalised words that make them a project or product, not a body ("the Joint Strike Fighter programme"). */
const PROJECT_WORDS = new Set(['program', 'programme', 'project', 'plan', 'scheme', 'initiative', 'aircraft', 'jet', 'jets', 'system', 'missile', 'missiles', 'vaccine', 'deal', 'agreement', 'index']);
/** Compass adjectives, which the nationality list also holds ("Western powers"), opening regions' names. */
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west']);
/** Compass and regional words that may precede a nationality word ("West African"). */
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'latin', 'sub-saharan', 'middle']);
const AND_OR_GAP = /^,?\s(?:and|or)\s$/;
/** What separates the items of a list: ", ", " and ", " or ", ", and ". */
const CONJUNCTION_GAP = /^(?:,\s|\s(?:and|or)\s|,\s(?:and|or)\s)$/;
/** Words after a place that mean its government, which news style writes as the place itself. */
const GOVERNMENT_WORDS = new Set(['government', 'administration', 'authorities']);
/** Organisation words that are also common surnames. */
const SURNAME_LIKE_HEADS = new Set(['press', 'post', 'bank', 'church', 'union', 'house', 'hall', 'banks', 'guard', 'fund', 'college']);
/** Verbs after a name that only people do ("Netanyahu addressed", "Tinubu met"), unlike "said", which organisations do too. */
const PERSON_ONLY_VERBS = new Set(['told', 'met', 'meets', 'visited', 'visits', 'vowed', 'vows', 'spoke', 'speaks', 'flew', 'arrived', 'resigned', 'insisted', 'addressed', 'addresses', 'tweeted', 'recalled', 'smiled', 'laughed', 'testified', 'campaigned', 'married', 'died', 'was born', 'appointed', 'sacked', 'nominated', 'pardoned', 'thanked', 'praised', 'criticised', 'criticized', 'hosted', 'greeted', 'signed', 'wrote']);
/** Nouns after a possessive name that belong to a person ("Tinubu's government", "Macron's aides"). */
const PERSON_POSSESSIONS = new Set(['party', 'movement', 'wife', 'husband', 'son', 'daughter', 'children', 'family', 'mother', 'father', 'brother', 'sister', 'government', 'administration', 'cabinet', 'spokesman', 'spokeswoman', 'spokesperson', 'aides', 'aide', 'lawyer', 'lawyers', 'attorney', 'office', 'campaign', 'allies', 'ally', 'rival', 'rivals', 'predecessor', 'successor', 'presidency', 'premiership', 'tenure', 'reforms', 'supporters', 'opponents', 'remarks', 'speech', 'visit', 'death', 'funeral', 'arrest', 'trial', 're-election', 'election', 'resignation', 'ouster', 'term', 'regime', 'rule']);
/** Verbs after a name that suggest, but do not prove, a person ("X said": organisations say things too). */
const PERSON_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'insisted', 'warned', 'explained', 'recalled', 'stated', 'tweeted', 'acknowledged', 'admitted', 'noted', 'urged', 'who', 'whom', 'whose']);

/** A token's lower-case form without a final dot, computed once per token (it is asked for many times). */
const lower = (t: Token) => (t.lower ??= t.text.toLowerCase().replace(/\.$/, ''));
/** A title word, including hyphenated ones ("Secretary-General", "Vice-President"). */
const isTitleWord = (t: Token) => TITLE_WORDS.has(lower(t)) || (/[-‐]/.test(t.text) && lower(t).split(/[-‐]/).every((p) => TITLE_WORDS.has(p)));
const isTitleHead = (t: Token) => TITLE_HEADS.has(lower(t)) || (/[-‐]/.test(t.text) && lower(t).split(/[-‐]/).some((p) => TITLE_HEADS.has(p)) && isTitleWord(t));
const norm = (s: string) => s.toLowerCase().replace(/[’]/g, "'").replace(/\s+/g, ' ');

/** Finds mentions in `text.slice(from, to)`; offsets are absolute. */
export function findMentions(text: string, from = 0, to = text.length, lowercaseWords?: Set<string>): Mention[] {
  const tokens = tokenize(text, from, to);
  if (lowercaseWords) for (const t of tokens) if (!t.cap) lowercaseWords.add(t.text.toLowerCase());
  const ws = wordSets();
  markHeadlineLines(tokens, text);
  const out: Mention[] = [];
  const n = tokens.length;
  let i = 0;
  while (i < n) {
    const t = tokens[i];
    // "(R-South Dakota)", "(D-N.Y.)": a US lawmaker's party letter and state; the state is a place.
    const partyState = PARTY_STATE.exec(t.text);
    if (partyState) {
      let e = i;
      // The first word of the state is glued to the party letter ("R-South"), so one fewer follows it.
      while (e + 1 < n && tokens[e + 1].joined && tokens[e + 1].cap && e - i < MAX_STATE_WORDS - 1) e++;
      const start = t.start + partyState[0].length;
      for (let f = e; f >= i; f--) {
        // "I-Vt.": the abbreviation's dot may have been read as a sentence end.
        const stop = text[tokens[f].end] === '.' && !lookupPlace(text.slice(start, tokens[f].end)) ? tokens[f].end + 1 : tokens[f].end;
        const place = lookupPlace(text.slice(start, stop));
        if (place && place.country === 'US') {
          out.push({ start, end: stop, text: text.slice(start, stop), type: 'PLACE', confidence: 'strong', words: f - i + 1, place });
          i = f;
          break;
        }
      }
      i++;
      continue;
    }
    if (!t.cap || /^\p{N}/u.test(t.text) || isNeverName(t, text)) {
      i++;
      continue;
    }
    let end = i;
    for (;;) {
      // Real names are short; a longer capitalised stretch (a title-case banner, a list) is read in pieces, which keeps work linear.
      if (end - i >= MAX_RUN_TOKENS) break;
      // A possessive ends a name, except inside one: "People's Republic of China", "Women's Institute".
      // "McDonald's Corp", "Macy's Inc": a possessive right before a company suffix is the company's own name.
      const possessiveInName =
        tokens[end].possessive && end + 1 < n && tokens[end + 1].cap &&
        (COLLECTIVE_POSSESSIVES.has(lower(tokens[end])) || (ORG_SUFFIXES.has(lower(tokens[end + 1])) && /^['’]s? $/.test(tokens[end + 1].gap)) ||
          // "the Ombudsman's Office", "the Prosecutor’s Office": an office named after the title that heads it.
          (/^['’]s $/.test(tokens[end + 1].gap) && isTitleWord(tokens[end]) && ORG_HEADS.has(lower(tokens[end + 1]))) ||
          // "Cox’s Bazar", "St John's Wood": a place whose name holds a possessive.
          (/^['’]s $/.test(tokens[end + 1].gap) && lookupPlace(text.slice(tokens[i].start, tokens[end + 1].end)) !== null));
      // "Zijin Mining Group Co Ltd", "Samsung Electronics Co., Ltd.": company suffixes may come in pairs.
      const suffixPair = ORG_SUFFIXES.has(lower(tokens[end])) && end + 1 < n && ORG_SUFFIXES.has(lower(tokens[end + 1])) && /^,?\s$/.test(tokens[end + 1].gap) && !tokens[end].possessive;
      if (suffixPair) {
        end++;
        continue;
      }
      if ((tokens[end].possessive && !possessiveInName) || ORG_SUFFIXES.has(lower(tokens[end]))) break;
      if (possessiveInName) {
        end++;
        continue;
      }
      const k = end + 1;
      // "Procter & Gamble": the ampersand sits in the gap between two capitalised words.
      // Not in a byline: "By Elias Msuya & Herieth Makwetta" credits two people.
      if (k < n && tokens[k].cap && tokens[k].gap === ' & ' && !tokens[k].sentenceStart && !inByline(tokens[i], text)) {
        end = k;
        continue;
      }
      // "Kurdistan Workers' Party", "Farmers’ Union": a plural possessive inside an organisation's name.
      if (k < n && /^['’] $/.test(tokens[k].gap) && /s$/.test(tokens[end].text) && tokens[k].cap && (ORG_HEADS.has(lower(tokens[k])) || COLLECTIVE_POSSESSIVES.has(lower(tokens[end])))) {
        end = k;
        continue;
      }
      if (k >= n || !tokens[k].joined || tokens[k].sentenceStart) break;
      // "… according to the U.N. The Taliban …": after an abbreviation's dot, a capitalised article opens a sentence.
      if (tokens[end].text.endsWith('.') && SENTENCE_OPENERS.has(tokens[k].text)) break;
      // "ALFREDO ZUNIGA Speaking at …": a caption's name in capitals ends where ordinary capitalisation resumes.
      // Only a credited or given name in capitals ("PHOTO: AFP / ALFREDO …"), not "the UK NHS Confederation".
      if (end > i && tokens[end].allCaps && tokens[end - 1].allCaps && tokens[end].text.length > 1 && tokens[k].cap && !tokens[k].allCaps &&
        (ws.firstNames.has(lower(tokens[i])) || CREDIT_BEFORE.test(text.slice(Math.max(0, tokens[i].start - CREDIT_LOOKBACK), tokens[i].start)))) break;
      if (tokens[k].cap && !/^\p{N}/u.test(tokens[k].text) && !isNeverName(tokens[k], text)) {
        end = k;
        continue;
      }
      const lw = lower(tokens[k]);
      if ((NAME_CONNECTORS.has(lw) || NAME_PARTICLES.has(lw)) && !tokens[k].possessive && k + 1 < n && tokens[k + 1].joined && tokens[k + 1].cap) {
        end = k + 1;
        continue;
      }
      // "Ursula von der Leyen", "Fernando de la Rúa": several particles in a row before the surname.
      let q = k;
      while (q < n && q - k < MAX_PARTICLES && !tokens[q].cap && tokens[q].joined && SURNAME_PARTICLES.has(lower(tokens[q]))) q++;
      if (q - k >= 2 && q < n && tokens[q].joined && tokens[q].cap) {
        end = q;
        continue;
      }
      if ((lw === 'of' || (lw === 'for' && ORG_HEADS.has(lower(tokens[end])))) && k + 2 < n && lower(tokens[k + 1]) === 'the' && tokens[k + 1].joined && tokens[k + 2].joined && tokens[k + 2].cap) {
        end = k + 2;
        continue;
      }
      break;
    }
    // "Airbus A380", "Boeing 787": a maker's name followed by a model number names a product, not the maker.
    const after = tokens[end + 1];
    // "… Aung San Suu Kyi in February 2021": a month before a year is a date, not a maker before a model number.
    let product = after && after.joined && !tokens[end].possessive && isModelCode(after) && !NEVER_NAMES.has(lower(tokens[end]));
    // "Air France Flight 447": the flight number names a flight; the airline before it is still a name.
    if (product && end > i && lower(tokens[end]) === 'flight') {
      end--;
      product = false;
    }
    // "An Ethiopian Airlines Boeing 787-9": the operator before the maker is still named; only the maker is the product's.
    if (product && end > i && ORG_HEADS.has(lower(tokens[end - 1]))) {
      classifyRun(tokens, i, end - 1, text, out, ws);
      i = end + 1;
      continue;
    }
    if (!product) {
      const before = out.length;
      classifyRun(tokens, i, end, text, out, ws);
      // "von der Leyen said", "al-Sisi's": lower-case particles just before a surname belong to it.
      let p = i;
      while (p > 0 && !tokens[p - 1].cap && tokens[p].joined && SURNAME_PARTICLES.has(lower(tokens[p - 1]))) p--;
      const first = out[before];
      if (p < i && first && first.start === tokens[i].start && (first.type === 'PERSON' || first.type === null) && !first.demonym && !first.common) {
        first.start = tokens[p].start;
        first.text = text.slice(first.start, first.end);
        first.words += i - p;
        // "de Gaulle", "van Gogh": European particles only open people's names (Arabic "al" also opens groups and places).
        if (first.type === null && !['al', 'el', 'la', 'le'].includes(lower(tokens[p]))) {
          first.type = 'PERSON';
          first.confidence = 'strong';
        }
      }
    }
    i = end + 1;
  }
  // "the Law and Justice party (PiS)", "Forum for Democracy (FvD)": a short mixed-case abbreviation in brackets after an
  // organisation is that organisation; only all-capital ones were read as acronyms.
  for (let k = 1; k < out.length; k++) {
    const m = out[k];
    if (m.type === null && m.words === 1 && MIXED_ABBREVIATION.test(m.text) && text[m.end] === ')' && out[k - 1].type === 'ORG' && /^\)?\s*(?:\p{Ll}+\s)?\($/u.test(text.slice(out[k - 1].end, m.start))) {
      m.type = 'ORG';
      m.confidence = 'strong';
    }
  }
  // "Rashtriya Janata Dal (RJD)", "Médecins Sans Frontières (MSF)": a name introducing its own acronym in brackets is an
  // organisation's; people do not have acronyms, and known places keep theirs ("United Arab Emirates (UAE)").
  // Backwards, continuing from wherever a merge left the acronym, since a merge shortens the list before it.
  for (let k = out.length - 1; k > 0; k--) k = widenToAcronym(out, k, text);
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k];
    const acronym = out[k + 1];
    if (m.words < 2 || m.title || (m.type === 'PLACE' && m.confidence === 'strong') || m.demonym) continue;
    if (!/^\s?\($/.test(text.slice(m.end, acronym.start)) || text[acronym.end] !== ')' || !BRACKETED_ACRONYM.test(acronym.text)) continue;
    if (acronym.text[0].toUpperCase() !== m.text[0].toUpperCase()) continue;
    m.type = 'ORG';
    m.confidence = 'strong';
    m.guessedPerson = false;
    acronym.type = 'ORG';
    acronym.confidence = 'strong';
  }
  // "OPEC+": the plus sign is part of the group's name.
  for (const m of out) {
    if (m.type === 'ORG' && text[m.end] === '+' && !/[\p{L}\p{N}]/u.test(text[m.end + 1] ?? '')) {
      m.end++;
      m.text += '+';
    }
  }
  // "Ministry of Housing, Communities and Local Government", "Department for Environment, Food and Rural Affairs": a
  // body's portfolio listed with commas runs on through ordinary capitalised words to the "and" that closes it.
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (m.type !== 'ORG' || !PORTFOLIO_BODY.test(m.text)) continue;
    const list = stickyExec(PORTFOLIO_LIST, text, m.end);
    if (!list || !list[0].match(/[\p{L}]+/gu)!.every((w) => w === 'and' || (isOrdinaryWord(w.toLowerCase(), ws) && !lookupPlace(w)))) continue;
    const end = m.end + list[0].length;
    let after = k + 1;
    while (after < out.length && out[after].start < end) after++;
    // Only ordinary words may be swallowed: a known name inside ("…, Culture and Sport Sweden") ends the list before it.
    if (out.slice(k + 1, after).some((x) => x.end > end || (x.type !== null && lookupKnown(x.text, ws) !== null))) continue;
    m.end = end;
    m.text = text.slice(m.start, end);
    m.words = m.text.split(' ').length;
    out.splice(k + 1, after - k - 1);
  }
  for (let k = 0; k + 1 < out.length; k++) {
    const m = out[k];
    const next = out[k + 1];
    // "at Kitimat, British Columbia", "from Trenton, Ontario": an unknown name before a comma and a state or province is
    // a town there.
    if (m.type === null && next.type === 'PLACE' && next.place?.kind === 'region' && text.slice(m.end, next.start) === ', ' && !/^['’]s?\s/.test(text.slice(next.end, next.end + 3))) m.placeCue = true;
  }
  for (const m of out) {
    // "Maputo, 24 Dec 2024 (Lusa) -", "SEOUL, Jan. 30 (Yonhap) --": the name in brackets before a dateline's dash is the
    // news agency that filed it.
    if (m.words <= MAX_AGENCY_WORDS && text[m.start - 1] === '(' && m.type !== 'PERSON' && m.type !== 'PLACE' && stickyTest(AGENCY_CLOSE, text, m.end) && datelineBefore(text, from, m.start - 1)) {
      m.type = 'ORG';
      m.confidence = 'strong';
      m.common = false;
    }
  }
  // "Channel 12", "Channel 4": a television channel named by its number.
  for (const m of out) {
    if (m.text !== 'Channel') continue;
    const number = stickyExec(CHANNEL_NUMBER, text, m.end);
    if (!number) continue;
    m.end += number[0].length;
    m.text = text.slice(m.start, m.end);
    m.type = 'ORG';
    m.confidence = 'strong';
    m.common = false;
    m.words = 2;
  }
  // "JD(U)", "CPI(M)": Indian parties split from a parent write the faction's letter in brackets, glued to the acronym.
  for (const m of out) {
    if (m.words !== 1 || !/^\p{Lu}{2,}$/u.test(m.text)) continue;
    const faction = FACTION_LETTERS.exec(text.slice(m.end, m.end + FACTION_PEEK));
    if (!faction) continue;
    m.end += faction[0].length;
    m.text = text.slice(m.start, m.end);
    m.type = 'ORG';
    m.confidence = 'strong';
  }
  // "Mohamed Hamdan Dagalo, widely known as Hemedti,": the name after "known as" is the same person's.
  // A nom de guerre after "alias" is the person's even when it is also a town's name ('alias "Calarca"').
  for (let k = 1; k < out.length; k++) {
    const m = out[k];
    const gap = text.slice(out[k - 1].end, m.start);
    const smallTownAlias = m.type === 'PLACE' && isSmallTown(m.place) && /\balias\s[“"']?$/.test(gap);
    if ((m.type !== null && !smallTownAlias) || m.words > 2 || !KNOWN_AS.test(gap)) continue;
    if (out[k - 1].type === 'PERSON') {
      m.type = 'PERSON';
      m.confidence = 'strong';
      delete m.place;
    }
  }
  // "Typhoon Ulysses (Vamco)": a storm's other name in brackets is the storm's too.
  for (let k = 1; k < out.length; k++) {
    if (out[k - 1].notEntity && out[k].words === 1 && /^\s?\($/.test(text.slice(out[k - 1].end, out[k].start)) && text[out[k].end] === ')') out[k].notEntity = true;
  }
  for (let k = 1; k < out.length; k++) if (text.slice(out[k - 1].end, out[k].start) === ' of ') out[k].ofPrevious = true;
  const credited = creditedNames(out, text);
  // "parts of Alimosho and Ikorodu", "Kherson, Zaporizhzhia and Dnipropetrovsk regions": conjuncts share place cues.
  for (let k = 1; k < out.length; k++) {
    if (credited.has(out[k])) continue;
    // Only "and"/"or": a bare comma also opens appositives ("Jürgen Hölzl, Germany's finance minister").
    if (AND_OR_GAP.test(text.slice(out[k - 1].end, out[k].start))) {
      out[k].coordinated = true;
      // "Khiam, Aita al-Shaab and Bint Jbeil": the items before "and" joined by commas are the same list, when its first
      // item is a place or announced as one; otherwise the comma may open an appositive ("Mesfin Tasew, Kenya and …").
      let j = k - 1;
      while (j > 0 && /^,\s$/.test(text.slice(out[j - 1].end, out[j].start))) j--;
      if (j < k - 1 && (out[j].placeCue || (out[j].type === 'PLACE' && out[j].confidence === 'strong'))) for (let i2 = j + 1; i2 < k; i2++) out[i2].coordinated = true;
    }
    if (CONJUNCTION_GAP.test(text.slice(out[k - 1].end, out[k].start)) && (out[k - 1].placeCue || out[k - 1].type === 'PLACE') && out[k].type === null) {
      out[k].placeCue = true;
    }
  }
  // "the Subansiri, Jia Bharali, Kopili and Beki rivers": the place noun after the last item reaches back along the
  // whole list, through items the name shapes had guessed to be people.
  for (let k = out.length - 2; k >= 0; k--) {
    const next = out[k + 1];
    if (!CONJUNCTION_GAP.test(text.slice(out[k].end, next.start)) || !(next.placeAfter || next.listPlace)) continue;
    const m = out[k];
    if (m.type === null || (m.guessedPerson && m.type === 'PERSON') || (m.orgByDefault && m.type === 'ORG')) {
      m.placeCue = true;
      m.listPlace = true;
      if (m.type !== null) {
        m.type = 'PLACE';
        m.confidence = 'weak';
        m.guessedPerson = false;
        m.orgByDefault = false;
      }
    }
  }
  return out;
}

/** Lower-case words allowed inside a name that an acronym abbreviates ("Alternative for Germany", "Forces de défense"). */
const ACRONYM_NAME_CONNECTORS = new Set(['for', 'of', 'the', 'and', 'in', 'on', 'to', 'de', 'du', 'des', 'la', 'le', 'pour', 'et', 'del', 'y', 'für', 'van', 'voor']);
/** Most words a name abbreviated by a bracketed acronym may have, and how far back they may start. */
const MAX_ACRONYM_NAME_WORDS = 10;
const ACRONYM_LOOKBACK = 120;

/**
 * "the far-right Alternative for Germany (AfD)": when an acronym in brackets follows a stretch of capitalised words
 * and connectors that the mentions split ("Alternative", "Germany"), the stretch from the word that starts with the
 * acronym's letter is one organisation's name. Replaces those mentions with one, in place, and returns the acronym's
 * index afterwards.
 */
function widenToAcronym(out: Mention[], k: number, text: string): number {
  const acronym = out[k];
  if (text[acronym.end] !== ')' || text[acronym.start - 1] !== '(' || !BRACKETED_ACRONYM.test(acronym.text)) return k;
  const end = acronym.start - 1 - (text[acronym.start - 2] === ' ' ? 1 : 0);
  const windowStart = Math.max(0, end - ACRONYM_LOOKBACK);
  const before = text.slice(windowStart, end);
  const words = [...before.matchAll(/[\p{L}\p{M}’'-]+/gu)];
  const last = words[words.length - 1];
  if (!last || last.index! + last[0].length !== before.length) return k;
  let first = -1;
  let capitals = 0;
  for (let w = words.length - 1; w >= 0 && words.length - w <= MAX_ACRONYM_NAME_WORDS; w--) {
    const word = words[w][0];
    // Words of one name are one space apart: a comma, a bracket or a line break ends it.
    if (w < words.length - 1 && before.slice(words[w].index! + word.length, words[w + 1].index!) !== ' ') break;
    // "Asaduddin Owaisi's All India …": a possessive belongs to the owner, before the name starts.
    if (/['’]s?$/.test(word)) break;
    if (/^\p{Lu}/u.test(word)) {
      capitals++;
      if (word[0].toUpperCase() === acronym.text[0].toUpperCase()) first = w;
    } else if (!ACRONYM_NAME_CONNECTORS.has(word.toLowerCase())) {
      break;
    }
  }
  if (first < 0 || capitals < 2) return k;
  const start = windowStart + words[first].index!;
  let from = k;
  while (from > 0 && out[from - 1].start >= start) from--;
  const inside = out.slice(from, k);
  // Only names the mentions split in pieces; one whole name, a titled person or a known country keep their reading.
  if (inside.length < 2 || inside.some((m) => m.title || m.end > end)) return k;
  // "Bihar and Jharkhand (BJ)": names the gazetteer or a person's shape explain stay what they are.
  if (inside.every((m) => (m.type === 'PLACE' && m.confidence === 'strong') || (m.type === null && m.placeCue) || (m.type === 'PERSON' && !m.guessedPerson))) return k;
  const name = text.slice(start, end);
  out.splice(from, k - from, { start, end, text: name, type: 'ORG', confidence: 'strong', words: name.split(' ').length });
  return from + 1;
}

/** Titles used only before people's names. */
const COURTESY_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'madam', 'monsieur', 'mme', 'herr']);
/** Longest broadcaster's name after "TV" or "Radio" ("Radio Free Europe/Radio Liberty" is read in pieces). */
const MAX_BROADCASTER_WORDS = 3;
/** Adjective endings: "Coastal UK towns", "Modern UK politics" describe the country, they name no body. */
const ADJECTIVE_ENDING = /(?:al|ern|ic|ive|ous|ary|ful|less|ish|ese)$/;
/** Words that quantify or pick out what follows ("Most UK firms", "Many UK voters"), never a name's first word. */
const QUANTIFIERS = new Set(['most', 'many', 'some', 'all', 'every', 'each', 'other', 'both', 'several', 'few', 'such', 'any', 'no', 'more', 'fewer', 'these', 'those', 'this', 'that', 'top', 'big', 'major', 'leading', 'rival', 'new', 'former', 'current', 'rural', 'urban', 'typical', 'average']);
/** A US party's member named after their state or county ("a Texas Republican"). Lower case. */
const US_PARTY_MEMBERS = new Set(['republican', 'democrat', 'republicans', 'democrats']);
/** US county-level words that close a politician's home area ("a Rockingham County Republican"). */
const COUNTY_WORDS = new Set(['county', 'parish', 'borough']);
/** Compass words closing a constituency's or ward's name after a town ("Thetford West", "Leeds Central"). */
const CONSTITUENCY_COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'north-east', 'north-west', 'south-east', 'south-west', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Longest name of the larger body after a committee's "of" ("the National Assembly", "the European Parliament"). */
const MAX_PARENT_BODY_WORDS = 4;
/** Titles of elected members written after their party or seat ("Labour MP", "Molo MP"). Case as written. */
const MEMBER_TITLES = new Set(['MP', 'MPs', 'MEP', 'MEPs', 'MLA', 'MLAs', 'MSP', 'MSPs', 'TD', 'MPP']);
/** Parties' nicknames before a member's title ("Tory MP", "Lib Dem MP"), not seats. Lower case. */
const PARTY_NICKNAMES = new Set(['tory', 'tories', 'lib', 'dem', 'dems', 'gop', 'snp', 'dup', 'sinn', 'fein', 'féin']);
/** Ordinary words before a member's title that say what kind of member, not which party ("Independent MP"). */
const MEMBER_KINDS = new Set(['independent', 'backbench', 'opposition', 'government', 'junior', 'rebel', 'local', 'elected', 'ruling']);
/** Words that make a "… Center" a body rather than a venue ("Research", "Hurricane", "Policy"). Lower case. */
const BODY_CENTRE_WORDS = new Set(['national', 'research', 'policy', 'studies', 'strategic', 'hurricane', 'prediction', 'forecasting', 'rights', 'justice', 'law', 'legal', 'security', 'climate', 'disease', 'information', 'data', 'development', 'cancer', 'medical', 'health', 'science', 'monitoring', 'documentation', 'analysis', 'coordination', 'operations', 'command', 'crisis', 'emergency']);
/** Heads of a part of a larger body ("Committee", "Office"), which news names apart from the body after "of". */
const SUBSIDIARY_HEADS = new Set(['committee', 'subcommittee', 'commission', 'panel', 'caucus', 'office', 'department', 'unit', 'branch', 'wing', 'secretariat']);
/** Malaysian honorifics of one word, and the second words that may follow a first ("Datuk Seri", "Tan Sri"). */
const HONORIFIC_WORDS = new Set(['datuk', 'dato', 'datin']);
/** For each honorific's first word, the second words it takes ("Tan" only before "Sri"). */
const HONORIFIC_SECOND_WORDS = new Map([
  ['tan', new Set(['sri'])],
  ['puan', new Set(['sri'])],
  ['toh', new Set(['puan'])],
  ['datuk', new Set(['seri', 'patinggi', 'amar'])],
  ['dato', new Set(['seri', 'sri'])],
  ['datin', new Set(['seri', 'paduka'])],
]);
/** Capitalised words that open a sentence and never continue a name ("The", "It", "But"). */
const SENTENCE_OPENERS = new Set(['The', 'A', 'An', 'It', 'He', 'She', 'They', 'We', 'But', 'And', 'In', 'On', 'This', 'That', 'These', 'Those', 'Its', 'His', 'Her', 'Their']);
/** Words of a storm's strength before its kind ("Super Typhoon", "Severe Tropical Storm"). Lower case. */
const STORM_INTENSITY = new Set(['super', 'severe', 'tropical', 'major']);
/** Capitalised words that close a region's name ("Krasnodar Krai", "Sumy Oblast", "Lac Province"). */
const SUBDIVISION_WORDS = new Set(['Krai', 'Oblast', 'Province', 'Region', 'County', 'District', 'State', 'Governorate', 'Prefecture']);
/** A line opening "By " before a name, and how far back it is looked for. */
const BYLINE_START = /(?:^|[\n\r])[ \t]*(?:By\s+)?$/;
/** Characters read back from a run for "By " and a line break. */
const BYLINE_PEEK = 8;

/** Does the run starting at `t` open a byline ("By …" at a line's start, the "By" inside the run or before it)? */
function inByline(t: Token, text: string): boolean {
  const before = text.slice(Math.max(0, t.start - BYLINE_PEEK), t.start);
  return BYLINE_START.test(before) && (t.text === 'By' || /By\s+$/.test(before));
}
/** A closing bracket and a dash, as after the agency in a dateline. */
const AGENCY_CLOSE = /\)\s*(?:-{1,2}|—|–)/y;
/** The agency's bracket sits this close after a line start (the dateline's place and date come first). */
const DATELINE_AGENCY_LOOKBACK = 60;
/** Longest agency name in a dateline's brackets ("Lusa", "Agence Xinhua"). */
const MAX_AGENCY_WORDS = 2;
/** A dateline before the agency's bracket: a place in capitals or title case, then an optional date. */
const DATELINE_BEFORE_AGENCY = /^[ \t]*\p{Lu}[\p{L}.'’ -]*(?:,[ \t]*[\p{L}\d. ]+)?[ \t]*$/u;

/** Is the text from the line's start (at or after `from`) to `at` a short dateline ("Maputo, 24 Dec 2024 ")? */
function datelineBefore(text: string, from: number, at: number): boolean {
  const lineStart = Math.max(from, text.lastIndexOf('\n', at - 1) + 1);
  return at - lineStart <= DATELINE_AGENCY_LOOKBACK && DATELINE_BEFORE_AGENCY.test(text.slice(lineStart, at));
}
/** A channel's number after "Channel": one or two digits and no more. */
const CHANNEL_NUMBER = / \d{1,2}(?![\d.,:]\d|\d)/y;
/** A body whose name sets out a portfolio after "of" or "for", ending in an ordinary word ("Ministry of Housing"). */
const PORTFOLIO_BODY = /^(?:Ministry|Department|Office|Federation|Confederation|Council|Commission|Committee|Agency|Secretariat)\s(?:of|for)\s(?:the\s)?\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*$/u;
/** The rest of such a portfolio: ", Word[ Word]" items and a closing "and Word[ Word]", single spaces as in one name. */
const PORTFOLIO_LIST = /(?:, \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?)+,? and \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}(?![\p{L}\p{N}])/uy;
/** A faction's one or two capitals in brackets right after an acronym, with nothing after but a word's end. */
const FACTION_LETTERS = /^\((?:\p{Lu}{1,2})\)(?![\p{L}\p{N}])/u;
/** Characters read after an acronym for a faction's brackets ("(ML)" is four). */
const FACTION_PEEK = 5;
/** An acronym as written in brackets after a name: two to eight letters, at least two of them capitals ("RJD", "AfD", "JNIM"). */
const BRACKETED_ACRONYM = /^(?=(?:[^\p{Lu}]*\p{Lu}){2})\p{Lu}[\p{L}&.-]{1,7}$/u;
/** Between a person's name and the name they go by: ", widely known as ", " (known as "… */
const KNOWN_AS = /^,?\s(?:\p{Ll}+\s)?(?:known|nicknamed|dubbed|called|alias)\s(?:as\s)?[“"']?$/u;
/** A capital after the first letter ("PiS", "McKinsey", "iPhone" aside): never an ordinary word. */
const INNER_CAPITAL = /^\p{L}\p{Ll}*\p{Lu}/u;
/** A short abbreviation with capitals inside ("PiS", "FvD", "SoS"): two to six letters, at least two of them capitals. */
const MIXED_ABBREVIATION = /^(?=(?:\p{Ll}*\p{Lu}){2})\p{L}{2,6}$/u;

/**
 * What comes right before the first name credited in a wire credit line ("Reporting by ", "Additional reporting by ",
 * "Associated Press writers ", "(Photo: ", "PHOTO: AFP / "); a caption after a bare "Photo:" is a sentence, not a credit.
 */
const CREDIT_BEFORE = /(?:\b(?:reporting|writing|editing|written|edited|compiled|photos?|photograph|video|graphics|translated|produced)\s+by|(?:^|[\n\r])[ \t]*by|\bphotographer:|\bassistance\s+from|\bPress\s+(?:writers?|reporters?|correspondents?)|\((?:photo|picture|image)s?:)\s+$|\b(?:photo|picture|image)s?:\s*[A-Z]{2,}\s*\/\s*$/i;
/** How far back from a name its credit phrase may start. */
const CREDIT_LOOKBACK = 30;

/**
 * The names of a credit line ("Reporting by Khalid Musa in Dubai and Amal Idris in Cairo"): the first after "by" and
 * those joined to it by "and" or a comma, skipping the "in <place>" each carries. Untyped ones become people, so the
 * list rule does not make a reporter a place because the previous item was one.
 */
function creditedNames(out: Mention[], text: string): Set<Mention> {
  const credited = new Set<Mention>();
  // End of the credit list so far (a name, or the place after its "in"); -1 outside a credit line.
  let lastEnd = -1;
  for (const m of out) {
    const before = text.slice(Math.max(0, m.start - CREDIT_LOOKBACK), m.start);
    const gap = lastEnd >= 0 ? text.slice(lastEnd, m.start) : '';
    if (m.type === 'PLACE' && /^\sin\s$/.test(gap)) {
      lastEnd = m.end;
      continue;
    }
    if (CREDIT_BEFORE.test(before) || (lastEnd >= 0 && /^(?:,\s|,?\s(?:and|&)\s)$/.test(gap))) {
      credited.add(m);
      lastEnd = m.end;
      // A photographer's name in capitals ("Delil SOULEIMAN") may have been guessed an acronym-bearing organisation.
      if ((m.type === null || (m.confidence === 'weak' && m.words >= 2 && (m.type === 'ORG' || m.type === 'PLACE'))) && !m.demonym) {
        m.type = 'PERSON';
        m.confidence = 'strong';
        m.placeCue = m.placeAfter = false;
      }
      // A credited name is a person for certain, not a guess from its shape.
      if (m.type === 'PERSON') {
        m.guessedPerson = false;
        m.personCue = true;
      }
    } else {
      lastEnd = -1;
    }
  }
  return credited;
}

/** Model numbers and codes ("A380", "737-800", "DC-9", "A350s"): letters mixed with digits, or a bare number. */
function isModelCode(t: Token): boolean {
  return /\p{N}/u.test(t.text) && (/\p{L}/u.test(t.text) || /^\p{N}{3,}/u.test(t.text)) && !/^\p{N}+(?:st|nd|rd|th|s)$/u.test(t.text);
}

/** Tokens that never start or continue a name: currency prefixes ("US$40"), contractions ("We've"), model codes. */
function isNeverName(t: Token, text: string): boolean {
  if (text[t.end] === '$') return true;
  if (/['’](?:ve|ll|re|d|m|t)$/i.test(t.text)) return true;
  // "MEPs backed …", "CEOs said": the plural of an everyday abbreviation.
  if (/^\p{Lu}{2,}s$/u.test(t.text) && NOT_ORG_ACRONYMS.has(t.text.slice(0, -1))) return true;
  // "Shell (SHEL.L)", "BP (BP.L)": a stock's exchange code. "CR-V", "HR-V": a car model's letters.
  if (STOCK_CODE.test(t.text) || MODEL_LETTERS.test(t.text)) return true;
  // "Co-founder …", "Ex-minister …" opening a sentence: a prefix capitalised by its place, cut off by the hyphen.
  if (HYPHEN_PREFIXES.has(t.text) && /^[-‐]\p{Ll}/u.test(text.slice(t.end, t.end + 2))) return true;
  // "R-S.C.", "D-N.Y.": a US lawmaker's party and state.
  if (/^[RDI][-‐]\p{Lu}/u.test(t.text)) return true;
  // Known names with digits ("M23", "G7") are names, not model numbers.
  return isModelCode(t) && !KNOWN_ORGS.has(t.text.toLowerCase());
}

/** In a headline-style line, treat capitalised common words as if they were lower case. */
function markHeadlineLines(tokens: Token[], text: string): void {
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const newLine = i === tokens.length || (i > lineStart && /[\n\r]/.test(tokens[i].gap));
    if (!newLine) continue;
    const line = tokens.slice(lineStart, i);
    const long = line.filter((t) => t.text.length > 3 && /^\p{L}/u.test(t.text));
    const lastEnd = line.length ? line[line.length - 1].end : 0;
    // A line with a full sentence in it ("Protesters gather in Lagos. (Photo: …)") is running text, not a headline.
    const firstStart = line.length ? line[0].start : 0;
    const endsSentence = /^[)\]"”’']*[.!?]/.test(text.slice(lastEnd, lastEnd + DATELINE_PEEK)) || /\p{Ll}[.!?]\s/u.test(text.slice(firstStart, lastEnd));
    // "By JANE DOE and …", "(Reporting by Jane Smith; Editing by Mark Potter)": bylines and credits are all names, not a headline.
    const credit =
      line.length > 1 &&
      ((lower(line[0]) === 'by' && line[1].cap) ||
        line.some((t, k) => t.text === 'by' && k > 0 && CREDIT_WORDS.has(lower(line[k - 1]))) ||
        // "Photographer: Vu Thanh Long/Bloomberg", "With assistance from Pham Thu Ha".
        (lower(line[0]) === 'photographer' && text[line[0].end] === ':') ||
        line.some((t, k) => lower(t) === 'from' && k > 0 && lower(line[k - 1]) === 'assistance'));
    // "MARKETS STEADY", "THE PRIZE": a short line all in capitals is a subheading, however few its words.
    const subheading = line.length >= 1 && line.length <= MAX_SUBHEADING_WORDS && line.every((t) => t.allCaps || !/\p{L}/u.test(t.text)) && long.length >= 1 && !endsSentence && !DATELINE_AFTER.test(text.slice(lastEnd, lastEnd + DATELINE_PEEK));
    // "Factbox: Where are the front lines?": a wire slug opening a line is a label, not a name.
    if (line.length > 1 && STORY_SLUGS.has(lower(line[0])) && text[line[0].end] === ':') line[0].cap = false;
    if (!credit && (subheading || long.length >= HEADLINE_MIN_WORDS) && !endsSentence && (subheading || long.filter((t) => t.cap).length / long.length >= HEADLINE_CAP_SHARE)) {
      const ws = wordSets();
      for (let k = 0; k < line.length; k++) {
        const t = line[k];
        if (!t.cap || !ws.commonWords.has(t.text.toLowerCase()) || lookupPlace(t.text)) continue;
        // "… to sell Chrysler Group for …": an organisation word right after a name keeps its capital.
        const prev = line[k - 1];
        if (prev && prev.cap && t.joined && ORG_HEADS.has(lower(t)) && !ws.commonWords.has(prev.text.toLowerCase())) continue;
        t.cap = false;
      }
    }
    lineStart = i;
  }
}

function isCommonWord(t: Token, ws: ReturnType<typeof wordSets>): boolean {
  const lw = lower(t);
  return isOrdinaryWord(lw, ws) || NEVER_NAMES.has(lw);
}

/** Is a lower-case word an ordinary English word? Plurals ("dockworkers", "officials") are as ordinary as their singulars. */
function isOrdinaryWord(lw: string, ws: ReturnType<typeof wordSets>): boolean {
  return ws.commonWords.has(lw) || (lw.endsWith('s') && ws.commonWords.has(lw.slice(0, -1)));
}

function classifyRun(tokens: Token[], a: number, b: number, text: string, out: Mention[], ws: ReturnType<typeof wordSets>): void {
  // "KHAN YOUNIS, Gaza Strip (Reuters) —", "RIO DE JANEIRO (AP) -": the capitals opening a dateline are where it was filed.
  if (isDatelinePlace(tokens, a, b, text)) {
    out.push(makeMention(tokens, a, b, text, 'PLACE', 'strong', lookupPlace(runText(tokens, a, b, text)) ?? undefined));
    return;
  }
  if (MARKET_INDICES.has(norm(runText(tokens, a, b, text)).replace(/^the /, ''))) return;
  // "The WHO said": an article before a name known without it is no part of it ("The Hague" keeps its own).
  if (a < b && lower(tokens[a]) === 'the' && wholeRunType(tokens, a, b, text, ws)?.type === 'ORG' && wholeRunType(tokens, a + 1, b, text, ws)) a++;
  // Whole-run knowledge first: "Bosnia and Herzegovina", "Bank of England", "Procter & Gamble".
  const whole = wholeRunType(tokens, a, b, text, ws);
  if (whole) {
    // "retailer Carrefour", "miner Kinross": a company named after a town is the company when its kind is said first.
    // "Fars news agency": so is an agency named after a province, when its kind is said after, and "the Fano militia",
    // an armed group or party that shares a small town's name abroad.
    const smallTown = isSmallTown(whole.place);
    if (whole.type === 'PLACE' && ((smallTown && (afterOrgKind(tokens, a) || armedKindAfter(tokens, b))) || newsAgencyAfter(tokens, b))) {
      out.push(makeMention(tokens, a, b, text, 'ORG', 'strong'));
      return;
    }
    out.push(makeMention(tokens, a, b, text, whole.type, 'strong', whole.place));
    return;
  }
  // Otherwise split at connectors unless the left part heads an "X of Y" / "X and Y Company" organisation or place.
  let segStart = a;
  let orgOpen = false;
  /** An organisation's own "of" was kept in this segment ("Department of …"). */
  let ofKept = false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k];
    if (t.cap || k === a) continue;
    const lw = lower(t);
    if (NAME_PARTICLES.has(lw) && !['and', 'of', 'for', 'the', 'on', 'in', '&'].includes(lw)) continue;
    if (lw === '&') continue;
    const left = lower(tokens[k - 1]);
    const lastWord = lower(tokens[b]);
    // "the United States of America on Monday": a known name running through this connector keeps it.
    let knownThrough: KnownName = null;
    for (let j = b; j > k && !knownThrough; j--) if (tokens[j].cap) knownThrough = wholeRunType(tokens, segStart, j, text, ws);
    if (knownThrough) {
      // "Court of Justice", known whole, still kept its own "of" for what may follow ("… of the European Union").
      if (lw === 'of' && knownThrough.type === 'ORG') ofKept = true;
      continue;
    }
    // "U.S. Secretary of State Marco Rubio", "Secretary of the Treasury Janet Yellen": the department belongs to the
    // title, and the name after it is the person's.
    if (lw === 'of' && isTitleHead(tokens[k - 1])) {
      let q = k + 1;
      if (q < b && lower(tokens[q]) === 'the') q++;
      // "Foreign Affairs", "Homeland Security": a department may take a second word.
      if (q < b && DEPARTMENT_WORDS.has(lower(tokens[q])) && DEPARTMENT_SECOND_WORDS.has(lower(tokens[q + 1]))) q++;
      // "Minister of Water Resources and Irrigation Nurzhan Nurzhigitov", "Minister of Mineral and Petroleum Resources
      // Gwede Mantashe": a portfolio of ordinary words (and "and"), then a name no dictionary knows.
      const portfolioEnd = ordinaryPortfolioEnd(tokens, q, b, text, ws);
      if (portfolioEnd >= 0) q = portfolioEnd;
      let nameEnd = q;
      // The name stops before a day or month ("… Marco Rubio Monday said").
      while (nameEnd < b && tokens[nameEnd + 1].cap && !NEVER_NAMES.has(lower(tokens[nameEnd + 1])) && nameEnd - q < MAX_PERSON_WORDS) nameEnd++;
      // "… gave the Secretary of Commerce the power": a title with its department and no name names no one.
      if (nameEnd === b && q === b && (DEPARTMENT_WORDS.has(lower(tokens[q])) || DEPARTMENT_SECOND_WORDS.has(lower(tokens[q])))) {
        let t0 = k - 1;
        while (t0 > segStart && isTitleWord(tokens[t0 - 1])) t0--;
        if (t0 > segStart) classifySegment(tokens, segStart, t0 - 1, text, out, ws);
        return;
      }
      if (nameEnd > q && (portfolioEnd >= 0 || DEPARTMENT_WORDS.has(lower(tokens[q])) || DEPARTMENT_SECOND_WORDS.has(lower(tokens[q])))) {
        let t0 = k - 1;
        while (t0 > segStart && isTitleWord(tokens[t0 - 1])) t0--;
        if (t0 > segStart) classifySegment(tokens, segStart, t0 - 1, text, out, ws);
        const m = makeMention(tokens, q + 1, nameEnd, text, 'PERSON', 'strong');
        m.title = { start: tokens[t0].start, end: tokens[q].end, text: runText(tokens, t0, q, text) };
        out.push(withCues(m, tokens, q + 1, nameEnd, text));
        // Whatever follows the name in the run ("… and Secretary of the Treasury Janet Yellen") is read on.
        k = nameEnd;
        segStart = nameEnd + 1;
        orgOpen = false;
        continue;
      }
    }
    // "the Libyan National Army of Khalifa Haftar": "of" before a person's name joins two names, not one.
    // "the White House of Donald Trump" too.
    const personAfter = lw === 'of' && k + 1 < b && b - k <= MAX_PERSON_WORDS && (ORG_HEADS.has(left) || ORG_OF_HEADS.has(left)) && looksLikePerson(tokens, k + 1, b, ws) && !lookupPlace(runText(tokens, k + 1, b, text));
    // "the Finance Committee of the National Assembly": a committee or office of a known body is named apart from it.
    const partOfKnownBody = lw === 'of' && SUBSIDIARY_HEADS.has(left) && bodyAfterOf(tokens, k, b);
    const keep =
      (lw === 'of' && !personAfter && !partOfKnownBody && (ORG_OF_HEADS.has(left) || PLACE_OF_HEADS.has(left) || ORG_HEADS.has(left))) ||
      // "Department of Hydrology and Meteorology", "Federation of Red Cross and Red Crescent Societies": after an
      // organisation's "of", "and" joins ordinary words that run to the end of the name.
      // So does "for": "Association for Elections and Democracy", "Center for Strategic and International Studies".
      (lw === 'and' && (ofKept || orgOpen) && ordinaryCapitalsAfter(tokens, k + 1, b, text, ws)) ||
      // "Wason Center for Civic Leadership", "Carter Center for …": a centre "for" something is a body, not a place.
      ((lw === 'for') && CENTRE_WORDS.has(left)) ||
      // "Voice of America", "Friends of Syria": an ordinary capitalised word of a country, mid-sentence, names a body.
      (lw === 'of' && segStart === k - 1 && k + 1 === b && !tokens[k - 1].sentenceStart && isCommonWord(tokens[k - 1], ws) && !isTitleWord(tokens[k - 1]) &&
        !PLACE_OF_HEADS.has(left) && !PLACE_BEFORE_OF.has(left) && !COMPASS_ADJECTIVES.has(left) && !isDemonym(left, ws) && lookupPlace(tokens[b].text)?.kind === 'country') ||
      // "Office for the Coordination of Humanitarian Affairs", "Institute for the Study of War".
      (lw === 'the' && left === 'for' && k >= 2 && ORG_HEADS.has(lower(tokens[k - 2]))) ||
      // "… for the Coordination of Humanitarian Affairs": once an organisation's name runs through "for", a
      // later "of" stays inside it.
      (lw === 'of' && orgOpen && !personAfter) ||
      // "Court of Justice of the European Union", "Ministry of Defence of Ukraine": a body's name, its own "of" kept, may
      // close with the union or country it serves.
      (lw === 'of' && ofKept && !personAfter && !partOfKnownBody && knownAfterOf(tokens, k, b, text, ws)) ||
      // "Organization of the Petroleum Exporting Countries": "the" after a kept "of".
      (lw === 'the' && left === 'of' && k >= 2 && (ORG_OF_HEADS.has(lower(tokens[k - 2])) || PLACE_OF_HEADS.has(lower(tokens[k - 2])) || ORG_HEADS.has(lower(tokens[k - 2])) || (ofKept && knownAfterOf(tokens, k - 1, b, text, ws)))) ||
      ((lw === 'for' || lw === 'on') && ORG_HEADS.has(left)) ||
      // "Support Mission in Libya" is one name; "the Commission in Kyiv" is two.
      // So is the "UN Support Office in Haiti", a body's office in a country closing the name.
      (lw === 'in' && (left === 'mission' || (left === 'office' && k + 1 === b && lookupPlace(tokens[b].text)?.kind === 'country'))) ||
      // "European Aeronautic Defence and Space Company" is one name; "Toyota and General Motors" are two.
      // Not "Cebu Pacific and Philippine Airlines": a nationality word after "and" opens a second name.
      (lw === 'and' && ORG_HEADS.has(lastWord) && !ORG_HEADS.has(left) && (ws.commonWords.has(left) || TITLE_WORDS.has(left)) && segStart === a && allCapsOrHeads(tokens, a, k - 1, ws) && !isDemonym(lower(tokens[k + 1]), ws)) ||
      // "the ruling Law and Justice party", "the Peace and Prosperity bloc": a party named with two ordinary words.
      (lw === 'and' && segStart === a && k - 1 === a && b === k + 1 && partyWordAfter(tokens, b) && isCommonWord(tokens[a], ws) && isCommonWord(tokens[b], ws) && !wholeRunType(tokens, a, a, text, ws) && !wholeRunType(tokens, b, b, text, ws));
    if (keep) {
      if (lw === 'for' && (ORG_HEADS.has(left) || CENTRE_WORDS.has(left))) orgOpen = true;
      if (lw === 'of' && (ORG_OF_HEADS.has(left) || ORG_HEADS.has(left))) ofKept = true;
      continue;
    }
    classifySegment(tokens, segStart, k - 1, text, out, ws);
    orgOpen = false;
    ofKept = false;
    segStart = k + 1;
    // "of the X": skip the article too.
    if (segStart <= b && !tokens[segStart].cap) segStart++;
  }
  if (segStart <= b) classifySegment(tokens, segStart, b, text, out, ws);
}

/**
 * The last token of a Malaysian honorific starting at `q` ("Tan Sri", "Datuk Seri", "Datin"), with a name still
 * after it, or -1. "Tan" alone is a common surname and "Tun" a Burmese name, so they count only in two-word forms.
 */
function honorificEnd(tokens: Token[], q: number, b: number): number {
  if (q >= b) return -1;
  const w = lower(tokens[q]);
  const second = HONORIFIC_SECOND_WORDS.get(w);
  if (second && q + 1 < b && tokens[q + 1].joined && second.has(lower(tokens[q + 1]))) return q + 1;
  return HONORIFIC_WORDS.has(w) ? q : -1;
}

/**
 * The last word of a minister's portfolio of two or more ordinary capitalised words from `q` ("Water Resources and
 * Irrigation"), when a name of two or three words no dictionary knows follows it to the run's end; otherwise -1.
 */
function ordinaryPortfolioEnd(tokens: Token[], q: number, b: number, text: string, ws: ReturnType<typeof wordSets>): number {
  let e = q;
  while (e <= b && ((tokens[e].cap && isCommonWord(tokens[e], ws) && !ws.firstNames.has(lower(tokens[e]))) || ((lower(tokens[e]) === 'and' || tokens[e].text === '&') && e > q))) e++;
  const last = e - 1;
  // "President of the United States Barack Obama": a country is no portfolio; the older rule names its president.
  if (last <= q || !tokens[last].cap || lookupPlace(text.slice(tokens[q].start, tokens[last].end))) return -1;
  const nameWords = b - last;
  if (nameWords < 2 || nameWords > MAX_PERSON_WORDS - 1) return -1;
  for (let k = last + 1; k <= b; k++) if (!tokens[k].cap || isCommonWord(tokens[k], ws) || tokens[k].allCaps || lookupPlace(tokens[k].text)) return -1;
  return last;
}

/** The first token of a name after the "of" at `k`, past a "the". */
function afterOf(tokens: Token[], k: number, b: number): number {
  return k + 1 <= b && lower(tokens[k + 1]) === 'the' ? k + 2 : k + 1;
}

/** Is the rest of the run after the "of" at `k` (and a "the") a short body's name with its own head ("the National Assembly")? */
function bodyAfterOf(tokens: Token[], k: number, b: number): boolean {
  const from = afterOf(tokens, k, b);
  return from <= b && b - from < MAX_PARENT_BODY_WORDS && ORG_HEADS.has(lower(tokens[b])) && tokens.slice(from, b + 1).every((t) => t.cap);
}

/** Is the rest of the run after the "of" at `k` (and a "the") one known organisation, country or region ("… of North Carolina")? */
function knownAfterOf(tokens: Token[], k: number, b: number, text: string, ws: ReturnType<typeof wordSets>): boolean {
  const from = afterOf(tokens, k, b);
  // "… of the European Union in Luxembourg": the known name may end where a lower-case connector starts the rest.
  for (let j = b; j >= from; j--) {
    if (j < b && tokens[j + 1].cap) continue;
    const known = wholeRunType(tokens, from, j, text, ws);
    if (known !== null) return known.type === 'ORG' || known.place?.kind === 'country' || known.place?.kind === 'region';
  }
  return false;
}

/** Is `a..b` the all-capitals place opening a dateline line, followed by a region, a date, an agency and a dash? */
function isDatelinePlace(tokens: Token[], a: number, b: number, text: string): boolean {
  if (!(a === 0 || /[\n\r]/.test(tokens[a].gap)) || b - a + 1 > MAX_DATELINE_WORDS) return false;
  for (let k = a; k <= b; k++) if (!tokens[k].allCaps) return false;
  if (a === b && STORY_SLUGS.has(lower(tokens[a]))) return false;
  return DATELINE_TAIL.test(text.slice(tokens[b].end, tokens[b].end + DATELINE_TAIL_CHARS));
}

/** Does the run end in a title head and a name ("… Governor Kazuo Ueda", "… Chief Executive Jane Fraser")? */
function titleThenName(tokens: Token[], a: number, b: number): boolean {
  for (let h = b - 1; h > a; h--) {
    if (!isTitleHead(tokens[h])) continue;
    const rest = tokens.slice(h + 1, b + 1);
    return rest.length <= MAX_PERSON_WORDS && rest.every((t) => t.cap && !isTitleWord(t) && !ORG_HEADS.has(lower(t)));
  }
  return false;
}

/** Is the run right after a lower-case kind of organisation ("retailer", "lender")? */
function afterOrgKind(tokens: Token[], a: number): boolean {
  const prev = tokens[a - 1];
  return !!prev && !prev.cap && tokens[a].joined && LEADING_ORG_KINDS.has(lower(prev));
}

/** Is the run followed by a lower-case word for an armed group or a party ("militia", "movement", "party")? */
function armedKindAfter(tokens: Token[], b: number): boolean {
  const next = tokens[b + 1];
  return !!next && !next.cap && next.joined && ARMED_OR_PARTY_KINDS.has(lower(next));
}

/** Is the run followed by "news agency" or "news service"? */
function newsAgencyAfter(tokens: Token[], b: number): boolean {
  const news = tokens[b + 1];
  const kind = tokens[b + 2];
  return !!news && !!kind && !news.cap && news.joined && kind.joined && lower(news) === 'news' && (lower(kind) === 'agency' || lower(kind) === 'service');
}

/** Is the run followed by a lower-case word for a political grouping ("… party", "… alliance")? */
function partyWordAfter(tokens: Token[], b: number): boolean {
  const next = tokens[b + 1];
  if (!next) return false;
  if (!next.cap && next.joined && PARTY_WORDS.has(lower(next))) return true;
  // "the nationalist Law and Justice (PiS) party": the party's own abbreviation in brackets may come between.
  const after = tokens[b + 2];
  return !!after && next.cap && /^\s?\($/.test(next.gap) && /^\)\s$/.test(after.gap) && !after.cap && PARTY_WORDS.has(lower(after));
}

/**
 * Do ordinary capitalised words follow `from`, up to the run's end or its next connector ("… and National Planning in
 * Lusaka"), with no place or known name among them?
 */
function ordinaryCapitalsAfter(tokens: Token[], from: number, b: number, text: string, ws: ReturnType<typeof wordSets>): boolean {
  let e = from;
  while (e <= b && tokens[e].cap) e++;
  if (e === from) return false;
  for (let k = from; k < e; k++) if (!isCommonWord(tokens[k], ws) || lookupPlace(tokens[k].text)) return false;
  return !wholeRunType(tokens, from, e - 1, text, ws);
}

/** Is the left part of "X and Y Company" plausibly part of an organisation name (capitalised words, not a person)? */
function allCapsOrHeads(tokens: Token[], a: number, b: number, ws: ReturnType<typeof wordSets>): boolean {
  return !ws.firstNames.has(lower(tokens[a])) && b - a < MAX_PERSON_WORDS;
}

function runText(tokens: Token[], a: number, b: number, text: string): string {
  return text.slice(tokens[a].start, tokens[b].end);
}

/** Longest known acronym that may also be an English word ("WHO", "AU", "UN"). */
const MAX_WORDLIKE_ACRONYM = 4;
type KnownName = { type: EntityType; place?: PlaceInfo } | null;
/** Runs repeat across an article and are checked from several places: remember the answers (bounded). */
const knownMemo = new Map<string, KnownName>();
const KNOWN_MEMO_LIMIT = 50_000;

function wholeRunType(tokens: Token[], a: number, b: number, text: string, ws: ReturnType<typeof wordSets>): KnownName {
  const s = runText(tokens, a, b, text);
  let known = knownMemo.get(s);
  if (known === undefined) {
    known = lookupKnown(s, ws);
    if (knownMemo.size >= KNOWN_MEMO_LIMIT) knownMemo.clear();
    knownMemo.set(s, known);
  }
  return known;
}

function lookupKnown(s: string, ws: ReturnType<typeof wordSets>): KnownName {
  const key = norm(s);
  // "WHO" is the health body, "Who is …?" a question: a short acronym that is also a word counts only in capitals.
  const wordNotAcronym = key.length <= MAX_WORDLIKE_ACRONYM && s !== s.toUpperCase() && ws.commonWords.has(key);
  if (!wordNotAcronym && (KNOWN_ORGS.has(key) || ws.orgNames.has(key.replace(/[-.]/g, ' ').replace(/\s+/g, ' ').trim()))) return { type: 'ORG' };
  const place = lookupPlace(s);
  if (place) return { type: 'PLACE', place };
  return null;
}

function makeMention(tokens: Token[], a: number, b: number, text: string, type: EntityType | null, confidence: Confidence, place?: PlaceInfo): Mention {
  const m: Mention = { start: tokens[a].start, end: tokens[b].end, text: runText(tokens, a, b, text), type, confidence, words: b - a + 1 };
  if (place) m.place = place;
  if (tokens[a].sentenceStart) m.sentenceStart = true;
  return m;
}

function classifySegment(tokens: Token[], a: number, b: number, text: string, out: Mention[], ws: ReturnType<typeof wordSets>): void {
  // Connectors never open or close a name; "the" before a name is not part of it ("the White House"), unless a place says so ("The Hague").
  while (a <= b && !tokens[a].cap) a++;
  while (b >= a && !tokens[b].cap) b--;
  if (a < b && lower(tokens[a]) === 'the' && !lookupPlace(runText(tokens, a, b, text))) a++;
  if (a > b) return;
  // Titles alone ("the Prime Minister", "Chief Executive Officer") name no one.
  if (tokens.slice(a, b + 1).every((t) => isTitleWord(t)) && isTitleHead(tokens[b]) && !ORG_HEADS.has(lower(tokens[b]))) return;
  // "Automaker Stellantis said …", "Lender Barclays agreed …": a sentence-opening kind of organisation is the noun
  // before the name, capitalised only by its place; the name after it is that kind of organisation.
  if (a < b && tokens[a].sentenceStart && LEADING_ORG_KINDS.has(lower(tokens[a])) && tokens[a + 1].joined && !wholeRunType(tokens, a, b, text, ws)) {
    out.push(withCues(makeMention(tokens, a + 1, b, text, 'ORG', 'strong'), tokens, a + 1, b, text));
    return;
  }
  // A single letter is no name ("the F" in "F-150").
  if (a === b && /^\p{L}\.?$/u.test(tokens[a].text)) return;
  // "Totaling $5 billion, …": a sentence-opening verb form of a common word.
  if (a === b && tokens[a].sentenceStart && /\p{Ll}(?:ing|ed)$/u.test(tokens[a].text)) {
    const stem = lower(tokens[a]).replace(/(?:ing|ed)$/, '');
    if (ws.commonWords.has(stem) || ws.commonWords.has(stem + 'e') || ws.commonWords.has(stem.replace(/(.)\1$/, '$1'))) return;
  }
  // "Apple Computer said …" at a sentence start: all ordinary words, kept whole as a candidate for the document pass.
  if (a < b && tokens[a].sentenceStart && !wholeRunType(tokens, a, b, text, ws) && tokens.slice(a, b + 1).every((t) => isCommonWord(t, ws) && !TITLE_WORDS.has(lower(t)) && !NEVER_NAMES.has(lower(t)) && !lookupPlace(t.text))) {
    const m = makeMention(tokens, a, b, text, null, 'weak');
    m.common = true;
    m.sentenceStart = true;
    out.push(m);
    return;
  }
  // "Operation Sindoor", "Project Maximus": a military operation's or a company programme's code name is no entity, here
  // or where the article names it again alone.
  if (a < b && (tokens[a].text === 'Operation' || tokens[a].text === 'Project') && tokens[a + 1].joined && !wholeRunType(tokens, a, b, text, ws)) {
    const m = makeMention(tokens, a + 1, b, text, null, 'weak');
    m.notEntity = true;
    out.push(m);
    return;
  }
  // "TV Republika", "Radio Okapi": a broadcaster named by its medium and a name.
  // Not "TV presenter John Smith": no given name follows.
  if (a < b && b - a <= MAX_BROADCASTER_WORDS && (tokens[a].text === 'TV' || tokens[a].text === 'Radio') && tokens[a + 1].joined &&
    tokens.slice(a + 1, b + 1).every((t) => !isTitleWord(t) && !ws.firstNames.has(lower(t)))) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
    return;
  }
  // "Reform UK", "Energy UK", "Universities UK": British bodies and parties named by an ordinary word and "UK".
  if (a + 1 === b && tokens[b].text === 'UK' && tokens[b].joined && isCommonWord(tokens[a], ws) && !COMPASS_ADJECTIVES.has(lower(tokens[a])) &&
    !PLACE_PREFIX_ADJECTIVES.has(lower(tokens[a])) && !isDemonym(lower(tokens[a]), ws) && !isTitleWord(tokens[a]) && !NEVER_NAMES.has(lower(tokens[a])) &&
    !QUANTIFIERS.has(lower(tokens[a])) && !SENTENCE_GLUE.has(lower(tokens[a])) && !ADJECTIVE_ENDING.test(lower(tokens[a]))) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
    return;
  }
  // Drop sentence-opening common words ("The", "Police", "Officials") unless they are the start of a known name.
  while (a <= b) {
    // "Tan Sri Muhyiddin Yassin spoke": an honorific opening the sentence is the titles pass's to strip.
    if (honorificEnd(tokens, a, b) >= 0) break;
    const t = tokens[a];
    const lw = lower(t);
    // "WHO" and "US" in capitals are names, not the words "who" and "us".
    const shouted = t.allCaps && (KNOWN_ORGS.has(lw) || lookupPlace(t.text) !== null);
    // "Jan Kowalski", "June Okafor": a month that is also a given name, before a surname no dictionary knows, opens a name.
    const givenMonth = a + 1 === b && GIVEN_NAME_MONTHS.has(lw) && !/\.$/.test(t.text) && !ws.commonWords.has(lower(tokens[b])) && !isNeverName(tokens[b], text) && !NEVER_NAMES.has(lower(tokens[b])) && !lookupPlace(tokens[b].text);
    if (givenMonth) break;
    // "The Hague" keeps its article; "The WHO" does not, since "WHO" alone is already known.
    const keepsArticle = a < b && wholeRunType(tokens, a, b, text, ws) !== null && !(lw === 'the' && wholeRunType(tokens, a + 1, b, text, ws));
    if (NEVER_NAMES.has(lw) && !shouted && !keepsArticle) {
      if (a === b && NAME_LIKE_MONTHS.has(lw)) {
        // "May told parliament": a month that may be the surname of someone named earlier.
        const m = makeMention(tokens, a, a, text, null, 'weak');
        m.common = true;
        m.sentenceStart = true;
        out.push(m);
        return;
      }
      a++;
      continue;
    }
    if (t.sentenceStart && !shouted && ws.commonWords.has(lw) && !lookupPlace(t.text) && !isDemonym(lw, ws) && !wholeRunType(tokens, a, b, text, ws)) {
      // "Government Accountability Office": an organisation's own first word, not sentence glue.
      // But "Automakers General Motors …": a generic plural before a known name is not part of it.
      const generic = /s$/.test(lw) || (a < b && wholeRunType(tokens, a + 1, b, text, ws) !== null);
      if (a < b && ORG_HEADS.has(lower(tokens[b])) && !SENTENCE_GLUE.has(lw) && !generic) break;
      // "Bank of America reports …": an organisation word opening an "X of Y" name.
      if (a + 1 < b && ORG_OF_HEADS.has(lw) && lower(tokens[a + 1]) === 'of') break;
      // "Will Smith", "Rose Njeri": a first name followed by more name stays.
      if (a < b && ws.firstNames.has(lw) && !ws.commonWords.has(lower(tokens[a + 1]))) break;
      // "Police Commissioner Jane Doe": a title keeps its name; "Typhoon Ulysses hit …" keeps its storm word.
      if ((TITLE_WORDS.has(lw) || STORM_WORDS.has(lw) || STORM_INTENSITY.has(lw)) && a < b) break;
      // "Greens MP Abigail Boyd said": a party named by an ordinary word before a member's title.
      if (a < b && MEMBER_TITLES.has(tokens[a + 1].text)) break;
      // "Senate Majority Leader John Thune": a body before a title stays for the titles pass to name.
      if (TITLED_BODIES.has(lw) && a < b && isTitleWord(tokens[a + 1])) break;
      // "Jobs welcomed …": a lone common word may still be a surname the article uses; let the document pass decide.
      if (a === b) {
        const m = makeMention(tokens, a, a, text, null, 'weak');
        m.common = true;
        m.sentenceStart = true;
        out.push(m);
        return;
      }
      a++;
      continue;
    }
    break;
  }
  // "Amu TV", "Formula TV": a broadcaster named with "TV" after its name.
  if (a < b && tokens[b].text === 'TV' && !wholeRunType(tokens, a, b - 1, text, ws)) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
    return;
  }
  // Trailing days and months are dates, except a month after a given name ("Theresa May").
  while (b >= a && NEVER_NAMES.has(lower(tokens[b])) && !(tokens[b].allCaps && KNOWN_ORGS.has(lower(tokens[b]))) && !(b > a && NAME_LIKE_MONTHS.has(lower(tokens[b])) && ws.firstNames.has(lower(tokens[b - 1])))) b--;
  if (a > b) return;

  // "REUTERS/Renzo Salazar Purchase Licensing Rights": the photo agency's licensing link is not part of the name.
  if (b - a >= LICENSING_WORDS && lower(tokens[b]) === 'rights' && lower(tokens[b - 1]) === 'licensing' && lower(tokens[b - 2]) === 'purchase') b -= LICENSING_WORDS;
  // "The Thomson Reuters Trust Principles" closing every Reuters story: the agency is named, its standards are a document.
  if (b - a >= 2 && lower(tokens[b]) === 'principles' && lower(tokens[b - 1]) === 'trust') b -= 2;
  // "By Al Jazeera Staff": a newsroom's byline names the outlet, not a body called "… Staff" ("the General Staff" is one).
  if (b > a && lower(tokens[b]) === 'staff' && !isCommonWord(tokens[b - 1], ws) && !tokens[b - 1].allCaps) b--;
  // "TCS July-September profit": a span of months after a name is a date, as a single month is.
  while (b > a && /[-‐]/.test(tokens[b].text) && lower(tokens[b]).split(/[-‐]/).every((p) => NEVER_NAMES.has(p))) b--;
  // "Labour MPs", "a Romanian MEP": the member's abbreviation after a party or country is not part of its name.
  while (b > a && /^\p{Lu}{2,}s?$/u.test(tokens[b].text) && NOT_ORG_ACRONYMS.has(tokens[b].text.toUpperCase())) b--;
  // "Senior Hamas official", "Former Hezbollah commander": a title's adjective before a known name is not part of it.
  if (a < b && LEADING_ADJECTIVES.has(lower(tokens[a])) && wholeRunType(tokens, a + 1, b, text, ws)?.type === 'ORG') a++;
  const whole = wholeRunType(tokens, a, b, text, ws);
  if (whole) {
    // "The Fano militia advanced": as in classifyRun, a small town's name before a militia's or party's kind is theirs.
    const armed = whole.type === 'PLACE' && isSmallTown(whole.place) && armedKindAfter(tokens, b);
    out.push(withCues(makeMention(tokens, a, b, text, armed ? 'ORG' : whole.type, 'strong', armed ? undefined : whole.place), tokens, a, b, text));
    return;
  }
  // "the Nobel Peace Prize", "the Sakharov Prize": a prize is named, not a body; so is "Nobel laureate Muhammad Yunus".
  if (a < b && AWARD_HEADS.has(lower(tokens[b]))) return;
  if (tokens[b + 1] && !tokens[b + 1].cap && tokens[b + 1].joined && /^(?:laureates?|prize|prizes|award|winners?)$/.test(lower(tokens[b + 1])) && !wholeRunType(tokens, a, b, text, ws)) return;
  // "Maru LGA", "Talata Mafara LGA": a Nigerian local government area.
  if (a < b && tokens[b].text === 'LGA') {
    out.push(withCues(makeMention(tokens, a, b, text, 'PLACE', 'strong'), tokens, a, b, text));
    return;
  }
  if (a < b) {
    const rest = runText(tokens, a, b - 1, text);
    const lastLower = lower(tokens[b]);
    // "Islamic State Sahel Province", "Islamic State West Africa Province": a known group's regional branch.
    if (lastLower === 'province' && b - a >= 2) {
      for (let j = b - 2; j > a; j--) {
        if (wholeRunType(tokens, a, j, text, ws)?.type === 'ORG') {
          out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
          return;
        }
      }
    }
    // "a South Dakota Republican", "a Rockingham County Democrat": a US politician's state or county and party; the
    // party word names no organisation here.
    if (US_PARTY_MEMBERS.has(lastLower) && (lookupPlace(rest) || (b - 1 > a && COUNTY_WORDS.has(lower(tokens[b - 1]))))) {
      out.push(withCues(makeMention(tokens, a, b - 1, text, 'PLACE', 'strong', lookupPlace(rest) ?? undefined), tokens, a, b - 1, text));
      return;
    }
    // "Thetford West", "Leeds Central": a constituency or ward named by a known town and a compass word.
    if (CONSTITUENCY_COMPASS.has(lastLower) && lookupPlace(rest)?.kind === 'city') {
      out.push(withCues(makeMention(tokens, a, b, text, 'PLACE', 'strong'), tokens, a, b, text));
      return;
    }
  }
  // "Greater Manchester", "Upper Nile", "Lower Saxony": a size or height word before a known place is part of it.
  if (a < b && PLACE_PREFIX_ADJECTIVES.has(lower(tokens[a])) && lookupPlace(runText(tokens, a + 1, b, text))) {
    out.push(withCues(makeMention(tokens, a, b, text, 'PLACE', 'strong', lookupPlace(runText(tokens, a + 1, b, text)) ?? undefined), tokens, a, b, text));
    return;
  }
  // "the 1st District", "the 3rd Brigade" aside: a bare place noun after an ordinal names no place.
  if (a === b && PLACE_HEADS.has(lower(tokens[a])) && a > 0 && /^\d+(?:st|nd|rd|th)$/.test(tokens[a - 1].text)) return;
  // "the Russia-Ukraine war", "Israel-Hamas talks": two known names joined by a hyphen are two mentions.
  if (a === b && /[-‐]/.test(tokens[a].text) && splitKnownCompound(tokens[a], out, ws)) return;
  // "Texas-New Mexico water deal": the second place's name runs on past the hyphenated word.
  const hyphen = tokens[a].text.search(/[-‐]/);
  if (a < b && hyphen > 0) {
    const firstPlace = lookupPlace(tokens[a].text.slice(0, hyphen));
    const rest = text.slice(tokens[a].start + hyphen + 1, tokens[b].end);
    const restPlace = lookupPlace(rest);
    if (firstPlace && restPlace) {
      const s1 = tokens[a].start;
      const s2 = s1 + hyphen + 1;
      out.push({ start: s1, end: s1 + hyphen, text: text.slice(s1, s1 + hyphen), type: 'PLACE', confidence: 'strong', words: 1, place: firstPlace });
      out.push({ start: s2, end: tokens[b].end, text: rest, type: 'PLACE', confidence: 'strong', words: b - a + 1, place: restPlace });
      return;
    }
  }
  const last = lower(tokens[b]);
  const first = lower(tokens[a]);
  const len = b - a + 1;
  // "the Sheikh Radwan neighbourhood", "the Fagge area": a place noun right after decides, whatever the words look like.
  const nextTok = tokens[b + 1];
  // Not "the Thai border" or "the Turkish port of Ceyhan": a nationality word before a place noun is no place name.
  if (nextTok && nextTok.joined && !nextTok.cap && PLACE_AFTER.has(lower(nextTok)) && !ORG_HEADS.has(last) && !isDemonym(last, ws)) {
    const m = withCues(makeMention(tokens, a, b, text, 'PLACE', 'strong', lookupPlace(runText(tokens, a, b, text)) ?? undefined), tokens, a, b, text);
    out.push(m);
    return;
  }

  // "the bulk carrier Pelagos Star", "USS Cole", "the frigate HS Hydra": a vessel's name is no entity of ours.
  const before = tokens[a - 1];
  // "carrier" alone is as often an airline ("flag carrier Aeroflot"): only a bulk or aircraft carrier is a ship.
  const vessel = before && !before.cap && tokens[a].joined && (VESSEL_NOUNS.has(lower(before)) || (lower(before) === 'carrier' && a >= 2 && SHIP_CARRIER_KINDS.has(lower(tokens[a - 2]))));
  // Storms are named like people ("Cyclone Shakti", "Hurricane Otis"): events, not entities.
  // "Super Typhoon Uwan", "Severe Tropical Storm X": an intensity word may open the storm's kind.
  let stormAt = a;
  while (stormAt < b && STORM_INTENSITY.has(lower(tokens[stormAt])) && !STORM_WORDS.has(lower(tokens[stormAt]))) stormAt++;
  const storm = (before && !before.cap && tokens[a].joined && STORM_WORDS.has(lower(before))) || (b - stormAt + 1 >= 2 && STORM_WORDS.has(lower(tokens[stormAt])));
  if (vessel || storm || (len >= 2 && SHIP_PREFIXES.has(tokens[a].text))) {
    // Kept as a marker so the document pass drops the same name elsewhere ("the Pelagos Star had been carrying").
    const m = makeMention(tokens, b - stormAt + 1 >= 2 && STORM_WORDS.has(lower(tokens[stormAt])) ? stormAt + 1 : a, b, text, null, 'weak');
    m.notEntity = true;
    out.push(m);
    return;
  }
  // "the Warfalla tribe", "the Rizeigat clan": a people, like a nationality, is no place or organisation.
  if (nextTok && nextTok.joined && !nextTok.cap && PEOPLE_NOUNS.has(lower(nextTok)) && len <= 2) {
    const m = makeMention(tokens, a, b, text, null, 'weak');
    m.demonym = true;
    out.push(m);
    return;
  }
  // "United States Government", "Canadian Government": the government of a place is written as the place.
  if (len >= 2 && GOVERNMENT_WORDS.has(last)) {
    const placePart = lookupPlace(runText(tokens, a, b - 1, text));
    if (placePart) {
      out.push(makeMention(tokens, a, b - 1, text, 'PLACE', 'strong', placePart));
      return;
    }
    if (b - 1 === a && isDemonym(first, ws)) {
      const m = makeMention(tokens, a, a, text, null, 'weak');
      m.demonym = true;
      out.push(m);
      return;
    }
  }
  // "Jim Press", "Anna Church": a given name before a word that is also a surname.
  if (len === 2 && SURNAME_LIKE_HEADS.has(last) && ws.firstNames.has(first) && !ws.commonWords.has(first)) {
    out.push(withCues(makeMention(tokens, a, b, text, 'PERSON', 'strong'), tokens, a, b, text));
    return;
  }
  // "the Investment Canada Act", "the Inflation Reduction Act": a law's name is no organisation, and the place in it is not news.
  // "the Paris Air Show", "the Beijing Olympic Games", "the World Cup": events, likewise no organisation or place.
  if (len >= 2 && (LAW_HEADS.has(last) || EVENT_HEADS.has(last)) && !tokens[b].allCaps && !(len === 2 && ws.firstNames.has(first))) return;
  // "World War II", "the Cold War", "the Gulf War": wars are events; "Institute for the Study of War" is a body.
  if (len >= 2 && /^(?:war|wars)$/.test(lower(tokens[b - (/^(?:I|II|One|Two)$/.test(tokens[b].text) ? 1 : 0)])) && !tokens.slice(a, b + 1).some((t) => ORG_HEADS.has(lower(t)) || ORG_OF_HEADS.has(lower(t)))) return;
  // "By … DAVID McHUGH Associated Press": a known organisation closing a run after a person's name is the person's
  // employer, named apart.
  if (len >= 3) {
    for (let q = a + 2; q <= b; q++) {
      const tail = wholeRunType(tokens, q, b, text, ws);
      // A byline may shout the name ("DAVID McHUGH"), which the acronym test in looksLikePerson would refuse.
      const person = looksLikePerson(tokens, a, q - 1, ws) || (q - a >= 2 && ws.firstNames.has(lower(tokens[a])) && !lookupPlace(runText(tokens, a, q - 1, text)));
      if (tail?.type !== 'ORG' || q - a > MAX_PERSON_WORDS || !person) continue;
      out.push(withCues(makeMention(tokens, a, q - 1, text, 'PERSON', 'strong'), tokens, a, q - 1, text));
      out.push(makeMention(tokens, q, b, text, 'ORG', 'strong'));
      return;
    }
  }
  // "Elephant Butte Irrigation District", "Los Angeles Unified School District": US special districts are bodies.
  if (len >= 2 && last === 'district' && SERVICE_DISTRICTS.has(lower(tokens[b - 1]))) {
    out.push(makeMention(tokens, a, b, text, 'ORG', 'strong'));
    return;
  }
  // "the Israeli Defence Ministry", "the Afghan Ministry of Defence": a government's ministry is named without the
  // nationality word before it (a body's own name keeps it: "Canadian Red Cross").
  if (len >= 3 && isDemonym(first, ws) && (last === 'ministry' || lower(tokens[a + 1]) === 'ministry')) {
    const m = makeMention(tokens, a, a, text, null, 'weak');
    m.demonym = true;
    out.push(m);
    classifySegment(tokens, a + 1, b, text, out, ws);
    return;
  }
  // "National Hurricane Center", "Pew Research Center": a centre of research, forecasting or policy is a body; a
  // convention or shopping centre ("Moscone Center") is a place.
  if (len >= 2 && (ORG_HEADS.has(last) || (CENTRE_WORDS.has(last) && tokens.slice(a, b).some((t) => BODY_CENTRE_WORDS.has(lower(t)))))) {
    out.push(makeMention(tokens, a, b, text, 'ORG', 'strong'));
    return;
  }
  // "Bank of England", "Institute for Economic Forecasting", "Economic Community of West African States".
  // Not "Bank of Japan Governor Kazuo Ueda": a title and a name after the organisation are the titles pass's to split.
  if (len >= 3 && tokens.slice(a + 1, b).some((t, k) => (lower(t) === 'of' || lower(t) === 'for') && (ORG_OF_HEADS.has(lower(tokens[a + k])) || ORG_HEADS.has(lower(tokens[a + k])))) && !titleThenName(tokens, a, b)) {
    out.push(makeMention(tokens, a, b, text, 'ORG', 'strong'));
    return;
  }
  // "Islamic Republic of Iran", "Democratic Republic of the Congo": a state's formal name ends in the place.
  for (let k = a + 1; k + 2 <= b; k++) {
    if (PLACE_OF_HEADS.has(lower(tokens[k])) && lower(tokens[k + 1]) === 'of') {
      let r = k + 2;
      if (lower(tokens[r]) === 'the' && r < b) r++;
      if (lookupPlace(runText(tokens, r, b, text))) {
        out.push(makeMention(tokens, a, b, text, 'PLACE', 'strong', lookupPlace(runText(tokens, r, b, text)) ?? undefined));
        return;
      }
    }
  }
  if (len >= 2 && (PLACE_HEADS.has(last) || PLACE_FIRST_WORDS.has(first) || (PLACE_OF_HEADS.has(first) && lower(tokens[a + 1]) === 'of'))) {
    out.push(makeMention(tokens, a, b, text, 'PLACE', 'strong'));
    return;
  }

  // "United States Barack Obama", "UK RAF": a place at the front stands alone before a person or an acronym.
  if (len >= 2 && honorificEnd(tokens, a, b) < 0) {
    for (let q = b - 1; q >= a; q--) {
      const place = lookupPlace(runText(tokens, a, q, text));
      if (!place) continue;
      // "the governor of Krasnodar Krai Veniamin Kondratiev": the region's own suffix, then an official's name.
      if (q + 1 < b && SUBDIVISION_WORDS.has(tokens[q + 1].text) && b - q - 1 >= 2 && b - q - 1 <= MAX_PERSON_WORDS - 1 &&
        tokens.slice(q + 2, b + 1).every((t) => !isCommonWord(t, ws) && !t.allCaps && !lookupPlace(t.text))) {
        out.push(makeMention(tokens, a, q + 1, text, 'PLACE', 'strong', place));
        out.push(withCues(makeMention(tokens, q + 2, b, text, 'PERSON', 'strong'), tokens, q + 2, b, text));
        return;
      }
      const restIsAcronym = q + 1 === b && tokens[b].allCaps;
      const restIsPerson = b - q >= 2 && b - q <= MAX_PERSON_WORDS && looksLikePerson(tokens, q + 1, b, ws);
      if (restIsAcronym || restIsPerson) {
        out.push(makeMention(tokens, a, q, text, 'PLACE', 'strong', place));
        classifySegment(tokens, q + 1, b, text, out, ws);
        return;
      }
      break;
    }
  }

  // "in Sheikh Radwan", "near Sheikh Zuweid": places named after a sheikh, where the words before say place.
  if (a < b && lower(tokens[a]) === 'sheikh' && !tokens[b].possessive && a > 0 && tokens[a].joined && PLACE_PREPOSITIONS.has(lower(tokens[a - 1])) && !tokens[a - 1].cap) {
    out.push(withCues(makeMention(tokens, a, b, text, 'PLACE', 'strong'), tokens, a, b, text));
    return;
  }
  // Titles: "[U.S.] President Joe Biden", "Foreign Minister Anna Lindqvist", "Mr Macron".
  // q may reach the last word when a known body or an acronym comes before it: "the CBN Governor", "the Fed
  // Chairman" (not "Law and Justice", a party).
  const bodyBeforeLast = b > a && isTitleHead(tokens[b]) && ((b - 1 === a && tokens[a].allCaps) || wholeRunType(tokens, a, b - 1, text, ws)?.type === 'ORG');
  for (let q0 = a; q0 <= b; q0++) {
    const honorific = honorificEnd(tokens, q0, b);
    if ((honorific < 0 && !isTitleWord(tokens[q0])) || (q0 === b && !bodyBeforeLast)) continue;
    // "EU Enlargement Commissioner Marta Kos", "UK Business Secretary": a portfolio's ordinary word between a known
    // body or country and the title belongs to the title.
    let q = q0;
    while (honorific < 0 && q - 1 > a && isCommonWord(tokens[q - 1], ws) && !isTitleWord(tokens[q - 1]) && !lookupPlace(tokens[q - 1].text) && wholeRunType(tokens, a, q - 2, text, ws)) q--;
    let p = honorific < 0 ? q0 : honorific + 1;
    // "Chief Election Commissioner", "Deputy Health Secretary": an ordinary word between title words belongs to the title.
    const inTitle = (k: number) =>
      (isTitleWord(tokens[k]) && !(k > q && ws.firstNames.has(lower(tokens[k])) && !isTitleHead(tokens[k]))) ||
      (k > q && k < b && isTitleHead(tokens[k + 1]) && isCommonWord(tokens[k], ws) && !ws.firstNames.has(lower(tokens[k])) && !tokens[k].allCaps);
    while (p <= b && inTitle(p)) p++;
    // The title must end in a head word ("Minister", not "Foreign") and leave a name behind.
    let h = p - 1;
    while (h >= q && !isTitleHead(tokens[h]) && h !== honorific) h--;
    if (h < q) continue;
    // "Sarawak Premier Tan Sri Abang Johari Openg": an honorific after the office is part of the title too.
    for (let e = honorificEnd(tokens, h + 1, b); e >= 0; e = honorificEnd(tokens, h + 1, b)) h = e;
    // "the Apple Chief Executive Officer": a title closing the run leaves its organisation before it.
    if (h === b || tokens.slice(h + 1, b + 1).every((t) => isTitleWord(t))) {
      if (q > a) classifySegment(tokens, a, q - 1, text, out, ws);
      return;
    }
    const nameStart = h + 1;
    // "Chairman and Chief Operating Officer": only titles and connectors, no name.
    if (!tokens[nameStart].cap || tokens.slice(nameStart, b + 1).every((t) => isTitleWord(t) || !t.cap)) return;
    // "Senate Majority Leader John Thune", "Commission President Ursula von der Leyen": the body before the title is
    // named even at a sentence start, where a lone capitalised common word would otherwise be dropped.
    // The role keeps the body's name ("Senate Majority Leader"), though the body is also an entity of its own.
    // "Labour MP Jane Doe": a member's title is one word; what comes before it ("Labour", itself a ministry's word
    // elsewhere) is the party or the seat.
    if (MEMBER_TITLES.has(tokens[h].text) && q < h) q = h;
    let titleStart = q;
    if (q === a + 1 && TITLED_BODIES.has(lower(tokens[a]))) {
      out.push(makeMention(tokens, a, a, text, 'ORG', 'strong'));
      titleStart = a;
    } else if (q > a && MEMBER_TITLES.has(tokens[q].text)) {
      // "Greens MP Abigail Boyd", "Wakehurst MP Michael Regan": before a member's title, a known name is what it is, an
      // ordinary word names the party and a name no dictionary knows the seat.
      const known = wholeRunType(tokens, a, q - 1, text, ws);
      const nickname = tokens.slice(a, q).every((t) => PARTY_NICKNAMES.has(lower(t)));
      const party = nickname || (q - 1 === a && (known?.type === 'ORG' || TITLE_WORDS.has(lower(tokens[a])) || isCommonWord(tokens[a], ws)) && !QUANTIFIERS.has(lower(tokens[a])) && !LEADING_ADJECTIVES.has(lower(tokens[a])) && !MEMBER_KINDS.has(lower(tokens[a])));
      const seat = !known && tokens.slice(a, q).every((t) => !isCommonWord(t, ws) && !t.allCaps && !ws.firstNames.has(lower(t)));
      if (known?.type === 'PLACE') out.push(withCues(makeMention(tokens, a, q - 1, text, 'PLACE', 'strong', known.place), tokens, a, q - 1, text));
      else if (party || seat) out.push(withCues(makeMention(tokens, a, q - 1, text, party ? 'ORG' : 'PLACE', 'strong'), tokens, a, q - 1, text));
      else classifySegment(tokens, a, q - 1, text, out, ws);
    } else if (q > a) {
      classifySegment(tokens, a, q - 1, text, out, ws);
    }
    if (TITLED_BODIES.has(lower(tokens[q])) && q < h) out.push(makeMention(tokens, q, q, text, 'ORG', 'strong'));
    const m = makeMention(tokens, nameStart, b, text, 'PERSON', 'strong');
    const wholeName = wholeRunType(tokens, nameStart, b, text, ws);
    // "Ms Hudson", "Mr Jordan": after a courtesy title only a person's name can follow, whatever else it spells.
    if (wholeName && wholeName.type !== 'PERSON' && !COURTESY_TITLES.has(lower(tokens[h]))) {
      out.push(withCues(makeMention(tokens, nameStart, b, text, wholeName.type, 'strong', wholeName.place), tokens, nameStart, b, text));
      return;
    }
    m.title = { start: tokens[titleStart].start, end: tokens[h].end, text: runText(tokens, titleStart, h, text) };
    out.push(withCues(m, tokens, nameStart, b, text));
    return;
  }
  if (len === 1 && isTitleHead(tokens[a])) return;

  // "West African", "South Korean", "Latin American": a direction before a nationality word is still a nationality word.
  if (len >= 2 && isDemonym(last, ws) && tokens.slice(a, b).every((t) => DIRECTIONS.has(lower(t)))) {
    const m = makeMention(tokens, a, b, text, null, 'weak');
    m.demonym = true;
    out.push(m);
    return;
  }
  // "Peronist", "Kemalists", "Chavista": followers of a leader are a group of people, like a nationality. ("Socialists",
  // an ordinary word, may name a party and is left to the document pass.)
  if (len === 1 && (isDemonym(first, ws) || (FOLLOWERS.test(tokens[a].text) && !FOLLOWER_LIKE_SURNAMES.test(tokens[a].text) && !ws.lastNames.has(first) && !isCommonWord(tokens[a], ws) && !wholeRunType(tokens, a, a, text, ws)))) {
    const m = makeMention(tokens, a, b, text, null, 'weak');
    m.demonym = true;
    if (!isDemonym(first, ws)) m.follower = true;
    out.push(m);
    return;
  }

  // Acronyms: "INEC", "GAO", "N.V." — places among them were found above.
  if (len === 1 && tokens[a].allCaps) {
    const letters = tokens[a].text.replace(/[^\p{L}]/gu, '');
    // "the Boeing 737 MAX": a variant's letters after a model number.
    if (NOT_ORG_ACRONYMS.has(letters) || (a > 0 && tokens[a].joined && isModelCode(tokens[a - 1]))) return;
    if (letters.length <= MAX_ACRONYM_LETTERS && !/^[IVXLC]+$/.test(letters)) {
      out.push(makeMention(tokens, a, b, text, 'ORG', 'weak'));
    } else if (!ws.commonWords.has(letters.toLowerCase())) {
      out.push(withCues(makeMention(tokens, a, b, text, null, 'weak'), tokens, a, b, text));
    }
    return;
  }

  // "the Western Cape", "Eastern Province", "Western Europe": a compass word opening a place's name is part of it.
  // So is one before a name no dictionary knows ("Eastern Ghouta", "Northern Bahr el Ghazal"), unlike "Western Union"
  // or "Southern Copper", whose other words are ordinary.
  const compassThenUnknown = len >= 2 && len <= MAX_LOOSE_PLACE_WORDS && tokens.slice(a + 1, b + 1).every((t) => !isCommonWord(t, ws) && !ORG_HEADS.has(lower(t)) && !t.allCaps && !ws.firstNames.has(lower(t)));
  if (len >= 2 && COMPASS_ADJECTIVES.has(first) && (compassThenUnknown || PLACE_FIRST_WORDS.has(lower(tokens[a + 1])) || PLACE_HEADS.has(last) || lookupPlace(runText(tokens, a + 1, b, text))?.kind === 'continent')) {
    out.push(withCues(makeMention(tokens, a, b, text, 'PLACE', 'strong', lookupPlace(runText(tokens, a, b, text)) ?? undefined), tokens, a, b, text));
    return;
  }
  // "the ruling Georgian Dream party": a party's name may open with a nationality word.
  if (len >= 2 && isDemonym(first, ws) && partyWordAfter(tokens, b)) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
    return;
  }
  // "Nigerian President …" was handled with titles; a leading demonym before other capitals is a separate word.
  if (len >= 2 && isDemonym(first, ws) && !ORG_HEADS.has(last)) {
    const m = makeMention(tokens, a, a, text, null, 'weak');
    m.demonym = true;
    out.push(m);
    classifySegment(tokens, a + 1, b, text, out, ws);
    return;
  }

  // "the Sabon Gari district", "near Nova Kakhovka": a place cue beats a name-like shape.
  const cued = withCues(makeMention(tokens, a, b, text, null, 'strong'), tokens, a, b, text);
  if (cued.placeCue && !cued.personCue && len >= 2) {
    cued.type = 'PLACE';
    out.push(cued);
    return;
  }
  // "national airline Aer Lingus", "automaker Chrysler": a kind of organisation named just before.
  const prevTok = tokens[a - 1];
  if (prevTok && !prevTok.cap && tokens[a].joined && ORG_TYPE_NOUNS.has(lower(prevTok)) && !ws.firstNames.has(first)) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
    return;
  }
  // "Misrata" for the gazetteer's "Misratah", "Tarhouna" for "Tarhuna": a romanised place spelled another way.
  const romanised = looselyPlace(tokens, a, b, text, cued, ws);
  if (romanised) {
    out.push(romanised);
    return;
  }
  // "the Defence Minister, Israel Katz, said", "rival Salvador Nasralla": a country's or city's name used as a given
  // name, before a surname nothing else explains, where the words around say person.
  if (len === 2 && (cued.personCue || cued.strongPersonCue) && /^(?:country|city)$/.test(lookupPlace(tokens[a].text)?.kind ?? '') && !isCommonWord(tokens[b], ws) && !lookupPlace(tokens[b].text) && !ws.orgWords.has(last) && !tokens[b].allCaps) {
    out.push(withCues(makeMention(tokens, a, b, text, 'PERSON', 'strong'), tokens, a, b, text));
    return;
  }
  // "the young farmers’ union, Jeunes Agriculteurs, said": a body named in apposition to its kind.
  if (cued.orgCue && !cued.roleAfter && len <= MAX_PERSON_WORDS) {
    cued.type = 'ORG';
    out.push(cued);
    return;
  }
  // "ACP president Frank Pearl", "economist Tang Mingzhe", "Olof Gill, the Commission’s trade spokesperson": a role
  // right before or after a short run of names no dictionary explains makes them a person's.
  // A surname that is also a small town or a river ("Vanessa Hudson") does not stop it; a first word that is a place does.
  if (len >= 2 && len <= MAX_PERSON_WORDS - 1 && (cued.personCue || cued.strongPersonCue) && (roleBefore(tokens, a) || cued.roleAfter) &&
    tokens.slice(a, b + 1).every((t, k) => !placeBarsPerson(t, k === 0, ws) && !ORG_HEADS.has(lower(t)) && !ws.orgWords.has(lower(t)) && !t.allCaps)) {
    out.push(withCues(makeMention(tokens, a, b, text, 'PERSON', 'strong'), tokens, a, b, text));
    return;
  }
  // "Parti Québécois", "Frente Amplio", "Élections Québec": a body's name opened by the word for one in its own language.
  if (len >= 2 && len <= MAX_PERSON_WORDS && FOREIGN_ORG_FIRST_WORDS.has(tokens[a].text.toLowerCase()) && !wholeRunType(tokens, a, b, text, ws) && !(tokens[a].sentenceStart && isCommonWord(tokens[a], ws) && !ORG_HEADS.has(first))) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
    return;
  }
  // "Thomson Reuters", "Nikkei Asia"-style names: a known organisation's name closing two words, where it is no surname,
  // names that organisation's owner or edition, not a person.
  if (len === 2 && !cued.personCue && !cued.strongPersonCue && wholeRunType(tokens, b, b, text, ws)?.type === 'ORG' && !ws.lastNames.has(last) && !ws.firstNames.has(last) && !ws.firstNames.has(foldAccents(first)) && !tokens[b].allCaps) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
    return;
  }
  if (len >= 2 && len <= MAX_PERSON_WORDS && looksLikePerson(tokens, a, b, ws)) {
    const m = withCues(makeMention(tokens, a, b, text, 'PERSON', 'strong'), tokens, a, b, text);
    // Only the shape says person: the article elsewhere may say otherwise ("terminals at Es Sider and Ras Lanuf").
    if (!m.personCue && !m.strongPersonCue && !m.quoteSpeaker) m.guessedPerson = true;
    // "the Verkhovna Rada", "Kishor's Jan Suraaj party": people take no article and are no party; a body is meant.
    if (m.guessedPerson && (partyWordAfter(tokens, b) || (m.afterThe && !m.placeCue))) {
      m.type = 'ORG';
      m.confidence = 'weak';
      m.guessedPerson = false;
      // Still only a guess: a place noun closing its list ("the Kerem Shalom and Zikim crossings") outweighs it.
      if (!partyWordAfter(tokens, b)) m.orgByDefault = true;
    }
    out.push(m);
    return;
  }

  if (len === 1) {
    const t = tokens[a];
    // "the Kherson region", "city of Sirte": the words around say place outright.
    if (cued.placeAfter) {
      cued.type = 'PLACE';
      out.push(cued);
      return;
    }
    // "Protesters gather …", "Retirees have …": a sentence-opening plural of a person noun, not a name.
    if (t.sentenceStart && /\p{Ll}(?:ers|ors|ists|ians|ants|ents|men|women|ees)$/u.test(t.text)) return;
    // "the Handelsblatt newspaper", "the Wagner group": a kind of organisation right after an unknown name.
    const kindAfter = tokens[b + 1];
    // A party may be named with an ordinary word ("the Transformers party"), which its capital marks mid-sentence.
    const partyNamed = lower(kindAfter ?? t) === 'party' && !t.sentenceStart;
    if (kindAfter && kindAfter.joined && !kindAfter.cap && ORG_AFTER.has(lower(kindAfter)) && (partyNamed || !isCommonWord(t, ws)) && !lookupPlace(t.text) && !isDemonym(first, ws)) {
      cued.type = 'ORG';
      out.push(cued);
      return;
    }
    // A capitalised common word mid-sentence ("the Government", "Parliament") is a name only if the article says so elsewhere.
    // "PiS", "FvD": a capital inside the word makes it an abbreviation, whatever the dictionary says of its letters.
    const common = isCommonWord(t, ws) && !INNER_CAPITAL.test(t.text);
    const m = withCues(makeMention(tokens, a, b, text, null, common ? 'weak' : 'strong'), tokens, a, b, text);
    if (common && !ws.firstNames.has(first) && !ws.lastNames.has(first)) {
      // Only kept so the document pass can match it to a longer name; never emitted on its own.
      m.confidence = 'weak';
      m.common = true;
    }
    out.push(m);
    return;
  }
  // "the ruling Law and Justice party": ordinary capitalised words named as a party are its name.
  if (partyWordAfter(tokens, b)) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'strong'), tokens, a, b, text));
    return;
  }
  // Several capitalised words with no cue: mostly organisations and events in news ("Paris Air Show" is not one, but rare).
  const allCommon = tokens.slice(a, b + 1).every((t) => isCommonWord(t, ws));
  // "the Economic Freedom Fighters", "the Free Patriotic Movement": three or more ordinary words capitalised after
  // "the" are capitalised by choice, which news style keeps for names of bodies.
  const prevWord = tokens[a - 1];
  if (allCommon && len >= MIN_CHOSEN_CAPITALS && prevWord && lower(prevWord) === 'the' && tokens[a].joined && !EVENT_HEADS.has(last) && !(tokens[b + 1] && !tokens[b + 1].cap && PROJECT_WORDS.has(lower(tokens[b + 1])))) {
    out.push(withCues(makeMention(tokens, a, b, text, 'ORG', 'weak'), tokens, a, b, text));
    return;
  }
  if (allCommon) {
    // "Apple Computer": kept as a candidate in case the article treats its first word as a name throughout.
    if (!tokens[a].sentenceStart) {
      const m = makeMention(tokens, a, b, text, null, 'weak');
      m.common = true;
      out.push(m);
    }
    return;
  }
  const fallback = withCues(makeMention(tokens, a, b, text, 'ORG', 'weak'), tokens, a, b, text);
  fallback.orgByDefault = true;
  out.push(fallback);
}

/**
 * A place the gazetteer knows under another romanisation, when nothing says person: no title, no verb only people
 * do, and no word that is a given name, a surname or an ordinary word ("Dubois", "Hassan" and "Menaka" look alike).
 */
function looselyPlace(tokens: Token[], a: number, b: number, text: string, cued: Mention, ws: ReturnType<typeof wordSets>): Mention | null {
  if (cued.personCue || cued.strongPersonCue || cued.quoteSpeaker || cued.orgCue || b - a + 1 > MAX_LOOSE_PLACE_WORDS) return null;
  // "the Beatles": towns rarely take an article, and the few regions that do ("the Donbas") are known as written.
  if (a === b && cued.afterThe) return null;
  for (let k = a; k <= b; k++) {
    const lw = lower(tokens[k]);
    if (tokens[k].allCaps || ws.firstNames.has(lw) || ws.lastNames.has(lw) || isCommonWord(tokens[k], ws) || ws.orgWords.has(lw)) return null;
  }
  const found = lookupPlaceLoosely(runText(tokens, a, b, text));
  // A spelling only loosely alike ("Zelensky" / "Zilinsky", "Kumar" / "Kemer") needs the words around to say place.
  if (!found || (found.info.lat === undefined && !cued.placeCue)) return null;
  // Weak: what the article says elsewhere ("Jibril … Mahmoud Jibril") still decides.
  const m = withCues(makeMention(tokens, a, b, text, 'PLACE', 'weak', found.info.lat === undefined ? undefined : found.info), tokens, a, b, text);
  return m;
}

/** Does a word's place reading rule out a person's name? Always for the first word; later only a country or a big city. */
function placeBarsPerson(t: Token, first: boolean, ws: ReturnType<typeof wordSets>): boolean {
  const place = lookupPlace(t.text);
  if (!place) return false;
  return first || (!ws.firstNames.has(lower(t)) && (place.kind === 'country' || place.kind === 'continent' || !!place.big));
}

/** Is the run right after a lower-case role or verb of saying ("president Frank Pearl", "said Tang Mingzhe")? */
function roleBefore(tokens: Token[], a: number): boolean {
  const prev = tokens[a - 1];
  return !!prev && !prev.cap && tokens[a].joined && (SAYING_VERBS.has(lower(prev)) || ROLES_BEFORE_NAMES.has(lower(prev)) || TITLE_HEADS.has(lower(prev)));
}

/** Emits each part of a hyphenated compound when every part is a known place or organisation; false otherwise. */
function splitKnownCompound(t: Token, out: Mention[], ws: ReturnType<typeof wordSets>): boolean {
  const parts: { text: string; start: number }[] = [];
  let at = t.start;
  for (const piece of t.text.split(/[-‐]/)) {
    parts.push({ text: piece, start: at });
    at += piece.length + 1;
  }
  const known = parts.map((p) => {
    if (KNOWN_ORGS.has(p.text.toLowerCase()) || ws.orgNames.has(p.text.toLowerCase())) return { type: 'ORG' as const, place: undefined };
    const place = lookupPlace(p.text);
    return place ? { type: 'PLACE' as const, place } : null;
  });
  // "EU-Mercosur": one known part vouches for a capitalised unknown partner, left for the document pass to type.
  const partnerOk = (p: { text: string }, k: number) => known[k] !== null || (/^\p{Lu}/u.test(p.text) && p.text.length > 2 && !ws.commonWords.has(p.text.toLowerCase()) && !isDemonym(p.text.toLowerCase(), ws));
  if (parts.length < 2 || !known.some((k) => k !== null) || !parts.every(partnerOk)) return false;
  parts.forEach((p, k) => {
    const m: Mention = { start: p.start, end: p.start + p.text.length, text: p.text, type: known[k]?.type ?? null, confidence: known[k] ? 'strong' : 'weak', words: 1 };
    if (known[k]?.place) m.place = known[k]!.place;
    out.push(m);
  });
  return true;
}

function isDemonym(lw: string, ws: ReturnType<typeof wordSets>): boolean {
  return ws.demonyms.has(lw) || EXTRA_DEMONYMS.has(lw) || (lw.endsWith('s') && (ws.demonyms.has(lw.slice(0, -1)) || EXTRA_DEMONYMS.has(lw.slice(0, -1))));
}

function looksLikePerson(tokens: Token[], a: number, b: number, ws: ReturnType<typeof wordSets>): boolean {
  // "MARÍA VERZA": given names are listed without accents.
  const first = foldAccents(lower(tokens[a]));
  const last = lower(tokens[b]);
  // Acronyms are not people, but a byline in capitals is ("By JANE DOE"): all capitals starting with a given name.
  const allShouted = tokens.slice(a, b + 1).every((t) => t.allCaps);
  // Regnal numbers are part of a name ("Charles III", "John Paul II").
  const acronymInside = tokens.slice(a, b + 1).some((t) => t.allCaps && t.text.length > 1 && !/\.$/.test(t.text) && !/^[IVX]+$/.test(t.text));
  if (!(allShouted && ws.firstNames.has(first)) && acronymInside) return false;
  // "Jama’at Nusrat al-Islam wal-Muslimin": "wal-" ("and the") joins the words of a group's name, never a person's.
  for (let k = a; k <= b; k++) if (/^wal[-‐]/.test(tokens[k].text)) return false;
  // "Paris Hilton" aside, a country or region inside the run means it is not a person; a town name may be a surname ("Bello").
  // "Jordan Bardella", "Victoria Nuland": a given name that is also a place, before an unknown surname, is a person.
  // "Frank Morena": a surname that is also a small town's name is still a surname after a given name.
  const lastPlace = lookupPlace(tokens[b].text);
  const givenThenSurname = ws.firstNames.has(first) && b - a === 1 && !ws.commonWords.has(last) && (!lastPlace || isSmallTown(lastPlace)) && !ORG_HEADS.has(last);
  if (givenThenSurname) return true;
  if (tokens.slice(a, b + 1).some((t) => isBigPlace(t.text)) || lookupPlace(tokens[a].text)?.big) return false;
  if (ws.firstNames.has(first)) return true;
  // Initials: "J. K. Rowling", "George W. Bush".
  if (/^\p{Lu}\.$/u.test(tokens[a].text)) return true;
  if (ws.lastNames.has(last) && !lookupPlace(tokens[a].text)) return true;
  if (tokens.slice(a, b + 1).some((t) => NAME_PARTICLES.has(lower(t)) || /^(al|el|bin|ibn|abu)[-‐]/i.test(t.text))) return true;
  // Names no dictionary knows ("Mykola Tkachuk"): no common words, no places.
  return tokens.slice(a, b + 1).every((t) => !ws.commonWords.has(lower(t)) && !isBigPlace(t.text) && !ws.orgWords.has(lower(t)));
}

function isBigPlace(name: string): boolean {
  const p = lookupPlace(name);
  return !!p && p.kind !== 'city';
}

/** Place nouns that introduce a place's name after a comma ("the capital, Naypyitaw"). */
const APPOSITIVE_PLACE_NOUNS = new Set(['capital', 'city', 'town', 'village', 'province', 'region', 'district', 'state', 'hometown', 'stronghold', 'enclave', 'port']);
/** "Likoma, a district made up of …", "Bole, the main airport …": an appositive after the name says what kind of place it is. */
/** "the power station at Hezyaz south of Sanaa": a compass direction "of" a place after a name places it. */
const DIRECTION_OF_AFTER = /,?\s(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)\sof\s\p{Lu}/uy;
/** "from Mellit, about 60km north of El Fasher": a distance and direction after a name places it. */
const DISTANCE_APPOSITIVE_AFTER = /,\s(?:about|some|around|roughly|nearly|just)?\s?\d[\d,.]*\s?(?:km|kilometres|kilometers|miles|mi)\s(?:north|south|east|west|northeast|northwest|southeast|southwest|from|of|outside|away)\b/uy;
const PLACE_APPOSITIVE_AFTER = /,\s(?:a|an|the|two|three|four|both|several)\s(?:[\p{Ll}-]+\s){0,2}(?:district|town|village|city|region|province|suburb|neighbourhood|neighborhood|port|county|municipality|island|settlement|hamlet|enclave|camp|oasis)s?\b/uy;
/**
 * "Olof Gill, the Commission’s trade spokesperson, said", "Tang Mingzhe, an economist at Natixis": an appositive whose
 * head is a person's role; the role must end the phrase or take "of/for/at/to", so "…, the rebel group whose leader was
 * killed" does not count.
 */
const PERSON_APPOSITIVE_AFTER = /,\s(?:an?\s\d{1,3}-year-old\b|(?:co-)?(?:president|chairman|chairwoman|chair|leader|head|chief|founder|director|governor|mayor|secretary|spokes(?:man|woman|person)|minister|member|professor|editor)\s(?:of|at)\s|(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}’'-]*['’]s)\s(?:[\p{L}’'-]+\s){0,4}?(?:spokes(?:man|woman|person)|minister|president|chief|director|analyst|economist|strategist|leader|commander|official|secretary|governor|mayor|ambassador|envoy|lawyer|founder|chairman|chairwoman|executive|head|researcher|professor|adviser|advisor|editor|correspondent|candidate|councillor|senator|lawmaker|nurse|teacher|farmer|trader|resident|mother|father|student|doctor|engineer)(?:\s(?:of|for|at|to|in)\b|[,.;)]))/uy;
/**
 * An appositive after a name whose head is a kind of body and closes a phrase ("X, a gang based in …", "X, the
 * country's largest lender."), not the subject of a new clause ("John Smith, the firm wanted …").
 */
const ORG_APPOSITIVE_AFTER = /,\s(?:an?|the|its)\s(?:(?!(?:of|in|at|for|with|member|one|part|head|leader|founder)\s)[\p{L}’'-]+\s){0,3}?(?:gang|militia|group|party|company|firm|bank|union|alliance|coalition|movement|charity|organi[sz]ation|agency|broadcaster|newspaper|network|insurer|lender|airline|carrier|conglomerate|consultancy|watchdog|regulator|federation|association|outlet|website|bloc|faction|rebel group|armed group|think tank)(?=\s(?:based|that|which|with|of|in|led|founded|backed|linked|known|owned|run|for|from|at|whose)\b|[,.;)])/uy;
/** "villages such as Bethel", "regions including Podlasie": a plural place noun announcing examples. */
const PLACE_EXAMPLES_BEFORE = /\b(?:villages|towns|cities|regions|provinces|districts|states|countries|areas|places|camps|ports|communities|settlements|neighbourhoods|neighborhoods|islands|localities|barangays|townships|municipalities|counties|oblasts|woredas|wards|constituencies|suburbs|portions|parts)\b[^.;:!?()]{0,40}?(?:such as|like|including)\s$/u;
/** Lower-case roles news puts right before a person's name ("rival Salvador Nasralla", "candidate Rixi Moncada"). */
const ROLES_BEFORE_NAMES = new Set(['rival', 'candidate', 'challenger', 'opponent', 'incumbent', 'activist', 'lawmaker', 'legislator', 'analyst', 'economist', 'strategist', 'lawyer', 'veteran', 'frontrunner', 'nominee', 'contender']);
/** Services whose "… District" is a public body, not an area ("Irrigation District", "School District"). */
const SERVICE_DISTRICTS = new Set(['irrigation', 'school', 'water', 'utility', 'hospital', 'fire', 'sanitation', 'conservation', 'transit', 'library']);
/** Nouns after a bare surname that name a leader's government or time ("the Biden administration"). */
const LEADER_PERIODS = new Set(['administration', 'era', 'presidency', 'premiership', 'doctrine', 'regime']);
/** Words before a name that make it a body's ("the young farmers’ union, Jeunes Agriculteurs,"). */
const APPOSITIVE_ORG_NOUNS = new Set(['union', 'party', 'group', 'agency', 'company', 'firm', 'bank', 'movement', 'alliance', 'coalition', 'militia', 'newspaper', 'broadcaster', 'network', 'association', 'federation', 'charity', 'organisation', 'organization', 'regulator', 'bloc', 'club']);
/** Does the sticky pattern match right at `at`? */
function stickyTest(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

/** The sticky pattern's match right at `at`, or `null`. */
function stickyExec(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A Reuters instrument code: a ticker, a dot and an exchange letter or two ("SHEL.L", "7267.T", "VOWG_p.DE"). */
const STOCK_CODE = /^[A-Z0-9_]{1,7}[a-z]?\.[A-Z]{1,2}$/;
/** Two capitals, a hyphen and one more: car and product models ("CR-V", "HR-V"), not agencies. */
const MODEL_LETTERS = /^[A-Z]{2}[-‐][A-Z]$/;
/** Prefixes that hyphenation leaves capitalised at a sentence start ("Co-founder", "Ex-president", "Anti-war"). */
const HYPHEN_PREFIXES = new Set(['Co', 'Ex', 'Anti', 'Pro', 'Non', 'Pre', 'Post', 'Mid', 'Sub', 'Semi', 'Multi', 'Self', 'Re', 'De', 'Counter', 'Cross', 'Inter', 'Over', 'Under']);
/** Verbs of a share price's move in a market report. */
const MARKET_VERBS = new Set(['rose', 'fell', 'slipped', 'gained', 'dropped', 'jumped', 'climbed', 'tumbled', 'slumped', 'edged', 'sank', 'surged', 'soared', 'plunged', 'dipped', 'added', 'lost', 'shed', 'rallied', 'advanced', 'declined', 'retreated']);
/** A percentage (optionally after "by"/"up"/"down") right after such a verb: " 3.4%", " by 2 per cent". */
const FIGURE_AFTER_VERB = /\s(?:by\s|as much as\s|up\s|down\s)?[\d.,]+\s?(?:%|per\s?cent|percent|pc\b)/y;
/** Facilities and verbs of arriving or staying before "at" that announce a place ("the base at", "landed at"). */
const PLACE_BEFORE_AT = new Set([
  'base', 'bases', 'airbase', 'airport', 'airfield', 'hub', 'site', 'plant', 'port', 'ports', 'harbour', 'harbor', 'bridge', 'station',
  'terminal', 'terminals', 'mine', 'mines', 'camp', 'camps', 'checkpoint', 'crossing', 'border', 'mark', 'landed', 'arrived', 'docked',
  'stationed', 'based', 'dug', 'gathered', 'camped', 'stranded', 'trapped', 'killed', 'clashes', 'fighting', 'including', 'refinery', 'dam',
  'unloaded', 'stopped', 'queued', 'waiting', 'waited', 'parked', 'crossed', 'entered', 'coast', 'shore', 'shores',
]);
/** Nouns for a person before "named" ("a student named …", "her son, named …"). */
const PERSON_NOUNS_BEFORE_NAMED = /^(?:woman|man|girl|boy|student|resident|farmer|teacher|mother|father|son|daughter|wife|husband|nurse|doctor|worker|trader|driver|soldier|officer|activist|refugee|survivor|witness|villager|fisherman|child|baby|brother|sister|friend|official|commander|journalist|reporter)$/;
/** Adjectives of nearness that may sit between "in" and a place's name. */
const NEARNESS_ADJECTIVES = new Set(['nearby', 'neighbouring', 'neighboring', 'adjacent', 'adjoining', 'surrounding']);
/** Verbs of going and nouns of reaching before "to" and a destination ("flew to Baler", "access to Casiguran"). */
const MOVES_TO = new Set(['flew', 'fly', 'flying', 'travelled', 'traveled', 'travel', 'fled', 'flee', 'fleeing', 'returned', 'moved', 'went', 'headed', 'heading', 'deployed', 'evacuated', 'relocated', 'drove', 'marched', 'route', 'routes', 'flights', 'journey']);
/** People whose employer is named after "at" ("economists at …"). Lower case. */
const ANALYST_NOUNS = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'traders', 'dealer', 'dealers', 'banker', 'bankers', 'executive', 'executives', 'researcher', 'researchers']);
/** Nouns of attack before "on" whose object is a target ("airstrikes on Hodeidah", "an offensive on Pokrovsk"). */
const ATTACK_NOUNS = /^(?:(?:air|drone|missile|rocket)?strikes?|attacks?|raids?|assaults?|offensive|bombardment|shelling|advance|march|bombing)$/;
/** What a terminal, port or field handles, between a place's name and the place noun ("the Ras Isa fuel terminal"). */
const FACILITY_MODIFIERS = new Set(['oil', 'fuel', 'gas', 'grain', 'export', 'container', 'refugee', 'displacement', 'relief', 'transit', 'detention', 'coal', 'copper', 'gold', 'lithium', 'iron', 'ore', 'military', 'naval', 'air']);
/** Place nouns that such a word of what is handled may precede ("fuel terminal", "oil field"). */
const MODIFIED_PLACE_NOUNS = new Set(['terminal', 'terminals', 'port', 'ports', 'field', 'fields', 'camp', 'camps', 'base', 'mine', 'mines', 'crossing', 'hub']);
/** Lower-case heads of a town or province named right after its name ("Kherson mayor", "Donggala regent"). */
const PLACE_LEADERS = new Set(['mayor', 'governor', 'regent']);
/** Verbs of saying that wire copy puts before the speaker's name ("said Amina Yusuf"). */
const SAYING_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'according']);
/** Last words of an announcement of examples ("such as", "like", "including"). */
const EXAMPLE_WORDS = new Set(['as', 'like', 'including']);
/** How far before a name such an announcement may start ("villages in south Lebanon, including Khiam"). */
const EXAMPLES_LOOKBACK = 80;

/** Looks around a mention for words that say "person" or "place". */
function withCues(m: Mention, tokens: Token[], a: number, b: number, text: string): Mention {
  const next = tokens[b + 1];
  const prev = tokens[a - 1];
  // "the capital, Naypyitaw", "the provincial capital, Goma"; not "the Seemanchal region, Asaduddin Owaisi's party",
  // where the noun closes a place's own name and the comma opens a new clause.
  if (prev && !prev.cap && /^,\s$/.test(tokens[a].gap) && APPOSITIVE_PLACE_NOUNS.has(lower(prev)) && a >= 2 && !tokens[a - 2].cap) m.placeCue = m.placeAfter = true;
  // Sticky patterns read the text in place: a slice per mention was a measurable share of all allocation.
  const end = tokens[b].end;
  const c = text[end];
  if ((c === ',' && (stickyTest(PLACE_APPOSITIVE_AFTER, text, end) || stickyTest(DISTANCE_APPOSITIVE_AFTER, text, end))) || ((c === ',' || c === ' ') && stickyTest(DIRECTION_OF_AFTER, text, end))) {
    m.placeCue = m.placeAfter = true;
  }
  // "the road from Rutshuru", "the roads to Sake and Nyiragongo": a road runs between places.
  if (prev && a >= 2 && /^(?:to|from|towards)$/.test(lower(prev)) && /^roads?$/.test(lower(tokens[a - 2]))) m.placeCue = true;
  if (prev && !prev.cap && /^,\s$/.test(tokens[a].gap) && APPOSITIVE_ORG_NOUNS.has(lower(prev))) m.orgCue = true;
  if (next && next.gap.startsWith(',') && stickyTest(PERSON_APPOSITIVE_AFTER, text, end)) m.personCue = m.roleAfter = true;
  // "Gran Grif, a gang based in …", "Transport & Environment, a Brussels-based campaign group": a body in apposition.
  else if (next && next.gap.startsWith(',') && stickyTest(ORG_APPOSITIVE_AFTER, text, end)) m.orgCue = true;
  // The cheap test first: most names follow no "such as", "like" or "including".
  if (prev && !prev.cap && EXAMPLE_WORDS.has(lower(prev)) && PLACE_EXAMPLES_BEFORE.test(text.slice(Math.max(0, tokens[a].start - EXAMPLES_LOOKBACK), tokens[a].start))) m.placeCue = true;
  if (next) {
    const nl = lower(next);
    if (!next.cap && next.joined && PERSON_ONLY_VERBS.has(nl)) m.strongPersonCue = true;
    if (!next.cap && tokens[b].possessive && PERSON_POSSESSIONS.has(nl)) m.strongPersonCue = true;
    // "the Biden administration", "the Trump era": a government or period named after its leader.
    if (!next.cap && next.joined && !tokens[b].possessive && LEADER_PERIODS.has(nl) && m.words === 1) m.strongPersonCue = true;
    if (!next.cap && PERSON_VERBS.has(nl) && (next.joined || next.gap === ', ')) {
      m.personCue = true;
      // “…,” Zelenskyy said: who speaks after a closing quotation mark is a person.
      if (a > 0 && /[”"’']\s*$/.test(tokens[a].gap) && /[,.!?]\s*[”"’']|[”"’']\s*$/.test(tokens[a].gap)) m.quoteSpeaker = true;
    }
    if (!next.cap && next.joined && PLACE_AFTER.has(nl)) m.placeCue = m.placeAfter = true;
    // "the Ras Isa fuel terminal", "the Es Sider oil port": a place noun after one word of what it handles.
    const then = tokens[b + 2];
    if (!next.cap && next.joined && then && !then.cap && then.joined && FACILITY_MODIFIERS.has(nl) && MODIFIED_PLACE_NOUNS.has(lower(then))) m.placeCue = m.placeAfter = true;
    if (next.gap.startsWith(',') && /^,\s?\d{1,3},/.test(text.slice(tokens[b].end, tokens[b].end + 6))) m.personCue = true;
    // "Danone slipped 1.1%", "Savencia fell 3.4 per cent": what moves by a figure in a market report is a listed company.
    if (!next.cap && next.joined && MARKET_VERBS.has(nl) && stickyTest(FIGURE_AFTER_VERB, text, next.end)) m.orgCue = true;
  }
  // "…, said Ahmed Ibrahim, a village chief", "Liberal Party rival Salvador Nasralla": the speaker named right after
  // the verb of saying, or a person named right after a lower-case role (not "trader", which also names companies).
  if (prev && !prev.cap && tokens[a].joined && (SAYING_VERBS.has(lower(prev)) || ROLES_BEFORE_NAMES.has(lower(prev)) || TITLE_HEADS.has(lower(prev))) && m.words >= 2) m.personCue = true;
  // "the 787 Dreamliner", "the A350 XWB": a word right after a model number names the product.
  if (prev && tokens[a].joined && isModelCode(prev)) m.afterModel = true;
  // "In Marhanets, …": a capitalised preposition at a sentence start is still a preposition.
  if (prev && (!prev.cap || (prev.sentenceStart && PLACE_PREPOSITIONS.has(lower(prev))))) {
    const pl = lower(prev);
    if (pl === 'the' && tokens[a].joined) m.afterThe = true;
    // "fighting in Bakhmut" is a place; "a stake in Chrysler" is not.
    const before = a >= 2 ? lower(tokens[a - 2]) : '';
    if (PLACE_PREPOSITIONS.has(pl) && tokens[a].joined && !NOT_PLACE_BEFORE_IN.has(before)) m.placeCue = true;
    // "In nearby Mbacké", "in neighbouring Kilis": one adjective of nearness between the preposition and the name.
    if (NEARNESS_ADJECTIVES.has(pl) && PLACE_PREPOSITIONS.has(before) && tokens[a].joined) m.placeCue = true;
    // "outside the Capitol", "in the Donbas".
    if (pl === 'the' && a >= 2 && PLACE_PREPOSITIONS.has(lower(tokens[a - 2])) && tokens[a - 1].joined && tokens[a].joined) m.placeCue = true;
    if (pl === 'of' && a >= 2 && PLACE_BEFORE_OF.has(lower(tokens[a - 2]))) m.placeCue = m.placeAfter = true;
    // "at" leans to a place only after a facility or a verb of arriving ("the bridge at Cocachacra", "landed at Bole"):
    // "delays at Airbus", "an analyst at Jefferies" name companies. "strikes on Hodeidah" name a target. Nor does
    // "from Airbus' delivery centre" name a place: the possessive owns what follows.
    if (a === b && tokens[a].joined && !tokens[a].possessive && !/^['’]\s/.test(text.slice(end, end + 2)) &&
      (pl === 'from' || (pl === 'at' && PLACE_BEFORE_AT.has(before)) || (pl === 'on' && ATTACK_NOUNS.test(before)) || (pl === 'to' && MOVES_TO.has(before)))) m.placeLean = true;
    // "a 23-year-old former law student named Fereshta": a person noun, "named", then the name.
    if (pl === 'named' && a >= 2 && PERSON_NOUNS_BEFORE_NAMED.test(before)) m.personCue = m.strongPersonCue = true;
    // "economists at Itau Unibanco", "an analyst at Jefferies": where analysts work is a firm.
    if (pl === 'at' && tokens[a].joined && ANALYST_NOUNS.has(before)) m.orgCue = true;
    // "Laishram Ibomcha Singh, 45, of Kwakta": the home town after a person's age.
    if (pl === 'of' && tokens[a].joined && a >= 2 && /^,\s$/.test(tokens[a - 1].gap) && /^\d{1,3}$/.test(tokens[a - 2].text) && /^,\s$/.test(tokens[a - 2].gap)) m.placeCue = true;
  }
  // "Donggala regent Ridwan Lapasere", "Kherson mayor": a town's or province's head named after it. (Not "the
  // Leverkusen plant": works are named after their owners as often, "the Stellantis plant".)
  if (a === b && next && !next.cap && next.joined && PLACE_LEADERS.has(lower(next))) m.placeLean = true;
  return m;
}
