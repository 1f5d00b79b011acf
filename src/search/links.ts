import type { EntityRef } from './search-service.js';

/**
 * The site's links to an article and to an entity page, in one place: every list, export and feed that points at
 * them calls these.
 *
 * `articleHref('reuters-12')` → `'/articles/reuters-12'`; `articleHref('a b', 2)` → `'/articles/a%20b#p2'`
 */
export function articleHref(articleId: string, position?: number): string {
  return `/articles/${encodeURIComponent(articleId)}${position === undefined ? '' : `#p${position}`}`;
}

/** `entityHref({ kind: 'actor', name: 'Kofi Annan' })` → `'/actors/Kofi%20Annan'`; a country: `'/countries/NE'` */
export function entityHref(entity: EntityRef): string {
  return entity.kind === 'actor' ? `/actors/${encodeURIComponent(entity.name)}` : `/countries/${encodeURIComponent(entity.code)}`;
}
