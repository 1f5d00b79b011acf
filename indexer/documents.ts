import type { PassageDocument, TagEvidence, ArticleTags } from '../src/meili/passage-document.js';
import type { Article } from './parse/parse-article.js';
import type { ArticleTagging, Span } from './tag/tag-article.js';
import type { Chunk } from './chunk.js';

/**
 * Passage documents of one article: article fields copied on each, the passage's own tags and the evidence
 * (offsets of each tagged mention, rebased into the passage text) that says why it carries them.
 */
export function passageDocuments(article: Article, tagging: ArticleTagging, chunks: readonly Chunk[], sourcePath: string): PassageDocument[] {
  const published = article.published;
  const articleTags: ArticleTags = {
    countries: tagging.countries.map((c) => ({ code: c.code, name: c.name, salience: round(c.salience), count: c.mentions.length })),
    actors: tagging.actors.map((a) => ({ name: a.name, kind: a.kind, count: a.mentions.length })),
    dates: tagging.dates.map((d) => ({ value: d.value, precision: d.precision, text: d.text, count: d.mentions.length })),
  };
  const articleCountries = tagging.countries.map((c) => c.code);
  const articleActors = tagging.actors.map((a) => a.name);
  const articleDates = tagging.dates.map((d) => d.value);
  // Yearless dates (--MM-DD) have no place on a timeline.
  const dated = articleDates.filter((d) => /^\d{4}/.test(d));
  const mentionedYears = [...new Set(dated.map((d) => d.slice(0, 4)))];
  const mentionedMonths = [...new Set(dated.filter((d) => d.length >= 7).map((d) => d.slice(0, 7)))];
  const articlePeople = tagging.actors.filter((a) => a.kind === 'person').map((a) => a.name);

  return chunks.map((chunk, position) => {
    const evidence: TagEvidence[] = [];
    const collect = (facet: TagEvidence['facet'], value: string, spans: Span[]): void => {
      for (const s of spans) {
        if (s.start >= chunk.start && s.end <= chunk.end) evidence.push({ facet, value, start: s.start - chunk.start, end: s.end - chunk.start });
      }
    };
    tagging.countries.forEach((c) => collect('country', c.code, c.mentions));
    tagging.actors.forEach((a) => collect('actor', a.name, a.mentions));
    tagging.dates.forEach((d) => collect('date', d.value, d.mentions));
    evidence.sort((a, b) => a.start - b.start);
    const valuesOf = (facet: TagEvidence['facet']): string[] => [...new Set(evidence.filter((e) => e.facet === facet).map((e) => e.value))];

    return {
      id: `${article.id}-${position}`,
      articleId: article.id,
      position,
      passageCount: chunks.length,
      title: article.title,
      url: article.url,
      source: article.source,
      published: published?.iso ?? null,
      publishedAt: published?.epochSeconds ?? null,
      publishedYear: published?.day.slice(0, 4) ?? null,
      publishedMonth: published?.day.slice(0, 7) ?? null,
      publishedDay: published?.day ?? null,
      text: chunk.text,
      articleCountries,
      articleActors,
      articleDates,
      mentionedYears,
      mentionedMonths,
      articlePeople,
      countries: valuesOf('country'),
      actors: valuesOf('actor'),
      dates: valuesOf('date'),
      evidence,
      articleTags: position === 0 ? articleTags : null,
      contentHash: article.contentHash,
      sourcePath,
    };
  });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
