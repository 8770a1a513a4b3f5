import type { RunResult, TestResult, Verdict } from '@mockloop/shared';
import { CompileErrorNote, compileErrorOf } from './CompileErrorNote';
import './ResultsPanel.css';

const VERDICT_LABELS: Record<Verdict, string> = {
  accepted: 'Accepted',
  wrong_answer: 'Wrong answer',
  time_limit_exceeded: 'Time limit exceeded',
  memory_limit_exceeded: 'Memory limit exceeded',
  runtime_error: 'Runtime error',
  compile_error: 'Compile error',
};

export function verdictLabel(verdict: Verdict): string {
  return VERDICT_LABELS[verdict];
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function TestRow({ test }: { test: TestResult }) {
  const detail = !test.hidden && (test.input !== undefined || test.message || test.logs);
  return (
    <li className={`test test-${test.verdict}`} data-testid="test-result">
      <div className="test-head">
        <span className="test-name">{test.name}</span>
        {test.hidden && <span className="badge">hidden</span>}
        <span className="test-verdict">
          {test.skipped ? `Not run (${verdictLabel(test.verdict)})` : verdictLabel(test.verdict)}
        </span>
        <span className="test-time">{Math.round(test.timeMs)} ms</span>
      </div>
      {test.hidden && test.message && <p className="test-message">{test.message}</p>}
      {detail && (
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
          {test.message && (
            <>
              <dt>Message</dt>
              <dd>
                <pre>{test.message}</pre>
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

/** The judge's answer: the overall verdict, then one row per test in order (or the compile error). */
export function ResultsPanel({ result }: { result: RunResult }) {
  const compileError = compileErrorOf(result);
  return (
    <section className="results" aria-label="Results" aria-live="polite">
      <h2 className={`results-verdict verdict-${result.verdict}`} data-testid="run-verdict">
        {verdictLabel(result.verdict)}
        <span className="results-count">
          {result.passed} / {result.total} tests passed
        </span>
      </h2>
      {compileError !== undefined ? (
        <CompileErrorNote message={compileError} total={result.total} />
      ) : (
        <ol className="tests">
          {result.tests.map((test) => (
            <TestRow key={`${test.hidden ? 'h' : 'e'}-${test.name}`} test={test} />
          ))}
        </ol>
      )}
    </section>
  );
}
