import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { foreignRequests } from './helpers/browser';
import { useBrowserApp } from './helpers/useBrowserApp';

const app = useBrowserApp();
const { page } = app;

// TEMPORARY route (round-ui): move this test onto the real design round page once it exists.
const PREVIEW = '/rounds-preview/design';

describe('the design-round whiteboard in Chromium', () => {
  it('loads Excalidraw on demand, draws a shape, saves it, and asks no host but its own', async () => {
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
    await page().goto(`${app.server().url}${PREVIEW}`);
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

    await expect
      .poll(() => page().getByTestId('saved-scene').textContent(), { timeout: 15_000 })
      .toBe('Saved shapes: rectangle, text');
    await page().getByLabel('Notes (Markdown)').fill('## Storage\n- **Redis** for sessions');
    await expect
      .poll(() => page().getByRole('region', { name: 'Notes preview' }).innerHTML())
      .toContain('<strong>Redis</strong>');

    const fontRequests = app.browser().requests.filter((url) => url.includes('/excalidraw/fonts/'));
    expect(fontRequests.length).toBeGreaterThan(0);
    expect(foreignRequests(app.browser().requests, app.server().url)).toEqual([]);
    expect(consoleErrors.filter((text) => /subsetting|font|CDN/i.test(text))).toEqual([]);

    // After the round the drawing is read-only and the rubric gives a score.
    await page().getByRole('button', { name: 'End round' }).click();
    await page().getByRole('checkbox', { name: 'Estimated load and storage' }).check();
    expect(await page().getByTestId('rubric-score').textContent()).toBe('Covered 1 of 3 (33%)');
    expect(await rectangleTool.count()).toBe(0);
  });

  it("is accessible in both themes, contrast included, leaving Excalidraw's own UI to Excalidraw", async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page().emulateMedia({ colorScheme });
      await page().goto(`${app.server().url}${PREVIEW}`);
      await page().getByTestId('toolbar-rectangle').waitFor({ state: 'visible', timeout: 30_000 });
      await page().getByLabel('Notes (Markdown)').fill('## Plan\n- a *queue*');
      await page().getByRole('button', { name: 'End round' }).click();
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
