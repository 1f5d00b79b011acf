import request from 'supertest';
import type { WebLimits } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/web/app.js';
import { createRateLimiter, rateLimitKey, retryAfterSeconds } from '../../src/web/middleware/rate-limit.js';
import { memoryLogger } from '../support/memory-logger.js';
import { indexFiles, SAMPLE_DIR, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

const index = uniqueIndex('hostile-rate');
let t: TestApp;

beforeAll(async () => {
  await indexFiles(index, [SAMPLE_DIR]);
  t = await testApp(index);
});
afterAll(() => t.close());

const limitedApp = (perMinute: number, limits: Partial<WebLimits> = {}) =>
  createApp({ search: t.search, index, log: createLogger('silent'), limits: { rateLimitPerMinute: perMinute, ...limits } });

describe('rate limit per client', () => {
  test('when a client goes over its requests a minute, then the API answers a JSON 429 with Retry-After', async () => {
    const app = limitedApp(3);
    for (let i = 0; i < 3; i++) await request(app).get('/api/search?q=Niger').expect(200);
    const res = await request(app).get('/api/search?q=Niger').expect(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(res.body.error.message).toMatch(/^Too many requests: at most 3 a minute from one address\. Try again in \d+ s\.$/);
  });

  test('when a client goes over its limit on pages, then it gets a 429 page; health checks and static files stay open', async () => {
    const app = limitedApp(2);
    await request(app).get('/').expect(200);
    await request(app).get('/?q=Mali').expect(200);
    const page = await request(app).get('/?q=Niger').expect(429).expect('Content-Type', /html/);
    expect(page.text).toContain('Too many requests');
    expect(page.headers['retry-after']).toBeDefined();
    await request(app).get('/healthz').expect(200);
    await request(app).get('/static/style.css').expect(200);
  });

  test('when a request is refused by a limit (429, 405, 414), then the answer still has the security headers', async () => {
    const app = limitedApp(1, { maxUrlChars: 4096 });
    await request(app).get('/api/search?q=Niger').expect(200);
    const refused = [
      await request(app).get('/?q=Niger').expect(429),
      await request(app).post('/').expect(405),
      await request(app).get(`/?q=${'a'.repeat(5000)}`).expect(414),
    ];
    for (const res of refused) {
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  test('when behind a trusted proxy one client goes over the limit, then it gets 429 while another client still gets 200', async () => {
    const app = limitedApp(2, { trustProxy: 'loopback' });
    const from = (address: string) => request(app).get('/api/search?q=Niger').set('X-Forwarded-For', address);
    await from('1.1.1.1').expect(200);
    await from('1.1.1.1').expect(200);
    await from('1.1.1.1').expect(429);
    await from('2.2.2.2').expect(200);
    await from('2.2.2.2').expect(200);
    await from('2.2.2.2').expect(429);
    await from('1.1.1.1').expect(429);
  });

  test('when the proxy is not trusted, then X-Forwarded-For is ignored: a new address in it does not escape the limit, and the log warns once', async () => {
    const { log, lines } = memoryLogger();
    const app = createApp({ search: t.search, index, log, limits: { rateLimitPerMinute: 2 } });
    await request(app).get('/api/search?q=Niger').set('X-Forwarded-For', '1.1.1.1').expect(200);
    await request(app).get('/?q=Niger').set('X-Forwarded-For', '2.2.2.2').expect(200);
    await request(app).get('/api/search?q=Niger').set('X-Forwarded-For', '3.3.3.3').expect(429);
    await request(app).get('/api/search?q=Niger').expect(429);
    const warnings = lines.filter((l) => typeof l.msg === 'string' && l.msg.includes('X-Forwarded-For'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ level: 40, msg: expect.stringContaining('TRUST_PROXY is off') });
  });

  test('when a client uses both the API and the pages, then one counter counts both', async () => {
    const app = limitedApp(3);
    await request(app).get('/api/search?q=Niger').expect(200);
    await request(app).get('/?q=Niger').expect(200);
    const last = await request(app).get('/api/search?q=Mali').expect(200);
    expect(last.headers['ratelimit']).toBe('"3-in-1min"; r=0; t=60');
    expect(last.headers['ratelimit-policy']).toBe('"3-in-1min"; q=3; w=60');
    await request(app).get('/?q=Mali').expect(429);
    await request(app).get('/api/search?q=Mali').expect(429);
  });

  test('when the limit is 0, then nothing is limited', async () => {
    const app = limitedApp(0);
    for (let i = 0; i < 5; i++) await request(app).get('/api/search?q=Niger').expect(200);
  });

  test('when IPv6 clients come through a trusted proxy, then addresses of one /56 share a limit and another /56 has its own', async () => {
    const app = limitedApp(2, { trustProxy: 'loopback' });
    const from = (address: string) => request(app).get('/api/search?q=Niger').set('X-Forwarded-For', address);
    await from('2001:db8:1:ab01::1').expect(200);
    await from('2001:db8:1:abff::2').expect(200);
    await from('2001:db8:1:ab42:1:2:3:4').expect(429);
    await from('2001:db8:1:ac00::1').expect(200);
  });

  test('when TRUST_PROXY is true, then the log warns at start that the limit can be escaped', () => {
    const { log, lines } = memoryLogger();
    createApp({ search: t.search, index, log, limits: { trustProxy: true } });
    expect(lines.filter((l) => l.level === 40).map((l) => l.msg)).toEqual([expect.stringContaining('TRUST_PROXY=true believes any X-Forwarded-For')]);
    const quiet = memoryLogger();
    createApp({ search: t.search, index, log: quiet.log, limits: { trustProxy: 1 } });
    createApp({ search: t.search, index, log: quiet.log, limits: { trustProxy: true, rateLimitPerMinute: 0 } });
    expect(quiet.lines).toEqual([]);
  });

  test('when client addresses are keyed, then IPv4 stays itself, IPv4 written as IPv6 is its IPv4 and IPv6 is its /56', () => {
    expect(rateLimitKey('1.2.3.4')).toBe('1.2.3.4');
    expect(rateLimitKey('::ffff:1.2.3.4')).toBe('1.2.3.4');
    expect(rateLimitKey('::ffff:102:304')).toBe('1.2.3.4');
    expect(rateLimitKey('::1.2.3.4')).toBe('1.2.3.4');
    expect(rateLimitKey('::1')).toBe('0:0:0:0::/56');
    expect(rateLimitKey('2001:db8:1:ab12::5')).toBe('2001:db8:1:ab00::/56');
    expect(rateLimitKey('2001:DB8:1:ABFF:1:2:3:4')).toBe('2001:db8:1:ab00::/56');
    expect(rateLimitKey('2001:db8:1:ac00::1')).toBe('2001:db8:1:ac00::/56');
    expect(rateLimitKey('64:ff9b::192.0.2.1')).toBe('64:ff9b:0:0::/56');
    expect(rateLimitKey('fe80::1%eth0')).toBe('fe80:0:0:0::/56');
  });

  test('when a client\'s minute is over, then it counts afresh, and other clients have their own minutes', () => {
    let now = 1_000_000;
    const limiter = createRateLimiter(2, () => now);
    expect(limiter.take('1.1.1.1').refusal).toBeUndefined();
    now += 30_000;
    expect(limiter.take('1.1.1.1').refusal).toBeUndefined();
    const over = limiter.take('1.1.1.1');
    expect(over.refusal?.status).toBe(429);
    expect(over.refusal?.retryAfterSeconds).toBe(30);
    expect(over.headers).toEqual([['RateLimit', '"2-in-1min"; r=0; t=30'], ['RateLimit-Policy', '"2-in-1min"; q=2; w=60']]);
    expect(limiter.take('2.2.2.2').refusal).toBeUndefined();
    now += 30_000;
    expect(limiter.take('1.1.1.1').headers[0]).toEqual(['RateLimit', '"2-in-1min"; r=1; t=60']);
    // Two minutes on, the older generation of windows is gone: the client starts afresh.
    limiter.take('3.3.3.3');
    now += 130_000;
    expect(limiter.take('3.3.3.3').headers[0]).toEqual(['RateLimit', '"2-in-1min"; r=1; t=60']);
    expect(createRateLimiter(0).take('1.1.1.1')).toEqual({ headers: [], refusal: undefined });
  });

  test('when the window resets in 10.5 s, then Retry-After says 11', () => {
    expect(retryAfterSeconds(new Date(10_500), 0)).toBe(11);
    expect(retryAfterSeconds(new Date(0), 5_000)).toBe(1);
    expect(retryAfterSeconds(undefined)).toBe(60);
  });
});
