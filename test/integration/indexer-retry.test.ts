import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort, loadOrCreateMasterKey, startEmbeddedMeili, type EmbeddedMeili } from '../../src/meili/embedded.js';
import { projectRoot } from '../../src/project-root.js';

describe('the indexer when Meilisearch is not up yet', () => {
  test('when the engine starts a moment after the indexer, then the failed request is logged as a retry and the run still indexes everything', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-retry-meili-'));
    const input = mkdtempSync(join(tmpdir(), 'dispatch-retry-input-'));
    writeFileSync(join(input, 'news.jsonl'), JSON.stringify({ id: 'late-1', title: 'Talks', body: 'Envoys met in Niamey on Monday.' }) + '\n');
    const port = await freePort();
    // The key the engine will start with (it reads the same file), so the indexer can be given it beforehand.
    mkdirSync(join(dataDir, 'meili'), { recursive: true, mode: 0o700 });
    const masterKey = loadOrCreateMasterKey(join(dataDir, 'meili'));
    // node itself, not tsx's launcher (which runs a second process): killing it on a failure leaves nothing behind.
    const cli = spawn(process.execPath, ['--import', 'tsx', resolve(projectRoot, 'indexer/cli.ts'), input, '--json', '--tag-workers', '0', '--no-progress'], {
      cwd: projectRoot,
      env: { ...process.env, MEILI_URL: `http://127.0.0.1:${port}`, MEILI_MASTER_KEY: masterKey, MEILI_INDEX: 'late', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    cli.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<number | null>((done) => cli.once('exit', done));
    let engine: EmbeddedMeili | undefined;
    try {
      // Only once the indexer has met the closed port and said it will try again does the engine start.
      await new Promise<void>((retried, fail) => {
        cli.stderr.on('data', (c: Buffer) => {
          stderr += c.toString();
          if (/retry 1 in/.test(stderr)) retried();
        });
        cli.once('exit', (code) => fail(new Error(`the indexer exited (${code}) before retrying: ${stderr}`)));
      });
      // Well within the indexer's ~12 s of retries (5, backing off from 0.5 s).
      engine = await startEmbeddedMeili({ dataDir, port, reuse: false, restartOnExit: false, startTimeoutMs: 10_000 });
      const code = await exited;
      if (code !== 0) throw new Error(`the indexer exited with ${code}: ${stderr}`);
      const retryLine = JSON.parse(stderr.split('\n').find((l) => l.includes('retry 1 in'))!) as { level: number; attempt: number; msg: string };
      expect(retryLine).toMatchObject({ level: 40, attempt: 1 });
      expect(retryLine.msg).toMatch(/^Meilisearch request failed \(.+\); retry 1 in \d+ ms$/);
      expect(JSON.parse(stdout)).toMatchObject({ articles: 1, passages: 1, skipped: [] });
    } finally {
      cli.kill('SIGKILL');
      await engine?.stop();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(input, { recursive: true, force: true });
    }
  }, 60_000);
});
