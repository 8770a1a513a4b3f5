import {
  ChatEventSchema,
  HintRevealEventSchema,
  HintRevealPayloadSchema,
  NoteEventSchema,
  PracticeEvent,
  PresentPayloadSchema,
  RatingEventSchema,
  RoomEvent,
  RoundEndEventSchema,
  RoundEndPayloadSchema,
  RoundStartEventSchema,
  RoundStartPayloadSchema,
  RoundVerdictPayloadSchema,
  RunEventSchema,
  RunPayloadSchema,
  ScorecardEventSchema,
  SelfRatingPayloadSchema,
  TimerEventSchema,
  TranscriptKind,
  type Scorecard,
  type SessionEvent,
  type TranscriptEntry,
} from '@mockloop/shared';
import type { z } from 'zod';

/** A line's fields apart from those every event gives (seq, at, actor). */
type Line = Omit<TranscriptEntry, 'seq' | 'at' | 'actorId'>;
/** What earlier lines taught: the round each interview document (question) belongs to. */
interface Context {
  docRounds: Map<number, number>;
}
type Describe = (event: SessionEvent, context: Context) => Line | null;

function from<S extends z.ZodType>(
  schema: S,
  describe: (payload: z.output<S>, context: Context) => Line,
): Describe {
  return (event, context) => {
    const parsed = schema.safeParse(event.payload);
    return parsed.success ? describe(parsed.data, context) : null;
  };
}

function runLine(
  round: number,
  p: z.output<typeof RunEventSchema | typeof RunPayloadSchema>,
): Line {
  const verb = p.mode === 'submit' ? 'Submitted' : 'Ran the examples';
  const { verdict, passed, total } = p.result;
  return {
    kind: TranscriptKind.Run,
    round,
    summary: `${verb} (${p.language}): ${verdict}, ${passed}/${total} passed`,
    verdict,
    mode: p.mode,
  };
}

function scorecardBody(card: Scorecard): string {
  const ratings = Object.entries(card.ratings).map(
    ([competency, r]) => `- ${competency}: ${r.score}/4${r.evidence ? ` (${r.evidence})` : ''}`,
  );
  return [
    `Recommendation: ${card.recommendation}`,
    ...ratings,
    card.strengths ? `Strengths: ${card.strengths}` : '',
    card.improvements ? `Areas to improve: ${card.improvements}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** One describer per event type that a reader cares about; documents and drafts are not lines. */
const DESCRIBERS: Partial<Record<string, Describe>> = {
  [PracticeEvent.RoundStart]: from(RoundStartPayloadSchema, (p) => ({
    kind: TranscriptKind.Question,
    round: p.index,
    summary: `Round ${p.index + 1} started: ${p.question.title}`,
  })),
  [PracticeEvent.HintReveal]: from(HintRevealPayloadSchema, (p) => ({
    kind: TranscriptKind.Hint,
    round: p.index,
    summary: `Hint ${p.hintIndex + 1} revealed: ${p.heading}`,
  })),
  [PracticeEvent.Run]: from(RunPayloadSchema, (p) => runLine(p.index, p)),
  [PracticeEvent.RoundEnd]: from(RoundEndPayloadSchema, (p) => ({
    kind: TranscriptKind.RoundEnd,
    round: p.index,
    summary: `Round ${p.index + 1} ended (${p.reason})`,
  })),
  [PracticeEvent.RoundVerdict]: from(RoundVerdictPayloadSchema, (p) => ({
    kind: TranscriptKind.Verdict,
    round: p.index,
    summary: p.verdict
      ? `Final verdict: ${p.verdict}, ${p.passed}/${p.total} passed`
      : 'Nothing was judged',
    ...(p.verdict ? { verdict: p.verdict } : {}),
  })),
  [PracticeEvent.SelfRating]: from(SelfRatingPayloadSchema, (p) => ({
    kind: TranscriptKind.Rating,
    round: p.index,
    summary: 'Self-rating',
    body: [
      ...Object.entries(p.ratings).map(([competency, score]) => `- ${competency}: ${score}/4`),
      p.note,
    ]
      .filter(Boolean)
      .join('\n'),
  })),
  [RoomEvent.Joined]: () => ({ kind: TranscriptKind.Joined, round: null, summary: 'Joined' }),
  [RoomEvent.RoundStart]: from(RoundStartEventSchema, (p) => ({
    kind: TranscriptKind.RoundStart,
    round: p.index,
    summary: `Round ${p.index + 1} started`,
  })),
  [RoomEvent.Present]: from(PresentPayloadSchema, (p, context) => {
    context.docRounds.set(p.docIndex, p.round);
    return {
      kind: TranscriptKind.Question,
      round: p.round,
      summary: `Question presented: ${p.title}`,
    };
  }),
  [RoomEvent.HintReveal]: from(HintRevealEventSchema, (p, context) => ({
    kind: TranscriptKind.Hint,
    round: context.docRounds.get(p.docIndex) ?? null,
    summary: `Hint ${p.index + 1} revealed: ${p.heading}`,
    body: p.markdown,
  })),
  [RoomEvent.Timer]: from(TimerEventSchema, (p) => ({
    kind: TranscriptKind.Timer,
    round: p.round,
    summary:
      p.action === 'start'
        ? `Timer started: ${p.minutes} min`
        : p.action === 'extend'
          ? `Timer extended by ${p.minutes} min`
          : `Timer ${p.action === 'pause' ? 'paused' : 'resumed'}`,
  })),
  [RoomEvent.Run]: from(RunEventSchema, (p, context) =>
    runLine(context.docRounds.get(p.docIndex) ?? 0, p),
  ),
  [RoomEvent.Chat]: from(ChatEventSchema, (p) => ({
    kind: TranscriptKind.Chat,
    round: null,
    summary: 'Chat',
    body: p.text,
  })),
  [RoomEvent.Note]: from(NoteEventSchema, (p) => ({
    kind: TranscriptKind.Note,
    round: p.round,
    summary: 'Private note',
    body: p.text,
  })),
  [RoomEvent.RoundEnd]: from(RoundEndEventSchema, (p) => ({
    kind: TranscriptKind.RoundEnd,
    round: p.round,
    summary: `Round ${p.round + 1} ended`,
  })),
  [RoomEvent.Scorecard]: from(ScorecardEventSchema, (p) => ({
    kind: TranscriptKind.Scorecard,
    round: p.round,
    summary: `Scorecard: ${p.scorecard.recommendation}`,
    body: scorecardBody(p.scorecard),
  })),
  [RoomEvent.Rating]: from(RatingEventSchema, (p) => ({
    kind: TranscriptKind.Rating,
    round: p.round,
    summary: `Interviewer rated: clarity ${p.rating.clarity}/5, helpfulness ${p.rating.helpfulness}/5`,
    ...(p.rating.comment ? { body: p.rating.comment } : {}),
  })),
  [RoomEvent.Finish]: () => ({ kind: TranscriptKind.Finish, round: null, summary: 'Finished' }),
  // Only that a call happened: its audio and video never reach the server.
  [RoomEvent.CallStarted]: () => ({
    kind: TranscriptKind.Call,
    round: null,
    summary: 'Call started',
  }),
  [RoomEvent.CallEnded]: () => ({ kind: TranscriptKind.Call, round: null, summary: 'Call ended' }),
};

/**
 * The transcript lines of `events`, which must already be cut to what the viewer may see: this
 * only describes, it never filters by role.
 */
export function transcriptEntries(events: readonly SessionEvent[]): TranscriptEntry[] {
  const entries: TranscriptEntry[] = [];
  const context: Context = { docRounds: new Map() };
  for (const event of events) {
    const line = DESCRIBERS[event.type]?.(event, context);
    if (line) entries.push({ seq: event.seq, at: event.at, actorId: event.actorId, ...line });
  }
  return entries;
}
