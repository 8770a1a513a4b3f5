import { describe, expect, it } from 'vitest';
import { foreignRequests } from './helpers/browser';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import { finishRound, signInAsGuest, startSession, waitSaved } from './sessions/practiceDriver';

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;
const url = () => app.server().url;

describe('a behavioral round in Chromium', () => {
  it('saves a STAR answer, then shows the interviewer material and records a self-rating', async () => {
    await signInAsGuest(page(), url(), 'Storyteller');
    const id = await startSession(page(), url(), [
      { questionId: 'disagree-with-senior', minutes: 1 },
    ]);
    await page().goto(`${url()}/sessions/${id}`);
    await page().getByLabel('Situation').fill('Our lead wanted to rewrite the billing service.');
    await page().getByLabel('Action').fill('I measured the hot paths and proposed a smaller fix.');
    await waitSaved(page());
    expect(await page().getByTestId('answer-length').textContent()).toContain('18 words');
    // Interviewer material stays on the server while the round runs.
    expect(await page().content()).not.toContain('INTERVIEWER-ONLY-STAR-DISAGREE');

    await finishRound(page());
    await page().getByRole('heading', { name: 'What a strong answer shows' }).waitFor();
    expect(await page().content()).toContain('INTERVIEWER-ONLY-STAR-DISAGREE');
    await page().getByRole('heading', { name: 'Follow-ups' }).waitFor();

    const communication = page().getByRole('group', { name: 'Communication and collaboration' });
    await communication.getByLabel('3 · Leaning hire').check();
    await page().getByRole('group', { name: 'Leadership' }).getByLabel('4 · Strong hire').check();
    await page().getByLabel('Note to yourself').fill('Shorter situation next time.');
    await page().getByRole('button', { name: 'Save my rating' }).click();
    await expect
      .poll(() => page().getByTestId('round-outcome').textContent())
      .toBe('Self-rating 3.5 of 4 (ended early)');
    expect(foreignRequests(app.browser().requests, url())).toEqual([]);
  });
});
