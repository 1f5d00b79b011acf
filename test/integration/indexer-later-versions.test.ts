import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Progress } from '../../indexer/progress.js';
import { runIndex } from '../../indexer/run-index.js';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { countingPool } from '../support/counting-pool.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/** Every passage in the index, as `articleId#position: first words`, sorted. */
async function passages(index: string): Promise<string[]> {
  const { client, close } = adminClient();
  try {
    const res = await client.index<PassageDocument>(index).getDocuments({ fields: ['articleId', 'position', 'text'], limit: 10_000 });
    return res.results.map((d) => `${d.articleId}#${d.position}: ${d.text.split(' ').slice(0, 4).join(' ')}`).sort();
  } finally {
    close();
  }
}

const jsonl = (...records: object[]): string => records.map((r) => JSON.stringify(r)).join('\n') + '\n';
/** A story long enough for several passages: its later, short version must leave none of them behind. */
const longStory = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1}: envoys of Mali and Niger met again in Niamey to talk about the border, the trade routes and the refugees who crossed it this year.`).join('\n\n');
const first = { id: 'k1', title: 'Border talks', body: longStory };
const update = { id: 'k1', title: 'Border talks end', body: 'Update: the envoys left Niamey without a deal on Friday.' };
const other = { id: 'k2', title: 'Two', body: 'Talks in Accra ended on Monday.' };

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-versions-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('later versions of an article in one run', () => {
  test('when a later file holds an article again with other content, then the later version is indexed whole, named as updated, and not a skip', async () => {
    const index = uniqueIndex('versions');
    const dir = folder({ 'a.jsonl': jsonl(first), 'b.jsonl': jsonl(update, other) });
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], prune: true, tagWorkers: 0 }))!;
    expect(summary).toMatchObject({ skipped: [], repeated: 0, pruneHeldBack: [], pruned: 0 });
    expect(summary.superseded.map((v) => `${v.articleId} ${v.later.split('/').pop()} ${v.earlier.split('/').pop()}`)).toEqual(['k1 b.jsonl:1 a.jsonl:1']);
    // The long first version's passages are all gone: the update has one.
    expect(await passages(index)).toEqual(['k1#0: Update: the envoys left', 'k2#0: Talks in Accra ended']);
  });

  test('when the same files are indexed again, then nothing is tagged or written', async () => {
    const index = uniqueIndex('versions-again');
    const dir = folder({ 'a.jsonl': jsonl(first, other), 'b.jsonl': jsonl(update) });
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 })).toMatchObject({ skipped: [] });
    const before = await passages(index);
    const again = countingPool();
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: again }))!;
    expect(summary).toMatchObject({ articles: 0, unchanged: 2, passages: 0, skipped: [] });
    expect(summary.superseded).toHaveLength(1);
    expect(again.tagged).toBe(0);
    expect(await passages(index)).toEqual(before);
  });

  test('when the later version is gone from the input, then the earlier one comes back, whole', async () => {
    const index = uniqueIndex('versions-gone');
    const dir = folder({ 'a.jsonl': jsonl(first), 'b.jsonl': jsonl(update) });
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    expect(await passages(index)).toEqual(['k1#0: Update: the envoys left']);
    rmSync(join(dir, 'b.jsonl'));
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 }))!;
    expect(summary).toMatchObject({ articles: 1, superseded: [], skipped: [] });
    const now = await passages(index);
    expect(now.length).toBeGreaterThan(1);
    expect(now.every((p) => p.startsWith('k1#'))).toBe(true);
    expect(now[0]).toBe('k1#0: Paragraph 1: envoys of');
  });

  test('when one file repeats an id with other content further down, then its last line wins, and a second run writes nothing', async () => {
    const index = uniqueIndex('versions-lines');
    const dir = folder({ 'wire.jsonl': jsonl(first, other, update) });
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 }))!;
    expect(summary.superseded.map((v) => `${v.later.split('/').pop()} ${v.earlier.split('/').pop()}`)).toEqual(['wire.jsonl:3 wire.jsonl:1']);
    expect(await passages(index)).toEqual(['k1#0: Update: the envoys left', 'k2#0: Talks in Accra ended']);
    const again = countingPool();
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: again })).toMatchObject({ articles: 0, unchanged: 2 });
    expect(again.tagged).toBe(0);
  });

  test('when more than a check group of records lies between two versions, then a rerun sets the first aside, and writes nothing', async () => {
    const index = uniqueIndex('versions-far');
    // Incremental runs compare records with the index 200 at a time: here the first version is compared before the
    // later one is read.
    const fillers = Array.from({ length: 250 }, (_, i) => ({ id: `f${i}`, title: `Filler ${i}`, body: `Markets in Lagos were calm on day ${i}.` }));
    const dir = folder({ 'a.jsonl': jsonl(first, ...fillers), 'b.jsonl': jsonl(update) });
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    const again = countingPool();
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: again })).toMatchObject({ articles: 0, unchanged: 251, skipped: [] });
    expect(again.tagged).toBe(0);
    expect((await passages(index)).filter((p) => p.startsWith('k1#'))).toEqual(['k1#0: Update: the envoys left']);
  });

  test('when one file repeats an id with other content more than a check group further down, then a rerun tags and writes nothing', async () => {
    const index = uniqueIndex('versions-far-lines');
    const fillers = Array.from({ length: 250 }, (_, i) => ({ id: `f${i}`, title: `Filler ${i}`, body: `Markets in Lagos were calm on day ${i}.` }));
    const dir = folder({ 'wire.jsonl': jsonl(first, ...fillers, update) });
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    const again = countingPool();
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: again }))!;
    expect(summary).toMatchObject({ articles: 0, unchanged: 251, passages: 0, skipped: [] });
    expect(again.tagged).toBe(0);
    expect((await passages(index)).filter((p) => p.startsWith('k1#'))).toEqual(['k1#0: Update: the envoys left']);
  });

  test('when one file goes from a text to another and back, far apart, then the last text is indexed and a rerun writes nothing', async () => {
    const index = uniqueIndex('versions-aba-lines');
    const fillers = (from: number) => Array.from({ length: 250 }, (_, i) => ({ id: `f${from + i}`, title: `Filler ${from + i}`, body: `Markets in Lagos were calm on day ${from + i}.` }));
    const dir = folder({ 'wire.jsonl': jsonl(first, ...fillers(0), update, ...fillers(250), first) });
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    const k1 = async () => (await passages(index)).filter((p) => p.startsWith('k1#'));
    const written = await k1();
    expect(written[0]).toBe('k1#0: Paragraph 1: envoys of');
    const again = countingPool();
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: again })).toMatchObject({ articles: 0, unchanged: 501, skipped: [] });
    expect(again.tagged).toBe(0);
    expect(await k1()).toEqual(written);
  });

  test('when the later line of a file is removed, then the first version is written again, whole', async () => {
    const index = uniqueIndex('versions-removed');
    const fillers = Array.from({ length: 250 }, (_, i) => ({ id: `f${i}`, title: `Filler ${i}`, body: `Markets in Lagos were calm on day ${i}.` }));
    const dir = folder({ 'wire.jsonl': jsonl(first, ...fillers, update) });
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    writeFileSync(join(dir, 'wire.jsonl'), jsonl(first, ...fillers));
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 })).toMatchObject({ articles: 1, unchanged: 250, superseded: [] });
    const k1 = (await passages(index)).filter((p) => p.startsWith('k1#'));
    expect(k1.length).toBeGreaterThan(1);
    expect(k1[0]).toBe('k1#0: Paragraph 1: envoys of');
  });

  test('when more later versions come than are held at once, then they are written as they fill up, each after what it replaces', async () => {
    const index = uniqueIndex('versions-waves');
    const ids = ['w1', 'w2', 'w3', 'w4', 'w5'];
    const version = (id: string, n: number) => ({ id, title: `${id} v${n}`, body: n === 1 ? longStory : `Version ${n} of ${id}: the envoys met again in Niamey.` });
    const dir = folder({
      'a.jsonl': jsonl(...ids.map((id) => version(id, 1))),
      'b.jsonl': jsonl(...ids.map((id) => version(id, 2))),
      'c.jsonl': jsonl(version('w1', 3), version('w4', 3)),
    });
    const latest = ['w1#0: Version 3 of w1:', 'w2#0: Version 2 of w2:', 'w3#0: Version 2 of w3:', 'w4#0: Version 3 of w4:', 'w5#0: Version 2 of w5:'];
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0, versionsHeld: 4 }))!;
    expect(summary.superseded).toHaveLength(7);
    expect(await passages(index)).toEqual(latest);
    const again = countingPool();
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: again, versionsHeld: 4 })).toMatchObject({ articles: 0, unchanged: 5 });
    expect(again.tagged).toBe(0);
    // Held to 2, the rerun sets aside more first versions than it may hold: it writes them, and the later ones after.
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0, versionsHeld: 2 });
    expect(await passages(index)).toEqual(latest);
  });

  test('when a story goes back to its first text in a third file far down, then a rerun writes nothing', async () => {
    const index = uniqueIndex('versions-aba');
    const fillers = Array.from({ length: 250 }, (_, i) => ({ id: `f${i}`, title: `Filler ${i}`, body: `Markets in Lagos were calm on day ${i}.` }));
    const dir = folder({ 'a.jsonl': jsonl(first, ...fillers), 'b.jsonl': jsonl(update), 'c.jsonl': jsonl(first) });
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    const again = countingPool();
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: again })).toMatchObject({ articles: 0, skipped: [] });
    expect(again.tagged).toBe(0);
  });

  test('when a file is edited in place (or the tagging rules change), then its records are tagged as they are read, not held back', async () => {
    const index = uniqueIndex('versions-edited');
    const records = (v: string) => Array.from({ length: 300 }, (_, i) => ({ id: `e${i}`, title: `Edited ${i}`, body: `Version ${v}: markets in Lagos were calm on day ${i}.` }));
    const dir = folder({ 'wire.jsonl': jsonl(...records('one')) });
    await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 });
    writeFileSync(join(dir, 'wire.jsonl'), jsonl(...records('two')));
    const pool = countingPool();
    let read = 0;
    let readAtFirstTag: number | undefined;
    const progress: Progress = { start() {}, update(s) { read = s.articlesRead; }, phase() {}, stop() {} };
    const tag = pool.tag;
    pool.tag = (input) => {
      readAtFirstTag ??= read;
      return tag(input);
    };
    expect(await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagPool: pool, progress })).toMatchObject({ articles: 300 });
    // Compared with the index 200 at a time: the first group is tagged before the last 100 are read.
    expect(readAtFirstTag).toBeLessThanOrEqual(200);
  });

  test('when a story goes back to its first text in a third file, then that text is indexed', async () => {
    const index = uniqueIndex('versions-back');
    const back = { ...first, body: 'Envoys of Mali and Niger met in Niamey.' };
    const dir = folder({ 'a.jsonl': jsonl(back), 'b.jsonl': jsonl(update), 'c.jsonl': jsonl(back) });
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], tagWorkers: 0 }))!;
    expect(summary.superseded.map((v) => v.later.split('/').pop())).toEqual(['b.jsonl:1', 'c.jsonl:1']);
    expect(await passages(index)).toEqual(['k1#0: Envoys of Mali and']);
  });

  test('when --rebuild reads two versions, then the new index holds the later one only', async () => {
    const index = uniqueIndex('versions-rebuild');
    const dir = folder({ 'a.jsonl': jsonl(first, other), 'b.jsonl': jsonl(update) });
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [dir], rebuild: true, tagWorkers: 0 }))!;
    expect(summary).toMatchObject({ rebuilt: true, skipped: [] });
    expect(await passages(index)).toEqual(['k1#0: Update: the envoys left', 'k2#0: Talks in Accra ended']);
  });

  test('when two text files share an id (folders of the same name), then they are two articles: the first stays and the other is a skip', async () => {
    const index = uniqueIndex('versions-files');
    const root = mkdtempSync(join(tmpdir(), 'dispatch-versions-files-'));
    for (const [side, body] of [['x', 'Talks in Niamey.'], ['y', 'Talks in Lomé.']] as const) {
      const dir = join(root, side, 'inputs');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'a1.txt'), `Title ${side}\n\n${body}\n`);
    }
    const summary = (await runIndex({ endpoint: testEndpoint(), index, paths: [join(root, 'x', 'inputs'), join(root, 'y', 'inputs')], tagWorkers: 0 }))!;
    expect(summary.superseded).toEqual([]);
    expect(summary.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/^duplicate article id .* with other content \(the first, at .*x\/inputs\/a1\.txt, is kept\)$/)]);
  });
});
