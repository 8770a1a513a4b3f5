import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { foreignRequests } from './helpers/browser';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import {
  finishRound,
  serverState,
  signInAsGuest,
  startSession,
  waitSaved,
} from './sessions/practiceDriver';

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK });
const { page } = app;

/** A new guest's 2-minute design round on the URL shortener; answers its address. */
async function startDesignRound(name: string): Promise<string> {
  await signInAsGuest(page(), app.server().url, name);
  const id = await startSession(page(), app.server().url, [
    { questionId: 'url-shortener', minutes: 2 },
  ]);
  return `/sessions/${id}`;
}

describe('the design round in Chromium', () => {
  it('loads Excalidraw on demand, draws a shape and writes notes that survive a reload, and asks no host but its own', async () => {
    const consoleErrors: string[] = [];
    page().on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') {
        consoleErrors.push(message.text());
      }
    });
    await page().goto(app.server().url);
    await page().getByRole('link', { name: 'MockLoop' }).waitFor();
    const firstPageRequests = [...app.browser().requests];
    // The first page never loads Excalidraw.
    expect(firstPageRequests.filter((url) => /WhiteboardCanvas|excalidraw/i.test(url))).toEqual([]);

    app.browser().requests.length = 0;
    const round = await startDesignRound('Designer');
    await page().goto(`${app.server().url}${round}`);
    const rectangleTool = page().getByTestId('toolbar-rectangle');
    await rectangleTool.waitFor({ state: 'visible', timeout: 30_000 });
    // The radio sits under its icon; clicking its label is what a person does.
    await page().locator('label', { has: rectangleTool }).click();
    const canvas = page().locator('canvas.interactive');
    const box = await canvas.boundingBox();
    if (!box) throw new Error('the whiteboard canvas has no box');
    await page().mouse.move(box.x + box.width / 2 - 100, box.y + box.height / 2 - 60);
    await page().mouse.down();
    await page().mouse.move(box.x + box.width / 2 + 100, box.y + box.height / 2 + 60, {
      steps: 8,
    });
    await page().mouse.up();

    // Text makes Excalidraw fetch its hand-drawn font.
    await page().keyboard.press('Escape');
    await page().keyboard.press('t');
    await page().mouse.click(box.x + 80, box.y + box.height - 80);
    await page().keyboard.type('cache');
    await page().keyboard.press('Escape');

    await page().getByLabel('Notes (Markdown)').fill('## Storage\n- **Redis** for sessions');
    await expect
      .poll(() => page().getByRole('region', { name: 'Notes preview' }).innerHTML())
      .toContain('<strong>Redis</strong>');
    await waitSaved(page());
    const sessionId = round.split('/').pop() ?? '';
    const savedTypes = async () => {
      const draft = (await serverState(page(), app.server().url, sessionId)).rounds[0]?.draft;
      if (draft?.kind !== 'system-design') return { notes: '', shapes: [] };
      const elements = Array.isArray(draft.scene?.elements) ? draft.scene.elements : [];
      const shapes = elements.map((element) =>
        typeof element === 'object' && element !== null && 'type' in element ? element.type : null,
      );
      return { notes: draft.notes, shapes };
    };
    await expect
      .poll(savedTypes, { timeout: 15_000 })
      .toEqual({ notes: '## Storage\n- **Redis** for sessions', shapes: ['rectangle', 'text'] });

    // A reload restores both panes from the server.
    await page().reload();
    await rectangleTool.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await page().getByLabel('Notes (Markdown)').inputValue()).toBe(
      '## Storage\n- **Redis** for sessions',
    );
    await page().getByLabel('Notes (Markdown)').fill('## Storage\n- **Redis** for sessions\n');
    await waitSaved(page());
    // Saving again after the reload keeps the drawing: the restored scene is the one saved.
    expect((await savedTypes()).shapes).toEqual(['rectangle', 'text']);

    // SVG export embeds subset fonts through Excalidraw's worker, which must start from a
    // chunk of its own (see client/vite.config.ts); merged into another chunk it fails.
    await page().getByTestId('main-menu-trigger').click();
    await page().getByTestId('image-export-button').click();
    const worker = page().waitForEvent('worker');
    await page().getByRole('button', { name: 'Export to SVG' }).click();
    const subsetWorker = await worker;
    expect(subsetWorker.url()).toMatch(/\/assets\/[\w.-]*subset[\w.-]*\.js$/);
    // The chunk installs its message handler only when it runs as a worker.
    await expect.poll(() => subsetWorker.evaluate(() => typeof self.onmessage)).toBe('function');
    await page().keyboard.press('Escape');

    const fontRequests = app.browser().requests.filter((url) => url.includes('/excalidraw/fonts/'));
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(foreignRequests(app.browser().requests, app.server().url)).toEqual([]);
    expect(consoleErrors.filter((text) => /subsetting|font|CDN/i.test(text))).toEqual([]);

    // After the round the rubric and reference outline appear; what is ticked is the score.
    await finishRound(page());
    await page().getByRole('checkbox', { name: 'Caching, key generation.' }).check();
    expect(await page().getByTestId('rubric-score').textContent()).toBe('Covered 1 of 1 (100%)');
    await expect
      .poll(() => page().getByTestId('round-outcome').textContent())
      .toBe('Covered 1 of 1 rubric items (ended early)');
    expect(await page().content()).toContain('INTERVIEWER-ONLY-OUTLINE-URL');
  });

  it("is accessible in both themes, contrast included, leaving Excalidraw's own UI to Excalidraw", async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page().emulateMedia({ colorScheme });
      await page().goto(`${app.server().url}${await startDesignRound(`Axe ${colorScheme}`)}`);
      await page().getByTestId('toolbar-rectangle').waitFor({ state: 'visible', timeout: 30_000 });
      await page().getByLabel('Notes (Markdown)').fill('## Plan\n- a *queue*');
      // Evaluated through the debugger protocol, so the page's CSP does not block it.
      await page().evaluate(axe.source);
      const violations = await page().evaluate(async () => {
        const results = await window.axe.run(
          { include: [['.design-round']], exclude: [['.excalidraw']] },
          { resultTypes: ['violations'] },
        );
        return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
      });
      expect(violations, colorScheme).toEqual([]);
    }
  });
});

declare global {
  interface Window {
    axe: typeof axe;
  }
}
