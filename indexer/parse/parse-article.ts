import { datelineHead } from '../tag/countries/dateline.js';
import type { SourceRecord } from '../source-record.js';
import { articleIdFor, earlierArticleId, hash } from './article-id.js';
import { stripBoilerplate } from './boilerplate.js';
import { findHeadline, titleFromSentence } from './headline.js';
import { decodeCharacterReferences, normalizeText } from './normalize-text.js';
import { splitParagraphs } from './paragraphs.js';
import { draftTitle, wikiHeadingsAsLines, wikiInlineAsText, wikiLinksAsText, withoutLayoutMarkup, withoutLeadingLabels, withoutLinkGaps, withoutTemplateResidue } from './wiki-markup.js';
import { dateLine, parsePublishedDate, type PublishedDate } from './published-date.js';

/** An article ready for tagging and chunking. */
export interface Article {
  id: string;
  /**
   * The id an indexer before 2026-11-25 gave this record, where it differs (earlierArticleId): an
   * incremental run deletes it as it indexes the article under `id`.
   */
  earlierId: string | null;
  title: string;
  /** True when the source had no headline and the title was made from the opening sentence. */
  titleDerived: boolean;
  published: PublishedDate | null;
  paragraphs: string[];
  url: string | null;
  source: string | null;
  /** Changes whenever anything indexed about the article would change. */
  contentHash: string;
  /** The same for every copy of one story (see storyKey). */
  storyKey: string;
}

/**
 * The same for every filing of one story: the words of its title and text, not its date, address, source, the date
 * of its dateline, or its case and punctuation. The wire files a story again under a new id, hours or days later,
 * with the dateline's day moved on ("WASHINGTON, March 2 -", then "March 3"): Reuters' part 1 holds 202 such stories,
 * 40 of them told apart by the dateline alone. A re-send often mends only a comma or a capital (`Retemeyer said
 * "We…` then `Retemeyer said, "We…`): comparing words alone finds 215 second filings in part 1 where comparing
 * characters found 164. A changed word or figure is another text. Searches show one filing.
 *
 * `storyKey('T', ['WASHINGTON, March 2 - Volcker said…'])` = `storyKey('t', ['WASHINGTON, March 3 - Volcker said, …'])` ≠ `storyKey('T2', […])`
 */
export function storyKey(title: string, paragraphs: readonly string[]): string {
  const [first = '', ...rest] = paragraphs;
  const head = datelineHead(first);
  const text = [title, head === null ? first : first.slice(head.length), ...rest].join('\n');
  return hash((text.normalize('NFKC').toLowerCase().match(STORY_WORD) ?? []).join(' '), 16);
}

/** A word of a story's text for its key: letters and figures, whatever case or marks stand between them. */
const STORY_WORD = /[\p{L}\p{N}]+/gu;

export type ParseResult = { ok: true; article: Article } | { ok: false; reason: string };

/**
 * The longest text one article may have. The tagger reads an article whole, so its time and memory grow with the
 * longest record, not with the input: CoNLL-2003's train.txt (3.3 MB of token lines read as one "article") took
 * 78 s and 533 MB of peak RSS on its own. News is far shorter (Reuters at most 8,558 characters, Wikinews 42,119),
 * so 250,000 (~40,000 words) refuses only what is not one article, with a reason, as any other bad record.
 */
export const MAX_ARTICLE_CHARS = 250_000;

/** The skip reason for a text over MAX_ARTICLE_CHARS (`length` unknown: reading stopped at the limit). */
export function tooLongReason(length?: number): string {
  const limit = MAX_ARTICLE_CHARS.toLocaleString('en');
  const size = length === undefined ? `over ${limit}` : length.toLocaleString('en');
  return `text too long: ${size} characters, where an article has at most ${limit} (split a longer text into articles)`;
}

/**
 * The fewest words an article's text has. A wiki export that cut its links and lists can leave one word of a story:
 * Wikinews records of the shared corpus read "The", "publish" or "FA" once markup was gone, and showed as articles of
 * that one word (a black-box review). Two words can be a brief ("Markets closed."), and stay.
 */
export const MIN_ARTICLE_WORDS = 2;
/** How much of a text tooLittleTextReason reads before it counts all of it. */
const SHORT_TEXT_CHARS = 400;
const UNSPACED_SCRIPT_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]{4}/u;
/** A word holding a letter or figure, between spaces (the head's last may be cut short: it is still a word's start). */
const WORD_WITH_LETTER = /(?<!\S)\S*[\p{L}\p{N}]\S*(?!\S)/gu;

/**
 * The skip reason for a text of fewer than MIN_ARTICLE_WORDS words (a word: a run without spaces holding a letter or a
 * figure), or null. `tooLittleTextReason(['The *'])` → `'too little text: 1 word ("The"), where an article has 2 at least'`
 */
export function tooLittleTextReason(paragraphs: readonly string[]): string | null {
  // Most texts have their words in the first few hundred characters: only a short text is split (this ran over every
  // whole article, 2 % of the indexer's time).
  const text = paragraphs.join(' ');
  const head = text.slice(0, SHORT_TEXT_CHARS);
  // Chinese, Japanese, Thai… write no spaces between words: four of their characters are words enough (an indexer
  // review found a Chinese article refused as "1 word").
  if (UNSPACED_SCRIPT_RUN.test(head)) return null;
  let found = 0;
  for (const _ of head.matchAll(WORD_WITH_LETTER)) if (++found >= MIN_ARTICLE_WORDS) return null;
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length >= MIN_ARTICLE_WORDS) return null;
  return `too little text: ${words.length} word${words.length === 1 ? '' : 's'} (${JSON.stringify(words.join(' '))}), where an article has ${MIN_ARTICLE_WORDS} at least`;
}

/**
 * NewsAPI's mark where it cut an article's `content`: "…the junta sai… [+2345 chars]". The marker goes (its figure
 * would be read as the story's words); the ellipsis before it stays, to show the text is cut.
 */
const TRUNCATION_MARKER = /\s*\[\+\d+ chars\]\s*$/;

/** `date 2023-11-15 In the midst…`: a date marker some scrapers put before the text. */
const DATE_MARKER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

/**
 * Title, publication date and paragraphs of one record, boilerplate removed. The publication date comes from,
 * in order: the record's metadata, a `date YYYY-MM-DD` marker, a lone date line with a time (a feed stamp such as
 * `June 05, 2024 at 07:49PM`), a lone date line without one (a site header such as `Thursday, June 20, 2024`,
 * which is the day the page was seen, so it only counts when nothing better is there). `dayFirst`: a metadata date
 * such as "01/02/2024" is 1 February (published-date.ts numericDateOrder). `source`: the publisher of a record that
 * names none (`--source Reuters` for a wire archive whose records carry no publisher).
 */
export function parseArticle(record: SourceRecord, options: { dayFirst?: boolean; source?: string } = {}): ParseResult {
  if (record.body.length > MAX_ARTICLE_CHARS) return { ok: false, reason: tooLongReason(record.body.length) };
  // Decoded before normalizing, so that a reference to a control or private-use character ("&#xE000;") is removed
  // too. An HTML reader's text is decoded already: decoding again would make a written "&amp;lt;" a "<".
  const decoded = (s: string): string => (record.format === 'html' ? s : decodeCharacterReferences(s));
  // normalizeText again after the wiki references are decoded: "&#xE000;" must not bring in a highlight marker.
  let text = withoutLinkGaps(withoutLeadingLabels(wikiHeadingsAsLines(normalizeText(withoutTemplateResidue(wikiLinksAsText(wikiInlineAsText(withoutLayoutMarkup(normalizeText(decoded(record.body))))))))));
  text = text.replace(TRUNCATION_MARKER, '');
  let published: PublishedDate | undefined;

  if (typeof record.date === 'string' && record.date.trim() !== '') {
    published = parsePublishedDate(record.date, options);
    if (published === undefined) return { ok: false, reason: `unparseable date ${JSON.stringify(record.date)}` };
  }
  const marker = DATE_MARKER.exec(text);
  if (marker) {
    published ??= parsePublishedDate(marker[1]!);
    text = text.slice(marker[0].length);
  }

  const lines: string[] = [];
  let stamped: PublishedDate | undefined;
  let header: PublishedDate | undefined;
  for (const line of text.split('\n')) {
    const found = dateLine(line);
    if (found === undefined) {
      lines.push(line);
    } else if (found.withTime) {
      stamped ??= found.date;
    } else {
      header ??= found.date;
    }
  }
  published ??= stamped ?? header;

  const cleaned = stripBoilerplate(lines);
  const givenTitle = record.title !== undefined ? draftTitle(normalizeText(wikiLinksAsText(wikiInlineAsText(normalizeText(decoded(record.title))))).replace(/\s+/g, ' ').trim()) : '';
  let title: string;
  let titleDerived = false;
  let bodyLines: string[];
  if (givenTitle !== '') {
    title = givenTitle;
    const firstContent = cleaned.findIndex((l) => l.trim() !== '');
    bodyLines = firstContent !== -1 && cleaned[firstContent]!.trim() === givenTitle ? cleaned.slice(firstContent + 1) : cleaned;
  } else if (record.format === 'json') {
    bodyLines = cleaned;
    title = '';
    titleDerived = true;
  } else {
    const headline = findHeadline(cleaned);
    title = headline.title;
    titleDerived = headline.derived;
    bodyLines = headline.rest;
  }

  // A paragraph without a letter or a figure is markup left over ("*", "* *" of an emptied wiki list): some Wikinews
  // records hold nothing else, and were indexed as an article of one passage, "* *".
  const paragraphs = splitParagraphs(bodyLines.join('\n')).filter((p) => /[\p{L}\p{N}]/u.test(p));
  if (paragraphs.length === 0) return { ok: false, reason: 'no text' };
  const short = tooLittleTextReason(paragraphs);
  if (short !== null) return { ok: false, reason: short };
  if (title === '') title = titleFromSentence(paragraphs[0]!);

  const url = record.url?.trim() || null;
  const source = record.source?.trim() || options.source?.trim() || null;
  const content = [title, published?.iso ?? '', url ?? '', source ?? '', ...paragraphs].join('\n');
  const names = { id: record.id, url: url ?? undefined };
  const id = articleIdFor(names, content);
  return {
    ok: true,
    article: {
      id,
      earlierId: earlierArticleId(names, id) ?? null,
      title,
      titleDerived,
      published: published ?? null,
      paragraphs,
      url,
      source,
      contentHash: hash(content, 16),
      // (A title made from the text holds its dateline: the text says it all.)
      storyKey: storyKey(titleDerived ? '' : title, paragraphs),
    },
  };
}
