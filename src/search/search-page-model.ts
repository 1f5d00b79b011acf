import type { DateFacetValue, FacetValue, SearchHit, SearchResults } from './search-results.js';
import { monthLabel } from './search-results.js';
import { countryName } from './country-names.js';
import { emptySearch, SORT_ORDERS, type SearchState, type SortOrder } from './search-state.js';
import { refine, searchHref, toggle } from './search-url.js';

/** What the search page template shows: every label, link and flag ready, no logic left for EJS. */
export interface SearchPageModel {
  q: string;
  hasQuery: boolean;
  summary: string;
  sortOptions: { value: SortOrder; label: string; selected: boolean }[];
  hiddenFilters: { name: string; value: string }[];
  chips: { label: string; href: string }[];
  clearHref: string | null;
  facets: { id: string; title: string; values: { label: string; count: number; selected: boolean; href: string; children: { label: string; count: number; selected: boolean; href: string }[] }[] }[];
  hits: (SearchHit & { href: string; meta: string })[];
  pagination: { previous: string | null; next: string | null; pages: { label: string; href: string; current: boolean }[] };
  empty: { title: string; suggestions: { label: string; href: string }[] } | null;
  from: string;
  to: string;
}

const SORT_LABELS: Record<SortOrder, string> = { relevance: 'Relevance', newest: 'Newest first', oldest: 'Oldest first' };

export function searchPageModel(state: SearchState, results: SearchResults): SearchPageModel {
  const chips = [
    ...state.countries.map((c) => ({ label: `Country: ${countryName(c)}`, href: searchHref(refine(state, { countries: toggle(state.countries, c) })) })),
    ...state.actors.map((a) => ({ label: `Actor: ${a}`, href: searchHref(refine(state, { actors: toggle(state.actors, a) })) })),
    ...(state.from !== null || state.to !== null
      ? [{ label: `Date: ${state.from ?? '…'} to ${state.to ?? '…'}`, href: searchHref(refine(state, { from: null, to: null })) }]
      : []),
  ];
  const hasFilters = chips.length > 0;
  const facetItem = (values: string[], key: 'countries' | 'actors') => (v: FacetValue) => ({
    label: v.label,
    count: v.count,
    selected: values.includes(v.value),
    href: searchHref(refine(state, { [key]: toggle(values, v.value) })),
    children: [],
  });
  const dateItem = (year: DateFacetValue) => ({
    label: year.label,
    count: year.count,
    selected: state.from === `${year.value}-01-01` && state.to === `${year.value}-12-31`,
    href: searchHref(refine(state, { from: `${year.value}-01-01`, to: `${year.value}-12-31` })),
    children: year.months.map((m) => {
      const from = `${m.value}-01`;
      const to = `${m.value}-${String(new Date(Date.UTC(Number(m.value.slice(0, 4)), Number(m.value.slice(5, 7)), 0)).getUTCDate()).padStart(2, '0')}`;
      return { label: monthLabel(m.value), count: m.count, selected: state.from === from && state.to === to, href: searchHref(refine(state, { from, to })) };
    }),
  });

  const pages: { label: string; href: string; current: boolean }[] = [];
  const first = Math.max(1, state.page - 3);
  const last = Math.min(results.totalPages, state.page + 3);
  for (let p = first; p <= last; p++) pages.push({ label: String(p), href: searchHref({ ...state, page: p }), current: p === state.page });

  const noun = results.total === 1 ? 'article' : 'articles';
  return {
    q: state.q,
    hasQuery: state.q !== '' || hasFilters,
    summary: `${results.total.toLocaleString('en')} ${noun}${state.q !== '' ? ` for “${state.q}”` : ''}`,
    sortOptions: SORT_ORDERS.map((value) => ({ value, label: SORT_LABELS[value], selected: value === state.sort })),
    hiddenFilters: [
      ...state.countries.map((value) => ({ name: 'country', value })),
      ...state.actors.map((value) => ({ name: 'actor', value })),
    ],
    chips,
    clearHref: hasFilters ? searchHref({ ...emptySearch, q: state.q }) : null,
    facets: [
      { id: 'country', title: 'Country', values: results.facets.country.map(facetItem(state.countries, 'countries')) },
      { id: 'actor', title: 'Actor', values: results.facets.actor.map(facetItem(state.actors, 'actors')) },
      { id: 'date', title: 'Published', values: results.facets.date.map(dateItem) },
    ],
    hits: results.hits.map((hit) => ({
      ...hit,
      href: `/articles/${encodeURIComponent(hit.articleId)}#p${hit.position}`,
      meta: [hit.published?.slice(0, 10), hit.source, hit.countries.map((c) => c.name).join(', ')].filter((s) => s).join(' · '),
    })),
    pagination: {
      previous: state.page > 1 ? searchHref({ ...state, page: state.page - 1 }) : null,
      next: state.page < results.totalPages ? searchHref({ ...state, page: state.page + 1 }) : null,
      pages: pages.length > 1 ? pages : [],
    },
    empty:
      results.total > 0
        ? null
        : {
            title: state.q !== '' ? `No article matches “${state.q}”${hasFilters ? ' with these filters' : ''}.` : 'No article matches these filters.',
            suggestions: [
              ...(hasFilters ? [{ label: 'Search without filters', href: searchHref({ ...emptySearch, q: state.q }) }] : []),
              ...(state.q !== '' ? [{ label: 'Browse all articles', href: '/' }] : []),
            ],
          },
    from: state.from ?? '',
    to: state.to ?? '',
  };
}
