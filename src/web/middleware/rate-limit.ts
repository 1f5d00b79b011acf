import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from '../../logger.js';
import { AppError } from '../app-error.js';
import type { RequestOrigin } from '../client-address.js';
import type { HeaderList } from './security-headers.js';

const WINDOW_MS = 60_000;

/** Paths never limited: health probes come from the platform, static files are cheap and cached. */
export function isUnlimitedPath(path: string): boolean {
  return path === '/healthz' || path.startsWith('/static/');
}

/**
 * Seconds until a rate-limit window resets, rounded up, at least 1.
 *
 * `retryAfterSeconds(new Date(10_500), 0)` → `11`
 */
export function retryAfterSeconds(resetTime: Date | undefined, now = Date.now(), windowMs = WINDOW_MS): number {
  const ms = resetTime === undefined ? windowMs : resetTime.getTime() - now;
  return Math.max(1, Math.ceil(ms / 1000));
}

/** One request counted: its headers (the IETF draft's `RateLimit` and `RateLimit-Policy`), and the 429 when over. */
export interface RateDecision {
  headers: HeaderList;
  refusal: AppError | undefined;
}

export interface RateLimiter {
  /** Counts one request from `client`. */
  take(client: string): RateDecision;
}

/**
 * At most `perMinute` requests a minute from one client: a fixed window per client from its first request, in memory
 * (one process; in cluster mode each worker counts its own share). Over the limit: a 429 AppError with Retry-After,
 * so the API answers JSON and pages a page like any other error. `perMinute` 0: no limit, no headers.
 *
 * Hand-written rather than express-rate-limit: one counter shared by both doors (the Express app and /api/search's
 * own, api-search-endpoint.ts), so a client cannot get twice its limit by using both; and synchronous, where the
 * library's store answered through promises and hashed a partition key per request (~100–180 µs of a search,
 * docs/BENCHMARKS.md). Windows that have ended are swept once a window, so memory follows the clients of one minute.
 *
 * `createRateLimiter(2).take('a')` → `{ headers: [['RateLimit', '"2-in-1min"; r=1; t=60'], …], refusal: undefined }`
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { count: number; resetAt: number }>();
  const policy: readonly [string, string] = ['RateLimit-Policy', `"${perMinute}-in-1min"; q=${perMinute}; w=${WINDOW_MS / 1000}`];
  let nextSweep = now() + WINDOW_MS;
  return {
    take(client) {
      if (perMinute === 0) return { headers: [], refusal: undefined };
      const at = now();
      if (at >= nextSweep) {
        for (const [key, w] of windows) if (w.resetAt <= at) windows.delete(key);
        nextSweep = at + WINDOW_MS;
      }
      let w = windows.get(client);
      if (w === undefined || w.resetAt <= at) {
        w = { count: 0, resetAt: at + WINDOW_MS };
        windows.set(client, w);
      }
      w.count++;
      const seconds = retryAfterSeconds(new Date(w.resetAt), at);
      const headers: HeaderList = [['RateLimit', `"${perMinute}-in-1min"; r=${Math.max(0, perMinute - w.count)}; t=${seconds}`], policy];
      if (w.count <= perMinute) return { headers, refusal: undefined };
      return {
        headers,
        refusal: new AppError(429, `Too many requests: at most ${perMinute} a minute from one address. Try again in ${seconds} s.`, { retryAfterSeconds: seconds }),
      };
    },
  };
}

/**
 * Once per process, a warning that requests come with X-Forwarded-For while no proxy is trusted: a proxy the operator
 * forgot to declare (TRUST_PROXY), which makes every client share the proxy's address and limit.
 */
export function forwardedWithoutTrust(origin: RequestOrigin, log: Logger): (req: IncomingMessage) => void {
  let warned = origin.readsForwarded;
  return (req) => {
    if (warned || req.headers['x-forwarded-for'] === undefined) return;
    warned = true;
    log.warn('requests come with X-Forwarded-For but TRUST_PROXY is off: every client behind that proxy shares its address and rate limit. Set TRUST_PROXY to the proxy (see README).');
  };
}

/** The Express door's rate limit (see createRateLimiter); the client is `origin.address(req)`. */
export function rateLimitPerClient(limiter: RateLimiter, origin: RequestOrigin, warnForwarded: (req: IncomingMessage) => void): RequestHandler {
  return (req, res, next) => {
    if (isUnlimitedPath(req.path)) return next();
    warnForwarded(req);
    const { headers, refusal } = limiter.take(origin.address(req));
    for (const [name, value] of headers) res.setHeader(name, value);
    next(refusal);
  };
}
