import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MeResponse, QuestionSummary } from '@mockloop/shared';
import { foreignRequests } from './helpers/browser';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;
let codingId: string;
beforeAll(async () => {
  const list = (await (await fetch(`${app.server().url}/api/questions?kind=coding`)).json()) as {
    items: QuestionSummary[];
  };
  codingId = list.items[0]!.id;
});
// Every test starts signed out.
beforeEach(async () => {
  await app.browser().context.clearCookies();
});

// Passwords are hashed with scrypt, which takes seconds on a loaded CI machine.
const SIGNING_IN = { timeout: 15_000 };
const userMenu = () => page().getByTestId('user-menu');
const submit = () => page().locator('form button[type="submit"]');

/** `GET /api/me` from inside the page, with the browser's own cookie. */
async function meInPage(): Promise<{ status: number; user?: MeResponse['user'] }> {
  return page().evaluate(async () => {
    const res = await fetch('/api/me');
    const body = (await res.json()) as { user?: MeResponse['user'] };
    return { status: res.status, ...(body.user ? { user: body.user } : {}) };
  });
}

async function signOutThroughMenu() {
  await userMenu().click();
  await page().getByRole('button', { name: 'Sign out' }).click();
  await page().getByRole('link', { name: 'Sign in' }).waitFor();
}

describe('signing in, in Chromium', () => {
  it('signs up, signs out, refuses a wrong password, and signs back in', async () => {
    await page().goto(app.server().url);
    await page().getByRole('link', { name: 'Sign in' }).click();
    await page().getByRole('button', { name: 'New account' }).click();
    await page().getByLabel('Username').fill('e2e-ada');
    await page().getByLabel('Password').fill('an e2e passphrase');
    await page().getByLabel('Display name').fill('Ada in Chromium');
    await submit().click();
    await expect.poll(() => userMenu().textContent(), SIGNING_IN).toBe('Ada in Chromium');
    await expect.poll(() => page().getByTestId('connection-state').textContent()).toBe('connected');

    // The cookie is out of the page's reach and never crosses sites.
    const [cookie] = await app.browser().context.cookies(app.server().url);
    expect(cookie).toMatchObject({ name: 'mockloop_session', httpOnly: true, sameSite: 'Lax' });
    expect(await page().evaluate(() => document.cookie)).not.toContain('mockloop_session');
    const signedUp = await meInPage();
    expect(signedUp.user).toMatchObject({ kind: 'account', username: 'e2e-ada' });

    await signOutThroughMenu();
    expect((await meInPage()).status).toBe(401);

    await page().getByRole('link', { name: 'Sign in' }).click();
    await page().getByRole('button', { name: 'With an account' }).click();
    await page().getByLabel('Username').fill('e2e-ada');
    await page().getByLabel('Password').fill('not the passphrase');
    await submit().click();
    await expect
      .poll(() => page().getByRole('alert').textContent())
      .toBe('Wrong username or password.');

    await page().getByLabel('Password').fill('an e2e passphrase');
    await submit().click();
    await expect.poll(() => userMenu().textContent(), SIGNING_IN).toBe('Ada in Chromium');
    expect((await meInPage()).user?.id).toBe(signedUp.user?.id);
  });

  it('follows an invite-style link through “continue as a guest” back to the practice page', async () => {
    const target = `/practice/${codingId}`;
    await page().goto(`${app.server().url}${target}`);
    await page().waitForURL(`${app.server().url}/signin?next=${encodeURIComponent(target)}`);

    await page().getByLabel('Display name').fill('Guest from a link');
    await submit().click();
    await page().waitForURL(`${app.server().url}${target}`);
    await page().locator('.monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 });
    await expect.poll(() => userMenu().textContent(), SIGNING_IN).toBe('Guest from a link (guest)');
    expect((await meInPage()).user).toMatchObject({ kind: 'guest', username: null });
  });

  it('turns the guest into an account from the user menu, keeping the same person', async () => {
    await page().goto(`${app.server().url}/signin`);
    await page().getByLabel('Display name').fill('Soon an account');
    await submit().click();
    await expect.poll(() => userMenu().textContent(), SIGNING_IN).toBe('Soon an account (guest)');
    const asGuest = await meInPage();

    await userMenu().click();
    await page().getByRole('link', { name: 'Create an account to keep your history' }).click();
    await page().getByText('Your guest sessions move into the new account.').waitFor();
    await page().getByLabel('Username').fill('e2e-grace');
    await page().getByLabel('Password').fill('another e2e passphrase');
    await submit().click();
    await expect.poll(() => userMenu().textContent(), SIGNING_IN).toBe('Soon an account');
    expect((await meInPage()).user).toMatchObject({ id: asGuest.user?.id, kind: 'account' });
    // The guest's cookie was revoked (and its socket dropped); the page reconnects with the new one.
    await expect.poll(() => page().getByTestId('connection-state').textContent()).toBe('connected');
  });

  it('never follows a `next` that leaves the site', async () => {
    for (const next of ['https://evil.example/', '//evil.example/', '/\\evil.example/']) {
      await app.browser().context.clearCookies();
      app.browser().requests.length = 0;
      await page().goto(`${app.server().url}/signin?next=${encodeURIComponent(next)}`);
      await page().getByLabel('Display name').fill('Careful guest');
      await submit().click();
      await expect
        .poll(() => userMenu().textContent(), { timeout: 10_000 })
        .toBe('Careful guest (guest)');
      expect(new URL(page().url()).origin, next).toBe(app.server().url);
      expect(foreignRequests(app.browser().requests, app.server().url), next).toEqual([]);
    }
  });
});
