import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { startServer } from '../../src/web/server.js';
import { testEndpoint } from '../support/meili.js';

const dir = mkdtempSync(join(tmpdir(), 'dispatch-alias-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const start = (aliasFile: string) =>
  startServer(loadConfig({ MEILI_URL: testEndpoint().url, MEILI_MASTER_KEY: testEndpoint().masterKey, PORT: '0', LOG_LEVEL: 'silent', ALIAS_FILE: aliasFile }), createLogger('silent'));

describe('the alias file at start', () => {
  test('when ALIAS_FILE names no file, then the server does not start, and says which variable and file', async () => {
    const missing = join(dir, 'missing.txt');
    await expect(start(missing)).rejects.toThrow(`ALIAS_FILE: cannot read ${missing} (ENOENT)`);
  });

  test('when a line of the alias file is wrong, then the server does not start, and names the file and line', async () => {
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, '# ok\nInternational Monetary Fund | organisation | IMF\nFoo | thing | F\n');
    await expect(start(bad)).rejects.toThrow(`${bad}:3: kind must be "person" or "organisation", got "thing"`);
  });
});
