// `npm run screenshots`: the search, article and entity pages of the sample corpus, as headless Chromium shows
// them, saved in docs/screenshots/. Uses a throwaway embedded Meilisearch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runIndex } from '../indexer/run-index.js';
import { createLogger } from '../src/logger.js';
import { startEmbeddedMeili } from '../src/meili/embedded.js';
import { createSearchClient } from '../src/meili/search-client.js';
import { projectRoot } from '../src/project-root.js';
import { createApp } from '../src/web/app.js';
import { launchBrowser, listen } from '../test/support/browser.js';

const out = resolve(projectRoot, 'docs/screenshots');
const dataDir = mkdtempSync(join(tmpdir(), 'dispatch-shots-'));
const engine = await startEmbeddedMeili({ dataDir, reuse: false });
try {
  const endpoint = { url: engine.url, masterKey: engine.masterKey, embedded: true, stop: async () => {} };
  await runIndex({ endpoint, index: 'passages', paths: [resolve(projectRoot, 'data/sample')] });
  const search = createSearchClient({ host: engine.url, searchKey: engine.masterKey, index: 'passages', timeoutMs: 5000 });
  const { server, baseUrl } = await listen(createApp({ search, index: 'passages', log: createLogger('silent') }));
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${baseUrl}/?q=Niger&actor=Vladimir%20Putin&actor=Abdourahamane%20Tchiani`);
  await page.screenshot({ path: join(out, 'search.png'), fullPage: true });
  await page.locator('.hit h3 a').first().click();
  await page.screenshot({ path: join(out, 'article.png'), fullPage: true });
  await page.goto(`${baseUrl}/actors/${encodeURIComponent('Abdourahamane Tchiani')}`);
  await page.screenshot({ path: join(out, 'entity.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${baseUrl}/?q=coup`);
  await page.screenshot({ path: join(out, 'search-phone.png') });
  await browser.close();
  server.close();
  search.close();
  process.stdout.write(`Screenshots in ${out}\n`);
} finally {
  await engine.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
