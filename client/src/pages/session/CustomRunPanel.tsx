import { useState } from 'react';
import type { CustomRunResult, Language, PublicQuestion } from '@mockloop/shared';
import { runCustomInput } from '../../api/practice';
import { CustomInput } from '../../rounds/CustomInput';
import type { CustomInput as ParsedInput } from '../../rounds/parseCustomInput';
import { describeProblem } from './roundErrors';

const OUTCOME_LABELS: Record<CustomRunResult['outcome'], string> = {
  ran: 'Ran',
  runtime_error: 'Runtime error',
  time_limit_exceeded: 'Time limit exceeded',
  memory_limit_exceeded: 'Memory limit exceeded',
  compile_error: 'Compile error',
};

export interface CustomRunPanelProps {
  sessionId: string;
  question: PublicQuestion;
  /** The code as it is now (read at the moment of the run, not of the last render). */
  currentCode: () => { language: Language; code: string };
  onRoundOver: () => void;
}

/** Runs the code on the person's own arguments or calls and shows what came back: no verdict. */
export function CustomRunPanel({
  sessionId,
  question,
  currentCode,
  onRoundOver,
}: CustomRunPanelProps) {
  const [input, setInput] = useState<ParsedInput | null>(null);
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<CustomRunResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const coding = question.coding;
  if (!coding) return null;

  async function handleRun() {
    if (!input || pending) return;
    setPending(true);
    setProblem(null);
    try {
      const own = input.style === 'function' ? { args: input.args } : { calls: input.calls };
      setResult(
        await runCustomInput({ sessionId, questionId: question.id, ...currentCode(), input: own }),
      );
    } catch (error) {
      const described = describeProblem(error);
      setProblem(described.message);
      if (described.roundOver) onRoundOver();
    } finally {
      setPending(false);
    }
  }

  return (
    <details className="custom-run">
      <summary>Try your own input</summary>
      <CustomInput style={coding.style} entry={coding.entry} onChange={setInput} />
      <button
        type="button"
        className="secondary"
        onClick={() => void handleRun()}
        disabled={!input || pending}
      >
        {pending ? 'Running…' : 'Run my input'}
      </button>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      {result && (
        <div className="custom-run-result" aria-live="polite" data-testid="custom-run-result">
          <p>
            <strong>{OUTCOME_LABELS[result.outcome]}</strong> in {Math.round(result.timeMs)} ms
          </p>
          {result.output !== undefined && (
            <pre tabIndex={0} aria-label="Returned">
              {JSON.stringify(result.output, null, 2)}
            </pre>
          )}
          {result.message && <pre tabIndex={0}>{result.message}</pre>}
          {result.logs && (
            <pre tabIndex={0} aria-label="Console output">
              {result.logs}
            </pre>
          )}
        </div>
      )}
    </details>
  );
}
