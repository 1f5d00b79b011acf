import { mkdtempSync, readFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedMeili, isHealthy, findMeiliBinary } from '../../src/meili/embedded.js';

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

  test('when MEILI_BIN names a missing file, then the error says so', () => {
    expect(() => findMeiliBinary('/nope/meilisearch')).toThrow('MEILI_BIN=/nope/meilisearch: no such file');
  });
});
