// The shared vocabulary of Newsmark: entities found in an article and reviewers' annotations on it.

/** A half-open range of UTF-16 code-unit offsets into an article's text. */
export interface Span {
  start: number;
  end: number;
}

export const ENTITY_TYPES = ['PERSON', 'PLACE', 'ORG', 'FIGURE'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const FIGURE_SUBTYPES = ['COUNT', 'PERCENT', 'MONEY', 'QUANTITY', 'DATE', 'DURATION'] as const;
export type FigureSubtype = (typeof FIGURE_SUBTYPES)[number];

/** Where an entity came from, so views can tell a guess from what people know. */
export type EntitySource = 'engine' | 'gazetteer' | 'reviewer';

/** One mention of an entity in the text. */
export interface Entity extends Span {
  type: EntityType;
  /** The exact text of the mention: `text === article.slice(start, end)`. */
  text: string;
  /** FIGURE only. */
  subtype?: FigureSubtype;
  /**
   * Normalised value: a number, `{amount, currency}` for money (an ISO 4217 code, or the currency's name when several
   * countries share it and the article does not say whose: "dinar"), an ISO date string for dates.
   */
  value?: number | string | { amount: number; currency: string } | { amount: number; unit: string };
  /** The cluster's preferred name ("Emmanuel Macron" for "Mr Macron"). */
  canonical?: string;
  /** How the article itself describes the entity, in its own words ("Élysée spokeswoman"). */
  role?: string;
  /** For a figure, what it counts ("nurses" for "40,000 additional nurses"). */
  counts?: string;
  /** Index into `Analysis.clusters`. */
  cluster?: number;
  source?: EntitySource;
  /** PLACE: country (ISO 3166 alpha-2 code or name) from the gazetteer. */
  country?: string;
  /** PLACE: coordinates from the offline gazetteer. */
  lat?: number;
  lon?: number;
}

/** All mentions of one real-world entity within an article. */
export interface Cluster {
  id: number;
  type: EntityType;
  canonical: string;
  /** Distinct surface forms used in this article, canonical first. */
  aliases: string[];
  role?: string;
  /** Indices into `Analysis.entities`, in document order. */
  mentions: number[];
  /** Gazetteer description where one is known. */
  description?: string;
}

export interface Analysis {
  /** Sorted by start, never overlapping. */
  entities: Entity[];
  clusters: Cluster[];
}

export const REVIEW_STATUSES = ['unverified', 'verified', 'disputed', 'needs-source'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const ANNOTATION_KINDS = ['entity', 'not-entity', 'alias', 'note'] as const;
/**
 * `entity`: the span is an entity of `entityType` (adds or retypes);
 * `not-entity`: the engine's entity here is wrong; `alias`: the span names the same
 * entity as `aliasOf`; `note`: a reviewer's remark, status or tags on the words.
 */
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number];

/** Where an annotation sits: the words themselves plus context, and the offsets they were last seen at. */
export interface TextAnchor extends Span {
  quote: string;
  prefix: string;
  suffix: string;
}

export interface Reply {
  author: string;
  created: string;
  text: string;
}

export interface Annotation {
  /** Stable identifier, unique within the sidecar. */
  id: string;
  anchor: TextAnchor;
  kind: AnnotationKind;
  entityType?: EntityType;
  /** For `alias`: the canonical name this span refers to. */
  aliasOf?: string;
  status: ReviewStatus;
  tags: string[];
  note?: string;
  author: string;
  created: string;
  modified: string;
  resolved?: boolean;
  replies: Reply[];
  /** Set when a colleague's annotation was accepted into this sidecar. */
  acceptedBy?: string;
}
