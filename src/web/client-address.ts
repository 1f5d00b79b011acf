import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';

type TrustFn = (address: string, hop: number) => boolean;
type ProxyAddr = ((req: IncomingMessage, trust: TrustFn) => string) & { compile(values: string[]): TrustFn };

// proxy-addr (Express's own, for req.ip) ships CommonJS without types.
const proxyaddr = createRequire(import.meta.url)('proxy-addr') as ProxyAddr;

/**
 * Who sent a request and over what, read the way Express reads `req.ip` and `req.secure` under TRUST_PROXY (the same
 * rules, from the same package), for both doors: the Express app and /api/search's own (api-search-endpoint.ts).
 * Behind no trusted proxy, the socket's address and TLS; behind one, X-Forwarded-For and X-Forwarded-Proto.
 *
 * `requestOrigin(false).address(<req from 127.0.0.1 with X-Forwarded-For: 1.1.1.1>)` → `'127.0.0.1'`
 * `requestOrigin('loopback').address(<the same>)` → `'1.1.1.1'`
 */
export interface RequestOrigin {
  /** The client's address: the rate limit's key. */
  address(req: IncomingMessage): string;
  /** Whether the client's request came over TLS. */
  isSecure(req: IncomingMessage): boolean;
  /** Whether X-Forwarded-For could be read at all (some proxy is trusted): when not, a request that has it is worth a warning. */
  readonly readsForwarded: boolean;
}

/** Express's compileTrust: `true`, a hop count, or addresses and ranges (a comma-separated string). */
function compileTrust(trust: boolean | number | string): TrustFn {
  if (trust === true) return () => true;
  if (trust === false) return proxyaddr.compile([]);
  if (typeof trust === 'number') return (_address, hop) => hop < trust;
  return proxyaddr.compile(trust.split(',').map((v) => v.trim()));
}

export function requestOrigin(trustProxy: boolean | number | string): RequestOrigin {
  const trust = compileTrust(trustProxy);
  return {
    address: (req) => proxyaddr(req, trust),
    isSecure(req) {
      // Express's req.protocol: the socket's, unless the peer is a trusted proxy, whose X-Forwarded-Proto then says.
      const own = (req.socket as { encrypted?: boolean }).encrypted === true ? 'https' : 'http';
      if (!trust(req.socket.remoteAddress ?? '', 0)) return own === 'https';
      const header = req.headers['x-forwarded-proto'];
      const said = typeof header === 'string' && header !== '' ? header : own;
      return said.split(',')[0]!.trim() === 'https';
    },
    readsForwarded: trustProxy !== false && trustProxy !== 0 && trustProxy !== '',
  };
}
