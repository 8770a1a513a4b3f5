import type { Verdict } from '../verdicts';
import type { JsonValue, Language, QuestionKind } from '../schemas/question';

/** What a timeline marker stands for. */
export const MarkerKind = {
  RoundStart: 'round-start',
  RoundEnd: 'round-end',
  Run: 'run',
  Submit: 'submit',
  Hint: 'hint',
  Chat: 'chat',
  Timer: 'timer',
} as const;
export type MarkerKind = (typeof MarkerKind)[keyof typeof MarkerKind];

/** A moment worth jumping to on the timeline. */
export interface ReplayMarker {
  seq: number;
  at: number;
  kind: MarkerKind;
  /** `null` for what the server did by itself. */
  actorId: string | null;
  /** Short text for the marker's accessible name: "Submit: accepted (3/3)". */
  label: string;
  /** Runs and submits only. */
  verdict?: Verdict;
}

/** A stretch of someone's edits with no pause longer than the idle gap. */
export interface AuthorSpan {
  actorId: string;
  start: number;
  end: number;
}

/** One element of a whiteboard scene as stored (Excalidraw's own JSON). */
export type SceneElement = Readonly<Record<string, JsonValue>>;

/** A private note as its author wrote it. */
export interface ReplayNote {
  at: number;
  text: string;
}

/**
 * One part of a session to replay: a practice round, or a question presented in a live
 * interview (each has its own shared document). Times are epoch milliseconds.
 */
export interface ReplayPart {
  /** Position in `SessionReplay.parts`. */
  index: number;
  /** The session's round it belongs to (a live interview's round changes on a swap). */
  round: number;
  questionId: string;
  title: string;
  kind: QuestionKind;
  start: number;
  end: number;
  markers: readonly ReplayMarker[];
  /** Who edited when, for one track per author. */
  spans: readonly AuthorSpan[];
  /** Instants at which anything happened, for idle skipping. */
  activity: readonly number[];
  /** The code (coding questions) as it was at `at`. */
  codeAt(at: number): string;
  languageAt(at: number): Language;
  /** The written answer (behavioral STAR parts, design notes, a live answer document) at `at`. */
  answerAt(at: number): string;
  /** The whiteboard's live elements at `at` (design questions; empty otherwise). */
  sceneAt(at: number): readonly SceneElement[];
}

/** A session folded for replay from the events its viewer may see. */
export interface SessionReplay {
  start: number;
  end: number;
  parts: readonly ReplayPart[];
  /** The viewer's own private notes written at or before `at` (live interviews). */
  notesAt(at: number): readonly ReplayNote[];
}
