import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { projectRoot } from '../../src/project-root.js';
import { runIndex } from '../../indexer/run-index.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

const run = promisify(execFile);

/** The real CLI from `cwd` (tsx's own binary, so it starts from any folder). */
async function indexFrom(cwd: string, index: string, path: string): Promise<{ articles: number; unchanged: number }> {
  const endpoint = testEndpoint();
  const { stdout } = await run(resolve(projectRoot, 'node_modules/.bin/tsx'), [resolve(projectRoot, 'indexer/cli.ts'), path, '--json', '--tag-workers', '0', '--no-progress'], {
    cwd,
    env: { ...process.env, MEILI_URL: endpoint.url, MEILI_MASTER_KEY: endpoint.masterKey ?? '', MEILI_INDEX: index, LOG_LEVEL: 'error' },
  });
  return JSON.parse(stdout) as { articles: number; unchanged: number };
}

describe('the working folder', () => {
  test('when the indexer runs again from another folder on the same files, then nothing is uploaded again and the source path is absolute', async () => {
    const index = uniqueIndex('cwd');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-cwd-'));
    writeFileSync(join(dir, 'news.jsonl'), JSON.stringify({ id: 'n-1', title: 'Talks', body: 'Envoys met in Niamey on Monday.' }) + '\n');
    expect(await indexFrom(projectRoot, index, dir)).toMatchObject({ articles: 1, unchanged: 0 });
    expect(await indexFrom(dir, index, '.')).toMatchObject({ articles: 0, unchanged: 1 });
    const { client, close } = adminClient();
    try {
      const docs = (await client.index<PassageDocument>(index).getDocuments()).results;
      expect(docs.map((d) => d.sourcePath)).toEqual([join(dir, 'news.jsonl')]);
    } finally {
      close();
    }
  });

  test('when a folder is indexed again through its parent, then each of its files is still one article, under its new id', async () => {
    const index = uniqueIndex('parent');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-parent-'));
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'note.md'), '# Talks resume\n\nEnvoys met in Doha on Monday.\n');
    writeFileSync(join(dir, 'in', 'wire.jsonl'), JSON.stringify({ id: 'w-1', title: 'Port', body: 'The port of Lomé reopened.' }) + '\n');
    await runIndex({ endpoint: testEndpoint(), index, paths: [join(dir, 'in')], tagWorkers: 0 });
    const second = await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    expect(second).toMatchObject({ articles: 1, unchanged: 1 });
    const { client, close } = adminClient();
    try {
      const docs = (await client.index<PassageDocument>(index).getDocuments({ filter: 'position = 0' })).results;
      expect(docs.map((d) => d.sourcePath).sort()).toEqual([join(dir, 'in', 'note.md'), join(dir, 'in', 'wire.jsonl')]);
      expect(docs.find((d) => d.sourcePath.endsWith('note.md'))?.title).toBe('Talks resume');
    } finally {
      close();
    }
  });
});
