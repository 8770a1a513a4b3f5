import fs from 'node:fs/promises';
import path from 'node:path';
import { BankError, ProblemList, type BankProblem } from './BankError';
import { createBankIndex } from './createBankIndex';
import type { LoadedQuestion } from './questionViews';
import { readCodingQuestion } from './readCodingQuestion';
import { readDiscussionQuestion } from './readDiscussionQuestion';
import type { QuestionBank } from './types';

const KIND_FOLDERS = ['coding', 'behavioral', 'system-design'] as const;

async function entriesOf(dir: string) {
  try {
    return await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Reads every question of the built-in bank under `dir` and of each team bank in `teamDirs`
 * (`QUESTION_BANK_DIRS`), and checks them. All problems, from every file of every bank, are
 * gathered into one `BankError` that names each file and field; nothing loads from an invalid
 * bank, and an id used by two banks is refused.
 */
export async function loadBank(
  dir: string,
  teamDirs: readonly string[] = [],
): Promise<QuestionBank> {
  return createBankIndex(await loadQuestions(dir, teamDirs));
}

/** The checked questions of every bank; throws a `BankError` if any file is invalid. */
export async function loadQuestions(
  dir: string,
  teamDirs: readonly string[] = [],
): Promise<LoadedQuestion[]> {
  const banks = [
    { dir, name: null },
    ...teamDirs.map((teamDir) => ({ dir: teamDir, name: teamBankName(teamDir) })),
  ];
  const questions: LoadedQuestion[] = [];
  const problems: BankProblem[] = [];
  const seen = new Map<string, string>();
  for (const bank of banks) {
    const read = await readBank(bank.dir);
    const inBank = (file: string) => (bank.name ? `${bank.name}/${file}` : file);
    problems.push(...read.problems.map((p) => ({ ...p, file: inBank(p.file) })));
    for (const question of read.questions) {
      const { id } = question.publicView;
      const file = inBank(questionFile(question));
      const other = seen.get(id);
      if (other) {
        problems.push({
          file,
          field: 'front matter.id',
          message: `"${id}" is also used by ${other}`,
        });
        continue;
      }
      seen.set(id, file);
      questions.push(bank.name ? fromTeamBank(question, bank.name) : question);
    }
  }
  if (problems.length > 0) throw new BankError(problems);
  return questions;
}

/** A team bank is named after its folder (`/srv/acme-questions` is `acme-questions`). */
export function teamBankName(dir: string): string {
  return path.basename(path.resolve(dir));
}

function fromTeamBank(question: LoadedQuestion, bank: string): LoadedQuestion {
  return {
    ...question,
    publicView: { ...question.publicView, bank },
    interviewerView: { ...question.interviewerView, bank },
  };
}

function questionFile({ publicView: { id, kind } }: LoadedQuestion): string {
  return kind === 'coding' ? `coding/${id}/question.md` : `${kind}/${id}.md`;
}

/**
 * Reads a bank without throwing on invalid files: the questions that are valid, and every
 * problem found (sorted by file). `bank:check` uses it to go on checking the valid questions.
 */
export async function readBank(
  dir: string,
): Promise<{ questions: LoadedQuestion[]; problems: BankProblem[] }> {
  const root = path.resolve(dir);
  const problems = new ProblemList(root);
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) {
    problems.add(root, 'folder', 'the question bank folder does not exist');
    return { questions: [], problems: problems.items };
  }
  const pending: Promise<LoadedQuestion | undefined>[] = [];
  for (const kind of KIND_FOLDERS) {
    const kindDir = path.join(root, kind);
    for (const entry of await entriesOf(kindDir)) {
      const full = path.join(kindDir, entry.name);
      if (kind === 'coding' && entry.isDirectory()) {
        pending.push(readCodingQuestion(full, problems));
      } else if (kind !== 'coding' && entry.isFile() && entry.name.endsWith('.md')) {
        pending.push(readDiscussionQuestion(full, kind, problems));
      } else if (!entry.name.startsWith('.')) {
        const expected = kind === 'coding' ? 'a folder per question' : '<id>.md files';
        problems.add(full, 'file name', `unexpected entry; ${kind}/ holds ${expected}`);
      }
    }
  }
  const questions: LoadedQuestion[] = [];
  const seen = new Map<string, string>();
  for (const q of await Promise.all(pending)) {
    if (!q) continue;
    const { id } = q.publicView;
    const where = questionFile(q);
    const other = seen.get(id);
    if (other) {
      problems.add(path.join(root, where), 'front matter.id', `"${id}" is also used by ${other}`);
      continue;
    }
    seen.set(id, where);
    questions.push(q);
  }
  problems.items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { questions, problems: problems.items };
}
