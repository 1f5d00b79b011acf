import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
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

/**
 * One JSON log line per request (pino-http) with its id, method, path, status and time, at `info` (4xx: `warn`,
 * 5xx: `error`); the id goes back as `x-request-id`, and `req.log` is a child logger carrying it, so the error
 * middleware's lines can be matched to the request. At `debug`, a line when a request arrives as well.
 */
export function requestLog(log: Logger): RequestHandler {
  const middleware = pinoHttp({
    logger: log,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const id = requestId(req.headers['x-request-id']);
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (_req, res, error) => (error !== undefined || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    customSuccessMessage: (req, res) => `${req.method} ${res.statusCode}`,
    customErrorMessage: (req, res) => `${req.method} ${res.statusCode}`,
    // Lean lines: no headers (cookies, user agents) in the logs.
    serializers: {
      req: (req: { id: unknown; method: string; url: string; originalUrl?: string }) => ({ id: req.id, method: req.method, url: clipUrl(req.originalUrl ?? req.url) }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    wrapSerializers: false,
  });
  return (req, res, next) => {
    middleware(req, res);
    if (log.isLevelEnabled('debug')) req.log.debug({ reqId: req.id, method: req.method, url: req.originalUrl }, 'request received');
    next();
  };
}
