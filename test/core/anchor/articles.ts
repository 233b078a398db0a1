// Invented wire-style articles shared by the anchoring tests.

export const TRIPOLI = [
  'TRIPOLI, March 4 (Newswire) - Fighting between rival armed groups in the Libyan capital killed at least 14 people on Tuesday, the health ministry said, as the prime minister called for an immediate ceasefire.',
  '',
  'Prime Minister Abdul Hamid Dbeibah said in a televised address that Qaddafi-era weapons depots south of the city had been seized overnight. He gave no figure for the wounded.',
  '',
  'Hospitals in Souq al-Juma were short of blood, the health ministry said in a later statement, and the Red Crescent appealed for donors.',
  '',
  '"We will not allow Tripoli to become a battlefield again," Dbeibah told reporters. The United Nations mission urged all sides to protect civilians.',
].join('\n');

export const NAIROBI = [
  'NAIROBI, June 25 (Newswire) - Kenyan police fired tear gas at protesters outside parliament on Tuesday as lawmakers passed a finance bill raising taxes on bread, fuel and mobile money transfers.',
  '',
  'President William Ruto has said the measures are needed to cut borrowing. Opposition leader Raila Odinga called the vote "a betrayal of the young".',
  '',
  'The Treasury expects the bill to raise 346 billion shillings ($2.7 billion) in the fiscal year starting in July.',
].join('\n');

/** Offsets of the `occurrence`-th (0-based) appearance of `phrase` in `text`; throws if absent so a broken fixture fails loudly. */
export function spanOf(text: string, phrase: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`fixture: "${phrase}" #${occurrence} not in text`);
  }
  return { start: at, end: at + phrase.length };
}
