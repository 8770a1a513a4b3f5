import { Link, useParams } from 'react-router-dom';
import { useQuestion } from '../../api/questions';
import { QuestionProse } from './QuestionProse';
import { QuestionBadges } from './QuestionBadges';
import { QuestionExamples } from './QuestionExamples';
import { RevealableHints } from './RevealableHints';
import './QuestionDetailPage.css';

/** One question's public view: prompt, public sections, examples, hints, and a way to practise. */
export function QuestionDetailPage() {
  const { id = '' } = useParams();
  // A new id starts a fresh load (and fresh hints) by remounting the body.
  return <QuestionDetail key={id} id={id} />;
}

function QuestionDetail({ id }: { id: string }) {
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
