import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { indexFiles, SAMPLE_DIR, testApp, uniqueIndex, type TestApp } from './meili.js';
import type { DispatchApp } from '../../src/web/app.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Debian's Chromium driven by playwright-core (a test tool's own browser download cannot run here). The flags keep
 * it from reaching for the network at start.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: install Debian's package (apt-get install chromium), as .ci/run does, or set CHROMIUM_PATH`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function listen(app: DispatchApp): Promise<{ server: Server; baseUrl: string }> {
  return new Promise((resolveListen) => {
    const server = createServer(app).listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolveListen({ server, baseUrl: `http://127.0.0.1:${port}` });
    });
  });
}

export interface BrowserSession {
  app: TestApp;
  server: Server;
  baseUrl: string;
  browser: Browser;
  page: Page;
  close(): Promise<void>;
}

/**
 * The sample corpus in its own index, the app listening on a free port, and one Chromium page: what every browser
 * test starts from.
 */
export async function startBrowserSession(name: string, pageOptions: BrowserContextOptions = {}): Promise<BrowserSession> {
  const index = uniqueIndex(name);
  await indexFiles(index, [SAMPLE_DIR]);
  const app = await testApp(index);
  const { server, baseUrl } = await listen(app.app);
  const browser = await launchBrowser();
  const page = await browser.newPage(pageOptions);
  return {
    app,
    server,
    baseUrl,
    browser,
    page,
    async close() {
      await browser.close();
      await new Promise((r) => server.close(r));
      app.close();
    },
  };
}
