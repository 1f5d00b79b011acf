import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { AppError } from './app-error.js';

/** Anything not found: a 404 in the shape of the request (JSON under /api, a page elsewhere). */
export const notFound: RequestHandler = (req, _res, next) => {
  next(AppError.notFound(`Nothing at ${req.path}`));
};

/**
 * The one place errors become HTTP. AppErrors show their message; anything else is a 500 whose details go to the
 * log only (no stack traces or internals in responses).
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError =
      error instanceof AppError
        ? error
        : isBodyError(error)
          ? new AppError((error as { status: number }).status, 'The request could not be read')
          : new AppError(500, 'Something went wrong on our side. It has been logged.', { cause: error });
    if (appError.status >= 500) log.error({ err: appError.cause ?? appError, path: req.path }, appError.message);
    if (appError.retryAfterSeconds !== undefined) res.setHeader('Retry-After', String(appError.retryAfterSeconds));
    res.status(appError.status);
    if (req.path.startsWith('/api/')) {
      res.json({ error: { status: appError.status, message: appError.message } });
    } else {
      res.render('error', { title: `${appError.status} · Dispatch`, status: appError.status, message: appError.message });
    }
  };
}

function isBodyError(error: unknown): boolean {
  const status = (error as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}
