import type { PassageDocument } from '../meili/passage-document.js';
import { countryName } from './country-names.js';
import { escapeHtml } from './highlight.js';
import { safeHttpUrl } from './safe-url.js';
import { emptySearch } from './search-state.js';
import { searchHref } from './search-url.js';

export interface ArticleModel {
  id: string;
  title: string;
  published: string | null;
  url: string | null;
  source: string | null;
  passages: { position: number; id: string; html: string; text: string }[];
  countries: { code: string; name: string; count: number; href: string; entityHref: string }[];
  actors: { name: string; kind: string; count: number; href: string; entityHref: string }[];
  dates: { value: string; text: string; count: number }[];
}

/**
 * Passages of one article → the article page and `/api/articles/:id`. Each tagged mention is wrapped in a link to
 * the filter it stands for, so a reader sees why the article carries each tag. The text is escaped piece by piece.
 */
export function articleModel(passages: readonly PassageDocument[]): ArticleModel | undefined {
  const first = passages[0];
  if (first === undefined) return undefined;
  const tags = first.articleTags ?? { countries: [], actors: [], dates: [] };
  return {
    id: first.articleId,
    title: first.title,
    published: first.published,
    url: safeHttpUrl(first.url),
    source: first.source,
    passages: passages.map((p) => ({ position: p.position, id: `p${p.position}`, html: markEvidence(p), text: p.text })),
    countries: tags.countries.map((c) => ({ code: c.code, name: countryName(c.code), count: c.count, href: searchHref({ ...emptySearch, countries: [c.code] }), entityHref: `/countries/${c.code}` })),
    actors: tags.actors.map((a) => ({ name: a.name, kind: a.kind, count: a.count, href: searchHref({ ...emptySearch, actors: [a.name] }), entityHref: `/actors/${encodeURIComponent(a.name)}` })),
    dates: tags.dates.map((d) => ({ value: d.value, text: d.text, count: d.count })),
  };
}

function markEvidence(passage: PassageDocument): string {
  let html = '';
  let at = 0;
  for (const e of passage.evidence) {
    if (e.start < at) continue; // overlapping mentions: keep the first
    html += escapeHtml(passage.text.slice(at, e.start));
    const label = e.facet === 'country' ? countryName(e.value) : e.value;
    const inner = escapeHtml(passage.text.slice(e.start, e.end));
    if (e.facet === 'date') {
      html += `<time class="tag tag-date" datetime="${escapeHtml(e.value)}" title="${escapeHtml(label)}">${inner}</time>`;
    } else {
      const href = searchHref({ ...emptySearch, ...(e.facet === 'country' ? { countries: [e.value] } : { actors: [e.value] }) });
      html += `<a class="tag tag-${e.facet}" href="${escapeHtml(href)}" title="${escapeHtml(`${e.facet}: ${label}`)}">${inner}</a>`;
    }
    at = e.end;
  }
  return html + escapeHtml(passage.text.slice(at));
}
