import { PracticeEvent, type JsonValue } from '@mockloop/shared';
import type { QuestionBank } from '../../bank/types';
import { publicRunResult } from '../../http/routes/runs';
import { JudgeClosedError } from '../../judge';
import type { Logger } from '../../logger';
import { emptyVerdict, type PracticeEngine } from './PracticeEngine';
import type { RoundJudge } from './RoundJudge';

/**
 * Records the verdict of a closed coding round: submits its highest-revision draft [ST3] and
 * writes `round:verdict`. One judging per round at a time on this node.
 */
export class RoundVerdicts {
  private readonly pending = new Map<string, Promise<void>>();
  private closed = false;

  constructor(
    private readonly engine: PracticeEngine,
    private readonly roundJudge: RoundJudge,
    private readonly bank: QuestionBank,
    private readonly log: Logger,
  ) {}

  /** Resolves once the verdict is recorded (or the server is closing). */
  record(sessionId: string, index: number): Promise<void> {
    const key = `${sessionId}#${index}`;
    const existing = this.pending.get(key);
    if (existing) return existing;
    const work = this.judge(sessionId, index)
      .catch((error: unknown) => {
        // [ST4] Left without a verdict, the round is judged again at the next start-up.
        if (!(error instanceof JudgeClosedError)) {
          this.log.error({ err: error, sessionId, index }, 'recording a round verdict failed');
        }
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, work);
    return work;
  }

  /** Settles once no verdict is being judged or written. */
  async idle(): Promise<void> {
    while (this.pending.size > 0) await Promise.all([...this.pending.values()]);
  }

  /**
   * Stops recording: a verdict that arrives later is dropped and the round judged again after
   * the next start-up, so closing never waits for a sandbox.
   */
  close(): void {
    this.closed = true;
  }

  private async judge(sessionId: string, index: number): Promise<void> {
    const { log } = await this.engine.read(sessionId);
    const round = log.rounds[index];
    const planned = log.plan[index];
    if (!round || !planned || round.verdict || this.closed) return;
    const draft = round.draft?.draft;
    const question = this.bank.coding(planned.questionId);
    let verdict: JsonValue = emptyVerdict(index);
    if (draft?.kind === 'coding' && question) {
      this.log.info({ sessionId, index }, 'judging a closed round');
      const raw = await this.roundJudge.run({
        question,
        language: draft.language,
        code: draft.code,
        mode: 'submit',
      });
      const result = publicRunResult(raw);
      verdict = {
        index,
        verdict: result.verdict,
        passed: result.passed,
        total: result.total,
        result: result as unknown as JsonValue,
        language: draft.language,
      };
    }
    if (this.closed) return;
    await this.engine.mutate(sessionId, async (ctx) => {
      if (ctx.log.rounds[index]?.verdict) return;
      await this.engine.append(ctx, null, [{ type: PracticeEvent.RoundVerdict, payload: verdict }]);
      await this.engine.sync(ctx);
    });
  }
}
