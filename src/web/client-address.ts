import type { IncomingMessage } from 'node:http';
import { createRequire } from 'node:module';
import express from 'express';

type TrustFn = (address: string, hop: number) => boolean;
type ProxyAddr = (req: IncomingMessage, trust: TrustFn) => string;

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

export function requestOrigin(trustProxy: boolean | number | string): RequestOrigin {
  // Express's own reading of the setting (`true`, a hop count, addresses and ranges), through its public settings.
  const trust = express().set('trust proxy', trustProxy).get('trust proxy fn') as TrustFn;
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
