import { Router } from 'express';
import { ACTOR_FACET_PARAMS, PAGE_PARAMS, parseSearchParams, SEARCH_PARAMS } from '../../search/parse-search-params.js';
import { actorValuesShown, searchPageModel } from '../../search/search-page-model.js';
import type { SearchService } from '../../search/search-service.js';
import { withCanonicalActors, type ActorAliases } from '../../search/actor-aliases.js';
import { isShortenable, searchHref } from '../../search/search-url.js';
import { AppError } from '../app-error.js';

export function searchRoutes(service: SearchService, aliases: ActorAliases): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const asked = parseSearchParams(req.query, { accepts: [...SEARCH_PARAMS, ...PAGE_PARAMS], allowUnknown: true, datesReplaceUndated: true });
    // An actor asked for by another name ("NATO"): the page of its canonical name, whose URL and chips say it.
    const state = withCanonicalActors(asked, aliases);
    // Another name for an actor, or what a form without JavaScript sends for the fields left alone (`from=&to=`).
    if (state !== asked || isShortenable(req.originalUrl, state)) return res.redirect(302, searchHref(state));
    const [results, actorMatches] = await Promise.all([
      service.search(state, { matches: true, actorKinds: actorValuesShown(state) }),
      state.actorQuery !== '' ? service.findActors(state) : Promise.resolve(undefined),
    ]);
    const page = searchPageModel(state, results, actorMatches);
    res.render('search', { title: page.title, skipLabel: 'Skip to results', page });
  });

  // GET /api/search has its own door, ahead of Express: api-search-endpoint.ts.

  /** Facet value search: `/api/facets/actor?facetQuery=tch&q=…&country=…` → values with article counts. */
  router.get('/api/facets/:facet', async (req, res) => {
    if (req.params.facet !== 'actor') throw AppError.notFound(`No facet search for ${JSON.stringify(req.params.facet)}: only "actor" has one`);
    const state = withCanonicalActors(parseSearchParams(req.query, { accepts: ACTOR_FACET_PARAMS, actorQueryParam: 'facetQuery' }), aliases);
    res.json({ facet: 'actor', facetQuery: state.actorQuery, values: await service.findActors(state) });
  });

  return router;
}
