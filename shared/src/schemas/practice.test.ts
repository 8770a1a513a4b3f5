import { describe, expect, it } from 'vitest';
import {
  MAX_SCENE_BYTES,
  SaveDraftRequestSchema,
  SessionRunRequestSchema,
  StartPracticeRequestSchema,
} from './practice';

describe('practice schemas', () => {
  it('takes rounds of 1 to 180 minutes, minutes optional', () => {
    const body = (minutes?: number) => ({
      kind: 'practice',
      rounds: [{ questionId: 'lru-cache', ...(minutes === undefined ? {} : { minutes }) }],
    });
    expect(StartPracticeRequestSchema.safeParse(body()).success).toBe(true);
    expect(StartPracticeRequestSchema.safeParse(body(180)).success).toBe(true);
    expect(StartPracticeRequestSchema.safeParse(body(0)).success).toBe(false);
    expect(StartPracticeRequestSchema.safeParse(body(181)).success).toBe(false);
    expect(StartPracticeRequestSchema.safeParse(body(1.5)).success).toBe(false);
    expect(StartPracticeRequestSchema.safeParse({ kind: 'practice', rounds: [] }).success).toBe(
      false,
    );
  });

  it('bounds a whiteboard scene by its JSON bytes, multi-byte characters counted in full', () => {
    const draft = (text: string) => ({
      revision: 1,
      draft: { kind: 'system-design', notes: '', scene: { text } },
    });
    const overhead = JSON.stringify({ text: '' }).length;
    const fits = 'a'.repeat(MAX_SCENE_BYTES - overhead);
    expect(SaveDraftRequestSchema.safeParse(draft(fits)).success).toBe(true);
    expect(SaveDraftRequestSchema.safeParse(draft(`${fits}a`)).success).toBe(false);
    const emoji = '😀'.repeat((MAX_SCENE_BYTES - overhead) / 4 + 1);
    expect(SaveDraftRequestSchema.safeParse(draft(emoji)).success).toBe(false);
  });

  it('extends the run request with an optional sessionId and stays strict', () => {
    const run = { questionId: 'lru-cache', language: 'javascript', code: 'x' };
    expect(SessionRunRequestSchema.parse(run)).toMatchObject({ mode: 'submit' });
    expect(SessionRunRequestSchema.safeParse({ ...run, sessionId: 's1' }).success).toBe(true);
    expect(SessionRunRequestSchema.safeParse({ ...run, extra: 1 }).success).toBe(false);
  });
});
