import { actorKey, groupsByActorKey, sourceKey, type PassageDocument, type TagEvidence, type ArticleTags } from '../src/meili/passage-document.js';
import type { Article } from './parse/parse-article.js';
import type { ArticleTagging, Span } from './tag/tag-article.js';
import type { Chunk } from './chunk.js';

/**
 * How many values of each article-level tag list (countries, actors, dates) every passage carries. Each passage
 * holds a copy, so an article's documents grow with passages × values: unbounded, one 3.3 MB text file (CoNLL's
 * train.txt, ~4,500 passages, thousands of "actors") made a single upload batch larger than the indexer's heap. News
 * stays far below it (Reuters and Wikinews: at most 154 actors, 50 countries and 25 dates in an article; p99 24, 8,
 * 9), so for them nothing changes; past it an article keeps its most-mentioned values. Its first passage's
 * `articleTags` (the article page) and every passage's own tags still list everything.
 */
export const MAX_ARTICLE_VALUES = 200;

/**
 * At most `max` items, the most mentioned (ties: the earlier), in their original order.
 *
 * `mostMentioned([{ v: 'a', mentions: [s] }, { v: 'b', mentions: [s, s] }], 1)` → `[{ v: 'b', … }]`
 */
export function mostMentioned<T extends { mentions: readonly unknown[] }>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max) return items;
  const kept = new Set(
    items
      .map((item, index) => ({ index, count: item.mentions.length }))
      .sort((a, b) => b.count - a.count || a.index - b.index)
      .slice(0, max)
      .map((e) => e.index),
  );
  return items.filter((_, index) => kept.has(index));
}

/**
 * One spelling of each actor an article names: the tagger keeps names apart that the actor filter folds together
 * ("Sinn Fein" and "Sinn Féin" of one article, actorKey), and the facet, which shows such spellings as one value,
 * counted that article twice (a black-box review: "Sinn Fein" 16 in the facet, 15 articles found). The spelling with
 * more mentions names them (the first at a tie), with its kind; the mentions are all of theirs, in text order.
 *
 * `oneSpellingEach([{ name: 'Sinn Féin', mentions: [a, b] }, { name: 'Sinn Fein', mentions: [c] }])` → `[{ name: 'Sinn Féin', mentions: [a, b, c] }]`
 */
export function oneSpellingEach<A extends { name: string; mentions: readonly Span[] }>(actors: readonly A[], keyOf: (name: string) => string = actorKey): A[] {
  const groups = groupsByActorKey(actors, (a) => a.name, keyOf);
  if (groups.length === actors.length) return [...actors];
  return groups.map((same) => {
    if (same.length === 1) return same[0]!;
    const named = same.reduce((best, a) => (a.mentions.length > best.mentions.length ? a : best));
    return { ...named, mentions: same.flatMap((a) => a.mentions).sort((x, y) => x.start - y.start) };
  });
}

/**
 * Passage documents of one article: article fields copied on each, the passage's own tags and the evidence
 * (offsets of each tagged mention, rebased into the passage text) that says why it carries them.
 */
export function passageDocuments(article: Article, tagging: ArticleTagging, chunks: readonly Chunk[], sourcePath: string, supersededHashes: readonly string[] = []): PassageDocument[] {
  const key = sourceKey(sourcePath);
  const published = article.published;
  // Each actor's key computed once an article: its spelling, the article's keys and every passage's ask for it.
  const keys = new Map<string, string>();
  const keyOf = (name: string): string => {
    let key = keys.get(name);
    if (key === undefined) keys.set(name, (key = actorKey(name)));
    return key;
  };
  const actorTags = oneSpellingEach(tagging.actors, keyOf);
  const articleTags: ArticleTags = {
    countries: tagging.countries.map((c) => ({ code: c.code, name: c.name, salience: round(c.salience), count: c.mentions.length })),
    actors: actorTags.map((a) => ({ name: a.name, kind: a.kind, count: a.mentions.length })),
    dates: tagging.dates.map((d) => ({ value: d.value, precision: d.precision, text: d.text, count: d.mentions.length })),
  };
  const articleCountries = mostMentioned(tagging.countries, MAX_ARTICLE_VALUES).map((c) => c.code);
  const topActors = mostMentioned(actorTags, MAX_ARTICLE_VALUES);
  const articleActors = topActors.map((a) => a.name);
  // (A name of only punctuation has no key: no filter can ask for it.)
  const articleActorKeys = [...new Set(articleActors.map(keyOf))].filter((k) => k !== '');
  const articleDates = mostMentioned(tagging.dates, MAX_ARTICLE_VALUES).map((d) => d.value);
  // Yearless dates (--MM-DD) have no place on a timeline.
  const dated = articleDates.filter((d) => /^\d{4}/.test(d));
  const mentionedYears = [...new Set(dated.map((d) => d.slice(0, 4)))];
  const mentionedMonths = [...new Set(dated.filter((d) => d.length >= 7).map((d) => d.slice(0, 7)))];
  const articlePeople = topActors.filter((a) => a.kind === 'person').map((a) => a.name);

  // Every mention once, in body order (a stable sort: at one offset countries, then actors, then dates), swept
  // alongside the chunks (in order, not overlapping): linear in mentions + passages, where testing every mention
  // against every passage was quadratic on long texts.
  const mentions: TagEvidence[] = [];
  const collect = (facet: TagEvidence['facet'], value: string, spans: readonly Span[]): void => {
    for (const s of spans) mentions.push({ facet, value, start: s.start, end: s.end });
  };
  tagging.countries.forEach((c) => collect('country', c.code, c.mentions));
  actorTags.forEach((a) => collect('actor', a.name, a.mentions));
  tagging.dates.forEach((d) => collect('date', d.value, d.mentions));
  mentions.sort((a, b) => a.start - b.start);
  let next = 0;

  return chunks.map((chunk, position) => {
    while (next < mentions.length && mentions[next]!.start < chunk.start) next++;
    const evidence: TagEvidence[] = [];
    for (; next < mentions.length && mentions[next]!.start < chunk.end; next++) {
      const m = mentions[next]!;
      // A mention across the end of the passage belongs to neither passage, as before.
      if (m.end <= chunk.end) evidence.push({ ...m, start: m.start - chunk.start, end: m.end - chunk.start });
    }
    const valuesOf = (facet: TagEvidence['facet']): string[] => [...new Set(evidence.filter((e) => e.facet === facet).map((e) => e.value))];
    const actors = valuesOf('actor');

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
      articleActorKeys,
      articleDates,
      mentionedYears,
      mentionedMonths,
      articlePeople,
      countries: valuesOf('country'),
      actors,
      actorKeys: [...new Set(actors.map(keyOf))].filter((k) => k !== ''),
      dates: valuesOf('date'),
      evidence,
      articleTags: position === 0 ? articleTags : null,
      contentHash: article.contentHash,
      storyKey: article.storyKey,
      sourcePath,
      sourceKey: key,
      earlierArticleId: position === 0 ? article.earlierId : null,
      supersededHashes: position === 0 && supersededHashes.length > 0 ? [...supersededHashes] : null,
    };
  });
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
