import { Router } from 'express';
import { articleModel, articlePageModel, relatedActorsOf, relatedArticles, withSiteKinds, type ArticleModel, type RelatedArticle } from '../../search/article-model.js';
import type { SearchService } from '../../search/search-service.js';
import { refuseUnknown } from '../../search/parse-search-params.js';
import { AppError } from '../app-error.js';

const ARTICLE_ID = /^[A-Za-z0-9_-]{1,128}$/;

async function loadArticle(service: SearchService, id: string, deadline: number): Promise<ArticleModel> {
  if (!ARTICLE_ID.test(id)) throw AppError.badRequest('id: expected letters, digits, - or _ (at most 128)');
  const article = articleModel(await service.passagesOf(id, deadline));
  if (article === undefined) throw AppError.notFound(`No article with id ${id}`);
  return article;
}

/** The article with its actors' kinds as the facets give them, and the articles related to it, asked at once. */
async function articleAndRelated(service: SearchService, id: string, deadline: number): Promise<{ article: ArticleModel; related: RelatedArticle[] }> {
  const article = await loadArticle(service, id, deadline);
  const [kinds, related] = await Promise.all([
    service.actorKinds(article.actors.map((a) => a.name), deadline),
    service.related(article.id, relatedActorsOf(article), { deadline }),
  ]);
  return { article: withSiteKinds(article, kinds), related: relatedArticles(article, related) };
}

export function articleRoutes(service: SearchService): Router {
  const router = Router();
  // One deadline for the article and its related ones: the page answers (or says 503) within one timeout.
  router.get('/articles/:id', async (req, res) => {
    const { article, related } = await articleAndRelated(service, req.params.id, service.deadline());
    res.render('article', { title: `${article.title} · Dispatch`, article: articlePageModel(article, req.query.from, related) });
  });
  router.get('/api/articles/:id', async (req, res) => {
    refuseUnknown(req.query, []);
    const { article, related } = await articleAndRelated(service, req.params.id, service.deadline());
    const { passages, ...rest } = article;
    res.json({ ...rest, passages: passages.map(({ position, text }) => ({ position, text })), related });
  });
  return router;
}
