import type { Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, listen } from '../support/browser.js';
import { indexFiles, SAMPLE_DIR, testApp, uniqueIndex, type TestApp } from '../support/meili.js';

const index = uniqueIndex('browser');
let t: TestApp;
let server: Server;
let baseUrl: string;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  await indexFiles(index, [SAMPLE_DIR]);
  t = await testApp(index);
  ({ server, baseUrl } = await listen(t.app));
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  t?.close();
});

const hitTitles = () => page.locator('.hit h3').allInnerTexts();
const facetCount = async (facet: string, label: string): Promise<number> =>
  Number(await page.locator(`#facet-${facet}`).locator('..').locator('a.facet-value', { hasText: label }).first().locator('.count').innerText());

describe('search in a browser', () => {
  test('when a reader types a query and presses Enter, then matching articles show with highlights', async () => {
    await page.goto(baseUrl + '/');
    await page.getByLabel('Search articles').fill('Wagner');
    await page.keyboard.press('Enter');
    await page.waitForURL(/q=Wagner/);
    expect(await page.locator('.summary').innerText()).toMatch(/^2 articles for “Wagner”/);
    expect(await page.locator('.hit mark').count()).toBeGreaterThan(0);
  });

  test('when two countries and an actor are picked, then counts and hits agree', async () => {
    await page.goto(baseUrl + '/');
    const ghana = await facetCount('country', 'Ghana');
    const chad = await facetCount('country', 'Chad');
    await page.locator('a.facet-value', { hasText: 'Ghana' }).click();
    await page.locator('a.facet-value', { hasText: 'Chad' }).click();
    expect(await page.locator('.hit').count()).toBe(ghana + chad);
    expect(await page.locator('.chip').allInnerTexts()).toEqual(['Country: Ghana ×', 'Country: Chad ×']);
    const putin = await facetCount('actor', 'Vladimir Putin');
    await page.locator('a.facet-value', { hasText: 'Vladimir Putin' }).click();
    expect(await page.locator('.hit').count()).toBe(putin);
    await page.getByText('Clear all').click();
    expect(await page.locator('.summary').innerText()).toMatch(/^5 articles/);
  });

  test('when a hit is opened, then the article page shows its tags linked to filters', async () => {
    await page.goto(baseUrl + '/?q=Yevkurov');
    await page.locator('.hit h3 a').first().click();
    await page.waitForURL(/\/articles\//);
    expect(await page.locator('h1').innerText()).toBe('Russian defense delegation holds talks with African allies');
    await page.locator('a.tag-actor', { hasText: 'Yevkurov' }).first().click();
    await page.waitForURL(/actor=/);
    expect((await hitTitles()).length).toBeGreaterThan(0);
  });
});
