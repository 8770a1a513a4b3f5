import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { beforeEach, afterEach } from 'vitest';
import { REPO_ROOT } from './startBuiltServer';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = path.join(REPO_ROOT, 'tests/e2e/artifacts');

export interface BrowserSession {
  context: BrowserContext;
  /** Every URL the browser asked for, in order. */
  requests: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * Chromium's fake camera and microphone, granted without a prompt, for calls. Also turns off
   * hiding local addresses behind mDNS `.local` names: headless Chromium's names do not resolve
   * on a machine without an mDNS responder, so two profiles would find no host candidate to
   * connect (no STUN is ever configured: nothing may leave the origin).
   */
  fakeMedia?: boolean;
}

const FAKE_MEDIA_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

/** Debian's Chromium, headless, with a fresh profile and no background traffic of its own. */
export async function launchBrowser({
  fakeMedia = false,
}: LaunchOptions = {}): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...(fakeMedia ? FAKE_MEDIA_ARGS : []),
    ],
    viewport: { width: 1280, height: 860 },
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  return {
    context,
    requests,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** URLs that went anywhere but `appUrl`'s own origin (data: and blob: URLs stay local). */
export function foreignRequests(requests: string[], appUrl: string): string[] {
  const origin = new URL(appUrl).origin;
  return requests.filter((url) => {
    if (url.startsWith('data:') || url.startsWith('blob:')) return false;
    return new URL(url).origin !== origin;
  });
}

/**
 * Gives each test a fresh page in `session()` and saves a screenshot of the page under
 * tests/e2e/artifacts/ when the test fails.
 */
export function usePage(session: () => BrowserSession): () => Page {
  let page: Page | undefined;
  beforeEach(async () => {
    page = await session().context.newPage();
  });
  // afterEach runs before onTestFailed callbacks, so the screenshot is taken here, page still open.
  afterEach(async ({ task }) => {
    if (page && task.result?.state === 'fail') {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      const name = task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 80);
      await page
        .screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true })
        .catch(() => {});
    }
    await page?.close();
    page = undefined;
  });
  return () => {
    if (!page) throw new Error('usePage(): no page outside a test');
    return page;
  };
}
