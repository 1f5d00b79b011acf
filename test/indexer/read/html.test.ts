import { readHtml } from '../../../indexer/read/html.js';
import type { RecordFields } from '../../../indexer/read/records.js';

const read = (page: string): RecordFields => {
  const fields = readHtml(page);
  if (typeof fields === 'string') throw new Error(fields);
  return fields;
};

describe('readHtml (an indexer review)', () => {
  test('when the site header has an <h1> of its own, then the title is the story\'s <h1>, and the story keeps its text', () => {
    const page = `<html><head><title>Floods | Daily Planet</title></head><body>
      <header><h1>Daily Planet</h1></header>
      <main><article><h1>Floods in Mozambique displace thousands</h1>
      <p>Heavy rains in Mozambique have displaced thousands of people in Beira, officials said on Sunday.</p></article></main></body></html>`;
    const fields = read(page);
    expect(fields.title).toBe('Floods in Mozambique displace thousands');
    expect(fields.body).toBe('Heavy rains in Mozambique have displaced thousands of people in Beira, officials said on Sunday.');
  });

  test('when the page publishes its story as schema.org JSON-LD, then its date, headline, address and publisher are read where the page has no other (a review: the date was lost)', () => {
    const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
    const body = '<body><article><p>A mining firm was fined over a spill in Queensland, the court said on Wednesday.</p></article></body>';
    const page = `<html><head><title>Fined</title>${ld({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Fined' }, { '@type': ['NewsArticle'], headline: 'Mining firm fined', datePublished: '2023-06-14T08:30:00+10:00', url: 'https://metroherald.example/a/1', publisher: { '@type': 'Organization', name: 'Metro Herald' } }] })}</head>${body}</html>`;
    expect(read(page)).toMatchObject({ title: 'Mining firm fined', date: '2023-06-14T08:30:00+10:00', url: 'https://metroherald.example/a/1', source: 'Metro Herald' });
    // The page's own meta tags come first; a block that is no JSON, or a date no parser reads, is passed over.
    const withMeta = `<html><head><meta property="article:published_time" content="2023-06-15"><script type="application/ld+json">{oops</script>${ld({ '@type': 'NewsArticle', datePublished: 'soon' })}</head>${body}</html>`;
    expect(read(withMeta).date).toBe('2023-06-15');
    expect(read(`<html><head>${ld({ '@type': 'NewsArticle', datePublished: 'soon' })}</head>${body}</html>`).date).toBeUndefined();
  });

  test('when a <title> ends with the site\'s name after a dash and the address names the site, then the name goes; a dash inside a headline stays', () => {
    const page = (title: string, url: string) => `<html><head><title>${title}</title><link rel="canonical" href="${url}"></head><body><div><p>A mining firm was fined over a spill in Queensland, the court said on Wednesday.</p></div></body></html>`;
    expect(read(page('Mining firm fined over spill - Metro Herald', 'https://www.metroherald.com/a/1')).title).toBe('Mining firm fined over spill');
    expect(read(page('Talks resume — BBC News', 'https://www.bbc.co.uk/news/1')).title).toBe('Talks resume');
    expect(read(page('Mali - Russia talks', 'https://www.metroherald.com/a/2')).title).toBe('Mali - Russia talks');
  });

  test('when the first <time> holds a reading time or a time of day, then the date is the first <time> that holds a date', () => {
    const page = (times: string) => `<html><body><article><h1>Sahel security update</h1><p>${times}</p>
      <p>Attacks in Burkina Faso and Mali rose in April, according to a regional monitor.</p></article></body></html>`;
    expect(read(page('<time datetime="PT4M">4 min read</time> · <time datetime="2024-05-02">May 2, 2024</time>')).date).toBe('2024-05-02');
    expect(read(page('<time datetime="12:00">noon</time>')).date).toBeUndefined();
  });

  test('when a page without <article> or <main> carries a consent tool\'s banner (OneTrust, Cookiebot, cookieconsent), then the banner is no text', () => {
    const page = `<html><body>
      <div id="onetrust-banner-sdk"><p>This website uses cookies to ensure you get the best experience.</p></div>
      <div id="CybotCookiebotDialog"><p>This website uses cookies. We use cookies to personalise content and ads.</p></div>
      <div class="cc-window cc-banner"><p>Cookies help us deliver our services. Got it!</p></div>
      <h1>Talks in Niamey</h1><p>Envoys of the regional bloc met the junta in Niamey on Monday.</p></body></html>`;
    expect(read(page).body).toBe('Envoys of the regional bloc met the junta in Niamey on Monday.');
  });

  test('when a page\'s table holds figures, then its cells are words apart: "EPP 189", not "EPP189" (an indexer review)', () => {
    const page = `<html><body><article><h1>Seats</h1><p>The parliament's seats were shared out on Monday as follows.</p>
      <table><tr><th>Party</th><th>Seats</th></tr><tr><td>EPP</td><td>189</td></tr></table></article></body></html>`;
    expect(read(page).body.split('\n\n').map((line) => line.replace(/\s+/g, ' ').trim())).toEqual(["The parliament's seats were shared out on Monday as follows.", 'Party Seats', 'EPP 189']);
  });

  test('when a page is a server\'s error page, a bot check or a redirect, then it is a skip saying so; a story with such words in its headline stays', () => {
    expect(readHtml('<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1><p>The requested URL /news/2024/floods was not found on this server.</p></body></html>')).toBe('not an article: an error page ("404 Not Found")');
    expect(readHtml('<html><head><title>Just a moment...</title></head><body><p>Checking if the site connection is secure. Enable JavaScript and cookies to continue.</p></body></html>')).toBe('not an article: a bot check ("Just a moment...")');
    expect(readHtml('<html><head><meta http-equiv="refresh" content="0; url=/news/1"><title>News</title></head><body><p>You are being sent on.</p></body></html>')).toBe('not an article: a redirect ("News")');
    const story = '<html><head><title>Access denied to journalists at border</title></head><body><h1>Access denied to journalists at border</h1><p>Reporters were turned back at the Niger border on Monday, officials said.</p></body></html>';
    expect(read(story).title).toBe('Access denied to journalists at border');
  });

  test('when a page has a site footer block or WordPress related posts, then they are no text', () => {
    const page = `<html><body><article><h1>Talks in Niamey</h1><p>Envoys of the regional bloc met the junta in Niamey on Monday.</p>
      <div class="jp-relatedposts"><p>Earthquakes shake Reykjavik as magma moves under the town.</p></div></article>
      <div class="site-footer"><p>Nation Media Group is the largest independent media house in East Africa.</p></div></body></html>`;
    expect(read(page).body).toBe('Envoys of the regional bloc met the junta in Niamey on Monday.');
  });
});
