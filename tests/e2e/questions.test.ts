import { describe, expect, it } from 'vitest';
import { foreignRequests } from './helpers/browser';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';

// The fixture bank keeps the expected lists stable while the real bank grows.

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;

const titles = () => page().locator('.question-card h2').allTextContents();

describe('question bank page in Chromium', () => {
  it('lists, filters by kind and difficulty, searches, and keeps the filters in the address', async () => {
    await page().goto(`${app.server().url}/questions`);
    await expect
      .poll(titles)
      .toEqual([
        'Count Multiples',
        'Running Total',
        'Mentoring a junior engineer',
        'Disagreeing with a senior engineer',
        'URL shortener',
      ]);
    await expect
      .poll(() => page().getByRole('status').first().textContent())
      .toBe('Showing 1–5 of 5 questions');

    await page().getByLabel('Kind').selectOption('behavioral');
    await expect
      .poll(titles)
      .toEqual(['Mentoring a junior engineer', 'Disagreeing with a senior engineer']);
    await page().getByLabel('Difficulty').selectOption('medium');
    await expect.poll(titles).toEqual(['Disagreeing with a senior engineer']);
    expect(new URL(page().url()).search).toBe('?kind=behavioral&difficulty=medium');

    await page().getByLabel('Kind').selectOption('');
    await page().getByLabel('Difficulty').selectOption('');
    await page().getByLabel('Search').fill('redirects');
    await expect.poll(titles).toEqual(['URL shortener']);
    await page().getByLabel('Search').fill('no such words anywhere');
    await expect
      .poll(() => page().getByRole('status').first().textContent())
      .toBe('No questions match these filters.');

    // A reload keeps the filters: they live in the address.
    await page().getByLabel('Search').fill('');
    await page().getByLabel('Competency').selectOption('mentorship');
    await expect.poll(titles).toEqual(['Mentoring a junior engineer']);
    await page().reload();
    await expect.poll(titles).toEqual(['Mentoring a junior engineer']);
    expect(await page().getByLabel('Competency').inputValue()).toBe('mentorship');
  });

  it('filters by a tag badge and opens a question with the keyboard', async () => {
    await page().goto(`${app.server().url}/questions`);
    await page().getByRole('button', { name: 'Filter by tag async' }).click();
    await expect.poll(titles).toEqual(['Running Total']);
    expect(await page().getByLabel('Tag', { exact: true }).inputValue()).toBe('async');

    await page().getByRole('link', { name: 'Running Total' }).focus();
    await page().keyboard.press('Enter');
    await page().waitForURL(/\/questions\/running-total$/);
    await expect
      .poll(() => page().getByRole('heading', { level: 1 }).textContent())
      .toBe('Running Total');
  });

  it('shows a coding question: safe prompt, examples, hints one at a time, and Practise this', async () => {
    app.browser().requests.length = 0;
    const dialogs: string[] = [];
    page().on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page().goto(`${app.server().url}/questions`);
    await page().getByRole('link', { name: 'Count Multiples' }).click();
    await page().waitForURL(/\/questions\/count-multiples$/);

    const prompt = page().locator('.prompt');
    await expect.poll(() => prompt.textContent()).toContain('divisible by k');
    // The question file's raw <script> is shown as text and never becomes an element.
    expect(await prompt.textContent()).toContain('<script>alert("prompt")</script>');
    expect(await page().locator('.question-detail script').count()).toBe(0);
    expect(await page().getByRole('heading', { name: 'Constraints' }).count()).toBe(1);
    expect(await page().locator('.example').count()).toBe(2);
    expect(await page().locator('.question-detail').textContent()).not.toContain(
      'INTERVIEWER-ONLY',
    );

    await page().getByRole('button', { name: 'Show hint 1 of 2' }).click();
    await expect.poll(() => page().locator('.hint').count()).toBe(1);
    await page().getByRole('button', { name: 'Show hint 2 of 2' }).click();
    await expect.poll(() => page().locator('.hint').count()).toBe(2);

    const practise = page().getByRole('link', { name: 'Practise this' });
    expect(await practise.getAttribute('href')).toBe('/practice/count-multiples');
    await practise.click();
    // The practice flow opens, behind sign-in when the visitor has no session yet.
    await expect.poll(() => page().url()).toMatch(/practice(\/|%2F)count-multiples$/);
    expect(dialogs).toEqual([]);
    expect(foreignRequests(app.browser().requests, app.server().url)).toEqual([]);
  });

  it('says so for an unknown question', async () => {
    await page().goto(`${app.server().url}/questions/no-such-question`);
    await expect
      .poll(() => page().getByRole('alert').textContent())
      .toBe('No question "no-such-question".');
  });
});
