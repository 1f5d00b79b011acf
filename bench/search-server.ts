import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from '../src/meili/embedded.js';
import { projectRoot } from '../src/project-root.js';

export interface BenchServer {
  url: string;
  pid: number;
  child: ChildProcess;
  /** Resident memory of the server process (and any children), in MB, from /proc. */
  rssMB(): number;
  stop(): Promise<void>;
}

/**
 * The web server as `npm start` runs it, in its own process (so the load generator does not share its event
 * loop), against an already running Meilisearch: `node --import tsx src/web/server.ts` with MEILI_URL set.
 * Logs go to `logFile`. The rate limit stays on, set far above what the load generator can reach, so its cost is
 * in the figures.
 */
export async function startBenchServer(options: { meiliUrl: string; masterKey: string; index: string; logFile: string; env?: Record<string, string>; execArgv?: string[]; script?: string }): Promise<BenchServer> {
  const port = await freePort();
  const log = openSync(options.logFile, 'w');
  const child = spawn(process.execPath, [...(options.execArgv ?? []), '--import', 'tsx', options.script ?? resolve(projectRoot, 'src/web/server.ts')], {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MEILI_URL: options.meiliUrl,
      MEILI_MASTER_KEY: options.masterKey,
      MEILI_INDEX: options.index,
      SEED_ON_EMPTY: 'false',
      LOG_LEVEL: 'info',
      RATE_LIMIT_PER_MINUTE: '10000000',
      ...options.env,
    },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (!(await answers(`${url}/healthz`))) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}: ${readFileSync(options.logFile, 'utf8').slice(-2000)}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not answer ${url}/healthz within 60 s`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const pid = child.pid!;
  return {
    url,
    pid,
    child,
    rssMB: () => treeRssMB(pid),
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      }),
  };
}

/** RSS of a process and its direct children (cluster workers), MB. */
export function treeRssMB(pid: number): number {
  const rss = (p: number): number => {
    try {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  };
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    // No children file: count the process alone.
  }
  return rss(pid) + children.reduce((sum, c) => sum + rss(c), 0);
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).ok;
  } catch {
    return false;
  }
}
