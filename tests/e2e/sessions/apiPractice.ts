import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { startSession } from './practiceDriver';

/**
 * Finished practice rounds made through the API with the page's cookies, for tests that need a
 * history (attempts, progress) rather than the round's own screens.
 */
export async function codingRoundViaApi(
  page: Page,
  appUrl: string,
  questionId: string,
  code: string,
) {
  const id = await startSession(page, appUrl, [{ questionId, minutes: 10 }]);
  const save = await page.request.put(`${appUrl}/api/sessions/${id}/rounds/0/draft`, {
    data: { revision: 1, draft: { kind: 'coding', language: 'typescript', code } },
  });
  expect(save.status()).toBe(200);
  expect((await page.request.post(`${appUrl}/api/sessions/${id}/rounds/0/end`)).status()).toBe(200);
  return id;
}

/** A behavioral round answered, ended and self-rated with `ratings`. */
export async function behavioralRoundViaApi(
  page: Page,
  appUrl: string,
  questionId: string,
  ratings: Record<string, number>,
) {
  const id = await startSession(page, appUrl, [{ questionId, minutes: 5 }]);
  const draft = { kind: 'behavioral', situation: 'S', task: 'T', action: 'A', result: 'R' };
  const save = await page.request.put(`${appUrl}/api/sessions/${id}/rounds/0/draft`, {
    data: { revision: 1, draft },
  });
  expect(save.status()).toBe(200);
  expect((await page.request.post(`${appUrl}/api/sessions/${id}/rounds/0/end`)).status()).toBe(200);
  const rated = await page.request.post(`${appUrl}/api/sessions/${id}/rounds/0/self-rating`, {
    data: { ratings, note: '' },
  });
  expect(rated.status()).toBe(200);
  return id;
}
