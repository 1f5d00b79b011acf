/** When a client should try again after Meilisearch did not answer (503s, /healthz). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * The one error type routes throw. `status` maps to HTTP in the error middleware; `message` is safe to show
 * (it never carries internals); `cause` keeps what really happened, for the logs.
 */
export class AppError extends Error {
  override name = 'AppError';
  readonly status: number;
  readonly retryAfterSeconds: number | undefined;
  /** Extra response headers the status needs (e.g. `Allow` with a 405). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, message: string, options: { cause?: unknown; retryAfterSeconds?: number; headers?: Record<string, string> } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.status = status;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.headers = options.headers ?? {};
  }

  static badRequest(message: string): AppError {
    return new AppError(400, message);
  }

  static notFound(message: string): AppError {
    return new AppError(404, message);
  }

  /** Meilisearch answers, but the index is not there yet (a deployment before its first `npm run index`). */
  static notIndexedYet(cause: unknown): AppError {
    return new AppError(503, 'The search index is not built yet. Please try again once the articles are indexed.', { cause, retryAfterSeconds: RETRY_AFTER_SECONDS });
  }

  /** Meilisearch answers but refuses the server's searches (its key deleted or expired): for the operator to fix. */
  static searchRefused(cause: unknown): AppError {
    return new AppError(503, 'Search is unavailable right now. It has been logged; please try again in a little while.', { cause, retryAfterSeconds: RETRY_AFTER_SECONDS });
  }

  /**
   * The index was written by an older Dispatch: it lacks a field this server filters on (the actor keys of document
   * version 2). For the operator: the next `npm run index` rewrites every article.
   */
  static indexOutdated(cause: unknown): AppError {
    return new AppError(503, 'The search index was built by an older version of Dispatch and must be indexed again (npm run index) before it can answer this.', { cause, retryAfterSeconds: RETRY_AFTER_SECONDS });
  }

  static unavailable(cause: unknown): AppError {
    return new AppError(503, 'The search engine is not answering right now. Please try again in a few seconds.', { cause, retryAfterSeconds: RETRY_AFTER_SECONDS });
  }
}
