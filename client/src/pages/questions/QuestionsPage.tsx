import { useCallback, useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { QuestionSummary } from '@mockloop/shared';
import { useQuestionList } from '../../api/questions';
import type { QuestionListParams } from '../../api/queryKeys';
import { QuestionBadges } from './QuestionBadges';
import { QuestionFilters, type FilterValues } from './QuestionFilters';
import './QuestionsPage.css';

const PAGE_SIZE = 20;
const FILTER_KEYS = ['kind', 'difficulty', 'competency', 'tag', 'q'] as const;

function readFilters(params: URLSearchParams): FilterValues {
  const get = (key: string) => params.get(key) ?? '';
  return {
    kind: get('kind'),
    difficulty: get('difficulty'),
    competency: get('competency'),
    tag: get('tag'),
    q: get('q'),
  };
}

/** The API request for the filters and page in the address; empty filters are left out. */
function toListParams(params: URLSearchParams): QuestionListParams {
  const filters = readFilters(params);
  const request: QuestionListParams = {
    offset: (readPage(params) - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
  for (const key of FILTER_KEYS) if (filters[key]) request[key] = filters[key];
  return request;
}

function readPage(params: URLSearchParams): number {
  const page = Number(params.get('page') ?? '1');
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** The question bank: filters, text search, badges and paging; the filters live in the address. */
export function QuestionsPage() {
  const [params, setParams] = useSearchParams();
  const filters = readFilters(params);
  const page = readPage(params);

  // The address's own string keeps the request (and its query key) stable between renders.
  const search = params.toString();
  const listParams = useMemo(() => toListParams(new URLSearchParams(search)), [search]);
  const load = useQuestionList(listParams);

  const changeFilters = useCallback(
    (change: Partial<FilterValues>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(change)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          next.delete('page');
          return next;
        },
        // Filters replace the history entry: typing a search should not fill the back button.
        { replace: true },
      );
    },
    [setParams],
  );
  const goToPage = (target: number) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (target > 1) next.set('page', String(target));
      else next.delete('page');
      return next;
    });

  const { data } = load;
  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const first = data && data.total > 0 ? data.offset + 1 : 0;
  const last = data ? data.offset + data.items.length : 0;

  return (
    <section className="questions-page" aria-busy={load.isFetching}>
      <h1>Questions</h1>
      <QuestionFilters values={filters} onChange={changeFilters} />
      {load.isError && (
        <p className="error-text" role="alert">
          Could not load questions: {load.error.message}
        </p>
      )}
      <p className="questions-count" role="status" aria-live="polite">
        {data
          ? data.total === 0
            ? 'No questions match these filters.'
            : `Showing ${first}–${last} of ${data.total} questions`
          : 'Loading questions…'}
      </p>
      {data && data.items.length > 0 && (
        <ul className="question-list">
          {data.items.map((question) => (
            <QuestionCard
              key={question.id}
              question={question}
              onTag={(tag) => changeFilters({ tag })}
            />
          ))}
        </ul>
      )}
      {data && pages > 1 && (
        <nav className="pager" aria-label="Pages">
          <button
            type="button"
            className="secondary"
            disabled={page <= 1}
            onClick={() => goToPage(page - 1)}
          >
            Previous
          </button>
          <span>
            Page {page} of {pages}
          </span>
          <button
            type="button"
            className="secondary"
            disabled={page >= pages}
            onClick={() => goToPage(page + 1)}
          >
            Next
          </button>
        </nav>
      )}
    </section>
  );
}

function QuestionCard({
  question,
  onTag,
}: {
  question: QuestionSummary;
  onTag: (tag: string) => void;
}) {
  return (
    <li className="card question-card">
      <h2>
        <Link to={`/questions/${question.id}`}>{question.title}</Link>
      </h2>
      <QuestionBadges
        kind={question.kind}
        difficulty={question.difficulty}
        competencies={question.competencies}
        timeLimitMinutes={question.timeLimitMinutes}
      />
      {question.tags.length > 0 && (
        <ul className="question-tags" aria-label="Tags">
          {question.tags.map((tag) => (
            <li key={tag}>
              <button
                type="button"
                className="tag"
                onClick={() => onTag(tag)}
                aria-label={`Filter by tag ${tag}`}
              >
                #{tag}
              </button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
