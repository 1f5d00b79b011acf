/**
 * `npm run bench:index`: bench/index-bench.ts run BENCH_RUNS times (default 3) back to back, each in its own process
 * with its own fresh Meilisearch, then every run's figures and the median ratio. One run's ratio swings by ±0.15 on
 * this VM as its speed drifts from minute to minute (docs/BENCHMARKS.md); the median of runs made back to back,
 * each pairing the pipeline with Meilisearch alone minutes apart at most, is the figure of record.
 * Arguments and the other BENCH_* variables go to every run.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { projectRoot } from '../src/project-root.js';

interface RunResult {
  machine: string;
  articles: number;
  passages: number;
  pipelineSeconds: number;
  articlesPerSecond: number;
  passagesPerSecond: number;
  peakRssMB: number;
  meiliAloneSeconds: number;
  ratio: number;
  cpuSeconds: { pipelineIndexer: number; pipelineMeilisearch?: number; aloneMeilisearch?: number };
}

const runsWanted = Number(process.env.BENCH_RUNS ?? 3);
if (!Number.isInteger(runsWanted) || runsWanted < 1) throw new Error(`BENCH_RUNS: expected a whole number from 1, got ${process.env.BENCH_RUNS}`);

const nodeFlags = process.execArgv.some((flag) => flag.includes('tsx')) ? process.execArgv : [...process.execArgv, '--import', 'tsx'];
const dir = mkdtempSync(join(tmpdir(), 'dispatch-bench-runs-'));
const runs: RunResult[] = [];
let failure: Error | undefined;
try {
  for (let i = 1; i <= runsWanted && failure === undefined; i++) {
    process.stderr.write(`bench:index run ${i} of ${runsWanted}\n`);
    const resultFile = join(dir, `run-${i}.json`);
    // The child runs with this process's node flags (the npm script's: the indexer's heap bound, its V8 threads), as
    // `npm run index` runs the indexer.
    const child = spawnSync(process.execPath, [...nodeFlags, resolve(projectRoot, 'bench/index-bench.ts'), ...process.argv.slice(2)], {
      cwd: projectRoot,
      env: { ...process.env, BENCH_RESULT_FILE: resultFile },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (child.status === 0) runs.push(JSON.parse(readFileSync(resultFile, 'utf8')) as RunResult);
    else failure = new Error(`bench:index run ${i} failed: ${child.error?.message ?? `exit ${child.status ?? child.signal}`}`, { cause: child.error });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
// The runs that finished are still worth their table when a later one failed.
if (runs.length === 0) throw failure ?? new Error('bench:index: no run finished');

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const say = (line: string): void => {
  process.stdout.write(line + '\n');
};
say('');
say(`${runs[0]!.machine}; ${runs[0]!.articles} articles, ${runs[0]!.passages} passages; ${runs.length} runs back to back`);
say('| run | pipeline | articles/s | passages/s | peak RSS | Meilisearch alone | ratio | CPU-s: indexer / Meilisearch in pipeline / Meilisearch alone |');
say('|---|---|---|---|---|---|---|---|');
runs.forEach((r, i) => {
  const cpu = r.cpuSeconds;
  say(`| ${i + 1} | ${r.pipelineSeconds.toFixed(1)} s | ${r.articlesPerSecond} | ${r.passagesPerSecond} | ${r.peakRssMB} MB | ${r.meiliAloneSeconds.toFixed(1)} s | ${r.ratio.toFixed(2)} | ${cpu.pipelineIndexer} / ${cpu.pipelineMeilisearch ?? '?'} / ${cpu.aloneMeilisearch ?? '?'} |`);
});
const ratio = median(runs.map((r) => r.ratio));
const peak = Math.max(...runs.map((r) => r.peakRssMB));
say(`| median | ${median(runs.map((r) => r.pipelineSeconds)).toFixed(1)} s | | | max ${peak} MB | ${median(runs.map((r) => r.meiliAloneSeconds)).toFixed(1)} s | **${ratio.toFixed(2)}** | |`);
say('');
say(`bars: median ratio ${ratio.toFixed(2)} (≤ 1.3: ${ratio <= 1.3 ? 'met' : 'NOT met'}), peak RSS ${peak} MB (≤ 400: ${peak <= 400 ? 'met' : 'NOT met'})`);
if (failure !== undefined) throw failure;
