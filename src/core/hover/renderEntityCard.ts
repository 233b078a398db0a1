// Builds the Markdown of a hover card from an analysis and the reviewers' annotations, escaping all of it.
import type { Analysis, Annotation, Entity, EntityType } from '../model';
import { escapeMarkdown } from './escapeMarkdown';
import type { LineIndex } from './lineIndex';
import { sentenceAround } from './sentenceAround';

export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'Person',
  PLACE: 'Place',
  ORG: 'Organisation',
  FIGURE: 'Figure',
};

export const STATUS_LABELS: Record<Annotation['status'], string> = {
  unverified: 'Unverified',
  verified: 'Verified',
  disputed: 'Disputed',
  'needs-source': 'Needs source',
};

/** Enough to show the spread of a name without turning the card into a list. */
export const MAX_ALIASES_SHOWN = 6;
export const MAX_RELATED_FIGURES = 5;
/** OpenStreetMap zoom that frames a town. */
const OSM_ZOOM = 10;
/** Markdown's line break inside a paragraph. */
const HARD_BREAK = '  \n';

export interface AnchoredNote {
  annotation: Annotation;
  start: number;
  end: number;
}

export interface CardContext {
  text: string;
  analysis: Analysis;
  lines: LineIndex;
  /** Reviewers' annotations overlapping the hovered span. */
  annotations: AnchoredNote[];
  /** Builds a trusted link that jumps to a range; only Newsmark's own command may be used. */
  revealLink(start: number, end: number): string;
}

function quoteSentence(ctx: CardContext, start: number, end: number): string {
  const s = sentenceAround(ctx.text, { start, end });
  const before = escapeMarkdown(ctx.text.slice(s.start, start));
  const inner = escapeMarkdown(ctx.text.slice(start, end));
  const after = escapeMarkdown(ctx.text.slice(end, s.end));
  return `> ${before}**${inner}**${after}`;
}

function lineLabel(ctx: CardContext, offset: number): string {
  return `line ${ctx.lines.positionAt(offset).line + 1}`;
}

function formatValue(e: Entity): string | undefined {
  const v = e.value;
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v.toLocaleString('en-GB');
  if (typeof v === 'string') return v;
  if ('currency' in v) return `${v.amount.toLocaleString('en-GB')} ${v.currency}`;
  if ('unit' in v) return `${v.amount.toLocaleString('en-GB')} ${v.unit}`;
  return undefined;
}

function figureLines(ctx: CardContext, e: Entity): string[] {
  const out: string[] = [];
  if (e.counts) out.push(`Counts: *${escapeMarkdown(e.counts)}*`);
  const value = formatValue(e);
  if (value !== undefined) out.push(`Value: \`${value.replace(/`/g, "'")}\``);
  if (e.counts) {
    const key = e.counts.toLowerCase();
    const related = ctx.analysis.entities.filter(
      (o) => o !== e && o.type === 'FIGURE' && o.subtype === e.subtype && o.counts?.toLowerCase() === key && o.text !== e.text,
    );
    if (related.length) {
      const items = related
        .slice(0, MAX_RELATED_FIGURES)
        .map((o) => `[${escapeMarkdown(o.text)}](${ctx.revealLink(o.start, o.end)}) (${lineLabel(ctx, o.start)})`);
      out.push(`Compare: other figures for *${escapeMarkdown(e.counts)}*: ${items.join(', ')}`);
    }
  }
  return out;
}

function placeLines(e: Entity): string[] {
  const out: string[] = [];
  if (e.country) out.push(`Country: ${escapeMarkdown(e.country)}`);
  if (typeof e.lat === 'number' && typeof e.lon === 'number' && Number.isFinite(e.lat) && Number.isFinite(e.lon)) {
    const lat = e.lat.toFixed(4);
    const lon = e.lon.toFixed(4);
    out.push(`Coordinates: ${lat}, ${lon} · [OpenStreetMap](https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=${OSM_ZOOM}/${lat}/${lon})`);
  }
  return out;
}

export function renderAnnotationLines(notes: AnchoredNote[]): string[] {
  const out: string[] = [];
  for (const { annotation: a } of notes) {
    const what =
      a.kind === 'entity' && a.entityType
        ? `tagged ${TYPE_LABELS[a.entityType]}`
        : a.kind === 'not-entity'
          ? 'not an entity'
          : a.kind === 'alias' && a.aliasOf
            ? `same as ${escapeMarkdown(a.aliasOf)}`
            : 'note';
    const date = escapeMarkdown(a.modified.slice(0, 10));
    const resolved = a.resolved ? ' · resolved' : '';
    out.push(`- **${STATUS_LABELS[a.status] ?? escapeMarkdown(String(a.status))}** · ${what} · ${escapeMarkdown(a.author)}, ${date}${resolved}`);
    if (a.note) out.push(`  ${escapeMarkdown(a.note)}`);
    if (a.tags.length) out.push(`  Tags: ${a.tags.map((t) => '`' + t.replace(/`/g, "'") + '`').join(' ')}`);
    for (const r of a.replies) out.push(`  ↳ ${escapeMarkdown(r.author)}: ${escapeMarkdown(r.text)}`);
  }
  return out;
}

/** The card for one engine (or reviewer) entity. */
export function renderEntityCard(ctx: CardContext, entity: Entity): string {
  const cluster = entity.cluster !== undefined ? ctx.analysis.clusters[entity.cluster] : undefined;
  const label = entity.type === 'FIGURE' && entity.subtype ? `${TYPE_LABELS.FIGURE} · ${entity.subtype.toLowerCase()}` : TYPE_LABELS[entity.type];
  const name = cluster?.canonical ?? entity.canonical ?? entity.text;
  const lines: string[] = [`**${label}** · ${escapeMarkdown(name)}`];
  if (entity.source === 'reviewer') lines.push('*Tagged by a reviewer*');
  if (cluster?.description) lines.push(escapeMarkdown(cluster.description));
  const role = cluster?.role ?? entity.role;
  if (role) lines.push(`Role: “${escapeMarkdown(role)}”`);
  if (cluster && cluster.aliases.length > 1) {
    const others = cluster.aliases.filter((a) => a !== name).slice(0, MAX_ALIASES_SHOWN);
    if (others.length) lines.push(`Also: ${others.map(escapeMarkdown).join(', ')}`);
  }
  if (cluster && cluster.mentions.length) {
    const first = ctx.analysis.entities[cluster.mentions[0]];
    const n = cluster.mentions.length;
    if (first) lines.push(`${n} mention${n === 1 ? '' : 's'} · [first on ${lineLabel(ctx, first.start)}](${ctx.revealLink(first.start, first.end)})`);
  }
  if (entity.type === 'FIGURE') lines.push(...figureLines(ctx, entity));
  if (entity.type === 'PLACE') lines.push(...placeLines(entity));
  const blocks = [lines.join(HARD_BREAK), quoteSentence(ctx, entity.start, entity.end)];
  if (ctx.annotations.length) blocks.push('---', '**Reviews**', renderAnnotationLines(ctx.annotations).join('\n'));
  return blocks.join('\n\n');
}

/** The card for words that only reviewers marked. */
export function renderAnnotationCard(ctx: CardContext, start: number, end: number): string {
  return ['**Reviewed text**', quoteSentence(ctx, start, end), '---', '**Reviews**', renderAnnotationLines(ctx.annotations).join('\n')].join('\n\n');
}
