import { articleIdFor } from '../../indexer/parse/article-id.js';
import { fileSourceId } from '../../indexer/read/read-files.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { parse as parseYaml } from 'yaml';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/web/app.js';
import { indexFiles, SAMPLE_DIR, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

const index = uniqueIndex('features');
let t: TestApp;

/** The five samples plus two crafted articles: one names two actors in one passage, one only in different passages. */
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dispatch-features-'));
  const far = 'Filler sentence about the weather and the markets, repeated to push the next name into another passage. '.repeat(9);
  writeFileSync(
    join(dir, 'extra.jsonl'),
    [
      { id: 'together', title: 'Putin and Bazoum', body: 'Vladimir Putin spoke with Mohamed Bazoum in Niamey on Monday.', date: '2024-02-10' },
      { id: 'apart', title: 'Two leaders, two passages', body: `Vladimir Putin spoke in Moscow.\n\n${far}\n\n${far}\n\nMohamed Bazoum spoke in Niamey.`, date: '2024-02-11' },
      // One passage (~600 characters) whose two place names stand ~75 words apart: more than a snippet's 40.
      {
        id: 'far-words',
        title: 'Spice harvest report',
        body: `Clove growers on Zanzibar reported a strong season. ${'The weather held and the markets were calm through the long dry months of the year. '.repeat(5)}Dockworkers at the harbour of Pemba loaded the last sacks.`,
        date: '2024-02-11',
      },
      { id: 'formula', title: '=HYPERLINK("http://evil")', body: 'Bamako said <b>nothing</b> & left.', date: '2024-02-12', url: 'https://example.org/a?x=1&y=2' },
    ]
      .map((r) => JSON.stringify(r))
      .join('\n'),
  );
  await indexFiles(index, [SAMPLE_DIR, dir]);
  t = await testApp(index);
});
afterAll(() => t.close());

const api = async (path: string) => (await request(t.app).get(path).expect(200)).body;

describe('facets', () => {
  test('when undated=1, then only the articles with no publication date are found, as many as undatedTotal counted, under a date range too (a black-box review: a range dropped them unsaid)', async () => {
    const all = await api('/api/search?pageSize=100');
    const undated = all.hits.filter((h: { published: string | null }) => h.published === null).length;
    expect(undated).toBeGreaterThan(0);
    expect(all.undatedTotal).toBe(undated);
    const only = await api('/api/search?pageSize=100&undated=1');
    expect(only.total).toBe(undated);
    expect(only.hits.every((h: { published: string | null }) => h.published === null)).toBe(true);
    // Counted beside a range, which holds none of them: picking "No date" would find them.
    const ranged = await api('/api/search?pageSize=100&from=2024');
    expect(ranged.hits.every((h: { published: string | null }) => h.published !== null)).toBe(true);
    expect(ranged.undatedTotal).toBe(undated);
    const refused = await request(t.app).get('/api/search?undated=1&from=2024').expect(400);
    expect(refused.body.error.message).toMatch(/^undated=1 asks for articles with no publication date/);
    // The page: "No date" in the Published facet; dates given with it replace it, and the page says so and links back.
    const page = await request(t.app).get('/?undated=1&from=2024').expect(200);
    expect(page.text).not.toMatch(/Published: No date/);
    expect(page.text).toMatch(/“No date” and dates were both asked for[^<]*<a href="\/\?undated=1">Show the articles with no date instead<\/a>/);
    expect((await request(t.app).get('/?from=2024').expect(200)).text).not.toMatch(/“No date” and dates/);
    expect((await request(t.app).get('/?undated=1').expect(200)).text).toMatch(/Published: No date/);
  });

  test('when an actor is excluded, then no hit names it and the total drops by its count', async () => {
    const all = await api('/api/search?pageSize=100');
    const count = all.facets.actor.find((f: { value: string }) => f.value === 'Abdourahamane Tchiani').count as number;
    const without = await api('/api/search?pageSize=100&notActor=Abdourahamane%20Tchiani');
    expect(without.total).toBe(all.total - count);
    for (const hit of without.hits) expect(hit.actors).not.toContain('Abdourahamane Tchiani');
  });

  test('when two actors must share a passage, then an article naming them in different passages drops out', async () => {
    const sameArticle = await api('/api/search?pageSize=100&actor=Vladimir%20Putin&actor=Mohamed%20Bazoum');
    const onePassage = await api('/api/search?pageSize=100&actor=Vladimir%20Putin&actor=Mohamed%20Bazoum&together=1');
    const ids = (body: { hits: { articleId: string }[] }) => body.hits.map((h) => h.articleId);
    expect(ids(sameArticle)).toEqual(expect.arrayContaining(['together', 'apart']));
    expect(ids(onePassage)).toContain('together');
    expect(ids(onePassage)).not.toContain('apart');
  });

  test('when actor facet values come back, then each says whether it is a person or an organisation', async () => {
    const body = await api('/api/search');
    const kinds = Object.fromEntries(body.facets.actor.map((f: { value: string; kind: string }) => [f.value, f.kind]));
    expect(kinds['Vladimir Putin']).toBe('person');
    expect(kinds['Economic Community of West African States']).toBe('organisation');
  });

  test('when searching the actor facet by a surname, then the full names come back with article counts', async () => {
    const body = await api('/api/facets/actor?facetQuery=tchi');
    expect(body.values).toEqual([expect.objectContaining({ value: 'Abdourahamane Tchiani', kind: 'person', count: 3 })]);
  });

  test('when filtering by a talked-about month, then every hit mentions a date in it', async () => {
    const body = await api('/api/search?mentioned=2024-09');
    expect(body.total).toBe(1);
    expect(body.hits[0].title).toBe('Russian defense delegation holds talks with African allies');
    await request(t.app).get('/api/search?mentioned=2024-13').expect(400);
  });
});

describe('results', () => {
  test('when a query matches several passages of an article and matches=1, then the hit lists them', async () => {
    const plain = await api('/api/search?q=Bazoum');
    expect(plain.hits.every((h: { matchedPositions: number[]; position: number }) => h.matchedPositions.length === 1 && h.matchedPositions[0] === h.position)).toBe(true);
    const body = await api('/api/search?q=Bazoum&matches=1');
    const sampleId = articleIdFor({ id: fileSourceId(SAMPLE_DIR, join(SAMPLE_DIR, '001_2a3ac2bca5c954bc.txt')) }, '');
    const hit = body.hits.find((h: { articleId: string }) => h.articleId === sampleId);
    expect(hit.matchedPositions.length).toBeGreaterThan(1);
    expect(hit.matchedPositions).toContain(hit.position);
  });

  test('when two query words stand further apart in a passage than a snippet holds, then the snippet shows both', async () => {
    const body = await api('/api/search?q=zanzibar%20pemba');
    const hit = body.hits.find((h: { title: string }) => h.title === 'Spice harvest report');
    expect(hit.passageHtml).toContain('<mark>Zanzibar</mark>');
    expect(hit.passageHtml).toContain('<mark>Pemba</mark>');
    expect(hit.passageHtml).toContain(' … ');
    expect(hit.passage.split(/\s+/).length).toBeLessThan(50);
  });

  test('when the page shows results, then a histogram links each bar to its period', async () => {
    const res = await request(t.app).get('/').expect(200);
    expect(res.text).toMatch(/<svg viewBox="0 0 640 120"/);
    // The results span less than four years: a bar a month (a bar a year drew two or three bars).
    expect(res.text).toMatch(/<a href="\/\?from=2024-02-01&amp;to=2024-02-29"><title>/);
    expect(res.text).not.toMatch(/<a href="\/\?from=2024-01-01&amp;to=2024-12-31"><title>/);
    const zoomed = await request(t.app).get('/?from=2024-01-01&to=2024-12-31').expect(200);
    expect(zoomed.text).toMatch(/<a href="\/\?from=2024-02-01&amp;to=2024-02-29"><title>/);
    const days = await request(t.app).get('/?from=2024-02-01&to=2024-02-29').expect(200);
    expect(days.text).toMatch(/<title>10 Feb 2024: 1 article<\/title>/);
    // Zooming out goes a step at a time: the day to its month, the month to its year.
    const day = await request(t.app).get('/?from=2024-02-10&to=2024-02-10').expect(200);
    expect(day.text).toContain('<a href="/?from=2024-02-01&amp;to=2024-02-29">Zoom out</a>');
    expect(days.text).toContain('<a href="/?from=2024-01-01&amp;to=2024-12-31">Zoom out</a>');
  });

  test('when a period of the histogram has no article, then its bar is no link', async () => {
    const days = await request(t.app).get('/?from=2024-02-01&to=2024-02-29').expect(200);
    expect(days.text).toMatch(/<rect [^>]*class="empty-period"><title>13 Feb 2024: 0 articles<\/title>/);
    expect(days.text).not.toContain('from=2024-02-13&amp;to=2024-02-13');
    expect(days.text).toContain('from=2024-02-10&amp;to=2024-02-10');
  });
});

describe('links in feeds and exports', () => {
  test('when a feed follows a country, then its title names the country, not its code', async () => {
    const res = await request(t.app).get('/feed.atom?q=Bamako&country=ML').expect(200);
    expect(res.text).toContain('<title>Dispatch: Bamako, Mali</title>');
  });

  test('when a feed reader is given a search page or an entity page, then the page head names its feed, which is served', async () => {
    const autodiscovered = (html: string) => /<link rel="alternate" type="application\/atom\+xml" title="([^"]*)" href="([^"]*)">/.exec(html);
    const search = autodiscovered((await request(t.app).get('/?q=Bamako&country=ML').expect(200)).text);
    expect(search?.[1]).toBe('Dispatch: Bamako, Mali');
    const searchFeed = await request(t.app).get(search![2]!.replace(/&amp;/g, '&')).expect(200).expect('Content-Type', /atom\+xml/);
    expect(searchFeed.text).toContain('<title>Dispatch: Bamako, Mali</title>');
    const entity = autodiscovered((await request(t.app).get('/countries/NE').expect(200)).text);
    expect(entity?.[1]).toBe('Dispatch: Niger');
    const entityFeed = await request(t.app).get(entity![2]!).expect(200);
    expect(entityFeed.text).toContain('<title>Dispatch: Niger</title>');
    // The article page is no search: it has no feed.
    expect(autodiscovered((await request(t.app).get('/articles/formula').expect(200)).text)).toBeNull();
  });

  test('when a search is exported, then the file is named after the search', async () => {
    const res = await request(t.app).get('/export.json?q=Bamako&country=ML&from=2024-01-01').expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename=dispatch-bamako-mali-from-2024-01-01.json');
  });

  test('when the Host header is not a plain host name, then absolute links fall back to localhost', async () => {
    const res = await request(t.app).get('/feed.atom?q=Bamako').set('Host', 'evil.example"><x').expect(200);
    expect(res.text).not.toContain('evil.example');
    expect(res.text).toContain('http://localhost/articles/formula');
  });

  test('when a trusted proxy forwards a scheme other than http or https, then every link still starts with http://', async () => {
    const behindProxy = createApp({ search: t.search, index, log: createLogger('silent'), limits: { trustProxy: true } });
    for (const path of ['/feed.atom?q=Bamako', '/export.csv?q=Bamako', '/export.json?q=Bamako']) {
      const res = await request(behindProxy).get(path).set('Host', 'news.example').set('X-Forwarded-Proto', 'javascript:alert(1)//').expect(200);
      expect(res.text).not.toContain('javascript:');
      expect(res.text).toContain('http://news.example/articles/formula');
    }
    const feed = await request(behindProxy).get('/feed.atom?q=Bamako').set('Host', 'news.example').set('X-Forwarded-Proto', 'https').expect(200);
    expect(feed.text).toContain('<link rel="self" type="application/atom+xml" href="https://news.example/feed.atom?');
    expect(feed.text).toContain('<id>https://news.example/articles/formula</id>');
  });
});

describe('entities', () => {
  test('when an actor is asked for, then its coverage, co-named actors and latest articles come back', async () => {
    const body = await api('/api/actors/' + encodeURIComponent('Abdourahamane Tchiani'));
    expect(body.total).toBe(3);
    expect(body.subtitle).toBe('Person');
    expect(body.withActors.map((a: { name: string }) => a.name)).toContain('Vladimir Putin');
    expect(body.withCountries.map((c: { code: string }) => c.code)).toContain('NE');
    expect(body.latest).toHaveLength(3);
  });

  test('when an actor no article names holds part of actors\' names ("Tchiani"), then the page goes to the search offering them, and the API\'s 404 names them (a black-box review)', async () => {
    const page = await request(t.app).get('/actors/Tchiani').expect(302);
    expect(page.headers.location).toBe('/?actor=Tchiani');
    expect((await request(t.app).get('/?actor=Tchiani').expect(200)).text).toContain('Abdourahamane Tchiani');
    const api = await request(t.app).get('/api/actors/Tchiani').expect(404);
    expect(api.body.error.message).toBe('No article names Tchiani; actors whose names hold it: Abdourahamane Tchiani (3 articles)');
    expect((await request(t.app).get('/actors/Zzyzx').expect(404)).text).toContain('No article names Zzyzx');
  });

  test('when an actor is asked for in another case, then it comes back under the index\'s spelling, and not among its own co-named actors', async () => {
    const body = await api('/api/actors/' + encodeURIComponent('abdourahamane tchiani'));
    expect(body.name).toBe('Abdourahamane Tchiani');
    expect(body.subtitle).toBe('Person');
    expect(body.total).toBe(3);
    expect(body.withActors.map((a: { name: string }) => a.name.toLowerCase())).not.toContain('abdourahamane tchiani');
  });

  test('when a country has articles with no date, then its page says how many beside the chart, which cannot place them, and links to them (a black-box review)', async () => {
    const undated = (await api('/api/search?pageSize=100&undated=1')).hits as { countries: { code: string }[] }[];
    const code = undated.flatMap((h) => h.countries.map((c) => c.code))[0]!;
    const expected = (await api(`/api/search?country=${code}&undated=1`)).total;
    expect(expected).toBeGreaterThan(0);
    const body = await api(`/api/countries/${code}`);
    expect(body.undated).toEqual({ count: expected, label: `${expected} ${expected === 1 ? 'article has' : 'articles have'} no date`, href: `/?country=${code}&undated=1` });
    const page = (await request(t.app).get(`/countries/${code}`).expect(200)).text;
    expect(page).toContain(`<a href="/?country=${code}&amp;undated=1">${body.undated.label}</a>, and the chart leaves ${expected === 1 ? 'it' : 'them'} out.`);
    // A country whose articles all have dates says nothing of it.
    const dated = (await api('/api/search?pageSize=100&from=1900')).hits.flatMap((h: { countries: { code: string }[] }) => h.countries.map((c) => c.code));
    const always = dated.find((c: string) => !undated.some((h) => h.countries.some((u) => u.code === c)));
    expect(always).toBeDefined();
    expect((await api(`/api/countries/${always}`)).undated).toBeNull();
  });

  test('when a country is asked for, then it is named and unknown codes are 404', async () => {
    const body = await api('/api/countries/ml');
    expect(body.name).toBe('Mali');
    expect(body.total).toBeGreaterThan(0);
    await request(t.app).get('/api/countries/XQ').expect(404);
    // By its name, as the page: its code's (a black-box review); a name of no country is not found, and says so.
    await request(t.app).get('/api/countries/Mali').expect(301).expect('Location', '/api/countries/ML');
    expect((await request(t.app).get('/api/countries/Atlantis').expect(404)).body.error.message).toBe('No country is named "Atlantis"');
    // A page typed by the country's name goes to its code's, the tagger's names too ("Britain", "Soviet Union").
    await request(t.app).get('/countries/Niger').expect(301).expect('Location', '/countries/NE');
    await request(t.app).get('/countries/Britain').expect(301).expect('Location', '/countries/GB');
    await request(t.app).get('/countries/Soviet%20Union').expect(301).expect('Location', '/countries/RU');
    await request(t.app).get('/countries/Atlantis').expect(404);
    // An ISO alpha-3 code, in either case, goes to the two-letter code's page (a black-box review: 400 or 404).
    await request(t.app).get('/countries/SAU').expect(301).expect('Location', '/countries/SA');
    await request(t.app).get('/countries/ner').expect(301).expect('Location', '/countries/NE');
    await request(t.app).get('/api/countries/MLI').expect(301).expect('Location', '/api/countries/ML');
    // A part of two countries' names is neither, and the answer names both.
    expect((await request(t.app).get('/api/countries/Virgin').expect(404)).body.error.message).toBe('No country is named "Virgin": British Virgin Islands is VG, United States Virgin Islands is VI');
    // What is neither a code nor a name is still a bad request.
    await request(t.app).get('/api/countries/N3').expect(400);
    const page = await request(t.app).get('/countries/NE').expect(200).expect('Content-Type', /html/);
    // The co-occurrence counts are of passages, which a reader would take for articles unless told.
    expect(page.text).toContain('Counts below are of passages naming both, not of articles.');
  });
});

describe('the results page\'s structure (a black-box review)', () => {
  test('when there are hits, then they are under a heading of their own, and an undated one says "No date"', async () => {
    const page = (await request(t.app).get('/?undated=1').expect(200)).text;
    expect(page).toMatch(/<h2 class="visually-hidden">Results<\/h2>\s*<ol class="hits">/);
    const metas = [...page.matchAll(/<p class="meta">([^<]*)<\/p>/g)].map((m) => m[1]!);
    expect(metas.length).toBeGreaterThan(0);
    for (const meta of metas) expect(meta.startsWith('No date')).toBe(true);
  });

  test('when nothing matches, then there is no empty list, no page links and no export of nothing', async () => {
    const page = (await request(t.app).get('/?q=zzzqqqxxx').expect(200)).text;
    expect(page).toContain('No article matches');
    expect(page).not.toContain('<ol class="hits">');
    expect(page).not.toContain('class="pagination"');
    expect(page).not.toContain('/export.csv');
    // With hits on one page: the list, no page links.
    const one = (await request(t.app).get('/?q=Bamako').expect(200)).text;
    expect(one).toContain('<ol class="hits">');
    expect(one).not.toContain('class="pagination"');
    expect(one).toContain('/export.csv');
  });

  test('when a query has no letter or figure, then the page says it searched nothing rather than "N articles for “😀”"', async () => {
    const page = (await request(t.app).get(`/?q=${encodeURIComponent('😀')}`).expect(200)).text;
    expect(page).toContain('“😀” has no letter or figure to search for, so these are all the articles, newest first.');
    expect(page).not.toContain('for “😀”');
    expect((await request(t.app).get(`/?q=${encodeURIComponent('😀')}&sort=oldest`).expect(200)).text).toContain('so these are all the articles, oldest first.');
  });

  test('when a word is typed after an en dash, an em dash, a minus sign or two hyphens, then it is left out as after "-", and the box shows the "-"', async () => {
    const excluded = (await request(t.app).get('/api/search?q=Niger+-Bamako').expect(200)).body;
    const both = (await request(t.app).get('/api/search?q=Niger+Bamako').expect(200)).body;
    expect(excluded.total).toBeGreaterThan(0);
    expect(both.total).toBeGreaterThan(0);
    for (const dash of ['\u2013', '\u2014', '\u2212', '--']) {
      const typed = (await request(t.app).get(`/api/search?q=${encodeURIComponent(`Niger ${dash}Bamako`)}`).expect(200)).body;
      expect(typed.hits.map((h: { articleId: string }) => h.articleId)).toEqual(excluded.hits.map((h: { articleId: string }) => h.articleId));
    }
    expect((await request(t.app).get(`/?q=${encodeURIComponent('Niger \u2013Bamako')}`).expect(200)).text).toContain('value="Niger -Bamako"');
    // A range keeps its dash.
    expect((await request(t.app).get(`/?q=${encodeURIComponent('1990\u20131995')}`).expect(200)).text).toContain('value="1990\u20131995"');
  });

  test('when the only chip is how the words match, then there is no "Clear all" that leads nowhere', async () => {
    const page = (await request(t.app).get('/?q=Bamako+zzzqqq&match=most').expect(200)).text;
    expect(page).toContain('class="chip"');
    expect(page).not.toMatch(/<a class="clear" href="">/);
    expect(page).not.toContain('Clear all');
    expect((await request(t.app).get('/?q=Bamako&country=ML').expect(200)).text).toMatch(/<a class="clear" href="\/\?q=Bamako">Clear all<\/a>/);
  });
});

describe('output', () => {
  test('when an export file past the last one is asked for, then it is a 404 that says how many there are; past 100,000 articles, 400', async () => {
    const total = (await request(t.app).get('/export.json').expect(200)).body.total as number;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(1000);
    const past = await request(t.app).get('/export.json?page=11').expect(404);
    expect(past.body.error.message).toBe('page 11 is past the last file of these results: 1 file of up to 1,000 articles (page=1)');
    expect(total).toBeGreaterThan(1);
    expect((await request(t.app).get(`/export.csv?pageSize=1&page=${total + 1}`).expect(404)).text).toContain(`${total} files of up to 1 article (page=1 to page=${total})`);
    await request(t.app).get(`/export.csv?pageSize=1&page=${total}`).expect(200);
    // A search that finds nothing exports one empty file, not a 404.
    expect((await request(t.app).get('/export.json?q=zzzqqqxx').expect(200)).body).toMatchObject({ exported: 0, first: null, last: null });
    await request(t.app).get('/export.csv?page=100').expect(404);
    const refused = await request(t.app).get('/export.csv?page=101').expect(400);
    expect(refused.text).toContain('page: expected a whole number from 1 to 100, got "101"');
    // The pages stay at 10,000 articles.
    await request(t.app).get('/api/search?page=1001').expect(400);
  });

  test('when exporting CSV, then formulas are defused and quotes doubled', async () => {
    const res = await request(t.app).get('/export.csv?q=Bamako').expect(200).expect('Content-Type', /text\/csv/);
    expect(res.headers['content-disposition']).toBe('attachment; filename=dispatch-bamako.csv');
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil"")"`);
  });

  test('when exporting CSV, then countries come as codes and as names, each in its own column', async () => {
    const res = await request(t.app).get('/export.csv?country=NE').expect(200);
    const [header, first] = res.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toBe('"articleId","title","published","url","source","passage","countries","countryNames","actors","dates","link"');
    expect(first).toMatch(/"[^"]*\bNE\b[^"]*","[^"]*\bNiger\b[^"]*"/);
  });

  test('when exporting JSON, then every article has the citation fields', async () => {
    const res = await request(t.app).get('/export.json?country=NE').expect(200);
    const body = JSON.parse(res.text);
    expect(body.exported).toBe(body.total);
    expect(body).toMatchObject({ file: 1, files: 1, first: 1, last: body.total });
    // A file of a smaller size says which of the results it holds.
    const second = (await request(t.app).get('/export.json?country=NE&pageSize=1&page=2').expect(200)).body;
    expect(second).toMatchObject({ file: 2, files: body.total, first: 2, last: 2, exported: 1 });
    expect(second.articles[0].articleId).toBe(body.articles[1].articleId);
    for (const a of body.articles) expect(Object.keys(a)).toEqual(['articleId', 'title', 'published', 'url', 'source', 'passage', 'countries', 'actors', 'dates', 'link']);
    // Typed as the API answers: lists as arrays, absent values as null, not a spreadsheet's "NE; ML" and "".
    for (const a of body.articles) {
      expect(Array.isArray(a.countries) && Array.isArray(a.actors) && Array.isArray(a.dates)).toBe(true);
      expect(a.countries).toContain('NE');
      expect(a.url === null || /^https?:\/\//.test(a.url)).toBe(true);
    }
  });

  test('when subscribing to a search, then the Atom feed is newest first and escaped', async () => {
    const res = await request(t.app).get('/feed.atom?q=Bamako').expect(200).expect('Content-Type', /atom\+xml/);
    expect(res.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(res.text).not.toContain('<b>nothing</b>');
    expect(res.text).toContain('&lt;b&gt;nothing&lt;/b&gt; &amp; left.');
    const updated = [...res.text.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect([...updated].sort().reverse()).toEqual(updated);
  });


  /** The feed as a reader at news.example gets it (supertest's own Host names a new port each time). */
  const feed = (path: string) => request(t.app).get(path).set('Host', 'news.example');
  /** The ids of a feed's entries, in order. */
  const entries = (xml: string) => [...xml.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((m) => m[1]);

  test('when a feed is fetched twice, then its times are the articles\', not the clock\'s: the feed\'s is its newest entry\'s, an undated entry\'s 1970 (a black-box review: every fetch looked like news)', async () => {
    const first = (await feed('/feed.atom').expect(200)).text;
    await new Promise((r) => setTimeout(r, 1100));
    const second = (await feed('/feed.atom').expect(200)).text;
    expect(second).toBe(first);
    const feedUpdated = /<feed[^>]*>[\s\S]*?<updated>([^<]+)<\/updated>/.exec(first)?.[1];
    const entryTimes = [...first.matchAll(/<entry>[\s\S]*?<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect(feedUpdated).toBe(entryTimes[0]);
    const undated = (await feed('/feed.atom?undated=1').expect(200)).text;
    const undatedTimes = [...undated.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!);
    expect(undatedTimes.length).toBeGreaterThan(1);
    expect(new Set(undatedTimes)).toEqual(new Set(['1970-01-01T00:00:00.000Z']));
  });

  test('when a feed reader adds tracking parameters, then the feed ignores them, and still checks its own', async () => {
    const plain = await feed('/feed.atom?q=Bamako').expect(200);
    const tagged = await feed('/feed.atom?q=Bamako&utm_source=rss&utm_medium=feed&fbclid=x').expect(200).expect('Content-Type', /atom\+xml/);
    expect(entries(tagged.text)).toEqual(entries(plain.text));
    expect(entries(tagged.text).length).toBeGreaterThan(0);
    expect(tagged.text).toContain('<id>http://news.example/feed.atom?q=Bamako</id>');
    await feed('/feed.atom?q=Bamako&utm_source=rss&from=yesterday').expect(400);
    await feed('/feed.atom?country=Niger&utm_source=rss').expect(400);
  });

  test('when a later page of the feed is asked for, then its id and self link name that page; the first page has none', async () => {
    const second = await feed('/feed.atom?country=NE&page=2').expect(200);
    expect(second.text).toContain('<id>http://news.example/feed.atom?country=NE&amp;page=2</id>');
    expect(second.text).toContain('<link rel="self" type="application/atom+xml" href="http://news.example/feed.atom?country=NE&amp;page=2"/>');
    const first = await feed('/feed.atom?country=NE&page=1').expect(200);
    expect(first.text).toContain('<id>http://news.example/feed.atom?country=NE</id>');
    // Paged feeds (RFC 5005): a page links to its neighbours, when it has some (a web review).
    expect(second.text).toContain('<link rel="previous" type="application/atom+xml" href="http://news.example/feed.atom?country=NE"/>');
    expect(first.text).not.toContain('rel="previous"');
    expect(first.text).not.toContain('rel="next"'); // fewer than 50 articles
    // Pages of 50 entries: the last page an index of at most 10,000 articles can fill is 200.
    await feed('/feed.atom?page=201').expect(400);
  });

  test('when the feed is given an order or a page size, then they are its own: newest first, and its address does not carry them', async () => {
    const res = await feed('/feed.atom?country=NE&sort=oldest&pageSize=2').expect(200);
    expect(res.text).toContain('<id>http://news.example/feed.atom?country=NE</id>');
    expect(entries(res.text).length).toBeGreaterThan(2);
    expect(entries(res.text)).toEqual(entries((await feed('/feed.atom?country=NE').expect(200)).text));
  });

  test('when a client asks for the API description, then OpenAPI lists every endpoint', async () => {
    const body = await api('/api/openapi.json');
    expect(body.openapi).toMatch(/^3\./);
    expect(Object.keys(body.paths)).toEqual(expect.arrayContaining(['/api/search', '/api/facets/actor', '/api/articles/{id}', '/api/actors/{name}', '/api/countries/{code}', '/export.csv', '/feed.atom']));
    expect(parseYaml(JSON.stringify(body))).toEqual(body);
    // The server's refusals are described for every endpoint, as it sends them (a black-box review).
    for (const item of Object.values(body.paths) as { get: { responses: Record<string, unknown> } }[]) expect(Object.keys(item.get.responses)).toEqual(expect.arrayContaining(['405', '414', '429']));
    for (const path of ['/api/search', '/export.csv', '/feed.atom', '/healthz']) {
      const refused = await request(t.app).post(path).expect(405);
      expect([path, refused.type]).toEqual([path, Object.keys(body.paths[path].get.responses['405'].content)[0]]);
    }
    // The site links it.
    expect((await request(t.app).get('/').expect(200)).text).toContain('<a href="/api/openapi.json">');
  });

  test('when the API description names an error\'s format, then the server answers in it (a web review)', async () => {
    const body = await api('/api/openapi.json');
    for (const path of ['/export.csv', '/export.json', '/feed.atom']) {
      const declared = Object.keys(body.paths[path].get.responses['400'].content);
      const res = await request(t.app).get(`${path}?from=yesterday`).expect(400);
      expect(declared).toEqual([res.type]);
    }
    expect(body.paths['/api/articles/{id}'].get.responses['404'].description).not.toBe('Invalid parameter');
    expect(body.components.schemas.SearchResults.properties.facets.properties.date.items.properties.months.type).toBe('array');
  });
});
