import { Router } from 'express';
import { articleModel, articlePageModel, relatedActorsOf, relatedArticles, type ArticleModel, type RelatedArticle } from '../../search/article-model.js';
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

async function relatedTo(service: SearchService, article: ArticleModel, deadline: number): Promise<RelatedArticle[]> {
  return relatedArticles(article, await service.related(article.id, relatedActorsOf(article), { deadline }));
}

export function articleRoutes(service: SearchService): Router {
  const router = Router();
  // One deadline for the article and its related ones: the page answers (or says 503) within one timeout.
  router.get('/articles/:id', async (req, res) => {
    const deadline = service.deadline();
    const article = await loadArticle(service, req.params.id, deadline);
    res.render('article', { title: `${article.title} · Dispatch`, article: articlePageModel(article, req.query.from, await relatedTo(service, article, deadline)) });
  });
  router.get('/api/articles/:id', async (req, res) => {
    refuseUnknown(req.query, []);
    const deadline = service.deadline();
    const { passages, ...article } = await loadArticle(service, req.params.id, deadline);
    res.json({ ...article, passages: passages.map(({ position, text }) => ({ position, text })), related: await relatedTo(service, { ...article, passages }, deadline) });
  });
  return router;
}
