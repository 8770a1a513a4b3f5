import { afterEach, describe, expect, it, vi } from 'vitest';
import { PublicRunResultSchema } from '@mockloop/shared';
import { apiFetch, BusyError } from './http';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('apiFetch', () => {
  it("turns the judge's 503 busy into a BusyError that keeps Retry-After", async () => {
    const answer = { error: { code: 'busy', message: 'The judge is busy.' } };
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(JSON.stringify(answer), { status: 503, headers: { 'Retry-After': '7' } }),
      ),
    );
    const error: unknown = await apiFetch('/api/runs', PublicRunResultSchema).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(BusyError);
    expect(error).toMatchObject({ status: 503, code: 'busy', retryAfterS: 7 });
  });
});
