import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { AppError } from '../app-error.js';

/** Paths never limited: health probes come from the platform, static files are cheap and cached. */
export function isUnlimitedPath(path: string): boolean {
  return path === '/healthz' || path.startsWith('/static/');
}

/**
 * Seconds until a rate-limit window resets, rounded up, at least 1.
 *
 * `retryAfterSeconds(new Date(10_500), 0)` → `11`
 */
export function retryAfterSeconds(resetTime: Date | undefined, now = Date.now(), windowMs = 60_000): number {
  const ms = resetTime === undefined ? windowMs : resetTime.getTime() - now;
  return Math.max(1, Math.ceil(ms / 1000));
}

/**
 * At most `perMinute` requests a minute from one client address (a fixed one-minute window, in memory: one
 * process; in cluster mode each worker counts its own share). Over the limit: a 429 AppError with Retry-After, so
 * the API answers JSON and pages a page like any other error. `perMinute` 0: no limit.
 *
 * The address is `req.ip`: behind a reverse proxy set TRUST_PROXY, or every client shares the proxy's address.
 */
export function rateLimitPerClient(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => isUnlimitedPath(req.path),
    handler: (req, _res, next) => {
      const seconds = retryAfterSeconds((req as { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime);
      next(
        new AppError(429, `Too many requests: at most ${perMinute} a minute from one address. Try again in ${seconds} s.`, {
          retryAfterSeconds: seconds,
        }),
      );
    },
  });
}
