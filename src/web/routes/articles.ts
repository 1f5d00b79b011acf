import { Router } from 'express';
import { articleModel, articlePageModel, type ArticleModel } from '../../search/article-model.js';
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

async function relatedTo(service: SearchService, article: ArticleModel, deadline: number) {
  const related = await service.related(article.id, article.actors.slice(0, 3).map((a) => a.name), { deadline });
  const mine = new Set(article.actors.map((a) => a.name));
  return related.map((d) => ({
    title: d.title,
    published: d.published?.slice(0, 10) ?? null,
    href: `/articles/${encodeURIComponent(d.articleId)}`,
    shared: d.articleActors.filter((a) => mine.has(a)).slice(0, 4),
  }));
}

export function articleRoutes(service: SearchService): Router {
  const router = Router();
  // One deadline for the article and its related ones: the page answers (or says 503) within one timeout.
  router.get('/articles/:id', async (req, res) => {
    const deadline = service.deadline();
    const article = await loadArticle(service, req.params.id, deadline);
    res.render('article', { title: `${article.title} · Dispatch`, article: articlePageModel(article, req.query.from), related: await relatedTo(service, article, deadline) });
  });
  router.get('/api/articles/:id', async (req, res) => {
    refuseUnknown(req.query, []);
    const deadline = service.deadline();
    const { passages, ...article } = await loadArticle(service, req.params.id, deadline);
    res.json({ ...article, passages: passages.map(({ position, text }) => ({ position, text })), related: await relatedTo(service, { ...article, passages }, deadline) });
  });
  return router;
}
