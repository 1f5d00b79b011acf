import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { runIndex } from '../../indexer/run-index.js';
import { rebuildUid } from '../../indexer/rebuild.js';
import { hasSettings, indexSettings } from '../../src/meili/index-settings.js';
import { findApiError } from '../../src/meili/errors.js';
import { ensureSearchKey } from '../../src/meili/search-key.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/** A live index holding one article `id`, indexed from its own file; returns the index and the file's folder. */
async function liveIndexOf(id: string): Promise<{ index: string; dir: string; file: string }> {
  const index = uniqueIndex('rebuild-kept');
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-rebuild-'));
  const file = join(dir, 'news.jsonl');
  writeFileSync(file, JSON.stringify({ id, title: 'Kept story', body: 'A story from Niamey.' }) + '\n');
  await runIndex({ endpoint: testEndpoint(), index, paths: [file], tagWorkers: 0 });
  return { index, dir, file };
}

async function articleIdsIn(index: string): Promise<string[]> {
  const admin = adminClient();
  try {
    return (await admin.client.index(index).getDocuments()).results.map((d) => d.articleId as string);
  } finally {
    admin.close();
  }
}

describe('--rebuild', () => {
  test('when the index is rebuilt, then it is swapped in whole, settings and synonyms travel, and the search-only key keeps working', async () => {
    const index = uniqueIndex('rebuild');
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-rebuild-'));
    const file = join(dir, 'news.jsonl');
    const aliases = join(dir, 'aliases.txt');
    writeFileSync(aliases, 'Economic Community of West African States | organisation | ECOWAS; CEDEAO\n');
    writeFileSync(file, JSON.stringify({ id: 'old-1', title: 'Old story', body: 'An old story from Niamey.' }) + '\n');
    await runIndex({ endpoint: testEndpoint(), index, paths: [file], aliasFile: aliases, tagWorkers: 0 });

    const endpoint = testEndpoint();
    const admin = adminClient();
    const key = endpoint.masterKey !== undefined ? await ensureSearchKey(admin.client, index) : undefined;
    const searcher = new Meilisearch({ host: endpoint.url, ...(key !== undefined ? { apiKey: key } : {}) });
    try {
      expect((await searcher.index(index).search('story')).hits.map((h) => h.articleId)).toEqual(['old-1']);

      writeFileSync(file, JSON.stringify({ id: 'new-1', title: 'New story', body: 'The ECOWAS summit opened in Abuja.' }) + '\n' + JSON.stringify({ id: 'new-2', title: 'Another story', body: 'Lomé port.' }) + '\n');
      const summary = await runIndex({ endpoint: testEndpoint(), index, paths: [file], aliasFile: aliases, rebuild: true, tagWorkers: 0 });
      expect(summary).toMatchObject({ rebuilt: true, articles: 2, unchanged: 0 });

      // The same key, the same uid: the new content only.
      const after = await searcher.index(index).search('story');
      expect(after.hits.map((h) => h.articleId).sort()).toEqual(['new-1', 'new-2']);
      // Synonyms and filterable attributes came with the rebuilt index.
      const viaSynonym = await searcher.index(index).search('CEDEAO', { filter: 'articleId = "new-1"' });
      expect(viaSynonym.hits.map((h) => h.articleId)).toEqual(['new-1']);
      const settings = await admin.client.index(index).getSettings();
      expect(hasSettings({ filterableAttributes: indexSettings.filterableAttributes }, settings as Record<string, unknown>)).toBe(true);
      expect(Object.keys(settings.synonyms ?? {}).map((k) => k.toLowerCase())).toContain('cedeao');
      // Nothing left beside it.
      const uids = (await admin.client.getIndexes({ limit: 1000 })).results.map((i) => i.uid);
      expect(uids).toContain(index);
      expect(uids).not.toContain(rebuildUid(index));
    } finally {
      admin.close();
    }
  });

  test('when a path given to --rebuild cannot be read, then nothing starts and the live index keeps its articles', async () => {
    const { index, dir } = await liveIndexOf('kept-1');
    await expect(runIndex({ endpoint: testEndpoint(), index, paths: [join(dir, 'nwes.jsonl')], rebuild: true, tagWorkers: 0 })).rejects.toThrow(
      /^--rebuild: cannot read .*nwes\.jsonl \(ENOENT\); the live index is left as it was$/,
    );
    expect(await articleIdsIn(index)).toEqual(['kept-1']);
  });

  test('when the given paths hold no article (an empty folder, no supported file, every record skipped), then the rebuild is not swapped in (an indexer review: the live index was emptied)', async () => {
    const { index, dir } = await liveIndexOf('kept-0');
    const empty = join(dir, 'empty');
    mkdirSync(empty);
    await expect(runIndex({ endpoint: testEndpoint(), index, paths: [empty], rebuild: true, tagWorkers: 0 })).rejects.toThrow(
      /^--rebuild: no article was read from the given paths \(0 file\(s\)\); the live index is left as it was$/,
    );
    const blank = join(dir, 'blank.txt');
    writeFileSync(blank, '');
    await expect(runIndex({ endpoint: testEndpoint(), index, paths: [blank], rebuild: true, tagWorkers: 0 })).rejects.toThrow(/no article was read from the given paths \(1 file\(s\), 1 record\(s\) skipped\)/);
    expect(await articleIdsIn(index)).toEqual(['kept-0']);
  });

  test('when a given path exists but cannot be listed, then the rebuild is not swapped in', async () => {
    const { index, dir, file } = await liveIndexOf('kept-2');
    // A FIFO passes stat() but is neither a file to read nor a folder to list (as root, chmod 000 would not stop us).
    const fifo = join(dir, 'feeds');
    execFileSync('mkfifo', [fifo]);
    await expect(runIndex({ endpoint: testEndpoint(), index, paths: [file, fifo], rebuild: true, tagWorkers: 0 })).rejects.toThrow(
      /^--rebuild: cannot read .*feeds; the live index is left as it was$/,
    );
    expect(await articleIdsIn(index)).toEqual(['kept-2']);
  });

  test('when a folder under a given path cannot be listed, then the rebuild is not swapped in', async () => {
    const { index, dir } = await liveIndexOf('kept-3');
    // A folder whose name is not UTF-8 is listed by its parent yet cannot be opened by the name Node decodes (as
    // root, chmod 000 would not stop us): its files would be missing from the swapped-in index.
    const sub = Buffer.concat([Buffer.from(`${dir}/sub`), Buffer.from([0xe9])]);
    mkdirSync(sub);
    writeFileSync(Buffer.concat([sub, Buffer.from('/inner.jsonl')]), JSON.stringify({ id: 'inner', body: 'Hidden story.' }) + '\n');
    await expect(runIndex({ endpoint: testEndpoint(), index, paths: [dir], rebuild: true, tagWorkers: 0 })).rejects.toThrow(
      /^--rebuild: cannot read .*sub\uFFFD; the live index is left as it was$/,
    );
    expect(await articleIdsIn(index)).toEqual(['kept-3']);
    // The half-built index is not left beside the live one.
    const { client, close } = adminClient();
    try {
      const left = await client.getIndex(rebuildUid(index)).then(() => 'still there', (error: unknown) => findApiError(error)?.cause?.code);
      expect(left).toBe('index_not_found');
    } finally {
      close();
    }
  });
});
