import { joinWrappedLines } from '../parse/paragraphs.js';
import { parseArticle } from '../parse/parse-article.js';
import type { Mention } from './mention.js';
import type { Tagger } from './tag-article.js';

/** One line of `npm run tag` output. Offsets are JavaScript string indices of the input `text`. */
export interface TagLine {
  id: string;
  countries: string[];
  actors: { name: string; kind: 'person' | 'organisation' }[];
  published: string | null;
  dates: { value: string; text: string; start: number; end: number }[];
  mentions: Mention[];
}

/**
 * Tags raw text as the indexer does. The publication date comes from the same parser the indexer uses (the `date`
 * field, else a date the text carries); the tags are computed on the text as given, its wrapped lines joined as the
 * indexer's paragraphs join them (a line break made a space), so offsets point into it.
 *
 * `tagText({ id: '1', text: 'Putin met Goita in Bamako.' }, tagger)`
 *   → `{ id: '1', countries: ['ML'], actors: [{ name: 'Putin', kind: 'person' }, …], published: null, … }`
 */
export function tagText(input: { id: string; text: string; title?: string; date?: string }, tagger: Tagger): TagLine {
  const parsed = parseArticle({ origin: { file: 'stdin' }, format: 'json', body: input.text, title: input.title, date: input.date });
  const published = parsed.ok ? parsed.article.published : null;
  const tagging = tagger({ title: input.title ?? '', body: joinWrappedLines(input.text), published: published ? new Date(published.epochSeconds * 1000) : undefined });
  return {
    id: input.id,
    countries: tagging.countries.map((c) => c.code),
    actors: tagging.actors.map((a) => ({ name: a.name, kind: a.kind })),
    published: published?.day ?? null,
    dates: tagging.dates.flatMap((d) => d.mentions.map((m) => ({ value: d.value, text: input.text.slice(m.start, m.end), start: m.start, end: m.end }))).sort((a, b) => a.start - b.start),
    mentions: tagging.mentions,
  };
}

