import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PracticeState } from '@mockloop/shared';

/** Signs the page's browser context in as a new guest. */
export async function signInAsGuest(page: Page, appUrl: string, displayName: string) {
  const res = await page.request.post(`${appUrl}/api/auth/guest`, { data: { displayName } });
  expect(res.status()).toBe(201);
}

/** Starts a practice session through the API and returns its id. */
export async function startSession(
  page: Page,
  appUrl: string,
  rounds: { questionId: string; minutes: number }[],
): Promise<string> {
  const res = await page.request.post(`${appUrl}/api/sessions`, {
    data: { kind: 'practice', rounds },
  });
  expect(res.status()).toBe(201);
  const body = (await res.json()) as { session: { id: string } };
  return body.session.id;
}

/** The session as the server has it now. */
export async function serverState(page: Page, appUrl: string, id: string): Promise<PracticeState> {
  const res = await page.request.get(`${appUrl}/api/sessions/${id}/practice`);
  return (await res.json()) as PracticeState;
}

/** Replaces all of Monaco's text with one line (Enter after `{` would add a closing brace). */
export async function replaceEditorText(page: Page, text: string): Promise<void> {
  const editor = page.locator('.monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: 30_000 });
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** Monaco's visible text, with its no-break spaces as spaces. */
export async function editorText(page: Page): Promise<string> {
  const text = await page.locator('.monaco-editor .view-lines').first().textContent();
  return (text ?? '').replace(/\u00a0/g, ' ');
}

/** Waits until the round says every change is saved. */
export async function waitSaved(page: Page): Promise<void> {
  await expect
    .poll(() => page.getByTestId('save-state').textContent(), { timeout: 15_000 })
    .toContain('All changes saved');
}

/** Ends (or skips) the current round through the header and its confirmation. */
export async function finishRound(page: Page, how: 'end' | 'skip' = 'end'): Promise<void> {
  await page.getByRole('button', { name: how === 'end' ? 'End round' : 'Skip' }).click();
  await page
    .getByRole('button', { name: how === 'end' ? 'Yes, end the round' : 'Yes, skip it' })
    .click();
}

/** Seconds on the round's countdown. */
export async function secondsLeft(page: Page): Promise<number> {
  const text = (await page.getByRole('timer', { name: 'Time left' }).textContent()) ?? '';
  const [minutes = 0, seconds = 0] = text.split(':').map(Number);
  return minutes * 60 + seconds;
}
