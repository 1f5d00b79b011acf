import { Router } from 'express';
import { isUnavailable } from '../../meili/errors.js';
import type { SearchClient } from '../../meili/search-client.js';
import { parseSearchParams } from '../../search/parse-search-params.js';
import { searchPageModel } from '../../search/search-page-model.js';
import { planSearch } from '../../search/search-request.js';
import { toSearchResults, type SearchResults } from '../../search/search-results.js';
import type { SearchState } from '../../search/search-state.js';
import { AppError } from '../app-error.js';

/** Run one search: state → multi-search → results. Meilisearch being away is a 503, not a 500. */
export async function runSearch(client: SearchClient, index: string, state: SearchState): Promise<SearchResults> {
  const plan = planSearch(state, index);
  try {
    return toSearchResults(state, plan, await client.multiSearch(plan.queries));
  } catch (error) {
    if (isUnavailable(error)) throw AppError.unavailable(error);
    throw error;
  }
}

export function searchRoutes(client: SearchClient, index: string): Router {
  const router = Router();

  router.get('/', async (req, res) => {
    const state = parseSearchParams(req.query, { allowUnknown: true });
    const results = await runSearch(client, index, state);
    res.render('search', { title: state.q === '' ? 'Dispatch' : `${state.q} · Dispatch`, page: searchPageModel(state, results) });
  });

  router.get('/api/search', async (req, res) => {
    const state = parseSearchParams(req.query);
    const { processingTimeMs: _time, totalPages, ...results } = await runSearch(client, index, state);
    res.json({ ...results, totalPages });
  });

  return router;
}
