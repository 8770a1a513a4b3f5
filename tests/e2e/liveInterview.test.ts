import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, usePage, type BrowserSession } from './helpers/browser';
import { seriousViolations } from './helpers/axe';
import { collectConsoleNoise } from './helpers/consoleMessages';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import { signInAsGuest } from './sessions/practiceDriver';

/*
 * Two people in two browser profiles run a live interview end to end: invite, join, type in
 * one shared Monaco, present a question and reveal a hint, run code, chat, draw, end the round
 * and read the scorecard.
 */

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
let candidateBrowser: BrowserSession | undefined;
beforeAll(async () => {
  candidateBrowser = await launchBrowser();
});
afterAll(async () => {
  await candidateBrowser?.close();
});
const candidatePage = usePage(() => {
  if (!candidateBrowser) throw new Error('no candidate browser');
  return candidateBrowser;
});

const SOLUTION = 'function countMultiples(n, k) { return Math.floor(n / k); }';

async function typeInEditor(page: Page, text: string, where: 'start' | 'end') {
  const editor = page.locator('.monaco-editor').first();
  await editor.waitFor({ state: 'visible', timeout: 30_000 });
  await editor.click();
  await page.keyboard.press(where === 'start' ? 'Control+Home' : 'Control+End');
  await page.keyboard.insertText(text);
}

async function editorText(page: Page): Promise<string> {
  const text = await page.locator('.monaco-editor .view-lines').first().textContent();
  return (text ?? '').replace(/\u00a0/g, ' ');
}

async function presentQuestion(page: Page, title: string, replacing: boolean) {
  if (replacing) await page.locator('summary', { hasText: 'Change question' }).click();
  const bank = page.getByRole('region', { name: 'Question bank' });
  // A coding interview lists coding questions first; any kind may be asked.
  await bank.getByLabel('Kind').selectOption('');
  await bank.getByRole('radio', { name: new RegExp(title) }).check();
  await bank.getByRole('button', { name: 'Present question' }).click();
  if (replacing) await page.getByRole('button', { name: 'Yes, replace the question' }).click();
}

/** How many pixels of Excalidraw's drawing layer differ from its corner: 0 for a blank board. */
async function inkOnBoard(page: Page): Promise<number> {
  return page.locator('canvas.excalidraw__canvas.static').evaluate((canvas: HTMLCanvasElement) => {
    const context = canvas.getContext('2d');
    if (!context) return 0;
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) ink++;
    }
    return ink;
  });
}

describe('a live interview in two browsers', () => {
  it('invites, joins, edits together, presents, hints, runs, chats, draws, ends and scores', async () => {
    const interviewer = app.page();
    const candidate = candidatePage();
    const noise = [...collectConsoleNoise(interviewer), ...collectConsoleNoise(candidate)];
    const url = app.server().url;

    // The interviewer creates the room and copies the link.
    await signInAsGuest(interviewer, url, 'Ada');
    await interviewer.goto(`${url}/interviews`);
    await interviewer.getByRole('radio', { name: 'Coding', exact: true }).check();
    await interviewer.getByRole('button', { name: 'Create interview' }).click();
    const inviteUrl = await interviewer.getByLabel('Invite link').inputValue();
    expect(inviteUrl).toMatch(/\/join\/[\w-]+\.[\w-]{22,}$/);
    await interviewer.getByRole('link', { name: 'Open the room' }).click();
    await interviewer.getByRole('heading', { level: 1, name: 'Coding interview' }).waitFor();
    expect(await interviewer.getByTestId('room-role').textContent()).toBe(
      'You are the interviewer',
    );

    // The candidate, signed out, opens it, sees who invites them, and joins as a guest.
    await candidate.goto(inviteUrl.replace(/^https?:\/\/[^/]+/, url));
    await candidate.getByText('Ada').first().waitFor();
    expect(await candidate.locator('main').textContent()).toContain('You will be the candidate');
    await candidate.getByLabel('Your name').fill('Bob');
    await candidate.getByRole('button', { name: 'Join the interview' }).click();
    await candidate.getByTestId('room-role').filter({ hasText: 'You are the candidate' }).waitFor();
    const presence = interviewer.getByRole('list', { name: 'Who is here' });
    await presence.getByText(/Bob, candidate, here/).waitFor();

    // The interviewer presents a question; both get the starter in the shared editor.
    await presentQuestion(interviewer, 'Count Multiples', false);
    await expect.poll(() => editorText(candidate), { timeout: 30_000 }).toContain('countMultiples');
    await expect
      .poll(() => editorText(interviewer), { timeout: 30_000 })
      .toContain('countMultiples');
    expect(await seriousViolations(interviewer)).toEqual([]);
    expect(await seriousViolations(candidate)).toEqual([]);

    // Both type; each sees the other's text and cursor, labelled with their name.
    await typeInEditor(interviewer, '// from Ada\n', 'start');
    await typeInEditor(candidate, '\n// from Bob', 'end');
    for (const page of [interviewer, candidate]) {
      await expect.poll(() => editorText(page)).toContain('// from Ada');
      await expect.poll(() => editorText(page)).toContain('// from Bob');
    }
    await interviewer.locator('.yRemoteSelectionHead').first().waitFor({ state: 'attached' });
    await candidate.locator('.yRemoteSelectionHead').first().waitFor({ state: 'attached' });
    const labels = await interviewer.locator('style').allTextContents();
    expect(labels.join('\n')).toContain('content: "Bob"');

    // A hint the interviewer reveals reaches the candidate.
    const candidateQuestion = candidate.getByRole('complementary', { name: 'Interview tools' });
    expect(await candidateQuestion.textContent()).not.toContain('largest multiple');
    await interviewer.getByRole('button', { name: 'Reveal next hint' }).click();
    await candidateQuestion.getByText(/largest multiple of/).waitFor();

    // The candidate writes a solution and runs it; both see the result.
    await candidate.locator('.monaco-editor').first().click();
    await candidate.keyboard.press('Control+A');
    await candidate.keyboard.press('Delete');
    await candidate.keyboard.insertText(SOLUTION);
    await expect.poll(() => editorText(interviewer)).toContain('Math.floor(n / k)');
    await candidate.getByRole('button', { name: 'Run', exact: true }).click();
    for (const page of [interviewer, candidate]) {
      await page.getByTestId('room-run-verdict').waitFor({ timeout: 30_000 });
    }

    // Chat: the interviewer has the chat folded away, so the message counts as unread.
    await interviewer.locator('summary', { hasText: 'Chat' }).click();
    await candidate.getByLabel('Message').fill('Done, I think');
    await candidate.getByRole('button', { name: 'Send message' }).click();
    await interviewer.getByTestId('chat-unread').filter({ hasText: '1 unread' }).waitFor();
    await interviewer.locator('summary', { hasText: 'Chat' }).click();
    const chat = interviewer.getByRole('list', { name: 'Chat messages' });
    await chat.getByText('Done, I think').waitFor();

    // A design question: what one draws, the other sees.
    await presentQuestion(interviewer, 'URL shortener', true);
    for (const page of [interviewer, candidate]) {
      await page.getByTestId('toolbar-rectangle').waitFor({ state: 'visible', timeout: 30_000 });
    }
    expect(await inkOnBoard(candidate)).toBe(0);
    await interviewer
      .locator('label', { has: interviewer.getByTestId('toolbar-rectangle') })
      .click();
    const box = await interviewer.locator('canvas.interactive').boundingBox();
    if (!box) throw new Error('the whiteboard canvas has no box');
    await interviewer.mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2 - 60);
    await interviewer.mouse.down();
    await interviewer.mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2 + 60, {
      steps: 8,
    });
    await interviewer.mouse.up();
    await expect.poll(() => inkOnBoard(interviewer), { timeout: 15_000 }).toBeGreaterThan(100);
    await expect.poll(() => inkOnBoard(candidate), { timeout: 15_000 }).toBeGreaterThan(100);

    // The interviewer ends the round and scores it; the candidate reads the scorecard.
    await interviewer.getByRole('button', { name: 'End round' }).click();
    await interviewer.getByRole('button', { name: 'Yes, end the round' }).click();
    const scorecard = interviewer.getByRole('form', { name: 'Scorecard' });
    const leaningHire = scorecard.getByRole('radio', { name: '3 · Leaning hire' });
    await leaningHire.first().waitFor();
    for (const radio of await leaningHire.all()) await radio.check();
    await scorecard.getByLabel('Strengths').fill('Clear reasoning out loud');
    await scorecard.getByLabel('Areas to improve').fill('Test edge cases first');
    await scorecard.getByRole('radio', { name: 'Hire', exact: true }).check();
    await scorecard.getByRole('button', { name: 'Submit scorecard' }).click();
    const received = candidate.getByRole('region', { name: 'Scorecard from Ada' });
    await received.waitFor({ timeout: 15_000 });
    expect(await received.textContent()).toContain('Clear reasoning out loud');

    expect(noise.filter((line) => !/favicon|ResizeObserver/.test(line))).toEqual([]);
  });
});
