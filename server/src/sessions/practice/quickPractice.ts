import {
  LOOP_PRESETS,
  type QuestionKind,
  type QuickPracticeRequest,
  type User,
} from '@mockloop/shared';
import type { QuestionBank } from '../../bank/types';
import type { Store } from '../../store/port';
import type { PlannedRound } from './practiceLog';
import { practiceErrors } from './practiceErrors';

/** How far back quick practice looks into the person's history. */
const HISTORY_PAGES = 5;

/** 0: never practised, 1: went badly, 2: went fine. Lower is preferred. */
type Familiarity = Map<string, 0 | 1 | 2>;

async function familiarity(store: Store, userId: string): Promise<Familiarity> {
  const seen: Familiarity = new Map();
  let cursor: string | undefined;
  for (let page = 0; page < HISTORY_PAGES; page += 1) {
    const result = await store.listUserSessions(userId, {
      kind: 'practice',
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    for (const session of result.sessions) {
      for (const q of session.summary?.questions ?? []) {
        const badCode = q.total > 0 && q.verdict !== null && q.verdict !== 'accepted';
        const badDesign = q.verdict === null && q.total > 0 && q.passed * 2 < q.total;
        const score = badCode || badDesign ? 1 : 2;
        seen.set(q.questionId, Math.min(seen.get(q.questionId) ?? 2, score) as 1 | 2);
      }
    }
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return seen;
}

interface Wanted {
  kind?: QuestionKind;
  difficulty?: string;
  competency?: string;
}

function pick(bank: QuestionBank, wanted: Wanted, seen: Familiarity, taken: Set<string>) {
  const { items } = bank.list({ ...wanted, limit: 500 });
  const fresh = items.filter((q) => !taken.has(q.id));
  const pool = fresh.length > 0 ? fresh : items;
  const best = Math.min(...pool.map((q) => seen.get(q.id) ?? 0));
  const candidates = pool.filter((q) => (seen.get(q.id) ?? 0) === best);
  return candidates[Math.floor(Math.random() * candidates.length)];
}

/** Chooses the questions of a quick practice: one round, or one per preset round. */
export async function planQuickPractice(
  store: Store,
  bank: QuestionBank,
  user: User,
  request: QuickPracticeRequest,
): Promise<PlannedRound[]> {
  const seen = await familiarity(store, user.id);
  const narrow = {
    ...(request.difficulty ? { difficulty: request.difficulty } : {}),
    ...(request.competency ? { competency: request.competency } : {}),
  };
  const preset = LOOP_PRESETS.find((p) => p.id === request.preset);
  const wanted = preset
    ? preset.rounds.map((r) => ({ kind: r.kind, minutes: r.minutes }))
    : [{ ...(request.kind ? { kind: request.kind } : {}), minutes: request.minutes }];
  const taken = new Set<string>();
  return wanted.map(({ minutes, ...kind }) => {
    // A preset round falls back to its kind alone when the filters leave nothing.
    const question =
      pick(bank, { ...kind, ...narrow }, seen, taken) ??
      (preset ? pick(bank, kind, seen, taken) : undefined);
    if (!question) throw practiceErrors.noMatch();
    taken.add(question.id);
    return {
      questionId: question.id,
      kind: question.kind,
      title: question.title,
      minutes: minutes ?? question.timeLimitMinutes,
    };
  });
}
