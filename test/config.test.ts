import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  test('when nothing is set, then the embedded defaults apply', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', meili: { url: undefined, index: 'passages', timeoutMs: 5000 }, seedOnEmpty: true });
    expect(config.web.publicUrl).toBeNull();
  });

  test('when a variable is set to nothing, then it is unset: the default applies, not the number 0', () => {
    const config = loadConfig({ RATE_LIMIT_PER_MINUTE: '', PORT: ' ', SHUTDOWN_TIMEOUT_MS: '', MEILI_MASTER_KEY: '' });
    expect(config.web.rateLimitPerMinute).toBe(600);
    expect(config.port).toBe(3000);
    expect(config.web.shutdownTimeoutMs).toBe(10_000);
    expect(config.meili.masterKey).toBeUndefined();
  });

  test('when a value is malformed, then the error names the variable and what was expected', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ MEILI_URL: 'not a url' })).toThrow(/MEILI_URL: expected an http\(s\) URL/);
    expect(() => loadConfig({ MEILI_INDEX: 'a b' })).toThrow(/MEILI_INDEX: expected letters, digits/);
  });

  test('when PUBLIC_URL is set, then links use its origin only', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://news.example.org/some/path' }).web.publicUrl).toBe('https://news.example.org');
  });

  test('when only a search key is given with MEILI_URL, then the server uses it and does not try to fill an empty index', () => {
    const config = loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY: 'abc' });
    expect(config.meili).toMatchObject({ searchKey: 'abc', masterKey: undefined });
    expect(config.seedOnEmpty).toBe(false);
    // From a CRLF .env file: the CR would make every search's Authorization header invalid.
    expect(loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY: 'abc\r' }).meili.searchKey).toBe('abc');
  });

  test('when the search key settings contradict each other, then the error names the variable and what was expected', () => {
    expect(() => loadConfig({ MEILI_SEARCH_KEY: 'abc' })).toThrow(/MEILI_SEARCH_KEY: expected together with MEILI_URL/);
    expect(() => loadConfig({ MEILI_SEARCH_KEY_FILE: '/nowhere' })).toThrow(/MEILI_SEARCH_KEY_FILE: expected together with MEILI_URL/);
    expect(() => loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY: 'abc', MEILI_MASTER_KEY: 'm' })).toThrow(/MEILI_SEARCH_KEY: expected without MEILI_MASTER_KEY/);
    expect(() => loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY: 'abc', SEED_ON_EMPTY: 'true' })).toThrow(/SEED_ON_EMPTY: expected false with a search key/);
    expect(() => loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY: 'abc', MEILI_SEARCH_KEY_FILE: '/x' })).toThrow(/MEILI_SEARCH_KEY_FILE: expected either it or MEILI_SEARCH_KEY/);
  });

  test('when MEILI_SEARCH_KEY_FILE is missing or empty, then the error names the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dispatch-config-'));
    const empty = join(dir, 'empty');
    writeFileSync(empty, '\n');
    const keyFile = join(dir, 'key');
    writeFileSync(keyFile, 'the-key\n');
    expect(() => loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY_FILE: join(dir, 'nope') })).toThrow(new RegExp(`MEILI_SEARCH_KEY_FILE: cannot read ${join(dir, 'nope')} \\(ENOENT\\)`));
    expect(() => loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY_FILE: empty })).toThrow(/is empty \(expected a Meilisearch key on its first line\)/);
    const blankFirst = join(dir, 'blank-first');
    writeFileSync(blankFirst, '\nthe-key\n');
    expect(() => loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY_FILE: blankFirst })).toThrow(/has a blank first line/);
    expect(loadConfig({ MEILI_URL: 'http://meili:7700', MEILI_SEARCH_KEY_FILE: keyFile }).meili.searchKey).toBe('the-key');
    rmSync(dir, { recursive: true, force: true });
  });

  test('when a command-line tool reads the same environment as the server, then the search key settings do not concern it', () => {
    const env = { MEILI_URL: 'http://meili:7700', MEILI_MASTER_KEY: 'm', MEILI_SEARCH_KEY: 's' };
    expect(() => loadConfig(env)).toThrow(/MEILI_SEARCH_KEY: expected without MEILI_MASTER_KEY/);
    expect(loadConfig(env, { role: 'tool' }).meili).toMatchObject({ masterKey: 'm', searchKey: undefined });
  });
});
