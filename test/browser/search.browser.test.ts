import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';

let session: BrowserSession;
let baseUrl: string;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession('browser', { acceptDownloads: true });
  ({ baseUrl, page } = session);
});
afterAll(() => session?.close());

const facetLink = (facet: string, label: string) => page.locator(`#facet-${facet}`).locator('..').locator('a.facet-value', { hasText: label }).first();
const facetCount = async (facet: string, label: string): Promise<number> => Number(await facetLink(facet, label).locator('.count').innerText());
const total = async (): Promise<number> => Number(/^(\d+)/.exec(await page.locator('.summary').innerText())![1]);

/** The page's own navigations from now until `stop()`: how many searches a control ran. */
const recordNavigations = (): { urls: string[]; stop(): void } => {
  const urls: string[] = [];
  const record = (frame: { url(): string; parentFrame(): unknown }) => {
    if (frame.parentFrame() === null) urls.push(frame.url());
  };
  page.on('framenavigated', record);
  return { urls, stop: () => page.off('framenavigated', record) };
};

describe('search in a browser', () => {
  test('when a reader types a query and presses Enter, then matching articles show with highlights', async () => {
    await page.goto(baseUrl + '/');
    await page.getByLabel('Search articles').fill('Wagner');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Wagner/);
    // The address holds the query alone, not the form's empty dates and default order (a web review).
    expect(new URL(page.url()).search).toBe('?q=Wagner');
    expect(await page.locator('.summary').innerText()).toMatch(/^2 articles for “Wagner”/);
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0);
  });

  test('when two countries and an actor are picked, then counts and hits agree, and chips remove them', async () => {
    await page.goto(baseUrl + '/');
    await page.locator('#facet-country').locator('..').getByText(/^Show (all|the)/).click();
    const ghana = await facetCount('country', 'Ghana');
    const chad = await facetCount('country', 'Chad');
    await facetLink('country', 'Ghana').click();
    await facetLink('country', 'Chad').click();
    expect(await page.locator('.hit').count()).toBe(ghana + chad);
    expect(await total()).toBe(ghana + chad);
    expect(await page.locator('.chip').allInnerTexts()).toEqual(['Country: Ghana ×', 'Country: Chad ×']);
    // Disjunctive counts: picking Ghana and Chad leaves the other countries' counts as they were.
    expect(await facetCount('country', 'Niger')).toBe(5);
    const putin = await facetCount('actor', 'Vladimir Putin');
    await facetLink('actor', 'Vladimir Putin').click();
    expect(await page.locator('.hit').count()).toBe(putin);
    await page.getByText('Clear all').click();
    expect(await total()).toBe(5);
  });

  test('when a value is excluded, then no hit carries it; when an actor is looked up, then the facet lists it', async () => {
    await page.goto(baseUrl + '/');
    const withTchiani = await facetCount('actor', 'Abdourahamane Tchiani');
    await page.getByRole('link', { name: 'Exclude Abdourahamane Tchiani' }).click();
    expect(await total()).toBe(5 - withTchiani);
    expect(await page.locator('.chip').allInnerTexts()).toEqual(['Not actor: Abdourahamane Tchiani ×']);
    await page.goto(baseUrl + '/');
    await page.getByLabel('Find an actor').fill('Yev');
    await page.getByRole('button', { name: 'Find' }).click();
    const names = await page.locator('#facet-actor').locator('..').locator('a.facet-value .label').allInnerTexts();
    expect(names.map((n) => n.replace(/\s+(person|organisation)$/, ''))).toEqual(expect.arrayContaining(['Yevgeny Prigozhin', 'Yunus-Bek Yevkurov']));
    expect(names.every((n) => /Yev/.test(n))).toBe(true);
  });

  test('when a histogram bar is clicked, then the results narrow to that period', async () => {
    await page.goto(baseUrl + '/');
    const bars = page.locator('figure.histogram svg a');
    expect(await bars.count()).toBeGreaterThan(0);
    // One title a bar, the link's own: two (the bar's and its hit area's) were read out twice (a black-box review).
    expect(await bars.first().locator('title').count()).toBe(1);
    expect(await bars.first().locator(':scope > title').count()).toBe(1);
    const firstTitle = await bars.first().locator('title').first().textContent();
    await bars.first().click();
    await page.waitForURL(/from=/);
    expect(await total()).toBe(Number(/: (\d+) article/.exec(firstTitle!)![1]));
  });

  test('when a hit is opened and an entity followed, then the article shows its tags and the actor page its coverage', async () => {
    await page.goto(baseUrl + '/?q=Yevkurov');
    await page.locator('.hit h3 a').first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').innerText()).toBe('Russian defense delegation holds talks with African allies');
    expect(await page.locator('a.tag-actor', { hasText: 'Yevkurov' }).count()).toBeGreaterThan(0);
    await page.locator('aside').getByRole('link', { name: 'Yunus-Bek Yevkurov', exact: true }).click();
    await page.waitForURL(/\/actors\//);
    expect(await page.locator('h1').innerText()).toBe('Yunus-Bek Yevkurov');
    expect(await page.locator('.meta').innerText()).toContain('Person');
    expect(await page.locator('aside').getByRole('link', { name: 'Assimi Goïta', exact: true }).count()).toBe(1);
    await page.locator('aside').getByRole('link', { name: 'Mali', exact: true }).click();
    await page.waitForURL(/\/countries\/ML/);
    expect(await page.locator('h1').innerText()).toBe('Mali');
  });

  test('when the CSV export is downloaded, then it has one row per result with title and passage', async () => {
    await page.goto(baseUrl + '/?q=Wagner');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('"articleId","title","published","url","source","passage","countries","countryNames","actors","dates","link"');
    expect(lines).toHaveLength(3);
    expect(csv).toContain('Wagner');
  });

  test('when a date is typed on the keyboard, then the search runs once, with the whole date (a web review)', async () => {
    await page.goto(baseUrl + '/?q=Niger');
    const navigations = recordNavigations();
    await page.locator('#from').focus();
    // Month, day, year, as an en-US date field takes them; each digit of the year made a valid date ("0001-03-15").
    await page.keyboard.type('03152023', { delay: 30 });
    await page.waitForURL(/from=2023-03-15/);
    navigations.stop();
    expect(navigations.urls.filter((u) => /from=/.test(u))).toEqual([expect.stringMatching(/from=2023-03-15/)]);
  });

  test('when the order is walked through with the arrow keys, then nothing searches until Enter, and the new page keeps the focus on the order (a black-box review: WCAG 3.2.2)', async () => {
    await page.goto(baseUrl + '/?q=Niger');
    const navigations = recordNavigations();
    await page.locator('#sort').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    // Long enough for a search the first step would have run to have started.
    await page.waitForTimeout(800);
    expect(navigations.urls).toEqual([]);
    expect(await page.locator('#sort').inputValue()).toBe('oldest');
    await page.keyboard.press('Enter');
    await page.waitForURL(/sort=oldest/);
    navigations.stop();
    expect(navigations.urls).toHaveLength(1);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sort');
  });

  test('when a switch has the focus and Space is pressed, then it flips, as Enter does (a black-box review)', async () => {
    const names = (await (await page.request.get(baseUrl + '/api/search?pageSize=1')).json()).facets.actor.slice(0, 2).map((v: { value: string }) => v.value) as string[];
    await page.goto(`${baseUrl}/?${names.map((n) => `actor=${encodeURIComponent(n)}`).join('&')}`);
    const all = page.getByRole('switch', { name: /All of the actors/ });
    await expect(all.getAttribute('aria-checked')).resolves.toBe('false');
    await all.focus();
    await page.keyboard.press(' ');
    await page.waitForURL(/allActors=1/);
    await expect(page.getByRole('switch', { name: /All of the actors/ }).getAttribute('aria-checked')).resolves.toBe('true');
  });

  test('when a date already set is edited on the keyboard, then the search runs once, with both digits of the new month (a black-box review)', async () => {
    await page.goto(baseUrl + '/?q=Niger&from=2005-06-01');
    const navigations = recordNavigations();
    // Focus lands on the month, the first part of an en-US date field.
    await page.locator('#from').focus();
    await page.keyboard.type('11', { delay: 30 });
    await page.waitForURL(/from=2005-11-01/);
    navigations.stop();
    expect(navigations.urls.filter((u) => /from=/.test(u))).toEqual([expect.stringMatching(/from=2005-11-01/)]);
  });

  test('when "most of the words" is on and the order is changed, then the mode stays; when a new query is typed, then every word must match again', async () => {
    await page.goto(baseUrl + '/?q=Wagner+Niger+zeppelin&match=most');
    await expect(page.locator('a.chip', { hasText: 'Most of the words' }).count()).resolves.toBe(1);
    await page.locator('#sort').selectOption('newest');
    await page.waitForURL(/sort=newest/);
    expect(new URL(page.url()).search).toBe('?q=Wagner+Niger+zeppelin&match=most&sort=newest');
    await expect(page.locator('a.chip', { hasText: 'Most of the words' }).count()).resolves.toBe(1);
    await page.getByLabel('Search articles').fill('Wagner');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'Wagner');
    expect(new URL(page.url()).search).toBe('?q=Wagner&sort=newest');
    await expect(page.locator('a.chip', { hasText: 'Most of the words' }).count()).resolves.toBe(0);
  });

  test('when a query is typed but not searched and a facet value is clicked, then the search has both (a black-box review: the words were lost)', async () => {
    await page.goto(baseUrl + '/?q=Niger');
    await page.getByLabel('Search articles').fill('Wagner');
    await facetLink('country', 'Mali').click();
    await page.waitForURL(/country=ML/);
    const asked = new URL(page.url()).searchParams;
    expect(asked.get('q')).toBe('Wagner');
    expect(asked.get('country')).toBe('ML');
    expect(await page.locator('.summary').innerText()).toMatch(/for “Wagner”/);
    // A link opened in a new tab with words typed goes where it was served to go once the box is put back.
    await page.getByLabel('Search articles').fill('Niger');
    const [tab] = await Promise.all([page.context().waitForEvent('page'), page.locator('.chip', { hasText: 'Country: Mali' }).click({ modifiers: ['Control'] })]);
    await tab.close();
    await page.getByLabel('Search articles').fill('Wagner');
    // Left as served, the box changes nothing: the chip removes Mali and keeps the query the page has.
    await page.locator('.chip', { hasText: 'Country: Mali' }).click();
    await page.waitForURL((url) => !/country=/.test(url.href));
    expect(new URL(page.url()).search).toBe('?q=Wagner');
  });

  test('when a facet label wraps onto two lines, then its count and its ⊖ stay on its first line (a black-box review: ⊖ sat between the lines)', async () => {
    await page.setViewportSize({ width: 1000, height: 900 });
    try {
      // Every actor of the samples: "Economic Community of West African States" takes two lines of the 17rem column.
      await page.goto(baseUrl + '/?more=actor');
      const rows = await page.locator('.facet-row').evaluateAll((elements) =>
        elements.map((row) => {
          const label = row.querySelector('.label')!.getBoundingClientRect();
          const lineHeight = parseFloat(getComputedStyle(row.querySelector('.label')!).lineHeight);
          const top = (selector: string) => row.querySelector(selector)?.getBoundingClientRect().top ?? null;
          return { lines: Math.round(label.height / lineHeight), label: label.top, count: top('.count'), exclude: top('.exclude') };
        }),
      );
      const wrapped = rows.filter((r) => r.lines >= 2 && r.exclude !== null);
      expect(wrapped.length).toBeGreaterThan(0);
      for (const r of wrapped) {
        expect(Math.abs(r.count! - r.label)).toBeLessThan(6);
        expect(Math.abs(r.exclude! - r.label)).toBeLessThan(6);
      }
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  test('when the sort order is changed and the reader goes Back, then the controls show the page\'s own order again (a web review)', async () => {
    await page.goto(baseUrl + '/?q=Niger');
    await page.locator('#sort').selectOption('newest');
    await page.waitForURL(/sort=newest/);
    await page.goBack();
    await page.waitForURL((url) => !/sort=newest/.test(url.href));
    expect(await page.locator('#sort').inputValue()).toBe('relevance');
  });

  test('when a page holds a long unbroken word on a phone\'s screen, then it wraps and nothing runs off the right edge (a black-box review)', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    try {
      const word = 'openrightsgroupcampaignersaysthelawisunworkable'.repeat(2);
      for (const path of [`/?q=${word}`, `/?q=coup+${word}`, '/?q=coup']) {
        await page.goto(baseUrl + path);
        const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
        expect([path, widths[0]! <= widths[1]!]).toEqual([path, true]);
      }
      // An article page too.
      await page.goto(baseUrl + '/?q=coup');
      await page.locator('.hit h3 a').first().click();
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
