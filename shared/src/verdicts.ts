/** Judge verdicts, fixed by the architecture. Order of cases decides a submission's verdict. */
export const Verdict = {
  Accepted: 'accepted',
  WrongAnswer: 'wrong_answer',
  TimeLimitExceeded: 'time_limit_exceeded',
  MemoryLimitExceeded: 'memory_limit_exceeded',
  RuntimeError: 'runtime_error',
  CompileError: 'compile_error',
} as const;
export type Verdict = (typeof Verdict)[keyof typeof Verdict];

export const VERDICTS = Object.values(Verdict) as [Verdict, ...Verdict[]];
