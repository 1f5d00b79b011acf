import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import request from 'supertest';
import { indexFiles, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

/**
 * Hostile articles through the real indexer and engine: markup in titles, bodies and urls, and hostile queries,
 * must come out escaped on every page and format, and never as live markup or a script URL.
 */
const PAYLOAD = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(2)>';
const ATTR = '"><svg onload=alert(3)>';
const articles = [
  {
    id: 'xss-1',
    title: `Niger junta ${PAYLOAD} talks`,
    date: '2024-05-01',
    url: 'javascript:alert(4)',
    body: `The junta in Niger met Wagner envoys ${IMG} in Niamey on Monday. ${ATTR} The talks went on.\n\nA second paragraph about Niger and Mali, =HYPERLINK("http://evil.example","x") and more.`,
  },
  {
    id: 'xss-2',
    title: `=cmd|' /C calc'!A0 ${IMG}`,
    date: '2024-05-02',
    url: `https://example.org/a?b="><script>alert(5)</script>`,
    body: `+SUM(1+1) Niger protests ${PAYLOAD} continue in Niamey. @import ${ATTR}`,
  },
];

const index = uniqueIndex('hostile-xss');
let t: TestApp;

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-xss-'));
  const file = join(dir, 'hostile.jsonl');
  writeFileSync(file, articles.map((a) => JSON.stringify(a)).join('\n') + '\n');
  await indexFiles(index, [file]);
  t = await testApp(index);
});
afterAll(() => t.close());

/**
 * No live markup from the payloads, read as a browser would (parsed, not by text search, since escaped text may
 * well read `onerror=`): scripts only the app's own files, no iframe or object (the app's own svg charts pass: an
 * injected svg would need an event handler attribute to run, and those are refused), no event handler attribute,
 * no script URL in a link.
 */
function expectInert(html: string): void {
  const root = parse(html);
  for (const el of root.querySelectorAll('*')) {
    const tag = el.tagName.toLowerCase();
    expect(['iframe', 'object', 'embed', 'base', 'meta-refresh']).not.toContain(tag);
    if (tag === 'script') {
      expect(el.getAttribute('src') ?? '').toMatch(/^\/static\//);
      expect(el.innerHTML.trim()).toBe('');
    }
    if (tag === 'img') expect(el.getAttribute('src') ?? '').not.toBe('x');
    for (const [name, value] of Object.entries(el.attributes)) {
      expect(name.toLowerCase()).not.toMatch(/^on/);
      if (/^(href|src|action|formaction)$/i.test(name)) expect(value.trim()).not.toMatch(/^javascript:/i);
    }
  }
}

async function articleIds(): Promise<string[]> {
  const res = await request(t.app).get('/api/search?q=Niger').expect(200);
  return (res.body.hits as { articleId: string }[]).map((h) => h.articleId);
}

describe('hostile articles and queries', () => {
  test('when hostile articles are found, then the search page shows their text escaped', async () => {
    const res = await request(t.app).get('/?q=Niger').expect(200);
    expectInert(res.text);
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('when the query itself is hostile, then it is escaped in the page, the title and the links', async () => {
    for (const q of [PAYLOAD, ATTR, IMG, `Niger ${ATTR}`]) {
      const res = await request(t.app).get('/?q=' + encodeURIComponent(q)).expect(200);
      expectInert(res.text);
    }
  });

  test('when an article page shows a hostile article, then title, text and url are inert', async () => {
    for (const id of await articleIds()) {
      const res = await request(t.app).get(`/articles/${encodeURIComponent(id)}`).expect(200);
      expectInert(res.text);
      expect(res.text).not.toContain('javascript:alert(4)');
    }
  });

  test('when the API returns hostile hits, then titleHtml and passageHtml are escaped and urls are http(s) or null', async () => {
    const res = await request(t.app).get('/api/search?q=Niger').expect(200);
    expect(res.body.hits.length).toBe(2);
    for (const hit of res.body.hits as { titleHtml: string; passageHtml: string; url: string | null }[]) {
      expectInert(hit.titleHtml);
      expectInert(hit.passageHtml);
      expect(hit.url === null || /^https?:\/\//.test(hit.url)).toBe(true);
    }
  });

  test('when the Atom feed carries hostile articles and a hostile Host header, then the XML holds no live markup', async () => {
    const res = await request(t.app).get('/feed.atom?q=Niger').set('Host', 'evil.example"><script>alert(6)</script>').expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/atom\+xml/);
    expect(res.text).not.toMatch(/<script/i);
    expect(res.text).not.toMatch(/<svg|<img/i);
    expect(res.text).not.toContain('javascript:');
  });

  test('when the CSV export carries cells a spreadsheet would run as formulas, then none starts with = + - or @', async () => {
    const res = await request(t.app).get('/export.csv?q=Niger').expect(200);
    const cells = res.text.replace(/^\uFEFF/, '').match(/"(?:[^"]|"")*"/g) ?? [];
    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) expect(cell.slice(1, -1).replace(/""/g, '"')).not.toMatch(/^[=+\-@\t\r]/);
  });

  test('when any page is served, then its Content-Security-Policy allows no inline script', async () => {
    for (const path of ['/', '/?q=Niger', '/nothing-here', `/articles/${(await articleIds())[0]}`]) {
      const csp = (await request(t.app).get(path)).headers['content-security-policy'] as string;
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
      expect(scriptSrc).toBe("'self'");
      expect(csp).toContain("object-src 'none'");
    }
  });
});
