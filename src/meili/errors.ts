import { MeilisearchApiError, MeilisearchRequestTimeOutError } from 'meilisearch';

/**
 * The meilisearch client wraps whatever the HTTP layer throws in a `MeilisearchRequestError`; these helpers look
 * through the `cause` chain for what really happened.
 */
export function findApiError(error: unknown): MeilisearchApiError | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof MeilisearchApiError) return e;
  }
  return undefined;
}

// EPROTO: what answered is not HTTP (lean-http.ts), so no Meilisearch answers there.
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ABORT_ERR', 'EPROTO']);

/**
 * True when Meilisearch could not be reached, did not answer in time, answered 5xx, or a gateway before it answered
 * 429 (too many requests: Meilisearch Cloud, a rate-limiting proxy), as opposed to answering an error. Socket
 * errors are recognised by their `code`, not `instanceof Error`: Node creates them, and code running in another
 * realm (a vm context, as jest's) would not see them as its own `Error`.
 */
export function isUnavailable(error: unknown): boolean {
  if (findApiError(error) !== undefined) {
    const status = findApiError(error)?.response.status ?? 0;
    return status >= 500 || status === 429;
  }
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof MeilisearchRequestTimeOutError) return true;
    if (UNREACHABLE_CODES.has(String((e as { code?: unknown }).code))) return true;
  }
  return error instanceof Error && error.name === 'MeilisearchRequestError';
}

/**
 * True when Meilisearch refused the key (401 without one, 403 with one it does not take for this index: deleted,
 * expired, or made for another index). The server cannot search until someone fixes its key: not the client's fault.
 */
export function isRefusedKey(error: unknown): boolean {
  const status = findApiError(error)?.response.status;
  return status === 401 || status === 403;
}

/**
 * A short reason why a request to Meilisearch failed, fit for a health report: the code Meilisearch answered with and
 * its status, or how the request failed, never the message text.
 *
 * `failureReason(<403 answer, code invalid_api_key>)` → `'invalid_api_key (403)'`;
 * `failureReason(<a timeout>)` → `'timed out'`; `failureReason(<connect ECONNREFUSED>)` → `'ECONNREFUSED'`
 */
export function failureReason(error: unknown): string {
  const api = findApiError(error);
  if (api !== undefined) return `${api.cause?.code ?? 'error'} (${api.response.status})`;
  for (let e: unknown = error, depth = 0; typeof e === 'object' && e !== null && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    if (e instanceof MeilisearchRequestTimeOutError || (e as { name?: unknown }).name === 'TimeoutError') return 'timed out';
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
  }
  return 'no answer it could read';
}

/**
 * A failure as a command line should say it: the error's message and, when Meilisearch answered or the request
 * failed on the way, why; a refused key says which key to give. "Request to http://…/indexes/passages has failed"
 * alone hid a wrong master key.
 *
 * `describeFailure(<403 invalid_api_key>)` → `'… has failed: Meilisearch refused the key (invalid_api_key (403)); give
 * the master key in MEILI_MASTER_KEY'`
 */
export function describeFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (isRefusedKey(error)) return `${message}: Meilisearch refused the key (${failureReason(error)}); give the master key in MEILI_MASTER_KEY`;
  const reason = failureReason(error);
  return reason === 'no answer it could read' || message.includes(reason) ? message : `${message} (${reason})`;
}
