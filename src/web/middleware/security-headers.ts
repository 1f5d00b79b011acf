import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** The Content-Security-Policy of every answer: scripts, styles and images from the app itself only. */
const DIRECTIVES = { 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'] };

/**
 * helmet's security headers, except that the two which only make sense over HTTPS are sent only then: the CSP's
 * `upgrade-insecure-requests` and HSTS (`Strict-Transport-Security`). docker-compose.yml publishes the app over
 * plain http on every address: a browser on another machine told to upgrade would ask for /static/* and send the
 * search form over https, where nothing answers, and get an unstyled page and a form that fails.
 *
 * HTTPS means: the request came over TLS as Express sees it (`req.secure`, which reads X-Forwarded-Proto only under
 * TRUST_PROXY), or PUBLIC_URL is https (the site is then published over https whatever the last hop to us).
 */
export function securityHeaders(publicUrl: string | null): RequestHandler {
  const overHttps = helmet({ contentSecurityPolicy: { directives: DIRECTIVES } });
  const overHttp = helmet({ contentSecurityPolicy: { directives: { ...DIRECTIVES, 'upgrade-insecure-requests': null } }, strictTransportSecurity: false });
  const publishedOverHttps = publicUrl?.startsWith('https:') ?? false;
  return (req, res, next) => {
    (publishedOverHttps || req.secure ? overHttps : overHttp)(req, res, next);
  };
}
