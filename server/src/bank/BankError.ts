import path from 'node:path';
import type { z } from 'zod';

/** One thing wrong with one file of the bank. */
export interface BankProblem {
  /** Path of the file, relative to the bank folder (`coding/two-sum/tests.json`). */
  file: string;
  /** The field or place inside the file (`front matter.difficulty`, `hidden.3.expected`). */
  field: string;
  message: string;
}

/**
 * Every problem found while loading a bank, in one error. The server refuses to start on it
 * and `bank:check` prints it; the message names each file and field.
 */
export class BankError extends Error {
  constructor(readonly problems: BankProblem[]) {
    const lines = problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`);
    const noun = problems.length === 1 ? 'problem' : 'problems';
    super(`Invalid question bank (${problems.length} ${noun}):\n${lines.join('\n')}`);
    this.name = 'BankError';
  }
}

/** Collects problems for one bank load; `relative` turns absolute paths into bank paths. */
export class ProblemList {
  readonly items: BankProblem[] = [];
  constructor(readonly bankDir: string) {}

  add(file: string, field: string, message: string): void {
    const relative = path.relative(this.bankDir, file).split(path.sep).join('/');
    this.items.push({ file: relative || file, field, message });
  }

  /** Adds every issue of a zod error, each under `prefix.<issue path>`. */
  addZod(file: string, prefix: string, error: z.ZodError): void {
    for (const issue of error.issues) {
      const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
      this.add(file, field || '(root)', issue.message);
    }
  }
}
