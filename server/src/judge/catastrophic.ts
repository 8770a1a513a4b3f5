/** Written to stderr by a worker before it aborts, so the supervisor can tell memory exhaustion from a crash. */
export const CATASTROPHIC_MARKER = 'MOCKLOOP_JUDGE_CATASTROPHIC';
