import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../../logger.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id: the caller's `x-request-id` when it is a plausible id (a proxy or client correlating logs), else
 * a fresh UUID. Anything else in the header (spaces, newlines, 10 KB) is not trusted into logs.
 *
 * `requestId('abc-123')` → `'abc-123'`; `requestId('a b\n')` → a new UUID
 */
export function requestId(header: string | string[] | undefined): string {
  return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
}

/** A URL for a log line: at most 500 characters, so a hostile 16 KB query does not become a 16 KB log line. */
export function clipUrl(url: string): string {
  return url.length > 500 ? `${url.slice(0, 500)}…(${url.length} chars)` : url;
}

/** What every log line about a request carries: `{ req: { id, method, url } }`, so its lines can be found by id. */
export interface RequestFields {
  req: { id: string; method: string; url: string };
}

/** The request's log fields, as beginRequestLog left them; a request it never saw gets `id: 'unknown'`. */
export function requestFields(req: IncomingMessage): RequestFields {
  return (req as { logFields?: RequestFields }).logFields ?? { req: { id: 'unknown', method: req.method ?? '', url: clipUrl(req.url ?? '') } };
}

/** `logLevelFor(503)` → `'error'`; `logLevelFor(404)` → `'warn'`; `logLevelFor(200)` → `'info'` */
export function logLevelFor(status: number): 'error' | 'warn' | 'info' {
  return status >= 500 ? 'error' : status >= 400 ? 'warn' : 'info';
}

/**
 * The start of a request's log: its id (for the caller to send back as `x-request-id`), and one JSON line when the answer is done,
 * with id, method, url, status and time in ms, at `info` (4xx: `warn`, 5xx: `error`). At `debug`, a line when the
 * request arrives as well. Lean lines: no headers (cookies, user agents) in the logs. Both doors use it: the
 * Express app (`requestLog`) and /api/search's own (api-search-endpoint.ts), so their lines are alike.
 *
 * Hand-written rather than pino-http: the same line, without a child logger and serializers per request, and
 * callable outside Express (docs/BENCHMARKS.md: pino-http was ~70–90 µs of a search).
 */
export function beginRequestLog(log: Logger, req: IncomingMessage, res: ServerResponse): string {
  const started = performance.now();
  const id = requestId(req.headers['x-request-id']);
  const fields: RequestFields = { req: { id, method: req.method ?? '', url: clipUrl(req.url ?? '') } };
  (req as { logFields?: RequestFields }).logFields = fields;
  if (log.isLevelEnabled('debug')) log.debug({ ...fields, reqId: id }, 'request received');
  let logged = false;
  const done = (aborted: boolean): void => {
    if (logged) return;
    logged = true;
    const status = res.statusCode;
    const line = { ...fields, res: { status }, responseTime: Math.round(performance.now() - started) };
    if (aborted) log.warn(line, `${fields.req.method} aborted`);
    else log[logLevelFor(status)](line, `${fields.req.method} ${status}`);
  };
  res.once('finish', () => done(false));
  // Closed before the answer was all sent: the client went away, or the connection was cut (res.writableFinished).
  res.once('close', () => done(!res.writableFinished));
  return id;
}

/** The Express door's request log (see beginRequestLog). */
export function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    res.setHeader('x-request-id', beginRequestLog(log, req, res));
    next();
  };
}
