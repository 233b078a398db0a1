// Exports entity mentions as CoNLL-2003-style IOB2 token tags for training and scoring NER models.
import type { EntityType } from '../model';
import type { ExportInput } from './exportInput';
import { conllTokens } from './conllTokens';

/** CoNLL-2003's label set; figures have no class of their own there, so they become MISC. */
export const CONLL_LABELS: Record<EntityType, string> = { PERSON: 'PER', PLACE: 'LOC', ORG: 'ORG', FIGURE: 'MISC' };
export const CONLL_OUTSIDE = 'O';
/** Document separator line, as in CoNLL-2003 (with our two columns). */
export const CONLL_DOCSTART = `-DOCSTART-\t${CONLL_OUTSIDE}`;

/**
 * Two tab-separated columns, `token<TAB>tag`, one token per line; sentences separated by a blank
 * line; the file opens with a `-DOCSTART-` line. Tags are IOB2: every mention starts with B-.
 * Whitespace inside a token is impossible (the tokenizer never yields it), so the columns are unambiguous.
 */
export function exportConll(input: ExportInput): string {
  const entities = input.analysis.entities;
  const sentences = conllTokens(input.text, entities);
  const out: string[] = [CONLL_DOCSTART, ''];
  let e = 0;
  for (const sentence of sentences) {
    for (const token of sentence) {
      while (e < entities.length && entities[e].end <= token.start) e++;
      const entity = entities[e];
      let tag = CONLL_OUTSIDE;
      if (entity && entity.start <= token.start && token.end <= entity.end) {
        tag = `${token.start === entity.start ? 'B' : 'I'}-${CONLL_LABELS[entity.type]}`;
      }
      out.push(`${token.text}\t${tag}`);
    }
    out.push('');
  }
  return out.join('\n');
}
