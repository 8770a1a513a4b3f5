import { useCallback, useEffect, useRef, useState } from 'react';
import type { Language, RunMode, PublicRunResult } from '@mockloop/shared';
import { describeProblem, type RoundProblem } from './roundErrors';
import { runInSession } from '../../api/practice';

export interface JudgeRequest {
  sessionId: string;
  questionId: string;
  language: Language;
  code: string;
}

export interface Judge {
  pending: RunMode | null;
  result: PublicRunResult | null;
  problem: RoundProblem | null;
  judge: (mode: RunMode, request: JudgeRequest) => void;
}

const MAX_BUSY_RETRIES = 3;

/**
 * Run and Submit through `POST /api/runs` in the session. A busy judge is retried after its
 * `Retry-After` (a few times); other problems are shown as they are.
 */
export function useJudge(initial: PublicRunResult | null, onRoundOver: () => void): Judge {
  const [pending, setPending] = useState<RunMode | null>(null);
  const [result, setResult] = useState(initial);
  const [problem, setProblem] = useState<RoundProblem | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(retryTimer.current), []);

  const judge = useCallback(
    function send(mode: RunMode, request: JudgeRequest, attempt = 0) {
      clearTimeout(retryTimer.current);
      setPending(mode);
      setProblem(null);
      runInSession({ ...request, mode }).then(
        (answer) => {
          setResult(answer);
          setPending(null);
        },
        (error: unknown) => {
          const described = describeProblem(error);
          setProblem(described);
          if (described.retryAfterS !== undefined && attempt < MAX_BUSY_RETRIES) {
            retryTimer.current = setTimeout(
              () => send(mode, request, attempt + 1),
              described.retryAfterS * 1000,
            );
            return;
          }
          setPending(null);
          if (described.roundOver) onRoundOver();
        },
      );
    },
    [onRoundOver],
  );
  return { pending, result, problem, judge };
}
