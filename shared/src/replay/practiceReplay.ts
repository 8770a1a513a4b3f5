import {
  DraftSavePayloadSchema,
  HintRevealPayloadSchema,
  PracticeEvent,
  RoundEndPayloadSchema,
  RoundStartPayloadSchema,
  RoundVerdictPayloadSchema,
  RunPayloadSchema,
} from '../schemas/practiceState';
import type { RoundDraft } from '../schemas/practice';
import type { z } from 'zod';
import type { Language } from '../schemas/question';
import type { SessionEvent } from '../schemas/session';
import { authorSpans, type AuthoredInstant } from './authorSpans';
import { MarkerKind, type ReplayMarker, type ReplayPart, type SceneElement } from './replayTypes';
import { stepAt, type TimedStep } from './timedSteps';

/** The public view as the round asked it. */
type AskedQuestion = z.output<typeof RoundStartPayloadSchema>['question'];

interface Work {
  code: string;
  language: Language;
  answer: string;
  scene: readonly SceneElement[];
}

/** What one practice round's events taught so far. */
interface RoundLog {
  round: number;
  question: AskedQuestion;
  start: number;
  end: number;
  steps: TimedStep<Work>[];
  /** Highest draft revision applied: an older one arriving late never replaces it. */
  revision: number;
  markers: ReplayMarker[];
  edits: AuthoredInstant[];
  activity: number[];
}

function starterWork(question: AskedQuestion): Work {
  const starters = question.coding?.starters ?? {};
  const language: Language = starters.typescript !== undefined ? 'typescript' : 'javascript';
  return { code: starters[language] ?? '', language, answer: '', scene: [] };
}

function sceneOf(scene: RoundDraft & { kind: 'system-design' }): readonly SceneElement[] {
  const elements = scene.scene?.elements;
  if (!Array.isArray(elements)) return [];
  return elements.filter(
    (e): e is SceneElement => typeof e === 'object' && e !== null && !Array.isArray(e),
  );
}

function applyDraft(work: Work, draft: RoundDraft): Work {
  switch (draft.kind) {
    case 'coding':
      return { ...work, code: draft.code, language: draft.language };
    case 'behavioral':
      return {
        ...work,
        answer: [
          `Situation: ${draft.situation}`,
          `Task: ${draft.task}`,
          `Action: ${draft.action}`,
          `Result: ${draft.result}`,
        ].join('\n\n'),
      };
    case 'system-design':
      return { ...work, answer: draft.notes, scene: sceneOf(draft) };
  }
}

function latest(log: RoundLog): Work {
  return log.steps.at(-1)?.value ?? starterWork(log.question);
}

/** Reads one event into its round's log; events of unknown rounds or shapes are passed over. */
function take(rounds: Map<number, RoundLog>, event: SessionEvent): void {
  const { at, seq, actorId } = event;
  if (event.type === PracticeEvent.RoundStart) {
    const p = RoundStartPayloadSchema.safeParse(event.payload);
    if (!p.success) return;
    const { index, startedAt, question } = p.data;
    rounds.set(index, {
      round: index,
      question,
      start: startedAt,
      end: at,
      steps: [],
      revision: 0,
      markers: [
        { seq, at, actorId, kind: MarkerKind.RoundStart, label: `Round ${index + 1} started` },
      ],
      edits: [],
      activity: [at],
    });
    return;
  }
  const index = (event.payload as { index?: unknown } | null)?.index;
  const log = typeof index === 'number' ? rounds.get(index) : undefined;
  if (!log) return;
  log.end = Math.max(log.end, at);
  log.activity.push(at);
  const mark = (kind: MarkerKind, label: string, extra: Partial<ReplayMarker> = {}) =>
    log.markers.push({ seq, at, actorId, kind, label, ...extra });

  if (event.type === PracticeEvent.DraftSave) {
    const p = DraftSavePayloadSchema.safeParse(event.payload);
    if (!p.success || p.data.revision <= log.revision) return;
    log.revision = p.data.revision;
    log.steps.push({ at, value: applyDraft(latest(log), p.data.draft) });
    log.edits.push({ at, actorId });
  } else if (event.type === PracticeEvent.Run) {
    const p = RunPayloadSchema.safeParse(event.payload);
    if (!p.success) return;
    // The code exactly as run, which may be newer than the last autosave.
    log.steps.push({ at, value: { ...latest(log), code: p.data.code, language: p.data.language } });
    log.edits.push({ at, actorId });
    const { verdict, passed, total } = p.data.result;
    const submit = p.data.mode === 'submit';
    mark(
      submit ? MarkerKind.Submit : MarkerKind.Run,
      `${submit ? 'Submit' : 'Run'}: ${verdict} (${passed}/${total})`,
      { verdict },
    );
  } else if (event.type === PracticeEvent.HintReveal) {
    const p = HintRevealPayloadSchema.safeParse(event.payload);
    if (p.success) mark(MarkerKind.Hint, `Hint ${p.data.hintIndex + 1}: ${p.data.heading}`);
  } else if (event.type === PracticeEvent.RoundEnd) {
    const p = RoundEndPayloadSchema.safeParse(event.payload);
    if (p.success) mark(MarkerKind.RoundEnd, `Round ${p.data.index + 1} ended (${p.data.reason})`);
  } else if (event.type === PracticeEvent.RoundVerdict) {
    const p = RoundVerdictPayloadSchema.safeParse(event.payload);
    if (p.success && p.data.verdict) {
      const { verdict, passed, total } = p.data;
      mark(MarkerKind.Submit, `Final verdict: ${verdict} (${passed}/${total})`, { verdict });
    }
  }
}

/** A practice session's rounds for replay: code and answers from draft saves and runs. */
export function practiceParts(events: readonly SessionEvent[]): ReplayPart[] {
  const rounds = new Map<number, RoundLog>();
  for (const event of events) take(rounds, event);
  return [...rounds.values()]
    .sort((a, b) => a.round - b.round)
    .map((log, index): ReplayPart => {
      const initial = starterWork(log.question);
      const at = (t: number) => stepAt(log.steps, t, initial);
      return {
        index,
        round: log.round,
        questionId: log.question.id,
        title: log.question.title,
        kind: log.question.kind,
        start: log.start,
        end: log.end,
        markers: log.markers,
        spans: authorSpans(log.edits),
        activity: log.activity,
        codeAt: (t) => at(t).code,
        languageAt: (t) => at(t).language,
        answerAt: (t) => at(t).answer,
        sceneAt: (t) => at(t).scene,
      };
    });
}
