/**
 * One Meilisearch document per passage of an article. Article-level fields are copied on every passage, because
 * searches collapse passages to one hit per article (`distinct: articleId`) and Meilisearch then counts facets on
 * one representative passage per article: facet fields must hold the article's whole tag set.
 */
export type ActorKind = 'person' | 'organisation';

export interface TagEvidence {
  /** Which facet the mention feeds. */
  facet: 'country' | 'actor' | 'date';
  /** The facet value: ISO country code, canonical actor name, or ISO date (YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD). */
  value: string;
  /** Offsets in this passage's `text`. */
  start: number;
  end: number;
}

export interface ArticleTags {
  countries: { code: string; name: string; salience: number; count: number }[];
  actors: { name: string; kind: ActorKind; count: number }[];
  dates: { value: string; precision: 'day' | 'month' | 'year'; text: string; count: number }[];
}

export interface PassageDocument {
  id: string;
  articleId: string;
  position: number;
  passageCount: number;
  title: string;
  url: string | null;
  source: string | null;
  published: string | null;
  publishedAt: number | null;
  publishedYear: string | null;
  publishedMonth: string | null;
  publishedDay: string | null;
  text: string;
  articleCountries: string[];
  articleActors: string[];
  articleDates: string[];
  /** Years and months the article talks about (from its dated mentions), for the "dates mentioned" time facet. */
  mentionedYears: string[];
  mentionedMonths: string[];
  /** The actors of `articleActors` that are people: tells the facet which values are persons. */
  articlePeople: string[];
  countries: string[];
  actors: string[];
  dates: string[];
  evidence: TagEvidence[];
  /** The article's full tag list with kinds and counts, on the first passage only (it heads the article page). */
  articleTags: ArticleTags | null;
  contentHash: string;
  /** The file the article came from (as given to the indexer), for pruning articles whose source is gone. */
  sourcePath: string;
}
