import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { startBrowserSession, type BrowserSession } from '../support/browser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let session: BrowserSession;
let baseUrl: string;
let page: Page;

// The page's Content-Security-Policy forbids injected scripts (as it should); the checker needs one.
beforeAll(async () => {
  session = await startBrowserSession('a11y', { bypassCSP: true });
  ({ baseUrl, page } = session);
});
afterAll(() => session?.close());

interface AxeViolation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** axe-core (Deque's accessibility engine) run inside the page: WCAG 2.1 A and AA rules. */
async function violations(path: string, rules?: string[]): Promise<string[]> {
  await page.goto(baseUrl + path);
  await page.addScriptTag({ content: axeSource });
  const runOnly = rules === undefined ? { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } : { type: 'rule', values: rules };
  const found = (await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(o: unknown): Promise<{ violations: unknown[] }> } }).axe;
    return (await axe.run({ runOnly: only })).violations;
  }, runOnly)) as AxeViolation[];
  // The WCAG rules at serious and critical; rules named by the caller at any impact.
  return found.filter((v) => rules !== undefined || v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  test.each(['/', '/?q=Niger&country=NE&actor=Vladimir%20Putin', '/?q=zzzz', '/countries/NE', '/actors/Vladimir%20Putin'])(
    'when %s is checked, then it has no serious or critical violation',
    async (path) => {
      expect(await violations(path)).toEqual([]);
    },
  );

  test.each(['/', '/?q=Niger&country=NE', '/?q=zzzz'])('when %s is checked for landmarks, then each is told apart and all content is in one (a black-box review)', async (path) => {
    expect(await violations(path, ['landmark-unique', 'region'])).toEqual([]);
  });

  test('when an article page is checked, then it has no serious or critical violation', async () => {
    await page.goto(baseUrl + '/?q=Yevkurov');
    const href = await page.locator('.hit h3 a').first().getAttribute('href');
    expect(await violations(href!.split('#')[0]!)).toEqual([]);
  });

  test('when a keyboard user tabs from the top, then the skip link comes first and focus is visible', async () => {
    await page.goto(baseUrl + '/');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(focused.text).toBe('Skip to results');
    expect(focused.outline).not.toBe('none');
  });
});
