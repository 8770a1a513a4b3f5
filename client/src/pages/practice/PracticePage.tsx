import { lazy, Suspense, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Language, PublicQuestion, RunMode, RunResult } from '@mockloop/shared';
import { apiFetch, ApiError } from '../../api/http';
import { QuestionBadges } from '../questions/QuestionBadges';
import { QuestionProse } from '../questions/QuestionProse';
import { RevealableHints } from '../questions/RevealableHints';
import { ResultsPanel } from './ResultsPanel';
import { useDraft } from './useDraft';
import './PracticePage.css';

const CodeEditor = lazy(() => import('../../editor/CodeEditor'));

type Load =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; question: PublicQuestion };

function useQuestion(id: string): Load {
  const [result, setResult] = useState<{ id: string; load: Load } | null>(null);
  useEffect(() => {
    let live = true;
    apiFetch<PublicQuestion>(`/api/questions/${encodeURIComponent(id)}`).then(
      (question) => live && setResult({ id, load: { state: 'ready', question } }),
      (error: unknown) =>
        live &&
        setResult({
          id,
          load: { state: 'error', message: error instanceof Error ? error.message : String(error) },
        }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return result?.id === id ? result.load : { state: 'loading' };
}

/** A solo coding round: the prompt, an editor, Run (examples) and Submit (hidden tests too). */
export function PracticePage() {
  const { id = '' } = useParams();
  const load = useQuestion(id);
  if (load.state === 'loading') return <p>Loading question…</p>;
  if (load.state === 'error') {
    return (
      <section>
        <h1>Cannot open this question</h1>
        <p className="error-text">{load.message}</p>
        <Link to="/questions">Back to the questions</Link>
      </section>
    );
  }
  if (!load.question.coding) {
    return (
      <section>
        <h1>{load.question.title}</h1>
        <p>This is not a coding question; open it from the question page.</p>
        <Link to={`/questions/${load.question.id}`}>Open the question</Link>
      </section>
    );
  }
  return <CodingRound question={load.question} />;
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
  const [result, setResult] = useState<RunResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function judge(mode: RunMode) {
    setPending(mode);
    setError(null);
    try {
      const body = JSON.stringify({ questionId: question.id, language, code, mode });
      setResult(await apiFetch<RunResult>('/api/runs', { method: 'POST', body }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The run failed; try again.');
    } finally {
      setPending(null);
    }
  }

  return (
    <div className="practice">
      <section className="practice-prompt card" aria-label="Question">
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
