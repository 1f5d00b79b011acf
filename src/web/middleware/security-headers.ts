import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The Content-Security-Policy of every answer: scripts, styles and images from the app itself only. */
const DIRECTIVES = { 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'] };

export type HeaderList = ReadonlyArray<readonly [string, string]>;

/**
 * The headers a helmet middleware sets, read once: ours are the same on every answer (no nonces), so they are worked
 * out at start by running helmet against a response that only records, and then set from the list (both doors:
 * this middleware, and /api/search's own in api-search-endpoint.ts).
 */
function recordHeaders(middleware: (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void): HeaderList {
  const headers: [string, string][] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => headers.push([name, String(value)]),
    removeHeader: () => undefined,
    getHeader: () => undefined,
  };
  let failure: unknown;
  middleware({ headers: {}, method: 'GET', url: '/' } as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
    failure = error;
  });
  if (failure !== undefined) throw new Error('helmet refused its own configuration', { cause: failure });
  return headers;
}

/**
 * helmet's security headers, except that the two which only make sense over HTTPS are sent only then: the CSP's
 * `upgrade-insecure-requests` and HSTS (`Strict-Transport-Security`). docker-compose.yml publishes the app over
 * plain http on every address: a browser on another machine told to upgrade would ask for /static/* and send the
 * search form over https, where nothing answers, and get an unstyled page and a form that fails.
 *
 * HTTPS means: the request came over TLS (client-address.ts, `RequestOrigin.isSecure`, which reads X-Forwarded-Proto
 * only under TRUST_PROXY), or PUBLIC_URL is https (the site is then published over https whatever the last hop to us).
 *
 * `securityHeaderLists(null).forRequest(false)` → `[['Content-Security-Policy', "default-src 'self';…"], …]`
 */
export function securityHeaderLists(publicUrl: string | null): { forRequest(secure: boolean): HeaderList } {
  const overHttps = recordHeaders(helmet({ contentSecurityPolicy: { directives: DIRECTIVES } }));
  const overHttp = recordHeaders(helmet({ contentSecurityPolicy: { directives: { ...DIRECTIVES, 'upgrade-insecure-requests': null } }, strictTransportSecurity: false }));
  const publishedOverHttps = publicUrl?.startsWith('https:') ?? false;
  return { forRequest: (secure) => (publishedOverHttps || secure ? overHttps : overHttp) };
}

/** The Express door's security headers, from the lists both doors share (see securityHeaderLists). */
export function securityHeaders(lists: { forRequest(secure: boolean): HeaderList }, isSecure: (req: IncomingMessage) => boolean): RequestHandler {
  return (req, res, next) => {
    for (const [name, value] of lists.forRequest(isSecure(req))) res.setHeader(name, value);
    next();
  };
}
