import { describe, expect, it } from 'vitest';
import { foreignRequests } from './helpers/browser';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import {
  finishRound,
  replaceEditorText,
  signInAsGuest,
  startSession,
  waitSaved,
} from './sessions/practiceDriver';

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;
const url = () => app.server().url;

const FIRST =
  'export const countMultiples = (n: number, k: number): number => Math.floor(n / k) + 1;';
const SECOND = 'export const countMultiples = (n: number, k: number): number => Math.floor(n / k);';

/** One short count-multiples round through its page: type the code, end the round, see the summary. */
async function practise(code: string): Promise<void> {
  const id = await startSession(page(), url(), [{ questionId: 'count-multiples', minutes: 5 }]);
  await page().goto(`${url()}/sessions/${id}`);
  await replaceEditorText(page(), code);
  await waitSaved(page());
  await finishRound(page());
  await page().getByTestId('loop-summary').waitFor({ timeout: 30_000 });
}

describe('comparing attempts in Chromium', () => {
  it('does a question twice, then compares the two from history: both verdicts and a diff of the changed line', async () => {
    await signInAsGuest(page(), url(), 'Repeater');
    await practise(FIRST);
    await practise(SECOND);

    await page().goto(`${url()}/history`);
    await page().getByRole('link', { name: 'Compare attempts' }).first().click();
    await page().waitForURL(/\/attempts\/count-multiples$/);
    await page().getByRole('heading', { name: 'Attempts: Count Multiples' }).waitFor();

    const outcomes = page().getByTestId('attempt-outcome');
    await expect
      .poll(() => outcomes.allTextContents(), { timeout: 15_000 })
      .toEqual([expect.stringContaining('wrong answer'), expect.stringContaining('accepted')]);
    const diff = page().locator('.monaco-diff-editor');
    await diff.waitFor({ state: 'visible', timeout: 30_000 });
    // Monaco draws spaces as no-break spaces.
    const side = async (which: 'original' | 'modified') =>
      ((await diff.locator(`.editor.${which} .view-lines`).textContent()) ?? '').replace(
        /\u00a0/g,
        ' ',
      );
    await expect
      .poll(() => side('original'), { timeout: 30_000 })
      .toContain('Math.floor(n / k) + 1');
    expect(await side('modified')).not.toContain('+ 1');
    // Monaco marks what changed once its worker has compared the two sides.
    await expect
      .poll(() => diff.locator('.char-delete, .line-delete').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(foreignRequests(app.browser().requests, url())).toEqual([]);
  });

  it('with one attempt, says so and offers to practise again', async () => {
    await signInAsGuest(page(), url(), 'Once');
    await practise(SECOND);
    await page().goto(`${url()}/attempts/count-multiples`);
    await page().getByText('Only one attempt so far').waitFor();
    await page().getByRole('link', { name: 'Practise it again' }).waitFor();
  });
});
