import fs from 'node:fs/promises';
import path from 'node:path';
import { BankError, ProblemList } from './BankError';
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
 * Reads every question under `dir` and checks it. All problems, from every file, are gathered
 * into one `BankError` that names each file and field; nothing loads from an invalid bank.
 */
export async function loadBank(dir: string): Promise<QuestionBank> {
  return createBankIndex(await loadQuestions(dir));
}

/** The checked questions of a bank, for tools (`bank:check`) that need more than the index. */
export async function loadQuestions(dir: string): Promise<LoadedQuestion[]> {
  const root = path.resolve(dir);
  const problems = new ProblemList(root);
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) {
    problems.add(root, 'folder', 'the question bank folder does not exist');
    throw new BankError(problems.items);
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
  const questions = (await Promise.all(pending)).filter((q) => q !== undefined);

  const seen = new Map<string, string>();
  for (const q of questions) {
    const { id, kind } = q.publicView;
    const where = kind === 'coding' ? `coding/${id}/question.md` : `${kind}/${id}.md`;
    const other = seen.get(id);
    if (other)
      problems.add(path.join(root, where), 'front matter.id', `"${id}" is also used by ${other}`);
    seen.set(id, where);
  }
  if (problems.items.length > 0) {
    problems.items.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    throw new BankError(problems.items);
  }
  return questions;
}
