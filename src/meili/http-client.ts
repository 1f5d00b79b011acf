import http from 'node:http';
import https from 'node:https';
import { MeilisearchApiError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { createLeanPool, LeanTimeoutError, type LeanPool } from './lean-http.js';

/**
 * The HTTP layer to Meilisearch: Node's `http` with a keep-alive agent, under the meilisearch client (`request`)
 * and for the server's searches on their own (`postJson`).
 *
 * Why not the client's default `fetch`: `npm run bench:client` (docs/BENCHMARKS.md) times one small search through
 * several clients. What costs tens of milliseconds is a request whose headers and body leave in two TCP segments
 * while Nagle's algorithm is on: the body waits for the ACK of the headers, and Meilisearch delays that ACK (it has
 * nothing to answer before the body) by up to 40 ms. Here every request goes out as one write (headers and body
 * together, `req.end(body)`), `noDelay` is set anyway, and sockets are reused, so a search costs one round trip.
 *
 * Contract (the client's `httpClient` option): resolve with the parsed JSON body of a 2xx response, throw a
 * `MeilisearchApiError` for any other status (the client wraps whatever we throw in a `MeilisearchRequestError`,
 * keeping ours as `cause`). When the client's timeout aborts the signal, we throw the signal's reason, which is
 * how the client recognises its own timeout and reports a `MeilisearchRequestTimeOutError`.
 */
export type HttpClient = (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;

export interface KeepAliveClient {
  request: HttpClient;
  /**
   * POST a JSON body and resolve with the parsed answer, without the meilisearch client in between: the web
   * server's searches go this way (see search-client.ts). Same errors as `request`: `MeilisearchApiError` for a
   * non-2xx answer, the socket's error (ECONNREFUSED…) when Meilisearch is away, and a
   * `MeilisearchRequestTimeOutError` after `timeoutMs`.
   */
  postJson(url: URL, body: string, options: { headers: Record<string, string>; timeoutMs: number }): Promise<unknown>;
  /** Closes idle sockets, so a process can exit without waiting for keep-alive timers. */
  destroy(): void;
}

/** Errors of a request sent on a reused socket that the server had closed meanwhile (it restarted, or idled out). */
const STALE_SOCKET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);

export function createKeepAliveClient(options: { maxSockets?: number; freeSocketTimeoutMs?: number } = {}): KeepAliveClient {
  // An idle socket is dropped after 4 s, before the server's own keep-alive timeout (5 s for Meilisearch's
  // actix-web) would close it under us.
  const agentOptions = { keepAlive: true, maxSockets: options.maxSockets ?? 128, timeout: options.freeSocketTimeoutMs ?? 4000 };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent(agentOptions);

  const send = (url: URL, init: RequestInit, headers: Record<string, string>, body: string | undefined, timeoutMs?: number, attempt = 1): Promise<unknown> =>
    new Promise((resolvePromise, reject) => {
      const signal = init.signal ?? undefined;
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const started = performance.now();
      let timer: NodeJS.Timeout | undefined;
      let timedOut = false;
      let answered = false;
      const settle = (): void => {
        if (timer !== undefined) clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const https_ = url.protocol === 'https:';
      const req = (https_ ? https : http).request(
        url,
        { method: init.method ?? 'GET', headers, agent: https_ ? httpsAgent : httpAgent },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('error', fail);
          res.on('end', () => {
            settle();
            try {
              resolvePromise(readAnswer(res.statusCode ?? 0, res.statusMessage ?? '', Buffer.concat(chunks).toString('utf8')));
            } catch (error) {
              reject(error);
            }
          });
        },
      );
      function fail(error: Error): void {
        settle();
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        if (timedOut) {
          reject(new MeilisearchRequestTimeOutError(timeoutMs ?? 0, { method: init.method ?? 'GET', headers }));
          return;
        }
        // Node documents this retry: a request on a reused keep-alive socket can meet the server's close in
        // flight. When no answer had begun, nothing was processed, so it is sent again once, on a fresh socket,
        // within what is left of the timeout. (An answer cut off midway is not retried: the engine did the work.)
        if (attempt === 1 && !answered && req.reusedSocket && STALE_SOCKET_CODES.has((error as NodeJS.ErrnoException).code ?? '')) {
          const left = timeoutMs === undefined ? undefined : Math.max(1, timeoutMs - (performance.now() - started));
          send(url, init, headers, body, left, 2).then(resolvePromise, reject);
          return;
        }
        reject(error);
      }
      function onAbort(): void {
        req.destroy();
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      // A plain timer, not an AbortSignal: EventTarget listeners cost per request on the search path. Started once
      // the request exists (http.request throws at once on a bad header, and then there is nothing to time out).
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          timedOut = true;
          req.destroy();
        }, timeoutMs);
      }
      req.setNoDelay(true);
      req.on('error', fail);
      // One write: headers and body in the same segment (see the doc comment above).
      req.end(body);
    });

  const request: HttpClient = (input, init = {}) => {
    const url = new URL(input instanceof Request ? input.url : input.toString());
    const headers: Record<string, string> = {};
    // The client hands a Headers object: read it as it is (copying it into a new Headers costs per request).
    const given = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    given.forEach((value, key) => {
      headers[key] = value;
    });
    const body = typeof init.body === 'string' ? init.body : undefined;
    if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
    return send(url, init, headers, body);
  };

  // Searches over plain http (the embedded engine, a compose service) take the lean client (lean-http.ts): one pool
  // per origin. Over https they stay on node:https.
  const pools = new Map<string, LeanPool>();
  const postJson: KeepAliveClient['postJson'] = (url, body, options) => {
    if (url.protocol !== 'http:') return send(url, { method: 'POST' }, { ...options.headers, 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }, body, options.timeoutMs);
    let pool = pools.get(url.host);
    if (pool === undefined) {
      pool = createLeanPool({ host: url.hostname.replace(/^\[|\]$/g, ''), port: Number(url.port || 80), maxSockets: agentOptions.maxSockets, idleTimeoutMs: agentOptions.timeout });
      pools.set(url.host, pool);
    }
    let headerBlock: string;
    try {
      headerBlock = headerLines(options.headers);
    } catch (error) {
      return Promise.reject(error as Error);
    }
    return pool.post(url.pathname + url.search, headerBlock, body, options.timeoutMs).then(
      (answer) => readAnswer(answer.status, answer.statusText, answer.body),
      (error: unknown) => {
        // The same timeout error as the node:http path, which isUnavailable reads as Meilisearch not answering.
        if (error instanceof LeanTimeoutError) throw new MeilisearchRequestTimeOutError(options.timeoutMs, { method: 'POST', headers: options.headers });
        throw error;
      },
    );
  };

  return {
    request,
    postJson,
    destroy() {
      httpAgent.destroy();
      httpsAgent.destroy();
      for (const pool of pools.values()) pool.destroy();
      // As node:http's agents after destroy: a later search opens new sockets.
      pools.clear();
    },
  };
}

/**
 * An answer's body as the client contract wants it (both paths, node:http and lean-http): the parsed JSON of a 2xx,
 * else a `MeilisearchApiError` of its status.
 */
function readAnswer(status: number, statusText: string, text: string): unknown {
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch (cause) {
    // A gateway before the engine (nginx's HTML 502, 503, 504) answers in its own words: still an error of that
    // status, so that a 5xx reads as "unavailable" (503 and Retry-After), not as a bug (500).
    if (status >= 200 && status < 300) throw new Error(`Meilisearch answered ${status} with a body that is not JSON`, { cause });
    throw new MeilisearchApiError(new Response(null, { status: statusForResponse(status), statusText }), undefined);
  }
  if (status >= 200 && status < 300) return parsed;
  throw new MeilisearchApiError(new Response(null, { status: statusForResponse(status), statusText }), parsed as ConstructorParameters<typeof MeilisearchApiError>[1]);
}

/**
 * Request headers as lines for lean-http, checked as node:http checks them (a key with a newline in it would end the
 * line early). The search client passes the same object on every search: its lines are worked out once.
 *
 * `headerLines({ authorization: 'Bearer k' })` → `'authorization: Bearer k\r\n'`
 */
const linesOf = new WeakMap<Record<string, string>, string>();
function headerLines(headers: Record<string, string>): string {
  let lines = linesOf.get(headers);
  if (lines === undefined) {
    lines = '';
    for (const name in headers) {
      const value = headers[name]!;
      http.validateHeaderName(name);
      http.validateHeaderValue(name, value);
      lines += `${name}: ${value}\r\n`;
    }
    linesOf.set(headers, lines);
  }
  return lines;
}

/**
 * A status a `Response` can carry: a proxy's odd status (below 200, above 599) made `new Response` throw inside the
 * socket's listener, uncaught. Such an answer is a gateway's fault: 502.
 */
function statusForResponse(status: number): number {
  return status >= 200 && status <= 599 ? status : 502;
}
