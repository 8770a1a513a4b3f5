import type { Page } from 'playwright-core';

/**
 * Collects every console error and warning, and every uncaught exception, the page produces from
 * now on (Chromium also logs each failed request as a console error).
 */
export function collectConsoleNoise(page: Page): string[] {
  const noise: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      noise.push(`${message.type()}: ${message.text()} (${message.location().url})`);
    }
  });
  page.on('pageerror', (error) => noise.push(`uncaught: ${error.message}`));
  return noise;
}
