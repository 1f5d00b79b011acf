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
});
