// Jest loads global setup outside its module system, so this file is plain ESM and reaches the TypeScript engine
// launcher through tsx.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';

/**
 * One real Meilisearch for the whole test run: the embedded engine on a free port with a temporary data folder.
 * Test files each use their own index. With MEILI_URL set, that server is used instead (and left running).
 */
export default async function globalSetup() {
  if (process.env.MEILI_URL !== undefined) {
    process.env.TEST_MEILI_URL = process.env.MEILI_URL;
    process.env.TEST_MEILI_KEY = process.env.MEILI_MASTER_KEY ?? '';
    return;
  }
  const { startEmbeddedMeili } = await tsImport('../../src/meili/embedded.ts', import.meta.url);
  const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-test-'));
  const engine = await startEmbeddedMeili({ dataDir, reuse: false });
  globalThis.__meili = engine;
  globalThis.__meiliDir = dataDir;
  process.env.TEST_MEILI_URL = engine.url;
  process.env.TEST_MEILI_KEY = engine.masterKey;
  process.env.TEST_MEILI_DATA_DIR = dataDir;
}
