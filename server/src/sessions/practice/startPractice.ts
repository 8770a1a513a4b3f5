import {
  LOOP_PRESETS,
  PracticeEvent,
  type StartPracticeRequest,
  type StartPracticeResponse,
  type User,
} from '@mockloop/shared';
import { buildPracticeState } from './buildPracticeState';
import type { Practice } from './createPractice';
import type { PlannedRound } from './practiceLog';
import { practiceErrors } from './practiceErrors';

/** Turns requested rounds into the plan; 404 `question_not_in_bank` names a missing id. */
export function planRounds(
  practice: Practice,
  rounds: StartPracticeRequest['rounds'],
): PlannedRound[] {
  return rounds.map(({ questionId, minutes }) => {
    const question = practice.engine.deps.bank.publicView(questionId);
    if (!question) throw practiceErrors.notInBank(questionId, 404);
    return {
      questionId,
      kind: question.kind,
      title: question.title,
      minutes: minutes ?? question.timeLimitMinutes,
    };
  });
}

function titleFor(plan: PlannedRound[], presetId: string | undefined): string {
  const preset = LOOP_PRESETS.find((p) => p.id === presetId);
  if (preset) return preset.title;
  const [only] = plan;
  return plan.length === 1 && only ? only.title : 'Practice loop';
}

/** Creates the session, writes its plan and starts the first round. */
export async function startPractice(
  practice: Practice,
  user: User,
  plan: PlannedRound[],
  presetId?: string,
): Promise<StartPracticeResponse> {
  const { engine } = practice;
  const created = await engine.deps.store.createSession({
    kind: 'practice',
    title: titleFor(plan, presetId),
    createdBy: user.id,
    participants: [{ userId: user.id, role: 'candidate' }],
  });
  return engine.mutate(created.id, async (ctx) => {
    await engine.append(ctx, user.id, [{ type: PracticeEvent.Plan, payload: { rounds: plan } }]);
    await engine.startRounds(ctx, 0, ctx.now, user.id);
    await engine.sync(ctx);
    return { session: ctx.session, practice: buildPracticeState(ctx.session, ctx.log, ctx.now) };
  });
}
