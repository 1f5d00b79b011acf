import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { AppError } from '../app-error.js';

/** Every route of the app reads; nothing takes a body. */
export const ALLOWED_METHODS = ['GET', 'HEAD'] as const;

/**
 * What a request must look like before any route sees it, checked on the request line and headers alone:
 * - a method the app serves (GET, HEAD), else 405 with `Allow`;
 * - a request target of at most `maxUrlChars` characters, else 414 (the query limits of parseSearchParams then
 *   never have to read a megabyte of `&`);
 * - no body (`Content-Length` above 0 or any `Transfer-Encoding`), else 413: nothing here reads one, and an unread
 *   body would otherwise be drained from the socket for nothing.
 *
 * Checked before any route by both doors (the Express app, and /api/search's own). `req.url` is the request target
 * as it came (Express's `originalUrl`).
 *
 * (Node itself refuses a request line and headers over `maxHeaderBytes(maxUrlChars)` with a 431 before Express runs.)
 */
export function requestRefusal(req: IncomingMessage, options: { maxUrlChars: number }): AppError | undefined {
  const method = req.method ?? '';
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return new AppError(405, `Method ${method} is not allowed: expected GET or HEAD`, { headers: { Allow: ALLOWED_METHODS.join(', ') } });
  }
  const url = req.url ?? '';
  if (url.length > options.maxUrlChars) return new AppError(414, `The address is too long: expected at most ${options.maxUrlChars} characters, got ${url.length}`);
  const query = url.indexOf('?');
  if (query >= 0 && !isUtf8Query(url.slice(query + 1))) {
    return AppError.badRequest('The address\'s query is not valid UTF-8: expected text percent-encoded as UTF-8 (a "%" alone is written %25)');
  }
  const length = req.headers['content-length'];
  if ((length !== undefined && length !== '0') || req.headers['transfer-encoding'] !== undefined) {
    return new AppError(413, 'Request bodies are not accepted: expected a GET without a body');
  }
  return undefined;
}

/**
 * Whether every part of a query string decodes as percent-encoded UTF-8. Express's parser keeps a part that does not
 * as it came, so `q=%FF` was searched as the characters "%FF" and found every article (a black-box review).
 *
 * `isUtf8Query('q=caf%C3%A9')` → `true`; `isUtf8Query('q=%FF')`, `isUtf8Query('q=%ED%A0%80')` → `false`
 */
export function isUtf8Query(query: string): boolean {
  if (!query.includes('%')) return true;
  try {
    decodeURIComponent(query);
    return true;
  } catch {
    return false;
  }
}

/** The Express door's request limits (see requestRefusal). */
export function requestLimits(options: { maxUrlChars: number }): RequestHandler {
  return (req, _res, next) => {
    next(requestRefusal(req, options));
  };
}

/** Room for the headers besides the request line: cookies, user agents and proxies' additions fit many times over. */
const HEADER_ALLOWANCE_BYTES = 8 * 1024;

/**
 * Node's `maxHeaderSize` for a server that takes request targets of up to `maxUrlChars`: the request line counts in
 * Node's limit, so the limit grows with it, or the longest address the app accepts would be refused by Node first.
 *
 * `maxHeaderBytes(16_384)` → `24_576`
 */
export function maxHeaderBytes(maxUrlChars: number): number {
  return maxUrlChars + HEADER_ALLOWANCE_BYTES;
}
