import { findApiError, isUnavailable } from '../src/meili/errors.js';

export interface RetryOptions {
  /** Attempts after the first. */
  retries?: number;
  /** First wait; doubled each attempt, with jitter. */
  baseMs?: number;
  maxMs?: number;
  /** What is worth another try; default: timeouts, connection errors, 5xx and 429. */
  retryable?: (error: unknown) => boolean;
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
}

/** Timeouts, refused or reset connections, 5xx and 429: the engine is busy or restarting, not saying no. */
export function isTransient(error: unknown): boolean {
  const status = findApiError(error)?.response.status;
  if (status !== undefined) return status >= 500 || status === 429;
  return isUnavailable(error);
}

/**
 * `fn`, tried again with exponential backoff while it fails with a transient error. Only for idempotent calls:
 * a timed-out request may still have been enqueued, so it may run twice (adding the same documents twice, or
 * deleting twice, leaves the same index).
 * `await withRetry(() => index.addDocuments(docs))` → the task, after up to 5 retries over about 15 s (0.5, 1, 2, 4 and
 * 8 s apart, ±25 %).
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 5;
  const base = options.baseMs ?? 500;
  const max = options.maxMs ?? 15_000;
  const retryable = options.retryable ?? isTransient;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (error) {
      if (attempt >= retries || !retryable(error)) throw error;
      const wait = Math.min(max, base * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      options.onRetry?.(error, attempt + 1, wait);
      await new Promise((r) => setTimeout(r, wait));
    }
  }
}
