import { mkdtempSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMeili, isHealthy, findMeiliBinary, type EmbeddedEvent } from '../../src/meili/embedded.js';

describe('embedded Meilisearch', () => {
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

  test('when MEILI_BIN names a missing file, then the error says so', () => {
    expect(() => findMeiliBinary('/nope/meilisearch')).toThrow('MEILI_BIN=/nope/meilisearch: no such file');
  });
});
