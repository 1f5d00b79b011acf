import type { PassageDocument } from '../meili/passage-document.js';
import { countryName } from './country-names.js';
import { histogram } from './histogram.js';
import { chartBars, type ChartBar } from './chart-bars.js';
import type { EntityProfile, EntityRef } from './search-service.js';
import { emptySearch, formatTotal, type SearchState } from './search-state.js';
import { feedHref, refine, searchHref } from './search-url.js';
import { topCounts } from './top-counts.js';
import { articleHref, entityHref } from './links.js';

export interface EntityModel {
  kind: 'actor' | 'country';
  name: string;
  subtitle: string;
  total: number;
  /** "1 article", "16 articles". */
  totalLabel: string;
  searchHref: string;
  /** The Atom feed of the articles naming it, newest first. */
  feedHref: string;
  timeline: (ChartBar & { label: string })[];
  chart: { width: number; height: number; first: string; last: string } | null;
  /**
   * The articles the chart cannot place, having no publication date, and the search for them: the chart had left
   * them out unsaid (a black-box review). Null when every article is dated.
   */
  undated: { count: number; label: string; href: string } | null;
  withActors: { name: string; count: number; href: string; kind: string }[];
  withCountries: { code: string; name: string; count: number; href: string }[];
  latest: { title: string; published: string; href: string }[];
}

const CHART = { width: 640, height: 100 };


/** How many co-occurring actors and countries an entity page lists. */
export const ENTITY_LIST_LENGTH = 12;

/**
 * The entity page's model: the API's, with article links that say where they were opened from, so that the article's
 * link back returns to this page (article-model.ts backLink), and its feed for the page head.
 *
 * `entityPageModel({ name: 'Niger', feedHref: '/feed.atom?country=NE', latest: [{ href: '/articles/a1', … }], … }, { kind: 'country', code: 'NE' })`
 *   → latest `[{ href: '/articles/a1?from=%2Fcountries%2FNE', … }]`, feed `{ title: 'Dispatch: Niger', href: '/feed.atom?country=NE' }`
 */
export function entityPageModel(model: EntityModel, entity: EntityRef): EntityModel & { feed: { title: string; href: string }; undatedNote: string } {
  const from = encodeURIComponent(entityHref(entity));
  return {
    ...model,
    latest: model.latest.map((a) => ({ ...a, href: `${a.href}?from=${from}` })),
    feed: { title: `Dispatch: ${model.name}`, href: model.feedHref },
    // After the link to the undated articles: "1 article has no date, and the chart leaves it out."
    undatedNote: `, and the chart leaves ${model.undated?.count === 1 ? 'it' : 'them'} out.`,
  };
}

/** Entity profile → the entity page and `/api/actors/:name`, `/api/countries/:code`. */
export function entityModel(asked: EntityRef, profile: EntityProfile, limit = ENTITY_LIST_LENGTH): EntityModel {
  // An actor asked for in another case is shown, linked and counted under the index's spelling of its name.
  const entity: EntityRef = asked.kind === 'actor' && profile.indexedName !== undefined ? { kind: 'actor', name: profile.indexedName } : asked;
  const filterState: SearchState = entity.kind === 'actor' ? { ...emptySearch, actors: [entity.name] } : { ...emptySearch, countries: [entity.code] };
  const h = histogram({ from: null, to: null }, { ...profile.timeline, day: {} });
  const bars = h?.bars ?? [];
  const top = (counts: Record<string, number>) => topCounts(counts, limit);
  // The year facet counts each dated article once (the search is distinct by article): the rest have no date.
  const undated = profile.total - Object.values(profile.timeline.year).reduce((sum, n) => sum + n, 0);
  return {
    kind: entity.kind,
    name: entity.kind === 'actor' ? entity.name : countryName(entity.code),
    subtitle: entity.kind === 'actor' ? (profile.actorKinds.get(entity.name) === 'person' ? 'Person' : 'Organisation') : `Country · ${entity.code}`,
    total: profile.total,
    totalLabel: `${formatTotal(profile.total)} article${profile.total === 1 ? '' : 's'}`,
    searchHref: searchHref(filterState),
    feedHref: feedHref(filterState),
    timeline: h === null ? [] : chartBars(h, CHART.width, CHART.height, (b) => searchHref(refine(filterState, { from: b.from, to: b.to }))).map((bar, i) => ({ ...bar, label: `${bars[i]!.label}: ${bars[i]!.count}` })),
    chart: bars.length > 0 ? { ...CHART, first: bars[0]!.label, last: bars.at(-1)!.label } : null,
    undated: undated > 0 ? { count: undated, label: `${formatTotal(undated)} ${undated === 1 ? 'article has' : 'articles have'} no date`, href: searchHref(refine(filterState, { undated: true })) } : null,
    withActors: top(profile.withActors).map(([name, count]) => ({ name, count, href: entityHref({ kind: 'actor', name }), kind: profile.actorKinds.get(name) === 'person' ? 'person' : 'organisation' })),
    withCountries: top(profile.withCountries).map(([code, count]) => ({ code, name: countryName(code), count, href: entityHref({ kind: 'country', code }) })),
    latest: profile.latest.map((d: PassageDocument) => ({ title: d.title, published: d.published?.slice(0, 10) ?? 'No date', href: articleHref(d.articleId) })),
  };
}
