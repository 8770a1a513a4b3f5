import { lazy, Suspense, useRef, useState } from 'react';
import type {
  Language,
  PublicQuestion,
  RoundState,
  RunMode,
  PublicRunResult,
} from '@mockloop/shared';
import { OfflineNotice } from '../../rounds/OfflineNotice';
import { ShortcutHelp } from '../../rounds/ShortcutHelp';
import { useRoundShortcuts } from '../../rounds/useRoundShortcuts';
import { ResultsPanel } from '../practice/ResultsPanel';
import { QuestionExamples } from '../questions/QuestionExamples';
import { CustomRunPanel } from './CustomRunPanel';
import { RoundPrompt } from './RoundPrompt';
import { useJudge } from './useJudge';
import { useRoundWork } from './useRoundWork';
import '../practice/PracticePage.css';

const CodeEditor = lazy(() => import('../../editor/CodeEditor'));

export interface RoundViewProps {
  sessionId: string;
  round: RoundState;
  question: PublicQuestion;
  /** The server refused something because the round is over: reload the state. */
  onRoundOver: () => void;
  /** Gives the page a way to save the latest work before it ends the round. */
  registerSave: (save: () => Promise<void>) => void;
}

function latestResult(round: RoundState): PublicRunResult | null {
  const { lastRun, lastSubmit } = round;
  if (!lastRun || !lastSubmit) return (lastRun ?? lastSubmit)?.result ?? null;
  return lastRun.at > lastSubmit.at ? lastRun.result : lastSubmit.result;
}

function initialDraft(round: RoundState, question: PublicQuestion) {
  if (round.draft?.kind === 'coding') return round.draft;
  const language: Language =
    question.coding?.starters.typescript !== undefined ? 'typescript' : 'javascript';
  return { kind: 'coding' as const, language, code: question.coding?.starters[language] ?? '' };
}

/** A timed coding round: prompt and examples, Monaco, Run / Submit, hints; the code autosaves. */
export function CodingRoundView(props: RoundViewProps) {
  const { sessionId, round, question, onRoundOver } = props;
  const saved = useRoundWork(props, () => initialDraft(round, question));
  const { draft, setDraft: saveDraftLater } = saved;
  // A shortcut pressed right after typing runs before React renders again: it reads this.
  const current = useRef(draft);
  function setDraft(next: typeof draft) {
    current.current = next;
    saveDraftLater(next);
  }
  const runner = useJudge(latestResult(round), onRoundOver);
  // Bumped when a language switch loads a starter: remounts Monaco with that text.
  const [editorGeneration, setEditorGeneration] = useState(0);

  function handleRun(mode: RunMode) {
    if (runner.pending) return;
    runner.judge(mode, {
      sessionId,
      questionId: question.id,
      language: current.current.language,
      code: current.current.code,
    });
  }
  useRoundShortcuts({ onRun: () => handleRun('run'), onSubmit: () => handleRun('submit') });

  function handleLanguage(language: Language) {
    const untouched = draft.code === (question.coding?.starters[draft.language] ?? '');
    const code = untouched ? (question.coding?.starters[language] ?? '') : draft.code;
    setDraft({ kind: 'coding', language, code });
    if (untouched) setEditorGeneration((n) => n + 1);
  }

  function handleReset() {
    setDraft({
      kind: 'coding',
      language: draft.language,
      code: question.coding?.starters[draft.language] ?? '',
    });
    setEditorGeneration((n) => n + 1);
  }

  return (
    <div className="practice">
      <RoundPrompt {...props} label="Question" className="practice-prompt card">
        {question.coding && <QuestionExamples coding={question.coding} />}
      </RoundPrompt>
      <section className="practice-work" aria-label="Your solution">
        <div className="practice-toolbar">
          <label>
            Language{' '}
            <select
              value={draft.language}
              onChange={(e) =>
                handleLanguage(e.target.value === 'javascript' ? 'javascript' : 'typescript')
              }
            >
              <option value="typescript">TypeScript</option>
              <option value="javascript">JavaScript</option>
            </select>
          </label>
          <button type="button" className="secondary" onClick={handleReset}>
            Reset to starter
          </button>
          <ShortcutHelp />
          <span className="practice-spacer" />
          <button
            type="button"
            className="secondary"
            onClick={() => handleRun('run')}
            disabled={runner.pending !== null}
          >
            {runner.pending === 'run' ? 'Running…' : 'Run examples'}
          </button>
          <button
            type="button"
            onClick={() => handleRun('submit')}
            disabled={runner.pending !== null}
          >
            {runner.pending === 'submit' ? 'Judging…' : 'Submit'}
          </button>
        </div>
        <OfflineNotice status={saved.status} />
        <div className="practice-editor">
          <Suspense fallback={<p>Loading editor…</p>}>
            <CodeEditor
              key={`${draft.language}:${editorGeneration}`}
              initialValue={draft.code}
              language={draft.language}
              onChange={(code) => setDraft({ kind: 'coding', language: draft.language, code })}
              label={`${question.title} solution`}
            />
          </Suspense>
        </div>
        {runner.problem && (
          <p className="error-text" role="alert">
            {runner.problem.message}
          </p>
        )}
        {runner.result && <ResultsPanel result={runner.result} />}
        <CustomRunPanel
          sessionId={sessionId}
          question={question}
          currentCode={() => ({ language: current.current.language, code: current.current.code })}
          onRoundOver={onRoundOver}
        />
      </section>
    </div>
  );
}
