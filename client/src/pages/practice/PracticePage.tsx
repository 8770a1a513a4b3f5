import { lazy, Suspense, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import {
  PublicRunResultSchema,
  type Language,
  type PublicQuestion,
  type RunMode,
  type PublicRunResult,
} from '@mockloop/shared';
import { apiFetch, ApiError } from '../../api/http';
import { useQuestion } from '../../api/questions';
import { QuestionBadges } from '../questions/QuestionBadges';
import { QuestionProse } from '../questions/QuestionProse';
import { RevealableHints } from '../questions/RevealableHints';
import { ResultsPanel } from './ResultsPanel';
import { useDraft } from './useDraft';
import './PracticePage.css';

const CodeEditor = lazy(() => import('../../editor/CodeEditor'));

/** A solo coding round: the prompt, an editor, Run (examples) and Submit (hidden tests too). */
export function PracticePage() {
  const { id = '' } = useParams();
  const load = useQuestion(id);
  if (load.isPending) return <p role="status">Loading question…</p>;
  if (load.isError) {
    return (
      <section>
        <h1>Cannot open this question</h1>
        <p className="error-text" role="alert">
          {load.error.message}
        </p>
        <Link to="/questions">Back to the questions</Link>
      </section>
    );
  }
  const question = load.data;
  if (!question.coding) {
    return (
      <section>
        <h1>{question.title}</h1>
        <p>This is not a coding question; open it from the question page.</p>
        <Link to={`/questions/${question.id}`}>Open the question</Link>
      </section>
    );
  }
  return <CodingRound key={question.id} question={question} />;
}

function CodingRound({ question }: { question: PublicQuestion }) {
  const [language, setLanguage] = useState<Language>('typescript');
  const starter = question.coding?.starters[language] ?? '';
  const [code, setCode, resetDraft] = useDraft(`${question.id}:${language}`, starter);
  // Bumped on "Reset to starter" to remount the editor with the starter text.
  const [editorGeneration, setEditorGeneration] = useState(0);
  const resetCode = () => {
    resetDraft();
    setEditorGeneration((n) => n + 1);
  };
  const [pending, setPending] = useState<RunMode | null>(null);
  const [result, setResult] = useState<PublicRunResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function judge(mode: RunMode) {
    setPending(mode);
    setError(null);
    try {
      const body = JSON.stringify({ questionId: question.id, language, code, mode });
      setResult(await apiFetch('/api/runs', PublicRunResultSchema, { method: 'POST', body }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The run failed; try again.');
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="practice">
      {/* The prompt scrolls on its own; focusable so the keyboard can scroll it too. */}
      <section className="practice-prompt card" aria-label="Question" tabIndex={0}>
        <h1>{question.title}</h1>
        <QuestionBadges {...question} />
        <QuestionProse question={question} />
        <RevealableHints hints={question.hints} />
        <p className="practice-meta">
          <Link to={`/questions/${question.id}`}>Open the full question page</Link>
        </p>
      </section>
      <section className="practice-work" aria-label="Your solution">
        <div className="practice-toolbar">
          <label>
            Language{' '}
            <select value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
              <option value="typescript">TypeScript</option>
              <option value="javascript">JavaScript</option>
            </select>
          </label>
          <button
            type="button"
            className="secondary"
            onClick={resetCode}
            disabled={pending !== null}
          >
            Reset to starter
          </button>
          <span className="practice-spacer" />
          <button
            type="button"
            className="secondary"
            onClick={() => void judge('run')}
            disabled={pending !== null}
          >
            {pending === 'run' ? 'Running…' : 'Run examples'}
          </button>
          <button type="button" onClick={() => void judge('submit')} disabled={pending !== null}>
            {pending === 'submit' ? 'Judging…' : 'Submit'}
          </button>
        </div>
        <div className="practice-editor">
          <Suspense fallback={<p>Loading editor…</p>}>
            <CodeEditor
              key={`${question.id}:${language}:${editorGeneration}`}
              initialValue={code}
              language={language}
              onChange={setCode}
              label={`${question.title} solution`}
            />
          </Suspense>
        </div>
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        {result && <ResultsPanel result={result} />}
      </section>
    </div>
  );
}
