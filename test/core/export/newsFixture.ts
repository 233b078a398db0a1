// Builds an invented wire story with emoji, CRLF line ends, quotes, markup and commas, plus entities and annotations on it.
import type { Analysis, Annotation, Entity } from '../../../src/core/model';
import type { ExportAnnotation, ExportInput } from '../../../src/core/export/exportInput';

/** Context kept on each side of an anchor, as the sidecar writer does. */
const ANCHOR_CONTEXT = 32;

export const NEWS_TEXT = [
  'Brussels talks end without migration deal 🇪🇺',
  'BRUSSELS, March 7 (Newsmark) —',
  '',
  'European Union leaders failed to agree a migration pact on Friday after Hungarian Prime Minister Viktor Orbán refused to sign, officials said. 😬 "We will not accept quotas, & we said so," Orbán told reporters at the Europa building.',
  'The European Commission said 4,200 asylum claims were lodged in February, up 12% on January. Spokeswoman Anna Keller put the cost of new reception centres at €1.3 billion.',
  'A leaked draft carried the string <script>alert("x")</script> in its metadata field, diplomats said.',
].join('\r\n');

/** Offsets of the n-th (0-based) occurrence of `quote`; fails loudly so a fixture typo cannot pass silently. */
export function find(text: string, quote: string, occurrence = 0): { start: number; end: number } {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(quote, at + 1);
    if (at < 0) throw new Error(`Fixture quote not found: ${quote} (#${occurrence})`);
  }
  return { start: at, end: at + quote.length };
}

export function mention(text: string, quote: string, type: Entity['type'], extra: Partial<Entity> = {}, occurrence = 0): Entity {
  return { ...find(text, quote, occurrence), type, text: quote, source: 'engine', ...extra };
}

export function annotate(text: string, quote: string, fields: Partial<Annotation> & { id: string }, occurrence = 0): ExportAnnotation {
  const { start, end } = find(text, quote, occurrence);
  const annotation: Annotation = {
    anchor: {
      start,
      end,
      quote,
      prefix: text.slice(Math.max(0, start - ANCHOR_CONTEXT), start),
      suffix: text.slice(end, end + ANCHOR_CONTEXT),
    },
    kind: 'note',
    status: 'unverified',
    tags: [],
    author: 'claire.dubois',
    created: '2026-03-07T09:12:00Z',
    modified: '2026-03-07T09:12:00Z',
    replies: [],
    ...fields,
  };
  return { annotation, start, end, orphaned: false };
}

export function newsEntities(text: string): Entity[] {
  const orban = { canonical: 'Viktor Orbán', cluster: 0 };
  return [
    mention(text, 'Brussels', 'PLACE'),
    mention(text, 'BRUSSELS', 'PLACE'),
    mention(text, 'March 7', 'FIGURE', { subtype: 'DATE', value: '2026-03-07' }),
    mention(text, 'European Union', 'ORG'),
    mention(text, 'Friday', 'FIGURE', { subtype: 'DATE' }),
    mention(text, 'Viktor Orbán', 'PERSON', { ...orban, role: 'Hungarian Prime Minister' }),
    mention(text, 'Orbán', 'PERSON', orban, 1),
    mention(text, 'Europa building', 'PLACE'),
    mention(text, 'European Commission', 'ORG'),
    mention(text, '4,200', 'FIGURE', { subtype: 'COUNT', value: 4200, counts: 'asylum claims' }),
    mention(text, 'February', 'FIGURE', { subtype: 'DATE' }),
    mention(text, '12%', 'FIGURE', { subtype: 'PERCENT', value: 12 }),
    mention(text, 'January', 'FIGURE', { subtype: 'DATE' }),
    mention(text, 'Anna Keller', 'PERSON', { role: 'Spokeswoman' }),
    mention(text, '€1.3 billion', 'FIGURE', { subtype: 'MONEY', value: { amount: 1.3e9, currency: 'EUR' } }),
  ];
}

export function newsAnalysis(text: string): Analysis {
  const entities = newsEntities(text);
  const orbanMentions = entities.flatMap((e, i) => (e.cluster === 0 ? [i] : []));
  return {
    entities,
    clusters: [{ id: 0, type: 'PERSON', canonical: 'Viktor Orbán', aliases: ['Viktor Orbán', 'Orbán'], role: 'Hungarian Prime Minister', mentions: orbanMentions }],
  };
}

export const ORPHAN_QUOTE = 'Berlin and Paris backed the plan';

export function newsAnnotations(text: string): ExportAnnotation[] {
  const orphan = annotate(text, 'European Union', { id: 'a5', status: 'unverified', note: 'Was in the first version of the story.' });
  orphan.annotation.anchor = { ...orphan.annotation.anchor, quote: ORPHAN_QUOTE, prefix: 'officials said. ', suffix: ', a diplomat' };
  return [
    annotate(text, 'European Union leaders failed to agree a migration pact on Friday', {
      id: 'a1',
      status: 'needs-source',
      note: 'Second source needed: "which" officials, exactly? Ask Reuters, AP',
      tags: ['politics', '=cmd|calc'],
      replies: [{ author: 'lena.ortiz', created: '2026-03-07T10:02:00Z', text: 'Council press office confirms, on background.' }],
    }),
    annotate(text, '12%', { id: 'a2', status: 'verified', author: 'marc.weber', note: '-5% was the Q4 figure; =SUM(A1:A3) is text here', modified: '2026-03-07T11:30:00Z' }),
    annotate(text, 'Orbán', { id: 'a3', kind: 'alias', aliasOf: 'Viktor Orbán', status: 'verified' }, 1),
    annotate(text, '€1.3 billion.\r\nA leaked draft', { id: 'a4', status: 'disputed', note: 'The draft & the "figure" don\'t match <b>bold</b>' }),
    { ...orphan, orphaned: true },
  ];
}

export function newsInput(): ExportInput {
  return {
    articleName: 'brussels-talks.txt',
    text: NEWS_TEXT,
    analysis: newsAnalysis(NEWS_TEXT),
    annotations: newsAnnotations(NEWS_TEXT),
    textHash: 'sha256:' + 'ab'.repeat(32),
  };
}
