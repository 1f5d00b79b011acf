import { Router } from 'express';
import { articleModel, type ArticleModel } from '../../search/article-model.js';
import type { SearchService } from '../../search/search-service.js';
import { AppError } from '../app-error.js';

const ARTICLE_ID = /^[A-Za-z0-9_-]{1,128}$/;

async function loadArticle(service: SearchService, id: string): Promise<ArticleModel> {
  if (!ARTICLE_ID.test(id)) throw AppError.badRequest('id: expected letters, digits, - or _ (at most 128)');
  const article = articleModel(await service.passagesOf(id));
  if (article === undefined) throw AppError.notFound(`No article with id ${id}`);
  return article;
}

async function relatedTo(service: SearchService, article: ArticleModel) {
  const related = await service.related(article.id, article.actors.slice(0, 3).map((a) => a.name));
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
  router.get('/articles/:id', async (req, res) => {
    const article = await loadArticle(service, req.params.id);
    res.render('article', { title: `${article.title} · Dispatch`, article, related: await relatedTo(service, article) });
  });
  router.get('/api/articles/:id', async (req, res) => {
    const { passages, ...article } = await loadArticle(service, req.params.id);
    res.json({ ...article, passages: passages.map(({ position, text }) => ({ position, text })), related: await relatedTo(service, { ...article, passages }) });
  });
  return router;
}
