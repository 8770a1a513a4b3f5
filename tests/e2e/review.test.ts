import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from './helpers/axe';
import { foreignRequests } from './helpers/browser';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import {
  editorText,
  finishRound,
  replaceEditorText,
  signInAsGuest,
  startSession,
  waitSaved,
} from './sessions/practiceDriver';

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;
const url = () => app.server().url;

const FIRST = 'export const countMultiples = (n: number, k: number): number => 0; // BURST-ONE';
const SECOND =
  'export const countMultiples = (n: number, k: number): number => Math.floor(n / k) + 1; // BURST-TWO';
const FINAL =
  'export const countMultiples = (n: number, k: number): number => Math.floor(n / k); // FINAL';

/** The replay's read-only editor text. */
const replayText = () => editorText(page());

describe('reviewing a finished practice round in Chromium', () => {
  it('finds it in history, replays the code, seeks from the transcript, links an instant and exports it', async () => {
    await signInAsGuest(page(), url(), 'Reviewer');
    const id = await startSession(page(), url(), [{ questionId: 'count-multiples', minutes: 5 }]);
    await page().goto(`${url()}/sessions/${id}`);
    await replaceEditorText(page(), FIRST);
    await waitSaved(page());
    // A real pause between two bursts of typing: the replay's idle skipping is about it.
    await page().waitForTimeout(6_000);
    await replaceEditorText(page(), SECOND);
    await page().getByRole('button', { name: 'Run examples' }).click();
    await expect
      .poll(() => page().getByTestId('run-verdict').textContent(), { timeout: 30_000 })
      .toContain('Wrong answer');
    await replaceEditorText(page(), FINAL);
    await page().getByRole('button', { name: 'Submit' }).click();
    await expect
      .poll(() => page().getByTestId('run-verdict').textContent(), { timeout: 30_000 })
      .toContain('Accepted');
    await finishRound(page());
    await page().getByTestId('loop-summary').waitFor({ timeout: 30_000 });

    // Found again from the history page.
    await page().goto(`${url()}/history`);
    await page().getByRole('link', { name: 'Count multiples' }).first().click();
    await page().getByRole('heading', { name: 'Replay' }).waitFor({ timeout: 30_000 });
    await page().locator('[data-testid="replay-editor"] .monaco-editor').waitFor();
    const atStart = await replayText();
    expect(atStart).not.toContain('BURST');

    await page().getByLabel('Speed').selectOption('5');
    await page().getByRole('button', { name: 'Play' }).click();
    await expect.poll(replayText, { timeout: 30_000 }).not.toBe(atStart);
    // Played to the end, it stops by itself on the final code (pausing by hand would race it).
    await page().getByRole('button', { name: 'Play' }).waitFor({ timeout: 60_000 });
    await expect.poll(replayText).toContain('FINAL');

    // The run's transcript line takes the editor to the code as it was run.
    await page()
      .getByRole('button', { name: /Ran the examples/ })
      .click();
    await expect.poll(replayText).toContain('BURST-TWO');
    await expect.poll(() => new URL(page().url()).searchParams.get('t')).toMatch(/^\d+$/);
    const linked = page().url();
    const clock = await page().getByTestId('replay-clock').textContent();

    await page().goto(linked);
    await page().locator('[data-testid="replay-editor"] .monaco-editor').waitFor();
    await expect.poll(replayText, { timeout: 30_000 }).toContain('BURST-TWO');
    expect(await page().getByTestId('replay-clock').textContent()).toBe(clock);

    // Keys: End shows the final code.
    await page().getByLabel('Replay position').focus();
    await page().keyboard.press('End');
    await expect.poll(replayText).toContain('FINAL');

    const [download] = await Promise.all([
      page().waitForEvent('download'),
      page().locator('.review-exports').getByRole('link', { name: 'Markdown' }).click(),
    ]);
    const markdown = fs.readFileSync(await download.path(), 'utf8');
    expect(markdown).toContain('// FINAL');
    expect(markdown).toContain('accepted');

    expect(await seriousViolations(page())).toEqual([]);
    await page().emulateMedia({ colorScheme: 'dark' });
    expect(await seriousViolations(page())).toEqual([]);
    await page().emulateMedia({ colorScheme: 'light' });

    await page().goto(`${url()}/progress`);
    await page().getByRole('figure', { name: 'Sessions and pass rate per week' }).waitFor();
    await page().locator('.progress-chart .recharts-surface').first().waitFor();
    expect(foreignRequests(app.browser().requests, url())).toEqual([]);
  }, 240_000);
});
