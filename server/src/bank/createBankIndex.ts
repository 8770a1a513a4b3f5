import { DIFFICULTIES, QUESTION_KINDS, type QuestionSummary } from '@mockloop/shared';
import type { LoadedQuestion } from './questionViews';
import type { QuestionBank, QuestionFilter } from './types';

/** Page size when a caller gives none (the HTTP route always gives one). */
export const DEFAULT_PAGE_SIZE = 500;

function summarize(question: LoadedQuestion): QuestionSummary {
  const { prompt: _p, sections: _s, hints: _h, coding, ...summary } = question.publicView;
  return { ...summary, hasStarter: Object.keys(coding?.starters ?? {}).length > 0 };
}

function rank(question: LoadedQuestion): [number, number, string] {
  const v = question.publicView;
  return [
    QUESTION_KINDS.indexOf(v.kind),
    DIFFICULTIES.indexOf(v.difficulty),
    v.title.toLowerCase(),
  ];
}

function compareRanks(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

/**
 * Indexes loaded questions for listing: filters by kind, difficulty, tag and competency, and a
 * text search where every word of `q` must appear in the question's public text. Results come
 * in a stable order (kind, difficulty, title); with `q`, title matches come first.
 */
export function createBankIndex(questions: LoadedQuestion[]): QuestionBank {
  const byId = new Map(questions.map((q) => [q.publicView.id, q]));
  const ordered = [...questions].sort((a, b) => compareRanks(rank(a), rank(b)));

  return {
    list(filter: QuestionFilter) {
      const words = (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      const matches = ordered.filter((question) => {
        const v = question.publicView;
        if (filter.kind && v.kind !== filter.kind) return false;
        if (filter.difficulty && v.difficulty !== filter.difficulty) return false;
        if (filter.tag && !v.tags.includes(filter.tag)) return false;
        if (filter.competency && !v.competencies.includes(filter.competency)) return false;
        return words.every((word) => question.searchText.includes(word));
      });
      if (words.length > 0) {
        const inTitle = (q: LoadedQuestion) =>
          words.every((word) => q.publicView.title.toLowerCase().includes(word)) ? 0 : 1;
        matches.sort((a, b) => inTitle(a) - inTitle(b));
      }
      const offset = filter.offset ?? 0;
      const limit = filter.limit ?? DEFAULT_PAGE_SIZE;
      return { items: matches.slice(offset, offset + limit).map(summarize), total: matches.length };
    },
    publicView: (id) => byId.get(id)?.publicView,
    interviewerView: (id) => byId.get(id)?.interviewerView,
    coding: (id) => byId.get(id)?.coding,
  };
}
