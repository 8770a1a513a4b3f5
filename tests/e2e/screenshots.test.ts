import path from 'node:path';
import { describe, it } from 'vitest';
import { REPO_ROOT } from './helpers/startBuiltServer';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import { behavioralRoundViaApi, codingRoundViaApi } from './sessions/apiPractice';
import {
  replaceEditorText,
  signInAsGuest,
  startSession,
  waitSaved,
} from './sessions/practiceDriver';

// Takes the README's screenshots of each round, a session's review, progress and attempts; runs only when asked:
// UPDATE_SCREENSHOTS=1 npx vitest run --project e2e tests/e2e/screenshots.test.ts
const enabled = process.env.UPDATE_SCREENSHOTS === '1';
const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;
const url = () => app.server().url;
const shot = (name: string, fullPage = false) =>
  page().screenshot({ path: path.join(REPO_ROOT, 'docs', name), fullPage });

const WRONG = 'export const countMultiples = (n: number, k: number): number => n / k;';
const RIGHT =
  'export const countMultiples = (n: number, k: number): number => {\n  return Math.floor(n / k);\n};';

async function openRound(questionId: string, name: string): Promise<void> {
  await signInAsGuest(page(), url(), name);
  const id = await startSession(page(), url(), [{ questionId, minutes: 30 }]);
  await page().goto(`${url()}/sessions/${id}`);
}

describe.skipIf(!enabled)('README screenshots', () => {
  it('coding round: a run with a failing example', async () => {
    await openRound('count-multiples', 'Ada');
    await replaceEditorText(
      page(),
      'export const countMultiples = (n: number, k: number): number => Math.floor(n / k) + 1;',
    );
    await page().getByRole('button', { name: 'Run examples' }).click();
    await page().getByTestId('run-verdict').waitFor({ timeout: 30_000 });
    await shot('round-coding.png');
  });

  it('behavioral round: a STAR answer in progress', async () => {
    await openRound('disagree-with-senior', 'Grace');
    await page().getByLabel('Situation').fill('Our lead wanted to rewrite billing in a new stack.');
    await page().getByLabel('Task').fill('I owned the invoice pipeline and its on-call.');
    await page()
      .getByLabel('Action')
      .fill('I profiled the hot paths, wrote a one-page proposal and ran a two-week spike.');
    await waitSaved(page());
    await shot('round-behavioral.png');
  });

  it('system-design round: notes beside the whiteboard', async () => {
    await openRound('url-shortener', 'Barbara');
    const rectangleTool = page().getByTestId('toolbar-rectangle');
    await rectangleTool.waitFor({ state: 'visible', timeout: 30_000 });
    await page().locator('label', { has: rectangleTool }).click();
    const box = await page().locator('canvas.interactive').boundingBox();
    if (!box) throw new Error('the whiteboard canvas has no box');
    await page().mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2 - 80);
    await page().mouse.down();
    await page().mouse.move(box.x + box.width / 2 + 160, box.y + box.height / 2 + 40, {
      steps: 6,
    });
    await page().mouse.up();
    await page().keyboard.press('Escape');
    await page()
      .getByLabel('Notes (Markdown)')
      .fill('## Read path\n- **Redis** in front of the store\n- base62 ids from counter ranges');
    await waitSaved(page());
    await page().evaluate(() => window.scrollTo(0, 0));
    await shot('round-design.png', true);
  });

  it('progress: charts after a few scored sessions', async () => {
    await signInAsGuest(page(), url(), 'Margaret');
    await codingRoundViaApi(page(), url(), 'count-multiples', WRONG);
    await codingRoundViaApi(page(), url(), 'count-multiples', RIGHT);
    await behavioralRoundViaApi(page(), url(), 'disagree-with-senior', {
      communication: 3,
      leadership: 2,
    });
    await behavioralRoundViaApi(page(), url(), 'mentoring-a-junior', { mentorship: 4 });
    await page().goto(`${url()}/progress`);
    await page().locator('.recharts-surface').first().waitFor({ timeout: 30_000 });
    await shot('progress.png', true);
  });

  it('attempts: two tries at one question side by side', async () => {
    await signInAsGuest(page(), url(), 'Edsger');
    await codingRoundViaApi(page(), url(), 'count-multiples', WRONG);
    await codingRoundViaApi(page(), url(), 'count-multiples', RIGHT);
    await page().goto(`${url()}/attempts/count-multiples`);
    await page()
      .locator('.monaco-diff-editor .char-delete, .monaco-diff-editor .line-delete')
      .first()
      .waitFor({ timeout: 30_000 });
    await shot('attempts.png', true);
  });

  it('session review: replay, timeline and transcript of a finished round', async () => {
    await signInAsGuest(page(), url(), 'Grace');
    const id = await startSession(page(), url(), [{ questionId: 'count-multiples', minutes: 10 }]);
    const steps = [WRONG, RIGHT];
    for (const [index, code] of steps.entries()) {
      const draft = { kind: 'coding', language: 'typescript', code };
      const saved = await page().request.put(`${url()}/api/sessions/${id}/rounds/0/draft`, {
        data: { revision: index + 1, draft },
      });
      if (saved.status() !== 200) throw new Error(`draft save answered ${saved.status()}`);
      const run = await page().request.post(`${url()}/api/runs`, {
        data: {
          questionId: 'count-multiples',
          language: 'typescript',
          code,
          mode: 'run',
          sessionId: id,
        },
      });
      if (run.status() !== 200) throw new Error(`run answered ${run.status()}`);
    }
    await page().request.post(`${url()}/api/sessions/${id}/rounds/0/end`);
    await page().goto(`${url()}/sessions/${id}`);
    await page().getByRole('heading', { name: 'Replay' }).waitFor({ timeout: 30_000 });
    await page()
      .getByRole('button', { name: /Ran the examples/ })
      .first()
      .click();
    await page().locator('.monaco-editor .view-lines').first().waitFor();
    await shot('session-review.png', true);
  });
});
