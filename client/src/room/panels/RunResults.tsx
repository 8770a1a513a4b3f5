import type { RoomRunResult, TestResult } from '@mockloop/shared';
import { verdictLabel } from '../../pages/practice/ResultsPanel';

/** A test of either result shape: a candidate's hidden case has no time, input or output. */
type ShownTest = Omit<TestResult, 'timeMs'> & { timeMs?: number };

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One test. `full` (the interviewer) adds the time and message of hidden cases. */
function TestRow({ test, full }: { test: ShownTest; full: boolean }) {
  const verdict = test.skipped
    ? `Not run (${verdictLabel(test.verdict)})`
    : verdictLabel(test.verdict);
  const detailed = !test.hidden;
  return (
    <li className={`test test-${test.verdict}`} data-testid="room-test-result">
      <div className="test-head">
        <span className="test-name">{test.name}</span>
        {test.hidden && <span className="badge">hidden</span>}
        <span className="test-verdict">{verdict}</span>
        {(detailed || full) && test.timeMs !== undefined && (
          <span className="test-time">{Math.round(test.timeMs)} ms</span>
        )}
      </div>
      {test.message && (detailed || full) && <pre className="test-message">{test.message}</pre>}
      {detailed && (
        <dl className="test-detail">
          {test.input !== undefined && (
            <>
              <dt>Input</dt>
              <dd>
                <code>{show(test.input)}</code>
              </dd>
            </>
          )}
          {test.expected !== undefined && (
            <>
              <dt>Expected</dt>
              <dd>
                <code>{show(test.expected)}</code>
              </dd>
            </>
          )}
          {test.actual !== undefined && (
            <>
              <dt>Actual</dt>
              <dd>
                <code>{show(test.actual)}</code>
              </dd>
            </>
          )}
          {test.logs && (
            <>
              <dt>Console{test.logsTruncated ? ' (cut short)' : ''}</dt>
              <dd>
                <pre>{test.logs}</pre>
              </dd>
            </>
          )}
        </dl>
      )}
    </li>
  );
}

/**
 * A run's results as the reader may see them. The server already cut the candidate's copy to
 * the public result; `full` is false for a candidate, so hidden cases show only name and
 * verdict here even if more arrived.
 */
export function RunResults({
  run,
  byName,
  full,
}: {
  run: RoomRunResult;
  byName: string;
  full: boolean;
}) {
  const { result } = run;
  const tests: ShownTest[] = result.tests;
  return (
    <section className="results room-results" aria-label="Results" aria-live="polite">
      <h2 className={`results-verdict verdict-${result.verdict}`} data-testid="room-run-verdict">
        {verdictLabel(result.verdict)}{' '}
        <span className="results-count">
          {result.passed} / {result.total} tests passed
        </span>
      </h2>
      <p className="muted">
        {run.mode === 'submit' ? 'Submitted' : 'Run'} by {byName} ({run.language})
      </p>
      <ol className="tests">
        {tests.map((test, index) => (
          <TestRow key={index} test={test} full={full} />
        ))}
      </ol>
    </section>
  );
}
