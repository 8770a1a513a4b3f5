import { decodeDocFrame, SharedDocKey } from '../docFrames';
import {
  ChatEventSchema,
  HintRevealEventSchema,
  NoteEventSchema,
  PresentPayloadSchema,
  RoomEvent,
  RoundEndEventSchema,
  RoundStartEventSchema,
  RunEventSchema,
  TimerEventSchema,
} from '../schemas/roomEvents';
import type { QuestionKind } from '../schemas/question';
import type { SessionEvent } from '../schemas/session';
import { authorSpans, type AuthoredInstant } from './authorSpans';
import { DocMapHistory } from './docMapHistory';
import { DocTimeline, type TimedUpdate } from './docTimeline';
import { MarkerKind, type ReplayMarker, type ReplayNote, type ReplayPart } from './replayTypes';

/** One presented question and what happened to its document. */
interface DocLog {
  docIndex: number;
  round: number;
  questionId: string;
  title: string;
  kind: QuestionKind;
  start: number;
  updates: TimedUpdate[];
  edits: AuthoredInstant[];
  markers: ReplayMarker[];
  activity: number[];
}

type Marker = Omit<ReplayMarker, 'seq' | 'at' | 'actorId'>;

/** Markers that belong to one document (by `docIndex`) or to whichever part is on at the time. */
function describe(event: SessionEvent): { docIndex?: number; marker: Marker } | null {
  const { type, payload } = event;
  if (type === RoomEvent.Run) {
    const p = RunEventSchema.safeParse(payload);
    if (!p.success) return null;
    const submit = p.data.mode === 'submit';
    const { verdict, passed, total } = p.data.result;
    const label = `${submit ? 'Submit' : 'Run'}: ${verdict} (${passed}/${total})`;
    const kind = submit ? MarkerKind.Submit : MarkerKind.Run;
    return { docIndex: p.data.docIndex, marker: { kind, label, verdict } };
  }
  if (type === RoomEvent.HintReveal) {
    const p = HintRevealEventSchema.safeParse(payload);
    if (!p.success) return null;
    const label = `Hint ${p.data.index + 1}: ${p.data.heading}`;
    return { docIndex: p.data.docIndex, marker: { kind: MarkerKind.Hint, label } };
  }
  if (type === RoomEvent.Chat && ChatEventSchema.safeParse(payload).success) {
    return { marker: { kind: MarkerKind.Chat, label: 'Chat message' } };
  }
  if (type === RoomEvent.Timer) {
    const p = TimerEventSchema.safeParse(payload);
    return p.success
      ? { marker: { kind: MarkerKind.Timer, label: `Timer: ${p.data.action}` } }
      : null;
  }
  if (type === RoomEvent.RoundStart) {
    const p = RoundStartEventSchema.safeParse(payload);
    const label = p.success ? `Round ${p.data.index + 1} started` : '';
    return p.success ? { marker: { kind: MarkerKind.RoundStart, label } } : null;
  }
  if (type === RoomEvent.RoundEnd) {
    const p = RoundEndEventSchema.safeParse(payload);
    const label = p.success ? `Round ${p.data.round + 1} ended` : '';
    return p.success ? { marker: { kind: MarkerKind.RoundEnd, label } } : null;
  }
  if (type === RoomEvent.Finish) {
    return { marker: { kind: MarkerKind.RoundEnd, label: 'Interview finished' } };
  }
  return null;
}

function takeDocFrame(docs: Map<number, DocLog>, event: SessionEvent): void {
  const snapshot = event.type === RoomEvent.DocSnapshot;
  if (!(event.payload instanceof Uint8Array)) return;
  const frame = decodeDocFrame(event.payload);
  const log = frame ? docs.get(frame.docIndex) : undefined;
  if (!frame || !log) return;
  log.updates.push({ at: event.at, snapshot, update: frame.body });
  // A snapshot is the server compacting, not anyone typing.
  if (!snapshot) {
    log.edits.push({ at: event.at, actorId: event.actorId });
    log.activity.push(event.at);
  }
}

/** The part on at `at`: the last presented before it, or the first one. */
function partOn(logs: readonly DocLog[], at: number): DocLog | undefined {
  let on = logs[0];
  for (const log of logs) if (log.start <= at) on = log;
  return on;
}

/**
 * A live interview's questions for replay: each presented question's shared document through
 * `DocTimeline` (code and answer) and `DocMapHistory` (language, whiteboard), with the markers
 * and the viewer's own notes. Events must already be cut to what the viewer may see.
 */
export function interviewReplay(events: readonly SessionEvent[]): {
  parts: ReplayPart[];
  notes: ReplayNote[];
} {
  const docs = new Map<number, DocLog>();
  const loose: { event: SessionEvent; marker: Marker }[] = [];
  const notes: ReplayNote[] = [];
  for (const event of events) {
    if (event.type === RoomEvent.Present) {
      const p = PresentPayloadSchema.safeParse(event.payload);
      if (!p.success) continue;
      const { docIndex, round, questionId, title, kind } = p.data;
      const log = { docIndex, round, questionId, title, kind, start: event.at };
      docs.set(docIndex, { ...log, updates: [], edits: [], markers: [], activity: [event.at] });
    } else if (event.type === RoomEvent.DocUpdate || event.type === RoomEvent.DocSnapshot) {
      takeDocFrame(docs, event);
    } else if (event.type === RoomEvent.Note) {
      const p = NoteEventSchema.safeParse(event.payload);
      if (p.success) notes.push({ at: event.at, text: p.data.text });
    } else {
      const described = describe(event);
      const log = described?.docIndex === undefined ? undefined : docs.get(described.docIndex);
      if (described && log) {
        log.markers.push({
          seq: event.seq,
          at: event.at,
          actorId: event.actorId,
          ...described.marker,
        });
        log.activity.push(event.at);
      } else if (described) loose.push({ event, marker: described.marker });
    }
  }
  const logs = [...docs.values()].sort((a, b) => a.start - b.start);
  for (const { event, marker } of loose) {
    const log = partOn(logs, event.at);
    log?.markers.push({ seq: event.seq, at: event.at, actorId: event.actorId, ...marker });
    log?.activity.push(event.at);
  }
  const sessionEnd = events.at(-1)?.at ?? 0;
  const parts = logs.map((log, index): ReplayPart => {
    const next = logs[index + 1];
    const code = new DocTimeline(log.updates, SharedDocKey.Code);
    const answer = new DocTimeline(log.updates, SharedDocKey.Answer);
    const maps = new DocMapHistory(log.updates);
    log.markers.sort((a, b) => a.seq - b.seq);
    return {
      index,
      round: log.round,
      questionId: log.questionId,
      title: log.title,
      kind: log.kind,
      start: log.start,
      end: Math.max(next ? next.start : sessionEnd, ...log.activity),
      markers: log.markers,
      spans: authorSpans(log.edits),
      activity: log.activity.sort((a, b) => a - b),
      codeAt: (t) => code.textAt(t),
      languageAt: (t) => maps.languageAt(t),
      answerAt: (t) => answer.textAt(t),
      sceneAt: (t) => maps.sceneAt(t),
    };
  });
  return { parts, notes };
}
