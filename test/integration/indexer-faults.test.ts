import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { runIndex } from '../../indexer/run-index.js';
import { projectRoot } from '../../src/project-root.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/** A proxy to the test engine that answers every `every`-th request with a 503 of its own, as a busy gateway would. */
async function flakyProxy(every: number): Promise<{ url: string; refused: () => number; close: () => Promise<void> }> {
  const target = new URL(testEndpoint().url);
  let seen = 0;
  let refused = 0;
  const server: Server = createServer((req, res) => {
    seen++;
    if (seen % every === 0) {
      refused++;
      req.resume();
      res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'busy', code: 'busy', type: 'system' }));
      return;
    }
    const upstream = httpRequest({ host: target.hostname, port: target.port, path: req.url, method: req.method, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    refused: () => refused,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function linesOf(n: number, prefix: string): string {
  return Array.from({ length: n }, (_, i) => JSON.stringify({ id: `${prefix}-${i}`, title: `Report ${i}`, body: `Envoys met in Niamey for the ${i}th round of talks.` })).join('\n') + '\n';
}

describe('the indexer when Meilisearch fails', () => {
  test('when every third request answers 503, then each is retried with backoff, logged, and every article is indexed once', async () => {
    const proxy = await flakyProxy(3);
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-flaky-'));
    writeFileSync(join(dir, 'wire.jsonl'), linesOf(30, 'f'));
    const index = uniqueIndex('flaky');
    const logged: string[] = [];
    const log = pino({ level: 'warn' }, new Writable({ write: (chunk: Buffer, _enc, done) => (logged.push(chunk.toString()), done()) }));
    try {
      const summary = await runIndex({ endpoint: { ...testEndpoint(), url: proxy.url }, index, paths: [dir], tagWorkers: 0, batchSize: 8, log });
      expect(summary).toMatchObject({ articles: 30, skipped: [] });
      expect(proxy.refused()).toBeGreaterThan(0);
      expect(logged.filter((l) => /retry \d in \d+ ms/.test(l)).length).toBe(proxy.refused());
      const { client, close } = adminClient();
      try {
        expect((await client.index(index).getStats()).numberOfDocuments).toBe(30);
      } finally {
        close();
      }
    } finally {
      await proxy.close();
    }
  });

  test('when Meilisearch refuses a task, then the run fails with the task and Meilisearch\'s reason', async () => {
    const index = uniqueIndex('refused');
    const { client, close } = adminClient();
    try {
      // An index keyed on another field: adding passages keyed on `id` fails in the task, not in the request.
      await client.createIndex(index, { primaryKey: 'other' }).waitTask();
    } finally {
      close();
    }
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-refused-'));
    writeFileSync(join(dir, 'wire.jsonl'), linesOf(2, 'r'));
    await expect(runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 })).rejects.toThrow(/Meilisearch task \d+ \(documentAdditionOrUpdate on .+\) failed: .*primary key/i);
  });
});

function runCli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const cli = spawn(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'indexer/cli.ts'), ...args], { cwd: projectRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    cli.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    cli.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    cli.once('exit', (code) => done({ code, stdout, stderr }));
  });
}

describe('the indexer command', () => {
  const env = () => ({ MEILI_URL: testEndpoint().url, MEILI_MASTER_KEY: testEndpoint().masterKey ?? '', LOG_LEVEL: 'warn' });

  test('when some records are bad, then each is named on stderr with file and line, the rest indexed, and the exit status is 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-cli-bad-'));
    // Line 4: binary data, which the parser's message quotes.
    writeFileSync(join(dir, 'wire.jsonl'), linesOf(1, 'ok') + '{"id": "broken"\n' + JSON.stringify({ id: 'no-text', title: 'Empty' }) + '\n\u0000\u001b[2J\u0007junk\n');
    const { code, stdout, stderr } = await runCli([dir, '--json', '--tag-workers', '0', '--no-progress'], { ...env(), MEILI_INDEX: uniqueIndex('clibad') });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^skipped .*wire\.jsonl:2: malformed JSON line/m);
    expect(stderr).toMatch(/^skipped .*wire\.jsonl:3: no text/m);
    // The terminal gets no control characters of the input: they are written out as escapes.
    expect(stderr).toMatch(/^skipped .*wire\.jsonl:4: malformed JSON line/m);
    expect(stderr).not.toMatch(/[\u0000\u001b\u0007]/);
    expect(JSON.parse(stdout)).toMatchObject({
      articles: 1,
      skipped: [
        { where: expect.stringMatching(/wire\.jsonl:2$/), file: expect.stringMatching(/wire\.jsonl$/), line: 2 },
        { where: expect.stringMatching(/wire\.jsonl:3$/), file: expect.stringMatching(/wire\.jsonl$/), line: 3 },
        { where: expect.stringMatching(/wire\.jsonl:4$/), line: 4 },
      ],
    });
  }, 60_000);

  test('when none of the given paths can be read (a typo), then the exit status is 1 and stderr says nothing was indexed, naming where it looked (an indexer review)', async () => {
    const { code, stderr } = await runCli([join(tmpdir(), 'no-such-folder-typo'), '--no-progress'], { ...env(), MEILI_INDEX: uniqueIndex('clinone') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^skipped .*no-such-folder-typo: cannot read: ENOENT/m);
    expect(stderr).toMatch(/^index: nothing to index: none of the given paths could be read$/m);
    // An empty folder that could be read, beside the typo: some skipped, not "none could be read" (a code review).
    const empty = mkdtempSync(join(tmpdir(), 'dispatch-cli-empty-'));
    const both = await runCli([empty, join(tmpdir(), 'no-such-folder-typo'), '--no-progress'], { ...env(), MEILI_INDEX: uniqueIndex('clinone2') });
    expect(both.code).toBe(2);
    expect(both.stderr).not.toMatch(/nothing to index/);
  }, 60_000);

  test('when the run fails, then the exit status is 1, stderr says why, and --json still prints an answer', async () => {
    const { code, stdout, stderr } = await runCli([join(tmpdir(), 'nowhere-at-all'), '--rebuild', '--json', '--no-progress'], { ...env(), MEILI_INDEX: uniqueIndex('clifail') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^index: --rebuild: cannot read .*nowhere-at-all/m);
    expect(JSON.parse(stdout)).toEqual({ error: expect.stringMatching(/^--rebuild: cannot read .*nowhere-at-all/) });
  }, 60_000);

  test('when the master key is wrong, then stderr says Meilisearch refused the key and which key to give', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-cli-key-'));
    writeFileSync(join(dir, 'wire.jsonl'), linesOf(1, 'key'));
    const { code, stderr } = await runCli([dir, '--tag-workers', '0', '--no-progress'], { ...env(), MEILI_MASTER_KEY: 'wrong-key-wrong-key-wrong', MEILI_INDEX: uniqueIndex('clikey') });
    expect(code).toBe(1);
    expect(stderr).toMatch(/^index: .*Meilisearch refused the key \(invalid_api_key \(403\)\); give the master key in MEILI_MASTER_KEY/m);
  }, 60_000);
});
