import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { processAlive as alive } from '../../src/meili/embedded.js';
import { projectRoot } from '../../src/project-root.js';

/**
 * `tsx src/web/server.ts` as `npm start` runs it, with its own data folder and port. A search is held in flight
 * deterministically by pausing the embedded engine (SIGSTOP) until the server has received it; then SIGTERM, then
 * the engine resumes: the search must complete, the server exit 0, and the engine be gone.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-shutdown-'));
let server: ChildProcess | undefined;
let meiliPid: number | undefined;
let stderr = '';

afterAll(() => {
  // Only if the test failed midway: never leave a stopped engine or a server behind.
  if (meiliPid !== undefined && alive(meiliPid)) {
    process.kill(meiliPid, 'SIGCONT');
    process.kill(meiliPid, 'SIGKILL');
  }
  if (server?.exitCode === null) server.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

/** Resolves when the server's stderr (pino JSON lines) has a line matching `test`. */
function logLine(test: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> {
  return new Promise((resolveLine, reject) => {
    const check = (): boolean => {
      // Complete lines only: a chunk of stderr can end in the middle of a JSON line.
      for (const text of stderr.split('\n').slice(0, -1)) {
        if (!text.startsWith('{')) continue;
        let line: Record<string, unknown>;
        try {
          line = JSON.parse(text) as Record<string, unknown>;
        } catch {
          continue;
        }
        if (test(line)) {
          resolveLine(line);
          return true;
        }
      }
      return false;
    };
    if (check()) return;
    const onData = (): void => {
      if (check()) server!.stderr!.off('data', onData);
    };
    server!.stderr!.on('data', onData);
    server!.once('exit', (code) => reject(new Error(`the server exited (${code}) before logging the line; stderr:\n${stderr.slice(-3000)}`)));
  });
}

function get(port: number, path: string, id: string): Promise<{ status: number; body: string }> {
  return new Promise((resolveGet, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers: { 'x-request-id': id }, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolveGet({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
  });
}

describe('graceful shutdown', () => {
  test('when SIGTERM comes during a search, then the search completes, the server exits 0 and the engine is gone', async () => {
    // Port 0, read back from the server's log: a port picked here could be taken meanwhile by the engine the server
    // starts on a free port of its own (it happened: EADDRINUSE).
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'debug', MEILI_TIMEOUT_MS: '60000', SHUTDOWN_TIMEOUT_MS: '60000' };
    delete env.MEILI_URL;
    delete env.MEILI_MASTER_KEY;
    server = spawn(resolve(projectRoot, 'node_modules/.bin/tsx'), ['src/web/server.ts'], { cwd: projectRoot, env, stdio: ['ignore', 'ignore', 'pipe'] });
    server.stderr!.setEncoding('utf8');
    server.stderr!.on('data', (c: string) => (stderr += c));
    const exited = new Promise<number | null>((r) => server!.once('exit', (code) => r(code)));

    const serving = await logLine((l) => typeof l.msg === 'string' && l.msg.startsWith('Dispatch is serving'));
    const port = serving.port as number;
    meiliPid = (JSON.parse(readFileSync(join(dataDir, 'meili', 'instance.json'), 'utf8')) as { pid: number }).pid;
    expect(alive(meiliPid)).toBe(true);

    process.kill(meiliPid, 'SIGSTOP');
    const inFlight = get(port, '/api/search?q=Niger', 'in-flight-1');
    await logLine((l) => l.msg === 'request received' && l.reqId === 'in-flight-1');
    server.kill('SIGTERM');
    await logLine((l) => typeof l.msg === 'string' && l.msg.startsWith('shutting down'));
    // Closed to new connections while the search is still waiting on the engine.
    await expect(get(port, '/healthz', 'late-1')).rejects.toThrow(/ECONNREFUSED/);
    process.kill(meiliPid, 'SIGCONT');

    const res = await inFlight;
    expect(res.status).toBe(200);
    expect((JSON.parse(res.body) as { total: number }).total).toBeGreaterThan(0);
    expect(await exited).toBe(0);
    expect(alive(meiliPid)).toBe(false);
  });
});
