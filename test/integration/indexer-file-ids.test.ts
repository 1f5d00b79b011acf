import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run-index.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/** The first passage of every article: its title and source file. */
async function articles(index: string): Promise<{ title: string; sourcePath: string }[]> {
  const { client, close } = adminClient();
  try {
    const res = await client.index<PassageDocument>(index).getDocuments({ filter: 'position = 0', fields: ['title', 'sourcePath'], limit: 100 });
    return res.results.map((d) => ({ title: d.title, sourcePath: d.sourcePath })).sort((a, b) => a.title.localeCompare(b.title));
  } finally {
    close();
  }
}

const index = (paths: string[], name: string) => runIndex({ endpoint: testEndpoint(), index: name, paths, tagWorkers: 0 });
const page = (title: string, text: string) => `<html><body><article><h1>${title}</h1><p>${text}</p></article></body></html>`;

describe('the ids of article files', () => {
  test('when one folder holds a1.txt, a1.md and a1.html, then they are three articles', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-ids-'));
    writeFileSync(join(dir, 'a1.txt'), 'Niger closes airspace\n\nNiamey closed its airspace on Sunday.\n');
    writeFileSync(join(dir, 'a1.md'), '# Mali talks\n\nBamako held talks with Dakar.\n');
    writeFileSync(join(dir, 'a1.html'), page('Rwanda speech', 'Paul Kagame spoke in Kigali.'));
    const name = uniqueIndex('ids-one-folder');
    const summary = await index([dir], name);
    expect(summary).toMatchObject({ articles: 3, skipped: [] });
    expect((await articles(name)).map((a) => a.title)).toEqual(['Mali talks', 'Niger closes airspace', 'Rwanda speech']);
  });

  test('when a file of another folder has the name of one indexed before, then both articles are in the index', async () => {
    const first = mkdtempSync(join(tmpdir(), 'dispatch-ids-a-'));
    const second = mkdtempSync(join(tmpdir(), 'dispatch-ids-b-'));
    writeFileSync(join(first, 'a1.txt'), 'Niger expels envoy\n\nNiamey expelled the French ambassador.\n');
    writeFileSync(join(second, 'a1.html'), page('Rwanda speech', 'Paul Kagame spoke in Kigali.'));
    const name = uniqueIndex('ids-two-folders');
    await index([first], name);
    const summary = await index([second], name);
    expect(summary).toMatchObject({ articles: 1, skipped: [] });
    expect((await articles(name)).map((a) => a.title)).toEqual(['Niger expels envoy', 'Rwanda speech']);
  });

  test('when two folders of the same name hold a file of the same name, then the later is a skip naming the first, which stays', async () => {
    const top = mkdtempSync(join(tmpdir(), 'dispatch-ids-same-'));
    for (const side of ['x', 'y']) mkdirSync(join(top, side, 'inputs'), { recursive: true });
    writeFileSync(join(top, 'x', 'inputs', 'story.txt'), 'Niger expels envoy\n\nNiamey expelled the French ambassador.\n');
    writeFileSync(join(top, 'y', 'inputs', 'story.txt'), 'Chad votes\n\nNdjamena held elections on Monday.\n');
    const name = uniqueIndex('ids-same-names');
    await index([join(top, 'x', 'inputs')], name);
    const summary = (await index([join(top, 'y', 'inputs')], name))!;
    expect(summary.articles).toBe(0);
    expect(summary.skipped).toHaveLength(1);
    expect(summary.skipped[0]!.reason).toMatch(/already held by another file, .*x\/inputs\/story\.txt/);
    expect((await articles(name)).map((a) => a.title)).toEqual(['Niger expels envoy']);
  });
});
