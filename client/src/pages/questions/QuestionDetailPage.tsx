import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { PublicQuestion } from '@mockloop/shared';
import { apiFetch } from '../../api/http';
import { QuestionProse } from './QuestionProse';
import { QuestionBadges } from './QuestionBadges';
import { QuestionExamples } from './QuestionExamples';
import { RevealableHints } from './RevealableHints';
import './QuestionDetailPage.css';

type Load =
  | { state: 'loading' }
  | { state: 'error'; message: string }
  | { state: 'ready'; question: PublicQuestion };

function useQuestion(id: string): Load {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    apiFetch<PublicQuestion>(`/api/questions/${encodeURIComponent(id)}`).then(
      (question) => live && setLoad({ state: 'ready', question }),
      (error: unknown) =>
        live &&
        setLoad({
          state: 'error',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  return load;
}

/** One question's public view: prompt, public sections, examples, hints, and a way to practise. */
export function QuestionDetailPage() {
  const { id = '' } = useParams();
  // A new id starts a fresh load (and fresh hints) by remounting the body.
  return <QuestionDetail key={id} id={id} />;
}

function QuestionDetail({ id }: { id: string }) {
  const load = useQuestion(id);
  if (load.state === 'loading') return <p role="status">Loading question…</p>;
  if (load.state === 'error') {
    return (
      <section>
        <h1>Cannot open this question</h1>
        <p className="error-text" role="alert">
          {load.message}
        </p>
        <Link to="/questions">Back to the questions</Link>
      </section>
    );
  }
  const { question } = load;
  return (
    <article className="question-detail">
      <p className="back-link">
        <Link to="/questions">← All questions</Link>
      </p>
      <header>
        <h1>{question.title}</h1>
        <QuestionBadges {...question} />
        {question.tags.length > 0 && (
          <p className="muted">Tags: {question.tags.map((t) => `#${t}`).join(' ')}</p>
        )}
      </header>
      <p>
        <Link className="practise-link" to={`/practice/${question.id}`}>
          Practise this
        </Link>{' '}
        <span className="muted">(a {question.timeLimitMinutes}-minute timed round)</span>
      </p>
      <QuestionProse question={question} />
      {question.coding && <QuestionExamples coding={question.coding} />}
      <RevealableHints hints={question.hints} />
    </article>
  );
}
