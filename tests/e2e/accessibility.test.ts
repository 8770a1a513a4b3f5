import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { QuestionListResponse } from '@mockloop/shared';
import { seriousViolations } from './helpers/axe';
import { collectConsoleNoise } from './helpers/consoleMessages';
import { useBrowserApp } from './helpers/useBrowserApp';

// The real bank: its long lists and many badges are where contrast problems showed.
const app = useBrowserApp();
const { page } = app;
let codingId: string;
beforeAll(async () => {
  const res = await fetch(`${app.server().url}/api/questions?kind=coding&limit=1`);
  codingId = ((await res.json()) as QuestionListResponse).items[0]!.id;
});
beforeEach(async () => {
  await app.browser().context.clearCookies();
});

interface PageCase {
  name: string;
  path: () => string;
  /** Shown once the page has its content, not just its shell. */
  ready: (page: Page) => Promise<void>;
}

const heading = (p: Page) => p.locator('main h1').first().waitFor();
const ANONYMOUS_PAGES: PageCase[] = [
  { name: 'home', path: () => '/', ready: heading },
  {
    name: 'questions list',
    path: () => '/questions',
    ready: (p) => p.locator('.question-card').first().waitFor(),
  },
  {
    name: 'a question',
    path: () => `/questions/${codingId}`,
    ready: (p) => p.getByRole('link', { name: 'Practise this' }).waitFor(),
  },
  { name: 'sign-in', path: () => '/signin', ready: heading },
  { name: 'interviews', path: () => '/interviews', ready: heading },
  { name: 'history', path: () => '/history', ready: heading },
  { name: 'not-found', path: () => '/no-such-page', ready: heading },
  // Signed out, the practice page sends the visitor to sign in.
  {
    name: 'practice (signed out)',
    path: () => `/practice/${codingId}`,
    ready: (p) => p.getByLabel('Display name').waitFor(),
  },
];

async function visit(target: PageCase) {
  await page().goto(`${app.server().url}${target.path()}`);
  await target.ready(page());
  await page().waitForLoadState('networkidle');
}

async function signInAsGuest() {
  const res = await page().request.post(`${app.server().url}/api/auth/guest`, {
    data: { displayName: 'Axe tester' },
  });
  expect(res.status()).toBe(201);
}

describe('a first visit is clean', () => {
  it.each(ANONYMOUS_PAGES)('logs no console error or warning on $name', async (target) => {
    const noise = collectConsoleNoise(page());
    await visit(target);
    expect(noise).toEqual([]);
  });
});

describe.each(['light', 'dark'] as const)('axe-core in the %s colour scheme', (scheme) => {
  beforeEach(async () => {
    await page().emulateMedia({ colorScheme: scheme });
  });

  it.each(ANONYMOUS_PAGES)('finds no serious violation on $name', async (target) => {
    await visit(target);
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('finds no serious violation on the home page with the user menu open', async () => {
    await signInAsGuest();
    await visit(ANONYMOUS_PAGES[0]!);
    await page().getByTestId('user-menu').click();
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('finds no serious violation on the history page, signed in', async () => {
    await signInAsGuest();
    await page().goto(`${app.server().url}/history`);
    await page().getByText('No sessions match').waitFor();
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('draws the progress page’s charts with no serious violation', async () => {
    await signInAsGuest();
    await page().goto(`${app.server().url}/progress`);
    await page().getByRole('figure', { name: 'Sessions and pass rate per week' }).waitFor();
    await page().locator('.progress-chart .recharts-surface').first().waitFor();
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('finds no serious violation on the interviews lobby and an invite', async () => {
    await signInAsGuest();
    await page().goto(`${app.server().url}/interviews`);
    await page().getByRole('button', { name: 'Create interview' }).click();
    const inviteUrl = await page().getByLabel('Invite link').inputValue();
    await page().getByRole('heading', { name: 'Open interviews' }).waitFor();
    expect(await seriousViolations(page())).toEqual([]);
    await page().goto(inviteUrl.replace(/^https?:\/\/[^/]+/, app.server().url));
    await page().getByRole('button', { name: 'Open the room' }).waitFor();
    expect(await seriousViolations(page())).toEqual([]);
  });

  it('finds no serious violation on the practice page, before and after a run', async () => {
    await signInAsGuest();
    const noise = collectConsoleNoise(page());
    await page().goto(`${app.server().url}/practice/${codingId}`);
    await page().locator('.monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 });
    expect(await seriousViolations(page())).toEqual([]);

    await page().getByRole('button', { name: 'Run examples' }).click();
    await page().getByTestId('run-verdict').waitFor({ timeout: 30_000 });
    expect(await seriousViolations(page())).toEqual([]);
    expect(noise).toEqual([]);
  });
});
