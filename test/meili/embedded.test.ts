import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, existsSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from '../../src/project-root.js';
import { startEmbeddedMeili, isHealthy, findMeiliBinary, processAlive, type EmbeddedEvent } from '../../src/meili/embedded.js';

describe('embedded Meilisearch', () => {
  test('when the process that started the engine is killed with -9, then the next command adopts the engine and stops it when done', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-orphan-'));
    // A command that starts the engine, says where it is, and is then killed before it can stop it.
    const script = `const { startEmbeddedMeili } = await import(${JSON.stringify(join(projectRoot, 'src/meili/embedded.ts'))}); const e = await startEmbeddedMeili({ dataDir: ${JSON.stringify(dataDir)} }); console.log(e.url); setInterval(() => {}, 1000);`;
    const owner = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
    const url = await new Promise<string>((done) => owner.stdout.once('data', (c: Buffer) => done(c.toString().trim())));
    const enginePid = (JSON.parse(readFileSync(join(dataDir, 'meili', 'instance.json'), 'utf8')) as { pid: number }).pid;
    owner.kill('SIGKILL');
    await new Promise((done) => owner.once('exit', done));
    expect(await isHealthy(url)).toBe(true);

    // Another command adopting it at this moment (its lock, a live process): this one only reuses it.
    const lock = join(dataDir, 'meili', 'adopt.lock');
    writeFileSync(lock, String(process.ppid));
    const whileLocked = await startEmbeddedMeili({ dataDir });
    expect(whileLocked).toMatchObject({ url, owned: false });
    await whileLocked.stop();
    // One that died while adopting: its lock is cleared, and the next command adopts.
    writeFileSync(lock, '999999999');
    const afterDeadLock = await startEmbeddedMeili({ dataDir });
    expect(afterDeadLock).toMatchObject({ url, owned: false });
    await afterDeadLock.stop();
    expect(existsSync(lock)).toBe(false);
    const adopted = await startEmbeddedMeili({ dataDir });
    expect(adopted).toMatchObject({ url, owned: true });
    // A third command while the adopter runs only reuses it.
    const third = await startEmbeddedMeili({ dataDir });
    expect(third.owned).toBe(false);
    await third.stop();
    expect(await isHealthy(url)).toBe(true);

    await adopted.stop();
    expect(processAlive(enginePid)).toBe(false);
    expect(existsSync(join(dataDir, 'meili', 'instance.json'))).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  test('when started on a fresh folder, then it makes an owner-only master key, answers /health, is reused, and stops', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-embedded-'));
    const engine = await startEmbeddedMeili({ dataDir });
    try {
      const keyFile = join(dataDir, 'meili', 'master.key');
      expect(statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(readFileSync(keyFile, 'utf8').trim()).toBe(engine.masterKey);
      expect(await isHealthy(engine.url)).toBe(true);
      const unauthorised = await fetch(`${engine.url}/indexes`);
      expect(unauthorised.status).toBe(401);

      const second = await startEmbeddedMeili({ dataDir });
      expect(second.owned).toBe(false);
      expect(second.url).toBe(engine.url);
      await second.stop();
      expect(await isHealthy(engine.url)).toBe(true);
    } finally {
      await engine.stop();
    }
    expect(await isHealthy(engine.url)).toBe(false);
    expect(existsSync(join(dataDir, 'meili', 'instance.json'))).toBe(false);
  });

  test('when the command that started the engine stops it while another still uses it, then that one starts its own on the same address, with the same data, and stops it when done', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-handover-'));
    // An indexer started the engine; the web server, started next, reuses it.
    const indexer = await startEmbeddedMeili({ dataDir });
    const events: EmbeddedEvent[] = [];
    const server = await startEmbeddedMeili({ dataDir, onEvent: (e) => events.push(e) });
    expect(server).toMatchObject({ url: indexer.url, owned: false });
    const auth = { authorization: `Bearer ${indexer.masterKey}`, 'content-type': 'application/json' };
    await fetch(`${indexer.url}/indexes`, { method: 'POST', headers: auth, body: JSON.stringify({ uid: 'kept' }) });
    for (const deadline = Date.now() + 10_000; (await fetch(`${indexer.url}/indexes/kept`, { headers: auth })).status !== 200 && Date.now() < deadline; ) await new Promise((r) => setTimeout(r, 50));
    try {
      // The indexer has finished and stops the engine it started.
      await indexer.stop();
      const deadline = Date.now() + 20_000;
      // (Healthy a moment before the start returns and the server's side takes the engine as its own.)
      while (!(server.owned && (await isHealthy(server.url))) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(server.owned).toBe(true);
      expect(await isHealthy(server.url)).toBe(true);
      expect(events.map((e) => e.type)).toEqual(['exited', 'restarted']);
      expect((await fetch(`${server.url}/indexes/kept`, { headers: auth })).status).toBe(200);
    } finally {
      await server.stop();
    }
    expect(await isHealthy(server.url)).toBe(false);
    expect(existsSync(join(dataDir, 'meili', 'instance.json'))).toBe(false);
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  test('when the engine dies unasked, then it is started again on the same address with its data; after stop(), it stays down', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-embedded-'));
    const events: EmbeddedEvent[] = [];
    const engine = await startEmbeddedMeili({ dataDir, reuse: false, onEvent: (e) => events.push(e) });
    const auth = { authorization: `Bearer ${engine.masterKey}`, 'content-type': 'application/json' };
    const pidOf = (): number => (JSON.parse(readFileSync(join(dataDir, 'meili', 'instance.json'), 'utf8')) as { pid: number }).pid;
    try {
      await fetch(`${engine.url}/indexes`, { method: 'POST', headers: auth, body: JSON.stringify({ uid: 'kept' }) });
      const first = pidOf();
      process.kill(first, 'SIGKILL');
      const deadline = Date.now() + 20_000;
      while (!events.some((e) => e.type === 'restarted') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect(events.map((e) => e.type)).toEqual(['exited', 'restarted']);
      expect(events[0]).toMatchObject({ type: 'exited', signal: 'SIGKILL' });
      expect(await isHealthy(engine.url)).toBe(true);
      expect(pidOf()).not.toBe(first);
      expect((await fetch(`${engine.url}/indexes/kept`, { headers: auth })).status).toBe(200);
    } finally {
      await engine.stop();
    }
    await new Promise((r) => setTimeout(r, 1500));
    expect(await isHealthy(engine.url)).toBe(false);
    expect(events).toHaveLength(2);
  });

  test('when the engine dies and cannot be started again for a while, then the failures are reported, nothing throws, and it comes back', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-embedded-'));
    const link = join(dataDir, 'meilisearch');
    symlinkSync(findMeiliBinary(), link);
    const events: EmbeddedEvent[] = [];
    const engine = await startEmbeddedMeili({ dataDir, binary: link, reuse: false, onEvent: (e) => events.push(e) });
    const waitFor = async (type: EmbeddedEvent['type']): Promise<void> => {
      const deadline = Date.now() + 20_000;
      while (!events.some((e) => e.type === type) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };
    try {
      rmSync(link); // the binary is gone (an `npm ci` under a running server)
      process.kill((JSON.parse(readFileSync(join(dataDir, 'meili', 'instance.json'), 'utf8')) as { pid: number }).pid, 'SIGKILL');
      await waitFor('restart-failed');
      expect(events.find((e) => e.type === 'restart-failed')).toMatchObject({ attempt: 1, error: expect.stringMatching(/could not be started: .*ENOENT/) });
      symlinkSync(findMeiliBinary(), link);
      await waitFor('restarted');
      expect(events.at(-1)).toMatchObject({ type: 'restarted', attempt: 2 });
      expect(await isHealthy(engine.url)).toBe(true);
    } finally {
      await engine.stop();
    }
    expect(existsSync(join(dataDir, 'meili', 'instance.json'))).toBe(false);
  });

  /** An engine binary that is test/support/fake-meili.mjs with these settings. */
  const fakeEngine = (dir: string, env: Record<string, string>): string => {
    const script = join(dir, 'fake-meilisearch');
    const vars = Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ');
    writeFileSync(script, `#!/bin/sh\nexec env ${vars} ${process.execPath} ${join(projectRoot, 'test/support/fake-meili.mjs')} "$@"\n`, { mode: 0o755 });
    return script;
  };

  /** The attempt numbers of the restarts tried, succeeded or not, in order. */
  const attempts = (events: EmbeddedEvent[]): number[] => events.flatMap((e) => (e.type === 'restarted' || e.type === 'restart-failed' ? [e.attempt] : []));

  test('when a restarted engine keeps dying soon after it starts, then each restart waits longer than the one before', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-embedded-'));
    const events: EmbeddedEvent[] = [];
    const engine = await startEmbeddedMeili({ dataDir, reuse: false, binary: fakeEngine(dataDir, { FAKE_MEILI_LIFE_MS: '200' }), onEvent: (e) => events.push(e) });
    try {
      const deadline = Date.now() + 15_000;
      while (attempts(events).length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    } finally {
      await engine.stop();
    }
    // 0.5 s, then 1 s, then 2 s: not a restart every half second forever. (On a loaded machine the fake engine, which
    // lives 200 ms, may die before it is seen healthy: that attempt is a 'restart-failed', and the count goes on.)
    expect(attempts(events).slice(0, 3)).toEqual([1, 2, 3]);
    expect(events.some((e) => e.type === 'restarted')).toBe(true);
  });

  test('when stop() comes while a crashed engine is being started again, then the new one is stopped and instance.json removed', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-embedded-'));
    const events: EmbeddedEvent[] = [];
    const binary = fakeEngine(dataDir, { FAKE_MEILI_LIFE_MS: '300', FAKE_MEILI_LATE_MS: '1500', FAKE_MEILI_MARKER: join(dataDir, 'started') });
    const engine = await startEmbeddedMeili({ dataDir, reuse: false, binary, onEvent: (e) => events.push(e) });
    const deadline = Date.now() + 10_000;
    while (!events.some((e) => e.type === 'exited') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await new Promise((r) => setTimeout(r, 800)); // the restart began at 0.5 s and answers only at 1.5 s
    await engine.stop();
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(join(dataDir, 'meili', 'instance.json'))).toBe(false);
    expect(await isHealthy(engine.url)).toBe(false);
    expect(events.map((e) => e.type)).toEqual(['exited']);
  });

  test('when a crashed engine is started again, then its master key is read from the key file, and a missing file fails the restart instead of making a new key', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-embedded-'));
    const keyLog = join(dataDir, 'keys-given');
    const keyFile = join(dataDir, 'meili', 'master.key');
    const events: EmbeddedEvent[] = [];
    const engine = await startEmbeddedMeili({ dataDir, reuse: false, binary: fakeEngine(dataDir, { FAKE_MEILI_LIFE_MS: '300', FAKE_MEILI_KEY_LOG: keyLog }), onEvent: (e) => events.push(e) });
    const waitFor = async (done: () => boolean): Promise<void> => {
      const deadline = Date.now() + 10_000;
      while (!done() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    };
    try {
      // What the file says at the restart is what the engine gets, not what the supervisor read at the first start.
      const rotated = 'a-key-written-after-the-start-0123456789';
      writeFileSync(keyFile, `${rotated}\n`);
      await waitFor(() => events.some((e) => e.type === 'restarted'));
      expect(readFileSync(keyLog, 'utf8').split('\n').slice(0, 2)).toEqual([engine.masterKey, rotated]);
      rmSync(keyFile);
      await waitFor(() => events.some((e) => e.type === 'restart-failed'));
      expect(events.find((e) => e.type === 'restart-failed')).toMatchObject({ error: expect.stringMatching(/master\.key: cannot read the master key \(ENOENT\)/) });
      expect(existsSync(keyFile)).toBe(false);
    } finally {
      await engine.stop();
    }
  });

  test('when MEILI_BIN names a missing file, then the error says so', () => {
    expect(() => findMeiliBinary('/nope/meilisearch')).toThrow('MEILI_BIN=/nope/meilisearch: no such file');
  });
});

describe('the master key in memory', () => {
  test('when the server dropped the key the engine was started with, then no copy of it is left in the heap (the supervisor keeps none)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-heap-'));
    try {
      const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(projectRoot, 'test/support/heap-after-start.ts'), dataDir], { cwd: projectRoot, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(0);
      const key = readFileSync(join(dataDir, 'meili', 'master.key'), 'utf8').trim();
      expect(key.length).toBeGreaterThan(15);
      expect(readFileSync(out, 'utf8').includes(key)).toBe(false);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});

