import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { projectRoot } from './project-root.js';

/**
 * The longest request target accepted by default, in characters as sent, that is percent-encoded. Sized so that every
 * text parameter fits at its own maximum in any script at once: a character takes up to 4 UTF-8 bytes, 12 characters
 * encoded (`%F0%9F%98%80`), and q (500) with one actor, notActor and actorQuery (200 each) is 1,100 characters,
 * 13,200 encoded, leaving ~3,000 for the names, the other parameters and the path. At the old 4,096, 460 × 中 in q
 * (3 bytes, 9 characters each) was already refused.
 */
export const DEFAULT_MAX_URL_CHARS = 16_384;

/** The actor alias file both the indexer and the server read unless ALIAS_FILE (or the indexer's --aliases) says another. */
export const DEFAULT_ALIAS_FILE = resolve(projectRoot, 'data/aliases.txt');

/** The forms of one word a search treats as one word (indexer/word-forms.ts), given to Meilisearch as synonyms. */
export const DEFAULT_WORD_FORM_FILE = resolve(projectRoot, 'data/word-forms.txt');

/** Common words searched without typos (indexer/exact-words.ts): "police" is not "policy". */
export const DEFAULT_EXACT_WORD_FILE = resolve(projectRoot, 'data/exact-words.txt');

/**
 * The one reader of `process.env`. Validated once at start: a bad value stops the process with a message that
 * names the variable, what was expected and what came.
 */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  MEILI_URL: z.url({ message: 'expected an http(s) URL such as http://127.0.0.1:7700' }).optional(),
  // Trimmed: a key from a CRLF .env file would otherwise carry a CR that Node refuses in a header at every search.
  MEILI_MASTER_KEY: z.string().trim().min(1).optional(),
  MEILI_SEARCH_KEY: z.string().trim().min(1).optional(),
  MEILI_SEARCH_KEY_FILE: z.string().min(1).optional(),
  MEILI_BIN: z.string().min(1).optional(),
  MEILI_INDEX: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'expected letters, digits, - or _ (a Meilisearch index uid)')
    .default('passages'),
  MEILI_TIMEOUT_MS: z.coerce.number().int().min(100).max(120000).default(5000),
  DATA_DIR: z.string().min(1).default(resolve(projectRoot, '.data')),
  SAMPLE_DIR: z.string().min(1).default(resolve(projectRoot, 'data/sample')),
  ALIAS_FILE: z.string().min(1).default(DEFAULT_ALIAS_FILE),
  SEED_ON_EMPTY: z.enum(['true', 'false']).default('true'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).max(10_000_000).default(600),
  TRUST_PROXY: z
    .string()
    .regex(/^(true|false|\d{1,2}|[0-9a-fA-F.:/, a-z]+)$/, 'expected true, false, a number of proxy hops, or addresses/subnets such as loopback, 10.0.0.0/8')
    .default('false'),
  MAX_URL_CHARS: z.coerce.number().int().min(256).max(65_536).default(DEFAULT_MAX_URL_CHARS),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  PUBLIC_URL: z.url({ message: 'expected the site\'s public origin, such as https://news.example.org' }).optional(),
});

export interface Config {
  port: number;
  host: string;
  meili: {
    /** Set: use that server. Unset: start (or reuse) the embedded engine in `dataDir`. */
    url: string | undefined;
    masterKey: string | undefined;
    /**
     * A search-only key given to the web server (MEILI_SEARCH_KEY, or read from MEILI_SEARCH_KEY_FILE): with it the
     * server needs no master key at all. Unset: the server derives its search key from the master key at start.
     */
    searchKey: string | undefined;
    binary: string | undefined;
    index: string;
    timeoutMs: number;
  };
  dataDir: string;
  sampleDir: string;
  /**
   * The actor alias file (ALIAS_FILE): the indexer tags with it (its `--aliases` says another for one run), the
   * server's actor finder and filters resolve its other names ("IMF"), and a first start indexes the samples with it.
   */
  aliasFile: string;
  seedOnEmpty: boolean;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  web: WebLimits & {
    /** Longest a shutdown waits for in-flight requests before closing their connections. */
    shutdownTimeoutMs: number;
  };
}

/** What the web app refuses, and whom it believes about the client's address. */
export interface WebLimits {
  /** Requests a minute from one client address; 0: no limit. */
  rateLimitPerMinute: number;
  /** Express `trust proxy`: false (the socket's address is the client), true, a hop count, or addresses. */
  trustProxy: boolean | number | string;
  /** Longest request target (path and query) accepted, in characters as sent (percent-encoded). */
  maxUrlChars: number;
  /** Origin for absolute links (feeds, exports); null: the request's Host header, when it is a plain host name. */
  publicUrl: string | null;
}

/** The limits of a server started without configuration: generous for people, a wall for floods. */
export const defaultWebLimits: WebLimits = { rateLimitPerMinute: 600, trustProxy: false, maxUrlChars: DEFAULT_MAX_URL_CHARS, publicUrl: null };

/**
 * `TRUST_PROXY` text → Express's `trust proxy` value.
 *
 * `parseTrustProxy('false')` → `false`; `parseTrustProxy('1')` → `1`; `parseTrustProxy('loopback')` → `'loopback'`
 */
export function parseTrustProxy(text: string): boolean | number | string {
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** MEILI_SEARCH_KEY, or the first line of the MEILI_SEARCH_KEY_FILE file (the Docker secrets convention); not both. */
function readSearchKey(e: { MEILI_SEARCH_KEY?: string | undefined; MEILI_SEARCH_KEY_FILE?: string | undefined }): string | undefined {
  if (e.MEILI_SEARCH_KEY_FILE === undefined) return e.MEILI_SEARCH_KEY;
  if (e.MEILI_SEARCH_KEY !== undefined) throw new ConfigError('Invalid environment: MEILI_SEARCH_KEY_FILE: expected either it or MEILI_SEARCH_KEY, not both');
  let text: string;
  try {
    text = readFileSync(e.MEILI_SEARCH_KEY_FILE, 'utf8');
  } catch (error) {
    throw new ConfigError(`Invalid environment: MEILI_SEARCH_KEY_FILE: cannot read ${e.MEILI_SEARCH_KEY_FILE} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  const key = text.split(/\r?\n/)[0]!.trim();
  if (key === '') {
    const what = text.trim() === '' ? 'is empty' : 'has a blank first line';
    throw new ConfigError(`Invalid environment: MEILI_SEARCH_KEY_FILE: ${e.MEILI_SEARCH_KEY_FILE} ${what} (expected a Meilisearch key on its first line)`);
  }
  return key;
}

/**
 * `role`: the web server reads and checks its search key; the command-line tools (indexer, search-key), which work
 * with the master key, ignore MEILI_SEARCH_KEY(_FILE), so one environment file can serve both.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { role?: 'server' | 'tool' } = {}): Config {
  // A variable set to nothing ("RATE_LIMIT_PER_MINUTE=" in an env file, `${VAR:-}` in compose) is unset: coerced, ""
  // was the number 0, which turned rate limiting off and made the port random, without a word.
  const given = Object.fromEntries(Object.entries(env).filter(([name, value]) => name in envSchema.shape && value !== undefined && value.trim() !== ''));
  const parsed = envSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new ConfigError(`Invalid environment: ${problems}`);
  }
  const e = parsed.data;
  const forServer = (options.role ?? 'server') === 'server';
  const keyVariable = !forServer ? undefined : e.MEILI_SEARCH_KEY_FILE !== undefined ? 'MEILI_SEARCH_KEY_FILE' : e.MEILI_SEARCH_KEY !== undefined ? 'MEILI_SEARCH_KEY' : undefined;
  if (keyVariable !== undefined) {
    if (e.MEILI_URL === undefined) throw new ConfigError(`Invalid environment: ${keyVariable}: expected together with MEILI_URL (the embedded engine makes its own search key)`);
    // The point of giving the server a search key is that it never holds the master key.
    if (e.MEILI_MASTER_KEY !== undefined) throw new ConfigError(`Invalid environment: ${keyVariable}: expected without MEILI_MASTER_KEY (a server given its search key must not hold the master key; drop one of them)`);
    // Filling an empty index takes a key that can write: asked for explicitly, it is a contradiction; by default, off.
    if (env.SEED_ON_EMPTY === 'true') throw new ConfigError('Invalid environment: SEED_ON_EMPTY: expected false with a search key (indexing needs the master key: `npm run index`)');
  }
  const searchKey = forServer ? readSearchKey(e) : undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    meili: {
      url: e.MEILI_URL,
      masterKey: e.MEILI_MASTER_KEY,
      searchKey,
      binary: e.MEILI_BIN,
      index: e.MEILI_INDEX,
      timeoutMs: e.MEILI_TIMEOUT_MS,
    },
    dataDir: resolve(e.DATA_DIR),
    sampleDir: resolve(e.SAMPLE_DIR),
    aliasFile: resolve(e.ALIAS_FILE),
    seedOnEmpty: e.SEED_ON_EMPTY === 'true' && searchKey === undefined,
    logLevel: e.LOG_LEVEL,
    web: {
      rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
      trustProxy: parseTrustProxy(e.TRUST_PROXY),
      maxUrlChars: e.MAX_URL_CHARS,
      publicUrl: e.PUBLIC_URL !== undefined ? new URL(e.PUBLIC_URL).origin : null,
      shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    },
  };
}
