import { Router } from 'express';
import { isUnavailable } from '../../meili/errors.js';
import type { SearchClient } from '../../meili/search-client.js';
import { articleModel, type ArticleModel } from '../../search/article-model.js';
import { AppError } from '../app-error.js';

const ARTICLE_ID = /^[A-Za-z0-9_-]{1,128}$/;

async function loadArticle(client: SearchClient, id: string): Promise<ArticleModel> {
  if (!ARTICLE_ID.test(id)) throw AppError.badRequest('id: expected letters, digits, - or _ (at most 128)');
  let passages;
  try {
    passages = await client.passagesOf(id);
  } catch (error) {
    if (isUnavailable(error)) throw AppError.unavailable(error);
    throw error;
  }
  const article = articleModel(passages);
  if (article === undefined) throw AppError.notFound(`No article with id ${id}`);
  return article;
}

export function articleRoutes(client: SearchClient): Router {
  const router = Router();
  router.get('/articles/:id', async (req, res) => {
    const article = await loadArticle(client, req.params.id);
    res.render('article', { title: `${article.title} · Dispatch`, article });
  });
  router.get('/api/articles/:id', async (req, res) => {
    const { passages, ...article } = await loadArticle(client, req.params.id);
    res.json({ ...article, passages: passages.map(({ position, text }) => ({ position, text })) });
  });
  return router;
}
