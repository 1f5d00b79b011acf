import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../src/project-root.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

const run = promisify(execFile);

/** A wire archive's file: one record names its publisher, one names none. */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-source-'));
  writeFileSync(
    join(dir, 'wire.jsonl'),
    [
      JSON.stringify({ id: 'w-1', title: 'Cocoa review', body: 'Showers continued in the Bahia cocoa zone.' }),
      JSON.stringify({ id: 'w-2', title: 'Copper', body: 'Copper prices rose in London.', source: 'Metal Bulletin' }),
    ].join('\n') + '\n',
  );
  return dir;
}

/** The real CLI; its JSON summary and exit. */
async function indexWith(index: string, args: string[]): Promise<{ articles: number }> {
  const endpoint = testEndpoint();
  const { stdout } = await run(resolve(projectRoot, 'node_modules/.bin/tsx'), [resolve(projectRoot, 'indexer/cli.ts'), '--json', '--no-progress', ...args], {
    env: { ...process.env, MEILI_URL: endpoint.url, MEILI_MASTER_KEY: endpoint.masterKey ?? '', MEILI_INDEX: index, LOG_LEVEL: 'error' },
  });
  return JSON.parse(stdout) as { articles: number };
}

async function sources(index: string): Promise<Record<string, string | null>> {
  const { client, close } = adminClient();
  try {
    const res = await client.index<PassageDocument>(index).getDocuments({ filter: 'position = 0', limit: 10 });
    return Object.fromEntries(res.results.map((d) => [d.articleId, d.source ?? null]));
  } finally {
    close();
  }
}

describe('the publisher of records that name none (--source)', () => {
  test('when --source is given, then records without a publisher get it and the others keep their own', async () => {
    const index = uniqueIndex('source');
    expect(await indexWith(index, ['--source', ' Reuters ', archive()])).toMatchObject({ articles: 2 });
    expect(await sources(index)).toEqual({ 'w-1': 'Reuters', 'w-2': 'Metal Bulletin' });
  });

  test('when no --source is given, then a record without a publisher has none', async () => {
    const index = uniqueIndex('source-none');
    await indexWith(index, [archive()]);
    expect(await sources(index)).toEqual({ 'w-1': null, 'w-2': 'Metal Bulletin' });
  });

  test('when --source is empty or spans lines, then the CLI refuses it with what it expected', async () => {
    await expect(indexWith(uniqueIndex('source-bad'), ['--source', '  ', archive()])).rejects.toMatchObject({ stderr: expect.stringContaining("expected a publisher's name on one line, 1 to 200 characters, got \"  \"") });
    await expect(indexWith(uniqueIndex('source-bad'), ['--source', 'A\nB', archive()])).rejects.toMatchObject({ stderr: expect.stringContaining('got "A\\nB"') });
  });
});
