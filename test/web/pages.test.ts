import request from 'supertest';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/web/app.js';
import { indexFiles, SAMPLE_DIR, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

const index = uniqueIndex('pages');
let t: TestApp;

beforeAll(async () => {
  await indexFiles(index, [SAMPLE_DIR]);
  t = await testApp(index);
});
afterAll(() => t.close());

describe('search page /', () => {
  test('when opened without a query, then it lists every article with facets, without JavaScript', async () => {
    const res = await request(t.app).get('/').expect(200).expect('Content-Type', /html/);
    expect(res.text).toContain('5 articles');
    expect(res.text).toContain('<h2 id="facet-country">Country</h2>');
    expect(res.text).toContain('Niger');
    // The only script is an optional enhancement loaded from /static: no inline script.
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc="\/static\/)/i);
  });

  test('when a query contains HTML, then it is shown escaped', async () => {
    const res = await request(t.app).get('/?q=' + encodeURIComponent('<script>alert(1)</script>')).expect(200);
    expect(res.text).not.toContain('<script>alert(1)</script>');
    expect(res.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  test('when filtering by an actor, then the active filter is shown with a link that removes it', async () => {
    const res = await request(t.app).get('/?actor=Vladimir%20Putin').expect(200);
    expect(res.text).toContain('Actor: Vladimir Putin');
    expect(res.text).toMatch(/aria-label="Remove Actor: Vladimir Putin"/);
    expect(res.text).toContain('Clear all');
  });

  test('when nothing matches, then the page says so and offers a way out', async () => {
    const res = await request(t.app).get('/?q=zzzqqqxxx&country=NE').expect(200);
    expect(res.text).toContain('No article matches');
    expect(res.text).toContain('Search without filters');
  });

  test('when a parameter is malformed, then a 400 page explains which', async () => {
    const res = await request(t.app).get('/?from=yesterday').expect(400).expect('Content-Type', /html/);
    expect(res.text).toContain('from: expected a date');
  });

  test('when one parameter of a long search is malformed, then the 400 page links to the same search without it', async () => {
    const res = await request(t.app).get('/?q=junta&country=NE&actor=Wagner%20Group&from=2024-02-30').expect(400);
    expect(res.text).toContain('href="/?q=junta&amp;country=NE&amp;actor=Wagner+Group">The same search without it</a>');
    // A range backwards too (a black-box review: its page had no way back but a new search).
    const backwards = await request(t.app).get('/?q=crisis&from=2008-01-01&to=2007-01-01').expect(400);
    expect(backwards.text).toContain('href="/?q=crisis&amp;to=2007-01-01">The same search without it</a>');
    const plain = await request(t.app).get('/?q=' + encodeURIComponent('"><script>x</script>') + '&to=nope').expect(400);
    expect(plain.text).not.toContain('<script>x');
  });

  test('when a pasted query is over the length limit, then the 400 page keeps its words: a search box holding its first 500 characters and a link that searches them', async () => {
    const words = Array.from({ length: 120 }, (_, i) => `junta${i}`).join(' ');
    const res = await request(t.app).get('/?' + new URLSearchParams({ q: words, country: 'NE' }).toString()).expect(400);
    expect(res.text).toContain(`q: expected at most 500 characters, got ${words.length}`);
    const cut = words.slice(0, 500).slice(0, words.slice(0, 500).lastIndexOf(' '));
    expect(res.text).toContain(`value="${cut}"`);
    const href = /<a href="([^"]+)">The same search, its words cut to the first 500 characters<\/a>/.exec(res.text)?.[1]?.replaceAll('&amp;', '&');
    expect(href).toBe('/?' + new URLSearchParams({ q: cut, country: 'NE' }).toString());
    // What the link asks for is a search the page serves: no word cut in half, the country kept.
    const followed = await request(t.app).get(href!).expect(200);
    expect(followed.text).toContain('not searched');
  });

  test('when a form without JavaScript sends its fields left alone (empty dates, the default order), then the page redirects to the search\'s short address, which is served', async () => {
    const res = await request(t.app).get('/?q=coup&country=NE&sort=relevance&from=&to=').expect(302);
    expect(res.headers.location).toBe('/?q=coup&country=NE');
    await request(t.app).get(res.headers.location!).expect(200);
    await request(t.app).get('/?q=&sort=relevance').expect(302).expect('Location', '/');
    await request(t.app).get('/?q=coup&sort=newest&from=2023-07-01').expect(200);
    // A malformed field is still a 400 that names it, not a redirect.
    await request(t.app).get('/?q=coup&from=&to=nope').expect(400);
  });

  test('when a query or an actor search is white space alone, or the query holds a "?", then one redirect leads to a page that is served, never to itself', async () => {
    for (const [asked, short] of [['/?q=%20', '/'], ['/?q=%C2%A0&sort=relevance', '/'], ['/?q=coup&actorQuery=%20%20', '/?q=coup'], ['/?q=what?&sort=relevance', '/?q=what%3F']] as const) {
      const res = await request(t.app).get(asked).expect(302);
      expect(res.headers.location).toBe(short);
      await request(t.app).get(res.headers.location!).expect(200);
    }
  });

  test('when a browser asks for /favicon.ico, then it is sent to the icon, which is served', async () => {
    await request(t.app).get('/favicon.ico').expect(301).expect('Location', '/static/favicon.svg');
    await request(t.app).get('/static/favicon.svg').expect(200).expect('Content-Type', /svg/);
  });

  test('when served, then a Content-Security-Policy forbids inline scripts', async () => {
    const res = await request(t.app).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });
});

describe('page titles, headings and skip links (a web review)', () => {
  test('when a search has filters and a page, then its title says them, so that history and tabs tell searches apart', async () => {
    const title = (html: string) => /<title>([^<]*)<\/title>/.exec(html)![1];
    expect(title((await request(t.app).get('/?q=junta&country=NE&page=2').expect(200)).text)).toBe('“junta” · Country: Niger · page 2 · Dispatch');
    expect(title((await request(t.app).get('/').expect(200)).text)).toBe('Latest articles · Dispatch');
  });

  test('when the search page is read by headings, then it has a first-level one; each page\'s skip link says where it goes', async () => {
    const search = (await request(t.app).get('/?q=junta').expect(200)).text;
    expect(search).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    expect(search).toContain('<a class="skip" href="#main">Skip to results</a>');
    const href = /<h3><a href="([^"#]+)/.exec(search)![1]!;
    expect((await request(t.app).get(href.replace(/&amp;/g, '&')).expect(200)).text).toContain('<a class="skip" href="#main">Skip to the article</a>');
  });
});

describe('article page /articles/:id', () => {
  test('when opening an article from a hit, then its title, date, text and tags are shown', async () => {
    const api = await request(t.app).get('/api/search?q=Yevkurov').expect(200);
    const id = api.body.hits[0].articleId as string;
    const res = await request(t.app).get(`/articles/${id}`).expect(200);
    expect(res.text).toContain('Russian defense delegation holds talks with African allies');
    expect(res.text).toContain('2024-06-05');
    expect(res.text).toContain('Yunus-Bek Yevkurov');
    expect(res.text).toContain('<h2>Actors</h2>');
    expect(res.text).toMatch(/class="tag tag-country" href="\/\?country=ML"/);
  });

  test('when an article is opened from a search, then its "← Search" link goes back to that search, not the front page', async () => {
    const results = await request(t.app).get('/?q=Yevkurov&country=ML').expect(200);
    const link = /<a href="(\/articles\/[^"#]+)[^"]*"/.exec(results.text)![1]!.replace(/&amp;/g, '&');
    expect(link).toMatch(/\?from=%2F%3Fq%3DYevkurov%26country%3DML$/);
    const page = await request(t.app).get(link).expect(200);
    expect(page.text).toContain('<a href="/?q=Yevkurov&amp;country=ML">← Search</a>');
    const hostile = await request(t.app).get(`${link.split('?')[0]}?from=${encodeURIComponent('//evil.example/')}`).expect(200);
    expect(hostile.text).toContain('<a href="/">← Search</a>');
  });

  test('when an article is opened from a search, then the search\'s words are marked in its text, as Meilisearch matched them, and nowhere else', async () => {
    const results = await request(t.app).get('/?q=delegation+talks').expect(200);
    const link = /<a href="(\/articles\/[^"#]+)[^"]*"/.exec(results.text)![1]!.replace(/&amp;/g, '&');
    const page = await request(t.app).get(link).expect(200);
    const marks = [...page.text.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.toLowerCase());
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['delegation', 'talks']));
    expect(page.text).toMatch(/Marked: any of the words of “delegation talks”, in (its one passage|\d+ of \d+ passages)\./);
    // Straight, or from an entity page: nothing marked, nothing said.
    for (const plain of [link.split('?')[0]!, `${link.split('?')[0]}?from=${encodeURIComponent('/actors/Yunus-Bek%20Yevkurov')}`]) {
      const other = await request(t.app).get(plain).expect(200);
      expect(other.text).not.toContain('<mark>');
      expect(other.text).not.toContain('Marked:');
    }
  });

  test('when the search an article was opened from holds markup, then its words are marked escaped, never as markup', async () => {
    const id = (await request(t.app).get('/api/search?q=Yevkurov').expect(200)).body.hits[0].articleId as string;
    const page = await request(t.app).get(`/articles/${id}?from=${encodeURIComponent(`/?q=${encodeURIComponent('Yevkurov <script>alert(1)</script>')}`)}`).expect(200);
    expect(page.text).toContain('<mark>Yevkurov</mark>');
    expect(page.text).not.toContain('<script>alert');
    expect(page.text).toContain('Marked: any of the words of “Yevkurov &lt;script&gt;alert(1)&lt;/script&gt;”');
  });

  test('when an article is opened from an actor\'s page, then its link back goes to that page, named (a black-box review: it went to the front page)', async () => {
    const actorPage = await request(t.app).get('/actors/Yunus-Bek%20Yevkurov').expect(200);
    const link = /<a href="(\/articles\/[^"]+)"/.exec(actorPage.text)![1]!.replace(/&amp;/g, '&');
    expect(link).toMatch(/\?from=%2Factors%2FYunus-Bek%2520Yevkurov$/);
    const page = await request(t.app).get(link).expect(200);
    expect(page.text).toContain('<a href="/actors/Yunus-Bek%20Yevkurov">← Yunus-Bek Yevkurov</a>');
  });

  test('when an article mentions dates, then each links to the articles talking about its period, this one among them', async () => {
    const api = await request(t.app).get('/api/search?q=Yevkurov').expect(200);
    const id = api.body.hits[0].articleId as string;
    const page = await request(t.app).get(`/articles/${id}`).expect(200);
    const links = [...page.text.matchAll(/<a class="tag tag-date" href="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    expect(links.length).toBeGreaterThan(0);
    for (const link of new Set(links)) {
      expect(link).toMatch(/^\/\?mentioned=\d{4}(-\d{2})?$/);
      const found = await request(t.app).get(`/api/search${link.slice(1)}&pageSize=100`).expect(200);
      expect(found.body.hits.map((h: { articleId: string }) => h.articleId)).toContain(id);
    }
  });

  test('when the id is unknown, then 404; when malformed, then 400', async () => {
    await request(t.app).get('/articles/nope-nothing').expect(404);
    await request(t.app).get('/articles/' + encodeURIComponent('a"b')).expect(400);
    const api = await request(t.app).get('/api/articles/nope-nothing').expect(404);
    expect(api.body.error.message).toContain('No article');
  });
});

describe('error pages', () => {
  test('when a status has its own heading, then the page shows it; unknown 4xx read as refused, 5xx as our fault', async () => {
    const { errorHeading } = await import('../../src/web/error-handler.js');
    expect(errorHeading(429)).toBe('Too many requests');
    expect(errorHeading(418)).toBe('That request was refused');
    expect(errorHeading(502)).toBe('Something went wrong');
    const res = await request(t.app).get('/nothing-here').expect(404);
    expect(res.text).toContain('<h1>Not found</h1>');
  });
});

describe('headers that only make sense over HTTPS', () => {
  const appWith = (limits: { trustProxy?: boolean; publicUrl?: string }) => createApp({ search: t.search, index, log: createLogger('silent'), limits });

  test('when a page or static file is served over plain HTTP, then the CSP asks no upgrade to https and no HSTS is sent', async () => {
    for (const res of [await request(t.app).get('/').expect(200), await request(t.app).get('/static/style.css').expect(200), await request(t.app).get('/nothing-here').expect(404)]) {
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
      expect(res.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
    // A client's own X-Forwarded-Proto is not believed without TRUST_PROXY.
    const spoofed = await request(t.app).get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(spoofed.headers['strict-transport-security']).toBeUndefined();
  });

  test('when the request came over HTTPS through a trusted proxy, then the CSP asks the upgrade and HSTS is sent', async () => {
    const res = await request(appWith({ trustProxy: true })).get('/').set('X-Forwarded-Proto', 'https').expect(200);
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    const plain = await request(appWith({ trustProxy: true })).get('/').set('X-Forwarded-Proto', 'http').expect(200);
    expect(plain.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });

  test('when PUBLIC_URL is https, then the CSP asks the upgrade and HSTS is sent whatever the last hop', async () => {
    const res = await request(appWith({ publicUrl: 'https://news.example' })).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
    expect(res.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    const http = await request(appWith({ publicUrl: 'http://news.example' })).get('/').expect(200);
    expect(http.headers['content-security-policy']).not.toContain('upgrade-insecure-requests');
  });
});
