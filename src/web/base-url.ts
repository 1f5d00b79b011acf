import type { Request } from 'express';

/** A Host header that is a plain host name or address with an optional port: nothing that could end an attribute. */
const PLAIN_HOST = /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$/;

/**
 * The origin absolute links in feeds and exports point at, from what a request says about itself:
 * - `publicUrl` (PUBLIC_URL) when set;
 * - else the scheme the request came by and the Host it named. The scheme is `https` or `http` only: with
 *   TRUST_PROXY, Express takes it from `X-Forwarded-Proto`, which any client can send, so `javascript:` or
 *   `data:` would otherwise open every link of a cached feed or export. A Host that is not a plain host name
 *   becomes `localhost` (a crafted Host cannot put another site's address into a cached feed either).
 *
 * `originFor({ publicUrl: null, protocol: 'javascript:alert(1)//', host: 'news.example' })` → `'http://news.example'`
 * `originFor({ publicUrl: null, protocol: 'https', host: 'evil"><x' })` → `'https://localhost'`
 */
export function originFor(request: { publicUrl: string | null; protocol: string; host: string }): string {
  if (request.publicUrl) return request.publicUrl;
  const scheme = request.protocol.toLowerCase() === 'https' ? 'https' : 'http';
  return `${scheme}://${PLAIN_HOST.test(request.host) ? request.host : 'localhost'}`;
}

/** `originFor` of an Express request: PUBLIC_URL from `app.locals`, the scheme as `trust proxy` reads it. */
export function baseUrl(req: Request): string {
  const publicUrl = (req.app.locals.publicUrl as string | null | undefined) ?? null;
  return originFor({ publicUrl, protocol: req.protocol, host: req.get('host') ?? '' });
}
