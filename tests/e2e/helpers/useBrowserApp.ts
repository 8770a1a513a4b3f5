import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, usePage, type BrowserSession, type LaunchOptions } from './browser';
import { REPO_ROOT, startBuiltServer, type BuiltServer } from './startBuiltServer';

/** A two-question-per-kind bank whose contents the e2e tests can rely on. */
export const SMALL_BANK = path.join(REPO_ROOT, 'tests/fixtures/banks/small');

export interface BrowserApp {
  server: () => BuiltServer;
  browser: () => BrowserSession;
  /** A fresh page for the current test, screenshotted if the test fails. */
  page: () => Page;
}

function started<T>(value: T | undefined, what: string): T {
  if (!value) throw new Error(`${what} is not started: call it inside a test`);
  return value;
}

/** One built server (with `env`) and one Chromium for the whole file; a new page per test. */
export function useBrowserApp(
  env: Record<string, string> = {},
  launch: LaunchOptions = {},
): BrowserApp {
  let server: BuiltServer | undefined;
  let browser: BrowserSession | undefined;
  beforeAll(async () => {
    server = await startBuiltServer(env);
    browser = await launchBrowser(launch);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    server: () => started(server, 'the server'),
    browser: () => started(browser, 'the browser'),
    page: usePage(() => started(browser, 'the browser')),
  };
}
