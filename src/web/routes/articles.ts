import { Router } from 'express';
import { articleModel, articlePageModel, relatedActorsOf, relatedArticles, searchedWords, storyCopies, withSiteKinds, type ArticleModel, type RelatedArticle } from '../../search/article-model.js';
import type { QueryWords } from '../../search/search-request.js';
import type { SearchService } from '../../search/search-service.js';
import { refuseUnknown } from '../../search/parse-search-params.js';
import { AppError } from '../app-error.js';

const ARTICLE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * `words`: a search's, to mark in the text (the page opened from a search); the two asked at once. The marks are a
 * help, not the page: when they cannot be had, the article shows unmarked.
 */
async function loadArticle(service: SearchService, id: string, deadline: number, words: QueryWords | null): Promise<{ article: ArticleModel; stored: ReadonlySet<string>; storyKey: string | undefined }> {
  if (!ARTICLE_ID.test(id)) throw AppError.badRequest('id: expected letters, digits, - or _ (at most 128)');
  const marking = words === null ? undefined : service.wordsIn(id, words.q, deadline).catch(() => undefined);
  const [passages, marks] = await Promise.all([service.passagesOf(id, deadline), marking]);
  const article = articleModel(passages, marks);
  if (article === undefined) throw AppError.notFound(`No article with id ${id}`);
  return { article, stored: new Set(passages[0]?.articleActors ?? []), storyKey: passages[0]?.storyKey };
}

/** How many of an article's actors get the site's kind: those the index stores for it (at most 200), the first 60. */
const KINDS_LOOKED_UP = 60;

/**
 * The article with its actors' kinds as the facets give them and its story's other filings, then the articles
 * related to it, looked up by its actors as so labelled (a one-word person is no lookup key: article-model.ts). Kinds
 * are asked for the actors the index stores for the article only: another would count no article and read as an
 * organisation.
 */
async function articleAndRelated(service: SearchService, id: string, deadline: number, words: QueryWords | null): Promise<{ article: ArticleModel; related: RelatedArticle[] }> {
  const { article, stored, storyKey } = await loadArticle(service, id, deadline, words);
  const kinds = await service.actorKinds(article.actors.map((a) => a.name).filter((n) => stored.has(n)).slice(0, KINDS_LOOKED_UP), deadline);
  const labelled = withSiteKinds(article, kinds);
  const { articles, copies } = await service.related(labelled.id, relatedActorsOf(labelled), { deadline, storyKey });
  return { article: { ...labelled, copies: storyCopies(copies) }, related: relatedArticles(labelled, articles) };
}

/**
 * articleAndRelated, or the article's id now when the index holds nothing under `id` but an indexer before 2026-11-25
 * filed the article under it (an id with capitals, a web address's hash: PassageDocument.earlierArticleId), so that
 * an old address of the page is sent on, not a 404.
 */
async function articleOrMoved(service: SearchService, id: string, words: QueryWords | null = null): Promise<{ article: ArticleModel; related: RelatedArticle[] } | { movedTo: string }> {
  try {
    return await articleAndRelated(service, id, service.deadline(), words);
  } catch (error) {
    const now = error instanceof AppError && error.status === 404 ? await service.articleIdNow(id, service.deadline()) : undefined;
    if (now !== undefined && now !== id) return { movedTo: now };
    throw error;
  }
}

/** The same address with the article's id now: (`/articles/`, `/articles/ID893?from=…`, `h-…`) → `/articles/h-…?from=…`. */
function movedAddress(prefix: string, originalUrl: string, now: string): string {
  const at = originalUrl.indexOf('?');
  return `${prefix}${encodeURIComponent(now)}${at >= 0 ? originalUrl.slice(at) : ''}`;
}

export function articleRoutes(service: SearchService): Router {
  const router = Router();
  // One deadline for the article and its related ones: the page answers (or says 503) within one timeout.
  router.get('/articles/:id', async (req, res) => {
    const found = await articleOrMoved(service, req.params.id, searchedWords(req.query.from));
    if ('movedTo' in found) return res.redirect(301, movedAddress('/articles/', req.originalUrl, found.movedTo));
    const { article, related } = found;
    res.render('article', { title: `${article.title} · Dispatch`, skipLabel: 'Skip to the article', article: articlePageModel(article, req.query.from, related) });
  });
  router.get('/api/articles/:id', async (req, res) => {
    refuseUnknown(req.query, []);
    const found = await articleOrMoved(service, req.params.id);
    if ('movedTo' in found) return res.redirect(301, movedAddress('/api/articles/', req.originalUrl, found.movedTo));
    const { article, related } = found;
    const { passages, ...rest } = article;
    res.json({ ...rest, passages: passages.map(({ position, text }) => ({ position, text })), related });
  });
  return router;
}
