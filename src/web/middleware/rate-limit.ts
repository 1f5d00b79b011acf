import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';
import type { RequestHandler } from 'express';
import type { Logger } from '../../logger.js';
import { AppError } from '../app-error.js';
import type { RequestOrigin } from '../client-address.js';
import type { HeaderList } from './security-headers.js';

const WINDOW_MS = 60_000;

/** IPv6 clients are counted by their /56: one subscriber is usually given a /56 or /64, every address of which it can use. */
const IPV6_PREFIX_BITS = 56;

/** An IPv6 address as its eight 16-bit groups: `ipv6Groups('2001:db8::1')` → `[0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]`. */
function ipv6Groups(address: string): number[] {
  let text = address.replace(/%.*$/, ''); // a zone ("fe80::1%eth0")
  // A trailing dotted IPv4 part ("64:ff9b::192.0.2.1") is the last two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4 !== null) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === undefined || tail === '' ? [] : tail.split(':');
  const zeros = tail === undefined ? [] : Array.from({ length: 8 - left.length - right.length }, () => '0');
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16) || 0);
}

/**
 * The key a client is counted under: an IPv4 address as it is, an IPv4 address written as IPv6 (mapped,
 * `::ffff:1.2.3.4` or `::ffff:102:304`, or the old compatible form `::1.2.3.4`) as its IPv4, any other IPv6 address
 * by its /56, as express-rate-limit counted them before (else a client could change address within its own prefix
 * at every request and never be limited).
 *
 * `rateLimitKey('1.2.3.4')` → `'1.2.3.4'`; `rateLimitKey('::ffff:102:304')` → `'1.2.3.4'`;
 * `rateLimitKey('2001:db8:1:ab12::5')` → `'2001:db8:1:ab00::/56'`
 */
export function rateLimitKey(address: string): string {
  if (!isIPv6(address)) return address;
  const groups = ipv6Groups(address);
  const zerosTo = (n: number): boolean => groups.slice(0, n).every((g) => g === 0);
  const mapped = zerosTo(5) && groups[5] === 0xffff;
  // `::` and `::1` share the compatible form's zeros but hold no IPv4 address: there, how it was written tells.
  const compatible = zerosTo(6) && address.includes('.');
  if (mapped || compatible) return [groups[6]! >> 8, groups[6]! & 0xff, groups[7]! >> 8, groups[7]! & 0xff].join('.');
  const kept = groups.slice(0, Math.ceil(IPV6_PREFIX_BITS / 16));
  const spare = 16 * kept.length - IPV6_PREFIX_BITS;
  kept[kept.length - 1] = (kept[kept.length - 1]! >> spare) << spare;
  return `${kept.map((g) => g.toString(16)).join(':')}::/${IPV6_PREFIX_BITS}`;
}

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
  /** Counts one request from the client at `address` (under rateLimitKey). */
  take(address: string): RateDecision;
}

/**
 * At most `perMinute` requests a minute from one client: a fixed window per client from its first request, in memory
 * (one process; in cluster mode each worker counts its own share). Over the limit: a 429 AppError with Retry-After,
 * so the API answers JSON and pages a page like any other error. `perMinute` 0: no limit, no headers.
 *
 * Hand-written rather than express-rate-limit: one counter shared by both doors (the Express app and /api/search's
 * own, api-search-endpoint.ts), so a client cannot get twice its limit by using both; and synchronous, where the
 * library's store answered through promises and hashed a partition key per request (~100–180 µs of a search,
 * docs/BENCHMARKS.md).
 *
 * `createRateLimiter(2).take('a')` → `{ headers: [['RateLimit', '"2-in-1min"; r=1; t=60'], …], refusal: undefined }`
 */
export function createRateLimiter(perMinute: number, now: () => number = Date.now): RateLimiter {
  // Two generations of windows, as express-rate-limit's store kept them: every minute the older map is dropped whole
  // (its windows have all ended), so memory follows the clients of the last two minutes without walking any map.
  let current = new Map<string, { count: number; resetAt: number }>();
  let previous = new Map<string, { count: number; resetAt: number }>();
  const policy: readonly [string, string] = ['RateLimit-Policy', `"${perMinute}-in-1min"; q=${perMinute}; w=${WINDOW_MS / 1000}`];
  let nextTurn = now() + WINDOW_MS;
  return {
    take(address) {
      if (perMinute === 0) return { headers: [], refusal: undefined };
      const client = rateLimitKey(address);
      const at = now();
      if (at >= nextTurn) {
        previous = current;
        current = new Map();
        nextTurn = at + WINDOW_MS;
      }
      let w = current.get(client);
      if (w === undefined) {
        w = previous.get(client);
        if (w !== undefined) {
          previous.delete(client);
          current.set(client, w);
        }
      }
      if (w === undefined || w.resetAt <= at) {
        w = { count: 0, resetAt: at + WINDOW_MS };
        current.set(client, w);
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
 * The two ways a proxy setting defeats the rate limit, each told once in the log (as express-rate-limit warned on the
 * console before): TRUST_PROXY=true, which believes any client's own X-Forwarded-For (a new address in it every
 * request, and the limit never applies), told at start; and requests that come with X-Forwarded-For while no proxy is
 * trusted (a proxy the operator forgot to declare: every client behind it shares its address and limit), told at the
 * first such request. Returns the per-request check.
 */
export function proxyWarnings(trustProxy: boolean | number | string, origin: RequestOrigin, perMinute: number, log: Logger): (req: IncomingMessage) => void {
  if (trustProxy === true && perMinute > 0) {
    log.warn('TRUST_PROXY=true believes any X-Forwarded-For, so a client can escape the rate limit by sending its own: give the hop count (1) or the proxy\'s addresses instead (see README).');
  }
  let warned = origin.readsForwarded || perMinute === 0;
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
