// Exports entities and annotations as a W3C Web Annotation (JSON-LD) AnnotationCollection other annotation tools can read.
import type { Annotation, Entity } from '../model';
import type { ExportInput } from './exportInput';
import { codePointCounter } from './codePointCounter';

export const W3C_ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Characters of context kept on each side in TextQuoteSelectors: enough to place a short quote, short enough to read. */
const QUOTE_CONTEXT_LENGTH = 32;
const JSON_INDENT = 2;
const ENGINE_CREATOR = { type: 'Software', name: 'Newsmark' } as const;

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A `urn:` IRI for an article that has no URL of its own; the name is percent-encoded so any file name is a valid IRI. */
export function articleIri(articleName: string): string {
  return `urn:newsmark:article:${encodeURIComponent(articleName)}`;
}

function textualBody(value: string, purpose: string): JsonObject {
  return { type: 'TextualBody', value, format: 'text/plain', purpose };
}

function person(name: string): JsonObject {
  return { type: 'Person', name };
}

/**
 * Builds the collection object. Each annotation targets a SpecificResource on the article with a
 * TextQuoteSelector and a TextPositionSelector counting code points (the spec counts characters,
 * so an emoji is one). Orphaned annotations keep only their quote selector.
 */
export function buildW3cExport(input: ExportInput): JsonObject {
  const { text } = input;
  const source = input.articleUri ?? articleIri(input.articleName);
  const toCodePoint = codePointCounter(text);

  const selectors = (start: number, end: number): Json[] => [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + QUOTE_CONTEXT_LENGTH),
    },
    { type: 'TextPositionSelector', start: toCodePoint(start), end: toCodePoint(end) },
  ];

  const items: JsonObject[] = [];

  input.analysis.entities.forEach((e: Entity, i: number) => {
    const body: Json[] = [textualBody(e.subtype ? `${e.type}/${e.subtype}` : e.type, 'classifying')];
    if (e.canonical) body.push(textualBody(e.canonical, 'identifying'));
    items.push({
      id: `${source}#entity-${i + 1}`,
      type: 'Annotation',
      motivation: e.canonical ? ['classifying', 'identifying'] : 'classifying',
      creator: ENGINE_CREATOR,
      body,
      target: { type: 'SpecificResource', source, selector: selectors(e.start, e.end) },
    });
  });

  for (const { annotation: a, start, end, orphaned } of input.annotations) {
    const id = `${source}#annotation-${encodeURIComponent(a.id)}`;
    const { motivation, body } = annotationBodies(a);
    const selector: Json[] = orphaned
      ? [{ type: 'TextQuoteSelector', exact: a.anchor.quote, prefix: a.anchor.prefix, suffix: a.anchor.suffix }]
      : selectors(start, end);
    items.push({
      id,
      type: 'Annotation',
      motivation,
      creator: person(a.author),
      created: a.created,
      modified: a.modified,
      body,
      target: { type: 'SpecificResource', source, selector },
    });
    a.replies.forEach((r, i) => {
      items.push({
        id: `${id}-reply-${i + 1}`,
        type: 'Annotation',
        motivation: 'replying',
        creator: person(r.author),
        created: r.created,
        body: textualBody(r.text, 'replying'),
        target: id,
      });
    });
  }

  return {
    '@context': W3C_ANNO_CONTEXT,
    id: `${source}#annotations`,
    type: 'AnnotationCollection',
    label: `Newsmark annotations on ${input.articleName}`,
    total: items.length,
    first: { id: `${source}#annotations-page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The motivations and bodies that say what a Newsmark annotation means. */
function annotationBodies(a: Annotation): { motivation: Json; body: Json[] } {
  const motivations: string[] = [];
  const body: Json[] = [];
  if (a.kind === 'entity' && a.entityType) {
    motivations.push('classifying');
    body.push(textualBody(a.entityType, 'classifying'));
  } else if (a.kind === 'not-entity') {
    motivations.push('classifying');
    body.push(textualBody('not an entity', 'classifying'));
  } else if (a.kind === 'alias' && a.aliasOf) {
    motivations.push('identifying');
    body.push(textualBody(a.aliasOf, 'identifying'));
  }
  if (a.note !== undefined) {
    motivations.push('commenting');
    body.push(textualBody(a.note, 'commenting'));
  }
  motivations.push('assessing');
  body.push(textualBody(a.status, 'assessing'));
  if (a.tags.length > 0) {
    motivations.push('tagging');
    for (const tag of a.tags) body.push(textualBody(tag, 'tagging'));
  }
  return { motivation: motivations.length === 1 ? motivations[0] : motivations, body };
}

/** The W3C export as JSON-LD text, ending with a newline. */
export function exportW3c(input: ExportInput): string {
  return JSON.stringify(buildW3cExport(input), null, JSON_INDENT) + '\n';
}
