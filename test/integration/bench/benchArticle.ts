// Builds long wire-style benchmark articles at run time from invented paragraphs, each made unique by seeded figures.
// Unique paragraphs matter: the engine caches per paragraph, so an article that repeated itself would be measured warm.
import { seededRandom } from '../../support/seededRandom';

/** Words in the article the open benchmark asks for ("a ~10,000-word article"). */
export const OPEN_ARTICLE_WORDS = 10_000;
/** Characters in the article the typing benchmark asks for ("a 1 MB article"). */
export const LARGE_ARTICLE_CHARS = 1_000_000;

const PEOPLE = ['Olaf Scholz', 'Ursula von der Leyen', 'Bola Tinubu', 'Claudia Sheinbaum', 'Narendra Modi', 'Cyril Ramaphosa', 'Luiz Inácio Lula da Silva', 'Keir Starmer', 'Fumio Kishida', 'Volodymyr Zelenskiy'];
const ROLES = ['the finance minister', 'a government spokeswoman', 'the opposition leader', 'the central bank governor', 'a senior diplomat', 'the election commission chairman'];
const PLACES = ['Lagos', 'Kharkiv', 'Brussels', 'Monterrey', 'Mumbai', 'Durban', 'São Paulo', 'Manchester', 'Osaka', 'Odesa', 'Nairobi', 'Gdansk'];
const COUNTRIES = ['Nigeria', 'Ukraine', 'Belgium', 'Mexico', 'India', 'South Africa', 'Brazil', 'Britain', 'Japan', 'Kenya', 'Poland'];
const ORGS = ['the European Commission', 'the International Monetary Fund', 'Reuters', 'the World Bank', 'NATO', 'the African Union', 'Shell', 'the Red Cross', 'the United Nations', 'Toyota'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'March', 'May', 'July', 'September', 'November'];

/** Invented wire paragraphs; `{x}` slots are filled per paragraph so no two paragraphs are alike. */
const TEMPLATES = [
  '{PLACE}, {COUNTRY} — {PERSON}, {ROLE}, said on {DAY} that turnout in the regional vote reached {PCT} percent, up from {PCT2} percent four years ago, as queues formed outside {N} polling stations before dawn.',
  '{ORG} said it would lend {COUNTRY} ${MONEY} million over {N2} years to rebuild roads and power lines, a package {PERSON} described as "a first step, not the last one" at a news conference in {PLACE}.',
  'At least {N} people were killed and {N2} wounded when shelling hit a market in {PLACE} on {DAY} morning, regional officials said, adding that rescue teams were still searching the rubble late into the evening.',
  'Shares in the company fell {PCT} percent in early trading after it cut its full-year forecast, blaming a {PCT2} percent drop in orders from {COUNTRY} and higher shipping costs through the port of {PLACE}.',
  '"We will not accept a deal that leaves {N} families without homes," {PERSON} told reporters outside the parliament in {PLACE}, where talks with {ORG} are due to resume on {DAY}.',
  'The election commission said it had counted {N} ballots by midnight, with the ruling party ahead in {N2} of the {N3} districts declared so far; observers from {ORG} reported long delays in {PLACE}.',
  'Inflation in {COUNTRY} slowed to {PCT} percent in {MONTH}, the statistics office said, the lowest reading since {YEAR}, giving the central bank room to cut its benchmark rate by {BP} basis points.',
  'Aid convoys carrying {N} tonnes of food and medicine crossed into {PLACE} on {DAY}, {ORG} said, the first deliveries in {N2} days after a ceasefire negotiated with help from {COUNTRY} took hold.',
  '{PERSON} arrived in {PLACE} on {DAY} for a {N2}-day visit expected to focus on trade, energy and a long-delayed rail link worth ${MONEY} million, according to a statement from {ORG}.',
  'Police in {PLACE} said {N} protesters had been detained after clashes near the central station on {DAY} evening; a spokesman for {ORG} called for calm and an independent inquiry.',
  'The merger, first reported by {ORG} in {MONTH}, would create a group with annual sales of about ${MONEY} million and {N} employees across {COUNTRY} and {N2} other countries.',
  'Floodwaters rose {N2} metres above normal in parts of {PLACE} overnight, forcing {N} residents from their homes, {ROLE} said, as forecasters warned of more heavy rain before {DAY}.',
];


/** One paragraph for index `i` of the article with `seed`: the template rotates and every slot is drawn afresh. */
function paragraph(i: number, rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const slots: Record<string, () => string> = {
    PERSON: () => pick(PEOPLE),
    ROLE: () => pick(ROLES),
    PLACE: () => pick(PLACES),
    COUNTRY: () => pick(COUNTRIES),
    ORG: () => pick(ORGS),
    DAY: () => pick(DAYS),
    MONTH: () => pick(MONTHS),
    YEAR: () => String(int(1998, 2023)),
    N: () => int(12, 98_000).toLocaleString('en-US'),
    N2: () => String(int(2, 40)),
    N3: () => String(int(41, 120)),
    PCT: () => (int(10, 990) / 10).toFixed(1),
    PCT2: () => (int(10, 990) / 10).toFixed(1),
    MONEY: () => String(int(15, 4_800)),
    BP: () => String(int(1, 9) * 25),
  };
  return TEMPLATES[i % TEMPLATES.length].replace(/\{([A-Z0-9]+)\}/g, (_, name: string) => slots[name]());
}

/**
 * A headline plus paragraphs separated by blank lines, until the article has at least `minWords`
 * words or `minChars` characters. Different seeds give articles that share no paragraph.
 */
export function benchArticle(seed: number, { minWords = 0, minChars = 0 }: { minWords?: number; minChars?: number }): string {
  const rand = seededRandom(seed);
  const parts = [`Regional round-up, edition ${seed}: votes, markets and relief efforts`];
  let words = parts[0].split(/\s+/).length;
  let chars = parts[0].length;
  for (let i = 0; words < minWords || chars < minChars; i++) {
    const p = paragraph(i, rand);
    parts.push(p);
    words += p.split(/\s+/).length;
    chars += p.length + 2;
  }
  return parts.join('\n\n') + '\n';
}
