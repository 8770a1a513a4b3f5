export { createJudge, JudgeBusyError, JudgeClosedError } from './createJudge';
export type { Judge, JudgeOptions, JudgeTask } from './createJudge';
