import { z } from 'zod';
import { COMPETENCY_IDS } from '../competencies';
import { DIFFICULTIES } from './question';

/*
 * `GET /api/me/progress`: the person's practice over time, folded from their sessions' records
 * (verdicts, feedback) by the server, so the page needs one request whatever the history size.
 */

/** One week of activity (weeks start on Monday, UTC). */
export const ProgressWeekSchema = z.object({
  weekStart: z.number(),
  sessions: z.number().int(),
  /** Coding rounds judged, and how many of them were accepted. */
  judged: z.number().int(),
  accepted: z.number().int(),
});

/** Mean score (1 to 4) per competency, from interviewers' scorecards and self-ratings. */
export const CompetencyScoreSchema = z.object({
  competency: z.enum(COMPETENCY_IDS),
  mean: z.number(),
  fromInterviewers: z.number().int(),
  fromSelf: z.number().int(),
});

/** Median minutes from a coding round's start to its accepted verdict, per difficulty. */
export const TimeToAcceptSchema = z.object({
  difficulty: z.enum(DIFFICULTIES),
  medianMinutes: z.number().nullable(),
  accepted: z.number().int(),
});

export const ReviewReason = { Failed: 'failed', RatedLow: 'rated-low' } as const;
export type ReviewReason = (typeof ReviewReason)[keyof typeof ReviewReason];

/** A question worth practising again: its last attempt failed, or it was rated 2 or less. */
export const ReviewItemSchema = z.object({
  questionId: z.string(),
  title: z.string(),
  reason: z.enum([ReviewReason.Failed, ReviewReason.RatedLow]),
  lastAt: z.number(),
});

export const ProgressResponseSchema = z.object({
  weeks: z.array(ProgressWeekSchema),
  competencies: z.array(CompetencyScoreSchema),
  timeToAccept: z.array(TimeToAcceptSchema),
  reviewQueue: z.array(ReviewItemSchema),
  /** How many sessions were read; the newest `MAX_PROGRESS_SESSIONS` at most. */
  sessionsRead: z.number().int(),
});
export type ProgressResponse = z.infer<typeof ProgressResponseSchema>;
export type ProgressWeek = z.infer<typeof ProgressWeekSchema>;
export type CompetencyScore = z.infer<typeof CompetencyScoreSchema>;
export type ReviewItem = z.infer<typeof ReviewItemSchema>;

/** The progress page folds at most this many of a person's newest sessions. */
export const MAX_PROGRESS_SESSIONS = 1_000;
