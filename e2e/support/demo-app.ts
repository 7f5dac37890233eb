import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.js';
import { type RunningServer, startServer } from './server.js';

export type DemoApp = { server: RunningServer; browser: Browser };

/**
 * The demo installation and a Chromium for one test file: started before its tests, stopped
 * after them. `env` overrides the server's configuration.
 */
export function demoApp(env: Record<string, string> = {}): DemoApp {
  const app = {} as DemoApp;
  beforeAll(async () => {
    app.server = await startServer(env);
    app.browser = await launchBrowser();
  });
  afterAll(async () => {
    await app.browser?.close();
    await app.server?.stop();
  });
  return app;
}
