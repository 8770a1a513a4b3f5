import { describe, expect, it } from 'vitest';
import { foreignRequests } from './helpers/browser';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import { finishRound, signInAsGuest } from './sessions/practiceDriver';

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;
const url = () => app.server().url;

describe('an interview loop in Chromium', () => {
  it('is built on the practice page, continued from home, and ends on its summary', async () => {
    await signInAsGuest(page(), url(), 'Looper');
    await page().goto(url());
    await page()
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Practice' })
      .click();
    await page().getByRole('heading', { name: 'Interview loop' }).waitFor();

    // The first preset has four rounds: coding, behavioral, behavioral, design. Make it three 1-minute rounds.
    await page().getByRole('button', { name: 'Remove round 3' }).click();
    for (const round of [1, 2, 3]) {
      await page().getByLabel(`Round ${round} minutes`).fill('1');
    }
    await page().getByRole('button', { name: 'Start the loop (3 rounds, 3 minutes)' }).click();
    await page().waitForURL(/\/sessions\/[^/]+$/);
    await page().getByText('Round 1 of 3').waitFor();
    const sessionUrl = page().url();

    // The home page offers the running loop.
    await page().goto(url());
    const continueArea = page().getByRole('region', { name: 'Continue' });
    // A hand-built loop is titled "Practice loop" by the server.
    await continueArea.getByRole('link', { name: 'Practice loop' }).click();
    await page().waitForURL(sessionUrl);

    await page().getByText('Round 1 of 3').waitFor();
    await finishRound(page(), 'skip');
    await page().getByText('Round 2 of 3').waitFor();
    await finishRound(page());
    await page().getByText('Round 3 of 3').waitFor();
    await finishRound(page());

    const summary = page().getByTestId('loop-summary');
    await summary.waitFor({ timeout: 30_000 });
    const outcomes = await summary.getByTestId('round-outcome').allTextContents();
    expect(outcomes).toEqual([
      'No code judged (skipped)',
      'Answered (ended early); not rated yet',
      'Designed (ended early); checklist not ticked yet',
    ]);
    expect(foreignRequests(app.browser().requests, url())).toEqual([]);
  });
});
