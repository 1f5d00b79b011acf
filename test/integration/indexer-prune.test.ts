import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIndex } from '../../indexer/run-index.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

async function articles(index: string): Promise<Map<string, PassageDocument[]>> {
  const { client, close } = adminClient();
  try {
    const res = await client.index<PassageDocument>(index).getDocuments({ limit: 10_000 });
    const by = new Map<string, PassageDocument[]>();
    for (const d of res.results) by.set(d.articleId, [...(by.get(d.articleId) ?? []), d]);
    return by;
  } finally {
    close();
  }
}

const line = (id: string, body: string) => JSON.stringify({ id, title: `Title ${id}`, body }) + '\n';
const long = (word: string, paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => `${word} paragraph ${i}: ${'Niamey and Bamako held talks on trade and security. '.repeat(12)}`).join('\n\n');

describe('incremental indexing and --prune', () => {
  const root = mkdtempSync(join(tmpdir(), 'dispatch-prune-'));
  const feeds = join(root, 'feeds');
  const other = join(root, 'other');
  mkdirSync(feeds);
  mkdirSync(other);
  const index = uniqueIndex('prune');
  const run = (paths: string[], prune = true) => runIndex({ endpoint: testEndpoint(), index, paths, prune, tagWorkers: 0 });

  test('when a changed article has fewer passages, then all its old passages are gone and unchanged ones are skipped', async () => {
    writeFileSync(join(feeds, 'a.jsonl'), line('a1', long('first', 4)) + line('a2', 'Short one about Dakar.') + line('a3', 'Kept one about Accra.'));
    writeFileSync(join(feeds, 'b.jsonl'), line('b1', 'Lomé news.') + line('b2', 'Abuja news.'));
    writeFileSync(join(other, 'c.jsonl'), line('c1', 'Outside the pruned paths.'));
    expect(await run([feeds, other])).toMatchObject({ articles: 6, skipped: [] });
    expect((await articles(index)).get('a1')!.length).toBeGreaterThan(2);

    writeFileSync(join(feeds, 'a.jsonl'), line('a1', 'Now a single short passage about Niamey.') + line('a2', 'Short one about Dakar.') + line('a3', 'Kept one about Accra.'));
    expect(await run([feeds, other], false)).toMatchObject({ articles: 1, unchanged: 5, pruned: 0 });
    const a1 = (await articles(index)).get('a1')!;
    expect(a1.map((d) => d.position)).toEqual([0]);
    expect(a1[0]!.text).toBe('Now a single short passage about Niamey.');
  });

  test('when a record is removed from a file and another file disappears, then --prune removes exactly those articles', async () => {
    writeFileSync(join(feeds, 'a.jsonl'), line('a1', 'Now a single short passage about Niamey.') + line('a3', 'Kept one about Accra.'));
    rmSync(join(feeds, 'b.jsonl'));
    const summary = await run([feeds]);
    expect(summary).toMatchObject({ articles: 0, unchanged: 2, pruned: 3, pruneHeldBack: [] });
    expect([...(await articles(index)).keys()].sort()).toEqual(['a1', 'a3', 'c1']);
  });

  test('when a file has a bad line, then its articles are held back from pruning, and a given path that is gone prunes nothing', async () => {
    writeFileSync(join(feeds, 'a.jsonl'), line('a1', 'Now a single short passage about Niamey.') + '{"id": "broken"\n');
    const summary = (await run([feeds, join(root, 'unmounted')]))!;
    expect(summary.pruned).toBe(0);
    expect(summary.pruneHeldBack).toEqual([expect.stringMatching(/feeds\/a\.jsonl$/)]);
    expect(summary.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^cannot read/), expect.stringMatching(/^malformed JSON line/)]);
    expect([...(await articles(index)).keys()].sort()).toEqual(['a1', 'a3', 'c1']);

    writeFileSync(join(feeds, 'a.jsonl'), line('a1', 'Now a single short passage about Niamey.'));
    expect(await run([feeds])).toMatchObject({ pruned: 1, skipped: [] });
    expect([...(await articles(index)).keys()].sort()).toEqual(['a1', 'c1']);
  });
  test('when an indexed record turns bad (its text emptied), then it is named as a skip and its last good version stays until the record leaves its file', async () => {
    writeFileSync(join(feeds, 'a.jsonl'), line('a1', 'Now a single short passage about Niamey.') + line('a4', 'Envoys reached Bamako.'));
    expect(await run([feeds])).toMatchObject({ articles: 1, skipped: [] });
    writeFileSync(join(feeds, 'a.jsonl'), line('a1', 'Now a single short passage about Niamey.') + line('a4', '   '));
    const summary = (await run([feeds]))!;
    expect(summary.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^empty text: the field body is empty/)]);
    expect(summary.pruned).toBe(0);
    expect((await articles(index)).get('a4')!.map((d) => d.text)).toEqual(['Envoys reached Bamako.']);

    writeFileSync(join(feeds, 'a.jsonl'), line('a1', 'Now a single short passage about Niamey.'));
    expect(await run([feeds])).toMatchObject({ pruned: 1, skipped: [] });
    expect([...(await articles(index)).keys()].sort()).toEqual(['a1', 'c1']);
  });

  test('when a text file indexed through its parent folder becomes empty and a subfolder is pruned, then its article is kept (a code review)', async () => {
    const docs = join(root, 'docs');
    mkdirSync(join(docs, 'sub'), { recursive: true });
    writeFileSync(join(docs, 'sub', 'note.txt'), 'Port reopens\n\nThe port of Lome reopened on Monday after the strike.');
    const textIndex = uniqueIndex('prune-text');
    const runText = (paths: string[]) => runIndex({ endpoint: testEndpoint(), index: textIndex, paths, prune: true, tagWorkers: 0 });
    expect(await runText([docs])).toMatchObject({ articles: 1 });
    writeFileSync(join(docs, 'sub', 'note.txt'), '');
    // Through the subfolder its id would be another ("sub/note.txt", not "docs/sub/note.txt"): held back, not trusted to that id.
    expect(await runText([join(docs, 'sub')])).toMatchObject({ pruned: 0, pruneHeldBack: [expect.stringMatching(/note\.txt$/)] });
    expect((await articles(textIndex)).size).toBe(1);
  });

  test('when a file also holds records without text (as Wikinews exports do), then a record removed from it is still pruned (an indexer review)', async () => {
    writeFileSync(join(feeds, 'w.jsonl'), line('w1', 'Accra story.') + line('w2', 'Lomé story.') + line('w-empty', ''));
    expect(await run([feeds])).toMatchObject({ articles: 2, skipped: [expect.objectContaining({ reason: expect.stringMatching(/^empty text/), article: { id: 'w-empty', url: undefined } })] });
    writeFileSync(join(feeds, 'w.jsonl'), line('w1', 'Accra story.') + line('w-empty', ''));
    const summary = (await run([feeds]))!;
    expect(summary).toMatchObject({ pruned: 1, pruneHeldBack: [] });
    expect([...(await articles(index)).keys()].sort()).toEqual(['a1', 'c1', 'w1']);
  });
});
