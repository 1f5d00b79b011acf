import type { IncomingMessage } from 'node:http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from '../logger.js';
import { AppError } from './app-error.js';
import { requestFields } from './middleware/request-log.js';
import { MAX_QUERY_CHARS } from '../search/parse-search-params.js';
import { charCount, clipChars } from '../text/char-count.js';

const HEADINGS: Record<number, string> = {
  400: 'That search could not be read',
  404: 'Not found',
  405: 'That request was refused',
  413: 'That request was refused',
  414: 'That request was refused',
  429: 'Too many requests',
  503: 'Search is unavailable',
};

/** The heading of the error page for a status: `errorHeading(429)` → `'Too many requests'`. */
export function errorHeading(status: number): string {
  return HEADINGS[status] ?? (status >= 500 ? 'Something went wrong' : 'That request was refused');
}

/** Anything not found: a 404 in the shape of the request (`errorFormat`: JSON under /api, a page elsewhere). */
export const notFound: RequestHandler = (req, _res, next) => {
  next(AppError.notFound(`Nothing at ${req.path.length > 200 ? `${req.path.slice(0, 200)}…` : req.path}`));
};

/**
 * Whatever was thrown → the AppError to answer with. AppErrors pass as they are; errors Express or its parsers
 * raise with a 4xx `status` (a malformed `%` escape in a path, an oversized header) become a 4xx with a fixed
 * message, because their own messages may echo internals; anything else is a 500.
 *
 * `toAppError(new Error('ECONNRESET at …'))` → `AppError(500, 'Something went wrong on our side. It has been logged.')`
 */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number' && Number.isInteger(status) && status >= 400 && status < 500) {
    return new AppError(status, 'The request could not be read: check the address and its % escapes.', { cause: error });
  }
  return new AppError(500, 'Something went wrong on our side. It has been logged.', { cause: error });
}

/** Paths whose answers are read by programs, not people, and the shape their errors take. */
const MACHINE_PATHS: Record<string, 'json' | 'text'> = { '/api': 'json', '/export.json': 'json', '/healthz': 'json', '/export.csv': 'text', '/feed.atom': 'text' };

/**
 * The shape of an error answer, from the path asked for: JSON for the API (`/api` and below) and the JSON export and
 * health check, plain text for the CSV export and the feed (a spreadsheet or a feed reader must not get a page of
 * HTML to show or parse), an HTML page for everything else.
 *
 * `errorFormat('/api')` → `'json'`; `errorFormat('/feed.atom')` → `'text'`; `errorFormat('/actors/x')` → `'html'`
 */
export function errorFormat(path: string): 'json' | 'text' | 'html' {
  return MACHINE_PATHS[path] ?? (path.startsWith('/api/') ? 'json' : 'html');
}

/** A way back into a search refused with a 400: where it leads and what it says. */
export interface RetryLink {
  href: string;
  label: string;
  /** The query the link searches, for the error page's own search box. */
  q: string;
}

/**
 * For a search page refused with a 400 that names its parameter ("from: expected a date…"), the same search without
 * that parameter, so that a long search is not lost to one bad value; null when no parameter is named. A query too
 * long to search is not dropped but cut to its first MAX_QUERY_CHARS characters, at a space when one is near, so that
 * the words pasted are still there to search and edit (a user review: the link had led to an empty search).
 *
 * `retryLink({ q: 'coup', from: '2024-02-30' }, 'from: expected a date as YYYY-MM-DD…')`
 *   → `{ href: '/?q=coup', label: 'The same search without it', q: 'coup' }`
 * `retryLink({ q: 'word word …' (600 characters) }, 'q: expected at most 500 characters, got 600')`
 *   → `{ href: '/?q=word+word+…', label: 'The same search, its words cut to the first 500 characters', q: 'word word …' (499) }`
 */
export function retryLink(query: Record<string, unknown>, message: string): RetryLink | null {
  const param = /^(\w+): /.exec(message)?.[1];
  if (param === undefined || !(param in query)) return null;
  const tooLongQuery = param === 'q' && typeof query['q'] === 'string' && charCount(query['q']) > MAX_QUERY_CHARS;
  const kept = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === param && !tooLongQuery) continue;
    for (const v of [value].flat()) if (typeof v === 'string') kept.append(name, name === 'q' && tooLongQuery ? cutQuery(v) : v);
  }
  const qs = kept.toString();
  return {
    href: qs === '' ? '/' : `/?${qs}`,
    label: tooLongQuery ? `The same search, its words cut to the first ${MAX_QUERY_CHARS} characters` : 'The same search without it',
    q: kept.get('q') ?? '',
  };
}

/**
 * A query cut to MAX_QUERY_CHARS characters, at the last space in its final fifth (a word is not cut in half), else
 * exactly there. `cutQuery('a'.repeat(499) + ' bcd')` → `'a'.repeat(499)`
 */
export function cutQuery(q: string): string {
  const clipped = clipChars(q, MAX_QUERY_CHARS);
  if (clipped === q) return q;
  const space = clipped.lastIndexOf(' ');
  return (space >= clipped.length * 0.8 ? clipped.slice(0, space) : clipped).trim();
}

/** An error as plain text: `errorText(AppError(400, 'from: …'))` → `'400: from: …\n'` */
function errorText(error: AppError): string {
  return `${error.status}: ${error.message}\n`;
}

/**
 * An error's log line, with its request's fields (request-log.ts): a 5xx at `error` with its cause (what really
 * happened, for the operator), anything else at `debug`.
 */
export function logError(log: Logger, req: IncomingMessage, path: string, appError: AppError): void {
  if (appError.status >= 500) log.error({ ...requestFields(req), err: appError.cause ?? appError, path, status: appError.status }, appError.message);
  else log.debug({ ...requestFields(req), path, status: appError.status }, appError.message);
}

/**
 * The headers every error answer has: never cached (a 503 must not outlive the outage in a proxy), Retry-After when
 * the error says when, and the status's own (`Allow` with a 405).
 *
 * `errorHeaders(AppError(503, …, { retryAfterSeconds: 5 }))` → `[['Cache-Control', 'no-store'], ['Retry-After', '5']]`
 */
export function errorHeaders(appError: AppError): [string, string][] {
  const headers: [string, string][] = [['Cache-Control', 'no-store']];
  if (appError.retryAfterSeconds !== undefined) headers.push(['Retry-After', String(appError.retryAfterSeconds)]);
  for (const [name, value] of Object.entries(appError.headers)) headers.push([name, value]);
  return headers;
}

/** An error as JSON: `errorJson(AppError(400, 'from: …'))` → `'{"error":{"status":400,"message":"from: …"}}'` */
export function errorJson(appError: AppError): string {
  return JSON.stringify({ error: { status: appError.status, message: appError.message } });
}

/**
 * The one place errors become HTTP (with errorHeaders, errorJson and logError, which /api/search's own door uses
 * too). AppErrors show their message; anything else is a 500 whose details go to the log only (no stack traces or
 * internals in responses).
 */
export function errorHandler(log: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    const appError = toAppError(error);
    logError(log, req, req.path, appError);

    if (res.headersSent) {
      // Half a response is already out: the only honest thing left is to cut the connection.
      req.socket.destroy();
      return;
    }
    res.status(appError.status);
    for (const [name, value] of errorHeaders(appError)) res.setHeader(name, value);
    const format = errorFormat(req.path);
    if (format === 'json') {
      res.type('application/json; charset=utf-8').send(errorJson(appError));
      return;
    }
    if (format === 'text') {
      res.type('text/plain; charset=utf-8').send(errorText(appError));
      return;
    }
    const retry = appError.status === 400 && req.path === '/' ? retryLink(req.query as Record<string, unknown>, appError.message) : null;
    res.render('error', { title: `${appError.status} · Dispatch`, skipLabel: 'Skip to the message', heading: errorHeading(appError.status), message: appError.message, retry }, (renderError, html) => {
      if (renderError !== null && renderError !== undefined) {
        log.error({ ...requestFields(req), err: renderError }, 'the error page could not be rendered');
        res.type('text/plain; charset=utf-8').send(errorText(appError));
        return;
      }
      res.type('html').send(html);
    });
  };
}
