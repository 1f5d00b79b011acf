import { Router } from 'express';
import { atomFeed, feedTitle } from '../../search/atom-feed.js';
import { EXPORT_COLUMNS, EXPORT_LIMIT, exportFileName, exportRecord, exportRow, exportSlice, pastLastFile, toCsv } from '../../search/export-format.js';
import { FEED_PARAMS, onlyAccepted, parseSearchParams } from '../../search/parse-search-params.js';
import type { SearchService } from '../../search/search-service.js';
import { withCanonicalActors, type ActorAliases } from '../../search/actor-aliases.js';
import { feedHref, resultsHref, searchHref } from '../../search/search-url.js';
import { baseUrl } from '../base-url.js';
import { MAX_EXPORTED_HITS } from '../../search/search-state.js';
import { AppError } from '../app-error.js';

/** A feed's entries a page, newest first; an export file holds EXPORT_LIMIT articles, to MAX_EXPORTED_HITS deep. */
export const FEED_SIZE = 50;

export function exportRoutes(service: SearchService, aliases: ActorAliases): Router {
  const router = Router();

  const exported = async (query: Record<string, unknown>) => {
    const state = withCanonicalActors(parseSearchParams({ pageSize: String(EXPORT_LIMIT), ...query }, { maxPageSize: EXPORT_LIMIT, maxDepth: MAX_EXPORTED_HITS }), aliases);
    const results = await service.search(state, { export: true });
    const past = pastLastFile(state.page, state.pageSize, results.total);
    if (past !== null) throw AppError.notFound(past);
    return { state, results };
  };

  router.get('/export.csv', async (req, res) => {
    const { state, results } = await exported(req.query);
    const origin = baseUrl(req, res);
    res.setHeader('X-Total-Count', String(results.total));
    res.attachment(exportFileName(state, 'csv')).type('text/csv; charset=utf-8');
    res.send('\uFEFF' + toCsv(results.hits.map((h) => exportRow(h, origin)), EXPORT_COLUMNS));
  });

  router.get('/export.json', async (req, res) => {
    const { state, results } = await exported(req.query);
    const origin = baseUrl(req, res);
    res.attachment(exportFileName(state, 'json'));
    // `query` is the search (the API's own pages are of 10): which file of it this is comes beside it (exportSlice).
    res.json({
      query: resultsHref(state, '/api/search'),
      total: results.total,
      exported: results.hits.length,
      limit: state.pageSize,
      ...exportSlice(state.page, state.pageSize, results.total, results.hits.length),
      articles: results.hits.map((h) => exportRecord(h, origin)),
    });
  });

  router.get('/feed.atom', async (req, res) => {
    // Only the feed's parameters are read (FEED_PARAMS: a reader's utm_… tags are dropped, unread, as on the pages),
    // then its own order and size: pages are counted in feeds of 50.
    const state = withCanonicalActors(parseSearchParams({ ...onlyAccepted(req.query, FEED_PARAMS), sort: 'newest', pageSize: String(FEED_SIZE) }, { maxPageSize: FEED_SIZE }), aliases);
    const results = await service.search(state, { export: true });
    const origin = baseUrl(req, res);
    res.type('application/atom+xml; charset=utf-8');
    res.send(
      atomFeed({
        title: feedTitle(state),
        selfUrl: origin + feedHref(state),
        pageUrl: origin + searchHref({ ...state, sort: 'newest', pageSize: 10, page: 1 }),
        baseUrl: origin,
        hits: results.hits,
        previousUrl: state.page > 1 ? origin + feedHref({ ...state, page: state.page - 1 }) : null,
        nextUrl: state.page < results.totalPages ? origin + feedHref({ ...state, page: state.page + 1 }) : null,
      }),
    );
  });

  return router;
}
