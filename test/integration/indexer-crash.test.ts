import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PassageDocument } from '../../src/meili/passage-document.js';
import { projectRoot } from '../../src/project-root.js';
import { adminClient, testEndpoint, uniqueIndex } from '../support/meili.js';

/**
 * kill -9 at different moments, then run again: every article ends indexed exactly once, with all of its passages
 * and none left from an older version. The real CLI runs as a child process (one process: node with tsx's
 * loader, tagging workers are threads of it), so SIGKILL takes everything down at once, as a crash would.
 */

const WORDS = 'Niamey Bamako junta envoys talks security trade convoy minister border election port market drought harvest'.split(' ');

/** Deterministic article text: `paragraphs` paragraphs of ~400 characters, varied by `seed`. */
function text(seed: number, paragraphs: number, marker: string): string {
  let x = seed * 2654435761 >>> 0;
  const next = () => (x = (x * 1103515245 + 12345) >>> 0) % WORDS.length;
  return Array.from({ length: paragraphs }, (_, p) => {
    const words = Array.from({ length: 60 }, () => WORDS[next()]!);
    return `${marker} ${p}: ${words.join(' ')}.`;
  }).join('\n\n');
}

const FILES = 4;
const PER_FILE = 600;

/** Version 1: every article; version 2: every 5th changed (a different number of passages), every 7th removed, the last file gone. */
function writeCorpus(dir: string, version: 1 | 2): Map<string, string> {
  const expected = new Map<string, string>();
  for (let f = 0; f < FILES; f++) {
    const file = join(dir, `feed-${f}.jsonl`);
    if (version === 2 && f === FILES - 1) {
      rmSync(file, { force: true });
      continue;
    }
    const lines: string[] = [];
    for (let i = 0; i < PER_FILE; i++) {
      const n = f * PER_FILE + i;
      if (version === 2 && n % 7 === 0) continue;
      const changed = version === 2 && n % 5 === 0;
      const marker = changed ? 'revised' : 'original';
      const body = text(n, changed ? 1 + ((n * 3) % 4) : 1 + (n % 4), marker);
      lines.push(JSON.stringify({ id: `art-${n}`, title: `Article ${n}`, body, date: '2024-06-01' }));
      expected.set(`art-${n}`, marker);
    }
    writeFileSync(file, lines.join('\n') + '\n');
  }
  return expected;
}

interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** The real CLI; `killWhen` is polled every 50 ms and SIGKILLs the process the first time it says so. */
function runCli(index: string, args: string[], killWhen?: (elapsedMs: number, stderr: string) => Promise<boolean>): Promise<RunResult> {
  const endpoint = testEndpoint();
  const child = spawn(process.execPath, ['--import', 'tsx', 'indexer/cli.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, MEILI_URL: endpoint.url, MEILI_MASTER_KEY: endpoint.masterKey ?? '', MEILI_INDEX: index, LOG_LEVEL: 'error' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  if (killWhen !== undefined) {
    const poll = async () => {
      if (child.exitCode !== null) return;
      if (await killWhen(Date.now() - started, stderr)) child.kill('SIGKILL');
      else timer = setTimeout(() => void poll(), 50);
    };
    timer = setTimeout(() => void poll(), 50);
  }
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    }),
  );
}

type Passage = Pick<PassageDocument, 'id' | 'articleId' | 'position' | 'passageCount' | 'contentHash' | 'text'>;

async function documents(index: string): Promise<Passage[]> {
  const { client, close } = adminClient();
  try {
    const all: Passage[] = [];
    for (let offset = 0; ; offset += 5000) {
      const page = await client.index<Passage>(index).getDocuments<Passage>({ offset, limit: 5000, fields: ['id', 'articleId', 'position', 'passageCount', 'contentHash', 'text'] });
      all.push(...page.results);
      if (page.results.length < 5000) return all;
    }
  } finally {
    close();
  }
}

async function documentCount(index: string): Promise<number> {
  const { client, close } = adminClient();
  try {
    return (await client.index(index).getStats()).numberOfDocuments;
  } catch {
    return 0;
  } finally {
    close();
  }
}

/** Every expected article once, each with passages 0…passageCount-1 of one version, and nothing else. */
function expectExactlyOnce(docs: Passage[], expected: Map<string, string>): void {
  const byArticle = new Map<string, Passage[]>();
  for (const d of docs) byArticle.set(d.articleId, [...(byArticle.get(d.articleId) ?? []), d]);
  expect([...byArticle.keys()].sort()).toEqual([...expected.keys()].sort());
  expect(new Set(docs.map((d) => d.id)).size).toBe(docs.length);
  const broken: string[] = [];
  for (const [id, passages] of byArticle) {
    const count = passages[0]!.passageCount;
    const positions = passages.map((p) => p.position).sort((a, b) => a - b);
    const complete = positions.length === count && positions.every((p, i) => p === i);
    const oneVersion = passages.every((p) => p.contentHash === passages[0]!.contentHash && p.passageCount === count);
    const rightVersion = passages.every((p) => p.text.startsWith(expected.get(id)!));
    if (!complete || !oneVersion || !rightVersion) broken.push(`${id}: positions ${positions.join(',')} of ${count}`);
  }
  expect(broken).toEqual([]);
}

describe('crash safety (kill -9, then run again)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-crash-'));
  const index = uniqueIndex('crash');
  const common = ['--batch-size', '150', '--progress-interval', '100', dir];

  test('when killed before, during and near the end of a first indexing, then a final run indexes every article exactly once', async () => {
    const v1 = writeCorpus(dir, 1);
    // At start-up, before anything was sent.
    const early = await runCli(index, common, async (ms) => ms > 700);
    expect(early.signal).toBe('SIGKILL');
    // Once Meilisearch holds some passages.
    const first = await runCli(index, common, async () => (await documentCount(index)) > 0);
    expect(first.signal).toBe('SIGKILL');
    // Later, once a good share is in.
    const later = await runCli(index, common, async () => (await documentCount(index)) > 2000);
    expect(later.signal).toBe('SIGKILL');
    const final = await runCli(index, ['--json', ...common]);
    expect(final.code).toBe(0);
    expect(JSON.parse(final.stdout)).toMatchObject({ skipped: [] });
    expectExactlyOnce(await documents(index), v1);
  }, 180_000);

  test('when killed while changed articles are being replaced and removed ones pruned, then the re-run leaves each exactly once, no stale passage', async () => {
    const v2 = writeCorpus(dir, 2);
    const args = ['--prune', ...common];
    const mid = await runCli(index, args, async (_ms, stderr) => (stderr.match(/progress:/g) ?? []).length >= 3);
    expect(mid.signal).toBe('SIGKILL');
    const late = await runCli(index, args, async (_ms, stderr) => /waiting for Meilisearch|pruning/.test(stderr));
    expect(late.signal).toBe('SIGKILL');
    const final = await runCli(index, ['--json', ...args]);
    expect(final.code).toBe(0);
    expect(JSON.parse(final.stdout)).toMatchObject({ skipped: [] });
    expectExactlyOnce(await documents(index), v2);
    // And a run over the same input changes nothing.
    const again = await runCli(index, ['--json', ...args]);
    expect(JSON.parse(again.stdout)).toMatchObject({ articles: 0, passages: 0, pruned: 0 });
  }, 180_000);
});
