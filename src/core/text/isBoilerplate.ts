// Tells whether one line of an article is website furniture (share buttons, newsletter prompts, ad slots, links to other stories), which names no one in the story.

/**
 * Lines that are nothing but a prompt ("Advertisement", "Share this article"). Matched against the whole line, case
 * folded, with surrounding punctuation and spaces removed, so a sentence that merely contains "advertisement" is kept.
 */
const WHOLE_LINES = new Set([
  'advertisement', 'advertisements', 'ad', 'sponsored', 'sponsored content', 'promoted', 'story continues below advertisement',
  'article continues below advertisement', 'continue reading', 'continue reading below', 'skip advertisement', 'scroll to continue',
  'share', 'share this', 'share this article', 'share this story', 'share this page', 'share on facebook', 'share on twitter',
  'share on x', 'share via email', 'copy link', 'link copied', 'print', 'email', 'comments', 'show comments', 'hide comments',
  'sign up', 'subscribe', 'subscribe now', 'sign up for our newsletter', 'sign up for our newsletters', 'subscribe to our newsletter',
  'get our newsletter', 'newsletter', 'most read', 'most popular', 'trending', 'top stories', 'related stories', 'related articles',
  'related', 'more on this story', 'you may also like', 'recommended', 'watch', 'listen', 'listen to this article', 'image source',
  'image caption', 'video', 'play video', 'media caption', 'back to top', 'cookie settings', 'accept cookies', 'all rights reserved',
]);

/**
 * Link labels that introduce another story ("Read more: …", "Related | …"): only with the separator after them, so
 * "More than 200 people …" or "Watch the skies" stays running text.
 */
const LINK_LABEL = /^(?:read more|read also|also read|more|related|see also|see more|watch|watch more|listen|recommended|more from [\p{L} ]+|more on [\p{L} ]+|editor['’]s picks?)\s*[:|»›>]/iu;

/** Site prompts that are whole imperative sentences to the reader ("Follow us on X", "Sign up for our newsletter"). */
const READER_PROMPT = /^(?:click here|tap here|follow us on|follow \p{L}+ on (?:twitter|x|facebook|instagram|tiktok|linkedin|threads|whatsapp|telegram)|like us on|join us on|sign up (?:for|to)|subscribe (?:to|for|now)|get (?:the|our) (?:latest|newsletter|app)|download (?:the|our) app)\b/iu;

/** Longest decorated prompt line in WHOLE_LINES ("— Story continues below advertisement —" with some slack). */
const MAX_WHOLE_LINE_CHARS = 64;
/** Longest line a prompt can be; longer lines are running text even if they start like one. */
const MAX_PROMPT_CHARS = 200;

/** Punctuation and symbols that decorate prompts ("» Share", "Advertisement –", "[Sign up]"). */
const DECORATION = /^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu;
/** Bullets and arrows before a prompt, but not quotation marks: "“Listen to us,” she said" is a quote, not a prompt. */
const LEADING_BULLETS = /^[\s•·▪►▶»›>*|–—-]+/u;

/** True when `line` (one line of text, no line break) is website boilerplate that should yield no entities. */
export function isBoilerplate(line: string): boolean {
  // Most lines are paragraphs of the story: their length alone rules them out, before any copying.
  if (line.length > MAX_PROMPT_CHARS) return false;
  if (line.length <= MAX_WHOLE_LINE_CHARS && WHOLE_LINES.has(line.replace(DECORATION, '').replace(/\s+/g, ' ').toLowerCase())) return true;
  const opening = line.replace(LEADING_BULLETS, '');
  return LINK_LABEL.test(opening) || READER_PROMPT.test(opening);
}

/**
 * Where the headline of a linked story starts in a link line ("Read more: Ruto defends …" → 11), or -1. The label is
 * furniture, but the headline after it names real people and places, so the engine reads that part as a headline.
 */
export function linkedHeadlineStart(line: string): number {
  if (line.length > MAX_PROMPT_CHARS) return -1;
  const bullets = LEADING_BULLETS.exec(line)?.[0].length ?? 0;
  const label = LINK_LABEL.exec(line.slice(bullets));
  if (!label) return -1;
  let start = bullets + label[0].length;
  while (start < line.length && /\s/.test(line[start])) start++;
  return start < line.length ? start : -1;
}
