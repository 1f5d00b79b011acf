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

/** True when Meilisearch could not be reached or did not answer in time (as opposed to answering an error). */
export function isUnavailable(error: unknown): boolean {
  if (findApiError(error) !== undefined) {
    const status = findApiError(error)?.response.status ?? 0;
    return status >= 500;
  }
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    if (e instanceof MeilisearchRequestTimeOutError) return true;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'ETIMEDOUT' || code === 'ABORT_ERR') return true;
  }
  return error instanceof Error && error.name === 'MeilisearchRequestError';
}
