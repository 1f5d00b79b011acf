import type { Request, Response } from 'express';

/** A Host header that is a plain host name or address with an optional port: nothing that could end an attribute. */
const PLAIN_HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;

/**
 * The origin absolute links in feeds and exports point at, from what a request says about itself:
 * - `publicUrl` (PUBLIC_URL) when set;
 * - else the scheme the request came by and the Host it named. The scheme is `https` or `http` only: with
 *   TRUST_PROXY, Express takes it from `X-Forwarded-Proto`, which any client can send, so `javascript:` or
 *   `data:` would otherwise open every link of a cached feed or export. A Host that is not a plain host name
 *   becomes `localhost`, so no Host can break out of an attribute; but any plain name is taken as it comes, and a
 *   client can name another site. A cache keys its entries by host, so such a feed is only ever served back for
 *   that name; answers built from the Host also say `Vary: Host` (see `baseUrl`) for caches that do not. Behind a
 *   proxy or a CDN, set PUBLIC_URL.
 *
 * `originFor({ publicUrl: null, protocol: 'javascript:alert(1)//', host: 'news.example' })` → `'http://news.example'`
 * `originFor({ publicUrl: null, protocol: 'https', host: 'evil"><x' })` → `'https://localhost'`
 */
export function originFor(request: { publicUrl: string | null; protocol: string; host: string }): string {
  if (request.publicUrl) return request.publicUrl;
  const scheme = request.protocol.toLowerCase() === 'https' ? 'https' : 'http';
  return `${scheme}://${PLAIN_HOST.test(request.host) ? request.host : 'localhost'}`;
}

/**
 * `originFor` of an Express request: PUBLIC_URL from `app.locals`, the scheme as `trust proxy` reads it. Without
 * PUBLIC_URL the answer depends on the request's Host, and `res` says so (`Vary: Host`).
 */
export function baseUrl(req: Request, res: Response): string {
  const publicUrl = (req.app.locals.publicUrl as string | null | undefined) ?? null;
  if (publicUrl === null) res.vary('Host');
  return originFor({ publicUrl, protocol: req.protocol, host: req.get('host') ?? '' });
}
