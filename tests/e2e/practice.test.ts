import { describe, expect, it } from 'vitest';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;

async function replaceEditorText(text: string): Promise<void> {
  const editor = page().locator('.monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: 30_000 });
  await editor.click();
  await page().keyboard.press('Control+A');
  await page().keyboard.press('Delete');
  // One line through insertText: Enter after `{` would make Monaco add a closing brace.
  await page().keyboard.insertText(text);
}

describe('"Practise this" (/practice/:id) in Chromium', () => {
  it('runs the examples, then submits and shows a verdict per test, hidden ones without data', async () => {
    await page().request.post(`${app.server().url}/api/auth/guest`, {
      data: { displayName: 'Solver' },
    });
    await page().goto(`${app.server().url}/practice/count-multiples`);
    await page().locator('.monaco-editor').first().waitFor({ state: 'visible', timeout: 30_000 });

    // The starter compiles but is wrong: the examples say so with expected and actual values.
    await page().getByRole('button', { name: 'Run examples' }).click();
    await expect
      .poll(() => page().getByTestId('run-verdict').textContent())
      .toContain('Wrong answer');
    expect(await page().getByTestId('test-result').count()).toBe(2);
    expect(await page().getByTestId('test-result').first().textContent()).toContain('Expected3');

    await replaceEditorText(
      'export const countMultiples = (n: number, k: number): number => Math.floor(n / k);',
    );
    await page().getByRole('button', { name: 'Submit' }).click();
    await expect
      .poll(() => page().getByTestId('run-verdict').textContent(), { timeout: 30_000 })
      .toBe('Accepted10 / 10 tests passed');
    const rows = page().getByTestId('test-result');
    expect(await rows.count()).toBe(10);
    const hiddenRow = rows.filter({ hasText: 'hidden-value-case' });
    expect(await hiddenRow.textContent()).toContain('hidden');
    // Hidden inputs and expected values never reach the page (the "large n" case's expected value).
    expect(await page().content()).not.toContain('142857142857');
  });

  it('keeps the code across a reload and resets to the starter on request', async () => {
    await page().request.post(`${app.server().url}/api/auth/guest`, {
      data: { displayName: 'Reloader' },
    });
    await page().goto(`${app.server().url}/practice/count-multiples`);
    await replaceEditorText('export const kept = "draft_survives";');
    // The draft lives on the server now; wait for the autosave before reloading.
    await expect
      .poll(() => page().getByTestId('save-state').textContent(), { timeout: 15_000 })
      .toContain('All changes saved');
    await page().reload();
    const lines = page().locator('.monaco-editor .view-lines').first();
    await expect.poll(() => lines.textContent(), { timeout: 30_000 }).toContain('draft_survives');
    await page().getByRole('button', { name: 'Reset to starter' }).click();
    // Monaco renders spaces as no-break spaces.
    await expect
      .poll(async () => (await lines.textContent())?.replace(/\u00a0/g, ' '))
      .toContain('Your code here.');
  });
});
