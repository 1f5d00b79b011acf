import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import request from 'supertest';
import { indexDocuments, onePassageArticle } from '../support/documents.js';
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

  test('when a feed or an export takes its links from the Host header (no PUBLIC_URL), then it says it varies by Host', async () => {
    for (const path of ['/feed.atom?q=Niger', '/export.json?q=Niger', '/export.csv?q=Niger']) {
      const res = await request(t.app).get(path).set('Host', 'other.example').expect(200);
      expect(res.headers.vary).toMatch(/\bHost\b/i);
    }
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

/**
 * Hostile tag values: actor and country values are whatever the index holds, so hand-made articles carry markup and
 * script URLs as actor names, country codes and titles, straight into the engine. Every page that lists them (facets,
 * the actor search, filter chips, entity pages, the article page and its related articles) must show them as text.
 */
const EVIL_ACTOR = '<img src=x onerror=alert(1)> Evil"Actor';
const SCRIPT_ACTOR = 'javascript:alert(2)';
const EVIL_COUNTRY = '<img src=x onerror=alert(3)>';
const SCRIPT_COUNTRY = 'javascript:alert(4)';
const EVIL_TITLE = '<img src=x onerror=alert(5)> Evil"Title';

describe('hostile actor and country names', () => {
  const tagIndex = uniqueIndex('hostile-tags');
  let tags: TestApp;

  beforeAll(async () => {
    const text = `${EVIL_ACTOR} met ${SCRIPT_ACTOR} in Niamey.`;
    const hostile = (id: string, day: string) =>
      onePassageArticle(id, {
        title: EVIL_TITLE,
        published: `2024-01-${day}`,
        text,
        articleCountries: ['NE', EVIL_COUNTRY, SCRIPT_COUNTRY],
        countries: ['NE', EVIL_COUNTRY, SCRIPT_COUNTRY],
        articleActors: [EVIL_ACTOR, SCRIPT_ACTOR],
        articlePeople: [EVIL_ACTOR],
        actors: [EVIL_ACTOR, SCRIPT_ACTOR],
        // Mentions underlined and linked in the article page, tags listed beside it.
        evidence: [
          { facet: 'actor', value: EVIL_ACTOR, start: 0, end: EVIL_ACTOR.length },
          { facet: 'actor', value: SCRIPT_ACTOR, start: text.indexOf(SCRIPT_ACTOR), end: text.indexOf(SCRIPT_ACTOR) + SCRIPT_ACTOR.length },
          { facet: 'country', value: EVIL_COUNTRY, start: text.indexOf('Niamey'), end: text.indexOf('Niamey') + 6 },
        ],
        articleTags: {
          countries: [EVIL_COUNTRY, SCRIPT_COUNTRY, 'NE'].map((code) => ({ code, name: code, salience: 1, count: 1 })),
          actors: [{ name: EVIL_ACTOR, kind: 'person', count: 1 }, { name: SCRIPT_ACTOR, kind: 'organisation', count: 1 }],
          dates: [],
        },
      });
    await indexDocuments(tagIndex, [hostile('tags-1', '01'), hostile('tags-2', '02')]);
    tags = await testApp(tagIndex);
  });
  afterAll(() => tags.close());

  /** Inert as a browser reads it, and by the text: no live `<img`, no `onerror=` but in escaped text, no script link. */
  function expectInertText(html: string): void {
    expectInert(html);
    expect(html).not.toMatch(/<img/i);
    expect(html.replaceAll('&lt;img src=x onerror=alert', '')).not.toContain('onerror=');
    expect(html).not.toMatch(/(href|src|action)\s*=\s*["']?\s*javascript:/i);
  }

  const actorText = 'Evil&#34;Actor';
  const countryText = '&lt;img src=x onerror=alert(3)&gt;';
  test.each([
    ['the search page (facets and hits)', '/', [actorText, countryText]],
    ['the search page with every actor', '/?more=actor', [actorText, 'javascript:alert(2)']],
    ['the search page with every country', '/?more=country', [countryText, 'javascript:alert(4)']],
    ['the actor search', '/?actorQuery=evil', [actorText]],
    ['the filter chips', `/?actor=${encodeURIComponent(EVIL_ACTOR)}&actor=${encodeURIComponent(SCRIPT_ACTOR)}&together=1`, [`Actor: &lt;img src=x onerror=alert(1)&gt; ${actorText}`, 'Actor: javascript:alert(2)']],
    ['the chips of exclusions', `/?notActor=${encodeURIComponent(EVIL_ACTOR)}&notActor=${encodeURIComponent(SCRIPT_ACTOR)}`, [`Not actor: &lt;img src=x onerror=alert(1)&gt; ${actorText}`]],
    ['the actor page', `/actors/${encodeURIComponent(EVIL_ACTOR)}`, [actorText, 'javascript:alert(2)']],
    ['the actor page of a script URL', `/actors/${encodeURIComponent(SCRIPT_ACTOR)}`, [actorText, countryText]],
    ['the country page', '/countries/NE', [actorText, countryText]],
    ['the article page (mentions, tags, related article)', '/articles/tags-1', [actorText, countryText, '&lt;img src=x onerror=alert(5)&gt; Evil&#34;Title']],
  ])('when %s lists hostile names, then they are escaped text', async (_what, path, shown) => {
    const res = await request(tags.app).get(path).expect(200).expect('Content-Type', /html/);
    expectInertText(res.text);
    // Not vacuous: the hostile names are on the page, as text.
    for (const text of shown) expect(res.text).toContain(text);
  });

  test('when the chips show the hostile actors, then their labels are escaped in text and in aria-label', async () => {
    const res = await request(tags.app).get(`/?actor=${encodeURIComponent(EVIL_ACTOR)}`).expect(200);
    expect(res.text).toContain('Actor: &lt;img src=x onerror=alert(1)&gt; Evil&#34;Actor');
    expect(res.text).toContain('aria-label="Remove Actor: &lt;img src=x onerror=alert(1)&gt; Evil&#34;Actor"');
  });
});
