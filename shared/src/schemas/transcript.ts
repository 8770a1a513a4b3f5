import type { Verdict } from '../verdicts';
import type { Language } from './question';
import type { RunMode } from './run';
import type { ParticipantRole, Session } from './session';

/*
 * A session read back: what `GET /api/sessions/:id/transcript` answers and the exports are made
 * of. Built from the events the viewer may see ([AR1]-[AR3]), so it never holds more.
 */

/** What one transcript line records. */
export const TranscriptKind = {
  Question: 'question',
  Hint: 'hint',
  Run: 'run',
  Verdict: 'verdict',
  Timer: 'timer',
  RoundEnd: 'round-end',
  Chat: 'chat',
  Note: 'note',
  Rating: 'rating',
  Scorecard: 'scorecard',
  Joined: 'joined',
  RoundStart: 'round-start',
  Finish: 'finish',
  Call: 'call',
} as const;
export type TranscriptKind = (typeof TranscriptKind)[keyof typeof TranscriptKind];

/** One line of the transcript, in log order. */
export interface TranscriptEntry {
  seq: number;
  at: number;
  /** `null` for what the server itself did (a deadline, a verdict). */
  actorId: string | null;
  kind: TranscriptKind;
  /** The round it belongs to, when it belongs to one. */
  round: number | null;
  /** One line, plain text: "Submitted: wrong_answer (3/5)". */
  summary: string;
  /** Longer text, as Markdown: a chat message, a note, a hint, a scorecard. */
  body?: string;
  verdict?: Verdict;
  mode?: RunMode;
}

/** A participant as the transcript names them. */
export interface TranscriptPerson {
  userId: string;
  displayName: string;
  role: ParticipantRole;
  /** The account was deleted: "Former participant". */
  former: boolean;
}

/** What was written in a round, as it stood at the end (code, an answer, design notes). */
export interface FinalWork {
  round: number;
  title: string;
  language?: Language;
  code?: string;
  /** Behavioral answers and design notes, as Markdown. */
  answer?: string;
}

export interface Transcript {
  session: Session;
  people: TranscriptPerson[];
  entries: TranscriptEntry[];
  finalWork: FinalWork[];
}

/** Formats `GET /api/sessions/:id/export` offers. */
export const EXPORT_FORMATS = ['markdown', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
