import { describe, expect, it } from 'vitest';
import { foreignRequests } from './helpers/browser';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import {
  editorText,
  finishRound,
  replaceEditorText,
  secondsLeft,
  serverState,
  signInAsGuest,
  startSession,
  waitSaved,
} from './sessions/practiceDriver';

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;
const url = () => app.server().url;

describe('a timed coding round in Chromium', () => {
  it('starts from the question page, fails an example, passes on submit, then shows the summary and review', async () => {
    await signInAsGuest(page(), url(), 'Coder');
    await page().goto(`${url()}/questions/count-multiples`);
    await page().getByRole('link', { name: 'Practise this' }).click();
    await page().waitForURL(/\/sessions\/[^/]+$/);
    await page().getByText('Round 1 of 1').waitFor();
    expect(await secondsLeft(page())).toBeGreaterThan(9 * 60);

    await replaceEditorText(
      page(),
      'export const countMultiples = (n: number, k: number): number => Math.floor(n / k) + 1;',
    );
    // Ctrl+Enter runs the examples from inside the editor.
    await page().keyboard.press('Control+Enter');
    await expect
      .poll(() => page().getByTestId('run-verdict').textContent(), { timeout: 30_000 })
      .toContain('Wrong answer');
    const failing = page().getByTestId('test-result').filter({ hasText: 'Wrong answer' }).first();
    expect(await failing.textContent()).toContain('Expected3');

    await replaceEditorText(
      page(),
      'export const countMultiples = (n: number, k: number): number => Math.floor(n / k);',
    );
    await page().getByRole('button', { name: 'Submit' }).click();
    await expect
      .poll(() => page().getByTestId('run-verdict').textContent(), { timeout: 30_000 })
      .toBe('Accepted10 / 10 tests passed');

    await finishRound(page());
    const summary = page().getByTestId('loop-summary');
    await summary.waitFor({ timeout: 30_000 });
    expect(await summary.getByTestId('round-outcome').textContent()).toBe(
      'Accepted: 10 of 10 cases passed (ended early)',
    );
    expect(await summary.textContent()).toContain('1 runs, 1 submits');
    await page().getByRole('heading', { name: 'Reference solution (TypeScript)' }).waitFor();
    expect(foreignRequests(app.browser().requests, url())).toEqual([]);
  });

  it('keeps the code and the time left across a reload', async () => {
    await signInAsGuest(page(), url(), 'Reloader');
    const id = await startSession(page(), url(), [{ questionId: 'count-multiples', minutes: 3 }]);
    await page().goto(`${url()}/sessions/${id}`);
    await replaceEditorText(page(), 'export const kept = "draft_survives";');
    await waitSaved(page());
    const before = await secondsLeft(page());
    await page().reload();
    await expect.poll(() => editorText(page()), { timeout: 30_000 }).toContain('draft_survives');
    const after = await secondsLeft(page());
    // The clock did not restart: it reads what was left, less the reload's few seconds.
    expect(after).toBeLessThanOrEqual(before);
    expect(after).toBeGreaterThan(before - 30);
    expect(foreignRequests(app.browser().requests, url())).toEqual([]);
  });

  it('keeps typing offline, says so, and saves everything once the network is back', async () => {
    await signInAsGuest(page(), url(), 'Traveller');
    const id = await startSession(page(), url(), [{ questionId: 'count-multiples', minutes: 3 }]);
    await page().goto(`${url()}/sessions/${id}`);
    await replaceEditorText(page(), 'export const first = 1;');
    await waitSaved(page());

    await page().context().setOffline(true);
    await page().keyboard.insertText(' export const typedOffline = "while_offline";');
    await expect
      .poll(() => page().getByTestId('save-state').textContent())
      .toContain('You are offline');
    await page().context().setOffline(false);
    await waitSaved(page());
    await expect
      .poll(async () => {
        const draft = (await serverState(page(), url(), id)).rounds[0]?.draft;
        return draft?.kind === 'coding' ? draft.code : '';
      })
      .toContain('while_offline');
    expect(foreignRequests(app.browser().requests, url())).toEqual([]);
  });
});
