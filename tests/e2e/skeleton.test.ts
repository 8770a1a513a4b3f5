import { describe, expect, it } from 'vitest';
import type { QuestionSummary } from '@mockloop/shared';
import { foreignRequests } from './helpers/browser';
import { useBrowserApp } from './helpers/useBrowserApp';

const app = useBrowserApp();
const { page } = app;

describe('walking skeleton in Chromium', () => {
  it('loads the app, continues as a guest, shows it is connected, and works by keyboard', async () => {
    await page().goto(app.server().url);
    await page().getByRole('link', { name: 'Sign in' }).click();
    await page().getByLabel('Display name').fill('Skeleton tester');
    await page().getByRole('button', { name: 'Continue as a guest' }).click();
    await expect.poll(() => page().getByTestId('connection-state').textContent()).toBe('connected');
    await page().goto(app.server().url);
    // Tab only once the app has rendered, or focus lands on an empty body.
    await page().getByRole('link', { name: 'MockLoop' }).waitFor();
    await page().keyboard.press('Tab');
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe(
      'Skip to content',
    );
    await page().getByRole('link', { name: 'Questions' }).first().click();
    await page().waitForURL(/\/questions$/);
  });

  it('opens a practice page, types into Monaco, and asks no host but its own', async () => {
    const list = (await (await fetch(`${app.server().url}/api/questions?kind=coding`)).json()) as {
      items: QuestionSummary[];
    };
    const first = list.items[0];
    expect(first, 'the bank has a coding question').toBeDefined();
    await page().request.post(`${app.server().url}/api/auth/guest`, {
      data: { displayName: 'Typist' },
    });
    app.browser().requests.length = 0;

    await page().goto(`${app.server().url}/practice/${first!.id}`);
    const editor = page().locator('.monaco-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 30_000 });
    await editor.click();
    await page().keyboard.press('Control+A');
    await page().keyboard.type('const typedInTheBrowser = 42;');
    await expect
      .poll(() => page().locator('.monaco-editor .view-lines').first().textContent())
      .toContain('typedInTheBrowser');
    // Deep links survive a reload thanks to the SPA fallback, and the draft survives too.
    await page().reload();
    await page().locator('.monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect
      .poll(() => page().locator('.monaco-editor .view-lines').first().textContent())
      .toContain('typedInTheBrowser');

    expect(foreignRequests(app.browser().requests, app.server().url)).toEqual([]);
    expect(app.browser().requests.some((url) => url.includes('/assets/'))).toBe(true);
  });
});
