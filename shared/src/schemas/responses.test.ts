import { describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Me, MeResponse } from './auth';
import type { PublicQuestion, QuestionListResponse, QuestionSummary } from './question';
import type { QuestionSummarySchema } from './responses';
import {
  MeResponseSchema,
  PublicQuestionSchema,
  QuestionListResponseSchema,
  ViewerResponseSchema,
} from './responses';

const summary: QuestionSummary = {
  id: 'two-sum',
  kind: 'coding',
  title: 'Two Sum',
  difficulty: 'easy',
  tags: ['hash-map'],
  competencies: ['problem-solving'],
  timeLimitMinutes: 20,
  contentHash: 'a'.repeat(64),
  hasStarter: true,
};

const me: Me = { id: 'u1', username: null, displayName: 'Ada', kind: 'guest', createdAt: 1 };

describe('response schemas', () => {
  it('parse to the types the rest of the code uses', () => {
    expectTypeOf<z.output<typeof PublicQuestionSchema>>().toExtend<PublicQuestion>();
    expectTypeOf<z.output<typeof QuestionSummarySchema>>().toExtend<QuestionSummary>();
    expectTypeOf<z.output<typeof QuestionListResponseSchema>>().toExtend<QuestionListResponse>();
    expectTypeOf<z.output<typeof MeResponseSchema>>().toExtend<MeResponse>();
  });

  it('accept a list page and refuse one whose items are not questions', () => {
    const page = { items: [summary], total: 1, offset: 0, limit: 20 };
    expect(QuestionListResponseSchema.parse(page)).toEqual(page);
    expect(QuestionListResponseSchema.safeParse({ ...page, items: [{ id: 1 }] }).success).toBe(
      false,
    );
  });

  it('accept a question without coding details and keep the field absent', () => {
    const { hasStarter: _h, ...head } = summary;
    const question = { ...head, kind: 'behavioral', prompt: 'Tell me.', sections: [], hints: [] };
    const parsed = PublicQuestionSchema.parse(question);
    expect('coding' in parsed).toBe(false);
  });

  it('tell an anonymous viewer (user null) from a signed-in one', () => {
    expect(ViewerResponseSchema.parse({ user: null })).toEqual({ user: null });
    expect(ViewerResponseSchema.parse({ user: me })).toEqual({ user: me });
    expect(ViewerResponseSchema.safeParse({}).success).toBe(false);
    expect(MeResponseSchema.safeParse({ user: null }).success).toBe(false);
  });
});
