import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  test('when nothing is set, then the embedded defaults apply', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', meili: { url: undefined, index: 'passages', timeoutMs: 5000 }, seedOnEmpty: true });
    expect(config.web.publicUrl).toBeNull();
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
});
