export {
  createJudge,
  JudgeBusyError,
  JudgeClosedError,
  WORKER_MEMORY_OVERHEAD_MB,
} from './createJudge';
export type { Judge, JudgeOptions, JudgeTask } from './createJudge';
