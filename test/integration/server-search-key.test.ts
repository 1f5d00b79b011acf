import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inspect, promisify } from 'node:util';
import request from 'supertest';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { findMeiliBinary, freePort } from '../../src/meili/embedded.js';
import { SearchKeyError } from '../../src/meili/search-key.js';
import { projectRoot } from '../../src/project-root.js';
import { startServer } from '../../src/web/server.js';
import { adminClient, indexFiles, SAMPLE_DIR, searchKeyFor, testEndpoint, uniqueIndex } from '../support/meili.js';

/**
 * Production keys: the web server given only a search-only key (MEILI_SEARCH_KEY / MEILI_SEARCH_KEY_FILE, no master
 * key) against the real engine, and `npm run search-key`, which makes that key.
 */
const run = promisify(execFile);
const index = uniqueIndex('server-key');
const dir = mkdtempSync(join(tmpdir(), 'dispatch-key-'));
let searchKey: string;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A key made with the master key, with these rights. */
async function keyWith(actions: string[], indexes: string[]): Promise<string> {
  const admin = adminClient();
  try {
    return (await admin.client.createKey({ actions: actions as never, indexes, expiresAt: null })).key;
  } finally {
    admin.close();
  }
}

beforeAll(async () => {
  await indexFiles(index, [SAMPLE_DIR]);
  searchKey = await searchKeyFor(index);
});

/** The server as `npm start` starts it, on a free port, with this environment (never the test engine's master key unless given). */
async function serverWith(env: Record<string, string>) {
  const config = loadConfig({ MEILI_URL: testEndpoint().url, MEILI_INDEX: index, PORT: '0', LOG_LEVEL: 'silent', ...env });
  return startServer(config, createLogger('silent'));
}

/** The error startServer fails with; a server that started anyway is closed, so a failing test leaves nothing running. */
async function refusal(env: Record<string, string>): Promise<unknown> {
  return serverWith(env).then(
    async (running) => {
      await running.close();
      return new Error('the server started');
    },
    (error: unknown) => error,
  );
}

async function searchKeyCli(env: Record<string, string>, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(resolve(projectRoot, 'node_modules/.bin/tsx'), [resolve(projectRoot, 'indexer/search-key-cli.ts'), ...args], {
      env: { PATH: process.env.PATH ?? '', MEILI_URL: testEndpoint().url, MEILI_INDEX: index, LOG_LEVEL: 'error', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('the web server with only a search key', () => {
  test('when given MEILI_SEARCH_KEY and no master key, then it searches with that key and holds no other', async () => {
    const running = await serverWith({ MEILI_SEARCH_KEY: searchKey });
    try {
      expect(running.endpoint.masterKey).toBeUndefined();
      const res = await request(running.server).get('/api/search?q=Wagner');
      expect(res.status).toBe(200);
      expect(res.body.total).toBeGreaterThan(0);
      expect(res.text).not.toContain(searchKey);
    } finally {
      await running.close();
    }
  });

  test('when the key comes from MEILI_SEARCH_KEY_FILE, then it is read from the file', async () => {
    const file = join(dir, 'key');
    writeFileSync(file, `${searchKey}\n`);
    const running = await serverWith({ MEILI_SEARCH_KEY_FILE: file });
    try {
      expect((await request(running.server).get('/api/search?q=Wagner')).status).toBe(200);
    } finally {
      await running.close();
    }
  });

  test('when MEILI_SEARCH_KEY is the master key, then the server refuses to start and says why', async () => {
    const error = await refusal({ MEILI_SEARCH_KEY: testEndpoint().masterKey! });
    expect(error).toBeInstanceOf(SearchKeyError);
    expect((error as Error).message).toMatch(/MEILI_SEARCH_KEY can list keys: it is not a search-only key/);
  });

  test('when MEILI_SEARCH_KEY is the search key of another index, then the server refuses to start', async () => {
    const error = await refusal({ MEILI_SEARCH_KEY: await searchKeyFor(uniqueIndex('other-index')) });
    expect(error).toBeInstanceOf(SearchKeyError);
    expect((error as Error).message).toMatch(new RegExp(`cannot search the index ${index}`));
  });
});

describe('the web server given the master key of an external Meilisearch', () => {
  test('when it has made its search key, then neither the environment, its config nor the running server holds the master key', async () => {
    const master = testEndpoint().masterKey!;
    const before = process.env.MEILI_MASTER_KEY;
    process.env.MEILI_MASTER_KEY = master;
    const config = loadConfig({ MEILI_URL: testEndpoint().url, MEILI_MASTER_KEY: master, MEILI_INDEX: index, PORT: '0', LOG_LEVEL: 'silent' });
    const running = await startServer(config, createLogger('silent'));
    try {
      expect(process.env.MEILI_MASTER_KEY).toBeUndefined();
      expect(config.meili.masterKey).toBeUndefined();
      expect(running.endpoint.masterKey).toBeUndefined();
      // Everything reachable as data from the running server (the app, its settings and locals included).
      expect(inspect(running, { depth: 12, showHidden: true })).not.toContain(master);
      const res = await request(running.server).get('/api/search?q=Wagner').expect(200);
      expect(res.body.total).toBeGreaterThan(0);
    } finally {
      await running.close();
      if (before !== undefined) process.env.MEILI_MASTER_KEY = before;
    }
  });
});

describe('a Meilisearch that accepts connections but never answers', () => {
  test('when the server checks its key there, then the start fails after the configured timeout instead of hanging', async () => {
    const silent = http.createServer(() => {});
    await new Promise<void>((listening) => silent.listen(0, '127.0.0.1', listening));
    try {
      const { port } = silent.address() as AddressInfo;
      const config = loadConfig({ MEILI_URL: `http://127.0.0.1:${port}`, MEILI_INDEX: index, MEILI_SEARCH_KEY: searchKey, MEILI_TIMEOUT_MS: '300', PORT: '0', LOG_LEVEL: 'silent' });
      const error = await startServer(config, createLogger('silent')).then(
        async (running) => {
          await running.close();
          return new Error('the server started');
        },
        (e: unknown) => e,
      );
      expect((error as Error).name).toBe('TimeoutError');
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
  });
});

describe('keys wider than search', () => {
  test.each([
    ['add documents', ['search', 'documents.add']],
    ['delete documents', ['search', 'documents.delete']],
    ['change settings', ['search', 'settings.update']],
    ['swap indexes', ['search', 'indexes.swap']],
    ['delete tasks', ['search', 'tasks.delete']],
  ])('when the key can also %s, then the server refuses to start', async (what, actions) => {
    const error = await refusal({ MEILI_SEARCH_KEY: await keyWith(actions, [index]) });
    expect(error).toBeInstanceOf(SearchKeyError);
    expect((error as Error).message).toContain(`MEILI_SEARCH_KEY can ${what}`);
  });

  test('when the key searches every index (as Meilisearch\'s default search key), then the server refuses to start', async () => {
    const error = await refusal({ MEILI_SEARCH_KEY: await keyWith(['search'], ['*']) });
    expect(error).toBeInstanceOf(SearchKeyError);
    expect((error as Error).message).toContain('MEILI_SEARCH_KEY can search other indexes');
  });

  test('when the probes have run, then nothing was written: no task was enqueued', async () => {
    const admin = adminClient();
    try {
      const before = (await admin.client.tasks.getTasks({ limit: 1 })).results[0]?.uid;
      await refusal({ MEILI_SEARCH_KEY: await keyWith(['*'], ['*']) });
      expect((await admin.client.tasks.getTasks({ limit: 1 })).results[0]?.uid).toBe(before);
    } finally {
      admin.close();
    }
  });
});

describe('an index not built yet', () => {
  test('when a search comes, then it is a 503 that says so, with Retry-After, not a 500', async () => {
    const notYet = uniqueIndex('not-yet');
    const key = await searchKeyFor(notYet);
    const config = loadConfig({ MEILI_URL: testEndpoint().url, MEILI_INDEX: notYet, MEILI_SEARCH_KEY: `${key}\r`, PORT: '0', LOG_LEVEL: 'silent' });
    const running = await startServer(config, createLogger('silent'));
    try {
      const res = await request(running.server).get('/api/search?q=Wagner');
      expect(res.status).toBe(503);
      expect(res.headers['retry-after']).toBe('5');
      expect(res.body.error.message).toMatch(/not built yet/);
      const page = await request(running.server).get('/?q=Wagner');
      expect(page.status).toBe(503);
      expect(page.text).toContain('not built yet');
    } finally {
      await running.close();
    }
  });
});

describe('npm run search-key', () => {
  test('when run with the master key, then it prints the same search-only key the server would make', async () => {
    // A shared environment file may also hold the server's key: the tool ignores it.
    const out = await searchKeyCli({ MEILI_MASTER_KEY: testEndpoint().masterKey!, MEILI_SEARCH_KEY: 'the-servers-key' }, []);
    expect(out).toMatchObject({ code: 0 });
    expect(out.stdout.trim()).toBe(searchKey);
  });

  test('when asked to --write a file, then the key is written there, readable by its owner only', async () => {
    const file = join(dir, 'written-key');
    writeFileSync(file, 'old', { mode: 0o644 });
    const out = await searchKeyCli({ MEILI_MASTER_KEY: testEndpoint().masterKey! }, ['--write', file]);
    expect(out).toMatchObject({ code: 0, stdout: '' });
    expect(readFileSync(file, 'utf8')).toBe(`${searchKey}\n`);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  test('when run without the master key, then it fails with a line naming what is missing', async () => {
    const out = await searchKeyCli({}, []);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^search-key: MEILI_MASTER_KEY: expected the master key/m);
  });
});

describe('a Meilisearch without a master key', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-open-meili-'));
  let engine: ChildProcess | undefined;
  afterAll(() => {
    engine?.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('when the server is given a search key for it, then it refuses to start and says the engine is open to anyone', async () => {
    const port = await freePort();
    engine = spawn(findMeiliBinary(), ['--db-path', join(dataDir, 'data.ms'), '--http-addr', `127.0.0.1:${port}`, '--no-analytics'], {
      env: { PATH: process.env.PATH ?? '', MEILI_ENV: 'development' },
      stdio: 'ignore',
    });
    const url = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 100 && !(await fetch(`${url}/health`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 100));
    const config = loadConfig({ MEILI_URL: url, MEILI_INDEX: index, MEILI_SEARCH_KEY: searchKey, PORT: '0', LOG_LEVEL: 'silent' });
    const error = await startServer(config, createLogger('silent')).then(
      async (running) => {
        await running.close();
        return new Error('the server started');
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SearchKeyError);
    expect((error as Error).message).toMatch(/runs without a master key, so it takes any request from anyone/);
  });
});
