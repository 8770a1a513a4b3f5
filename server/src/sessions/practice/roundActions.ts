import {
  PracticeEvent,
  type ChecklistRequest,
  type JsonValue,
  type RevealHintResponse,
  type RoundReview,
  type SaveDraftRequest,
  type SaveDraftResponse,
  type SelfRatingRequest,
  type User,
} from '@mockloop/shared';
import { validationFailed } from '../../http/AppError';
import type { Practice } from './createPractice';
import { practiceErrors } from './practiceErrors';
import { assertOver, assertRunning, roundAt, withOwnSession } from './roundAccess';
import { buildRoundReview, rubricItems } from './roundReview';

/** Where an action applies: the caller, their session and a round of it. */
export interface RoundTarget {
  user: User;
  sessionId: string;
  index: number;
}

/** Autosave, last write wins by revision [ST8]. */
export function saveDraft(
  practice: Practice,
  { user, sessionId, index }: RoundTarget,
  body: SaveDraftRequest,
): Promise<SaveDraftResponse> {
  return withOwnSession(practice, user, sessionId, async (ctx) => {
    const at = roundAt(ctx, index);
    assertRunning(practice, ctx, at);
    if (body.draft.kind !== at.planned.kind) {
      throw practiceErrors.wrongKind(`This is a ${at.planned.kind} round.`);
    }
    const stored = at.round.draft?.revision ?? 0;
    if (body.revision <= stored) {
      return { applied: false, revision: stored, serverTime: ctx.now };
    }
    const payload = { index, revision: body.revision, draft: body.draft };
    await practice.engine.append(ctx, user.id, [{ type: PracticeEvent.DraftSave, payload }]);
    return { applied: true, revision: body.revision, serverTime: ctx.now };
  });
}

export function revealHint(
  practice: Practice,
  { user, sessionId, index }: RoundTarget,
): Promise<RevealHintResponse> {
  return withOwnSession(practice, user, sessionId, async (ctx) => {
    const at = roundAt(ctx, index);
    assertRunning(practice, ctx, at);
    const hints = at.round.start?.question.hints ?? [];
    const hintIndex = at.round.hintsRevealed;
    const hint = hints[hintIndex];
    if (!hint) throw practiceErrors.noMoreHints();
    const payload = { index, hintIndex, heading: hint.heading };
    await practice.engine.append(ctx, user.id, [{ type: PracticeEvent.HintReveal, payload }]);
    return { hint, hintIndex, remaining: hints.length - hintIndex - 1 };
  });
}

/** [ST7] Post-round material, only once the round is over. */
export async function reviewRound(
  practice: Practice,
  { user, sessionId, index }: RoundTarget,
): Promise<RoundReview> {
  const questionId = await withOwnSession(practice, user, sessionId, (ctx) => {
    const at = roundAt(ctx, index);
    assertOver(at);
    return at.planned.questionId;
  });
  const question = practice.engine.deps.bank.interviewerView(questionId);
  if (!question) throw practiceErrors.notInBank(questionId, 410);
  return buildRoundReview(index, question);
}

/** A behavioral round's self-rating, once; also stored as the session's feedback. */
export function rateSelf(
  practice: Practice,
  { user, sessionId, index }: RoundTarget,
  body: SelfRatingRequest,
): Promise<void> {
  return withOwnSession(practice, user, sessionId, async (ctx) => {
    const at = roundAt(ctx, index);
    if (at.planned.kind !== 'behavioral') {
      throw practiceErrors.wrongKind('Only behavioral rounds take a self-rating.');
    }
    assertOver(at);
    if (at.round.selfRating) throw practiceErrors.alreadyRated();
    const allowed = at.round.start?.question.competencies ?? [];
    const unknown = Object.keys(body.ratings).filter((id) => !allowed.includes(id));
    if (unknown.length > 0) {
      throw validationFailed(`Invalid body: ratings: ${unknown.join(', ')} not asked here`);
    }
    const payload = { index, ratings: body.ratings, note: body.note } as JsonValue;
    await practice.engine.append(ctx, user.id, [{ type: PracticeEvent.SelfRating, payload }]);
    const { store } = practice.engine.deps;
    ctx.session = await store.addFeedback(sessionId, {
      authorId: user.id,
      createdAt: ctx.now,
      ratings: body.ratings,
      notes: body.note,
    });
  });
}

/** A design round's rubric checklist; the latest one is the round's score. */
export function tickChecklist(
  practice: Practice,
  { user, sessionId, index }: RoundTarget,
  body: ChecklistRequest,
): Promise<void> {
  return withOwnSession(practice, user, sessionId, async (ctx) => {
    const at = roundAt(ctx, index);
    if (at.planned.kind !== 'system-design') {
      throw practiceErrors.wrongKind('Only system-design rounds have a rubric checklist.');
    }
    assertOver(at);
    const question = practice.engine.deps.bank.interviewerView(at.planned.questionId);
    if (!question) throw practiceErrors.notInBank(at.planned.questionId, 410);
    const total = rubricItems(question).length;
    const ticked = [...new Set(body.ticked)].sort((a, b) => a - b);
    if (ticked.some((i) => i >= total)) {
      throw validationFailed(`Invalid body: ticked: the rubric has ${total} items`);
    }
    const payload = { index, ticked, total };
    await practice.engine.append(ctx, user.id, [{ type: PracticeEvent.Checklist, payload }]);
    await practice.engine.sync(ctx);
  });
}
