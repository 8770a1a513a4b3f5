import * as Y from 'yjs';
import {
  decodeDocFrame,
  DraftSavePayloadSchema,
  LANGUAGES,
  PracticeEvent,
  PresentPayloadSchema,
  RoomEvent,
  RoundStartPayloadSchema,
  SharedDocKey,
  type FinalWork,
  type Language,
  type RoundDraft,
  type SessionEvent,
} from '@mockloop/shared';

function draftWork(round: number, title: string, draft: RoundDraft): FinalWork {
  switch (draft.kind) {
    case 'coding':
      return { round, title, language: draft.language, code: draft.code };
    case 'behavioral':
      return {
        round,
        title,
        answer: [
          `**Situation.** ${draft.situation}`,
          `**Task.** ${draft.task}`,
          `**Action.** ${draft.action}`,
          `**Result.** ${draft.result}`,
        ].join('\n\n'),
      };
    case 'system-design':
      return { round, title, answer: draft.notes };
  }
}

/** A solo session's work: the saved draft with the highest revision of each round. */
function practiceWork(events: readonly SessionEvent[]): FinalWork[] {
  const titles = new Map<number, string>();
  const drafts = new Map<number, { revision: number; draft: RoundDraft }>();
  for (const event of events) {
    if (event.type === PracticeEvent.RoundStart) {
      const p = RoundStartPayloadSchema.safeParse(event.payload);
      if (p.success) titles.set(p.data.index, p.data.question.title);
    } else if (event.type === PracticeEvent.DraftSave) {
      const p = DraftSavePayloadSchema.safeParse(event.payload);
      const saved = p.success ? drafts.get(p.data.index) : undefined;
      if (p.success && (!saved || saved.revision < p.data.revision))
        drafts.set(p.data.index, p.data);
    }
  }
  return [...drafts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([round, { draft }]) =>
      draftWork(round, titles.get(round) ?? `Round ${round + 1}`, draft),
    );
}

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

/**
 * A live interview's work: each question's shared document rebuilt from its last snapshot and
 * the updates after it (applying an update twice is harmless in Yjs, so order is all that
 * matters).
 */
function interviewWork(events: readonly SessionEvent[]): FinalWork[] {
  const asked = new Map<number, { round: number; title: string }>();
  const frames = new Map<number, Uint8Array[]>();
  for (const event of events) {
    if (event.type === RoomEvent.Present) {
      const p = PresentPayloadSchema.safeParse(event.payload);
      if (p.success) asked.set(p.data.docIndex, { round: p.data.round, title: p.data.title });
      continue;
    }
    const isSnapshot = event.type === RoomEvent.DocSnapshot;
    if (
      !(event.payload instanceof Uint8Array) ||
      (!isSnapshot && event.type !== RoomEvent.DocUpdate)
    ) {
      continue;
    }
    const frame = decodeDocFrame(event.payload);
    if (!frame) continue;
    const list = isSnapshot ? [] : (frames.get(frame.docIndex) ?? []);
    list.push(frame.body);
    frames.set(frame.docIndex, list);
  }
  return [...asked.entries()]
    .sort(([a], [b]) => a - b)
    .map(([docIndex, { round, title }]) => {
      const doc = new Y.Doc();
      for (const update of frames.get(docIndex) ?? []) Y.applyUpdate(doc, update);
      const language = doc.getMap(SharedDocKey.Meta).get('language');
      const code = doc.getText(SharedDocKey.Code).toJSON();
      const answer = doc.getText(SharedDocKey.Answer).toJSON();
      doc.destroy();
      return {
        round,
        title,
        ...(code ? { code, language: isLanguage(language) ? language : 'javascript' } : {}),
        ...(answer ? { answer } : {}),
      };
    });
}

/** What was written in each round as it stood at the end, from the events the viewer may see. */
export function finalWork(
  kind: 'practice' | 'interview',
  events: readonly SessionEvent[],
): FinalWork[] {
  return kind === 'practice' ? practiceWork(events) : interviewWork(events);
}
