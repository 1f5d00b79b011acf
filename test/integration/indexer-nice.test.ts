import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { lowerPriority } from '../../indexer/cpu-priority.js';
import { projectRoot } from '../../src/project-root.js';
import { testEndpoint, uniqueIndex } from '../support/meili.js';

const run = promisify(execFile);

/** The real CLI on one small file; its JSON summary. */
async function indexWith(args: string[]): Promise<{ articles: number; niceness: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-nice-'));
  writeFileSync(join(dir, 'news.jsonl'), JSON.stringify({ id: 'n-1', title: 'Talks', body: 'Envoys met in Niamey on Monday.' }) + '\n');
  const endpoint = testEndpoint();
  const { stdout } = await run(resolve(projectRoot, 'node_modules/.bin/tsx'), [resolve(projectRoot, 'indexer/cli.ts'), dir, '--json', '--no-progress', ...args], {
    env: { ...process.env, MEILI_URL: endpoint.url, MEILI_MASTER_KEY: endpoint.masterKey ?? '', MEILI_INDEX: uniqueIndex('nice'), LOG_LEVEL: 'error' },
  });
  return JSON.parse(stdout) as { articles: number; niceness: number };
}

describe("the indexer's CPU priority", () => {
  test('when the indexer runs with no --nice, then it indexes at niceness 10, below Meilisearch and the web server', async () => {
    expect(await indexWith([])).toMatchObject({ articles: 1, niceness: 10 });
  });

  test('when --nice is given, then the pipeline runs at that niceness', async () => {
    expect(await indexWith(['--nice', '3', '--tag-workers', '1'])).toMatchObject({ articles: 1, niceness: 3 });
  });

  test('when --nice is out of range, then the CLI refuses it with what it expected', async () => {
    await expect(indexWith(['--nice', '20'])).rejects.toMatchObject({ stderr: expect.stringContaining('expected an integer from 0 to 19') });
  });

  test('when a niceness outside 0–19 is asked for, then it is refused with what was expected', () => {
    // (Lowering this thread's priority for real is left to the CLI runs above: jest's thread could not always get it back.)
    expect(() => lowerPriority(20)).toThrow('expected a whole number from 0 (normal) to 19 (lowest), got 20');
    expect(() => lowerPriority(-1)).toThrow('got -1');
  });
});
