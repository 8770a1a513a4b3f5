/**
 * Judges one file against one question of the bank and prints the result as JSON:
 *
 *   npm run judge --silent -- --question <id> --file <path> [--mode run|submit] [--bank <dir>]
 *
 * Exits 0 whatever the verdict; exits 2 with a one-line reason on stderr for an unknown question,
 * an unreadable file, bad flags or an invalid bank.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Language, RunMode, RunResult } from '@mockloop/shared';
import { loadBank } from '../src/bank/loadBank';
import { createJudge } from '../src/judge';

class UsageError extends Error {}

const USAGE = 'usage: judge --question <id> --file <path> [--mode run|submit] [--bank <dir>]';
const LANGUAGE_BY_EXTENSION: Record<string, Language> = {
  '.js': 'javascript',
  '.ts': 'typescript',
};

interface CliOptions {
  questionId: string;
  file: string;
  mode: RunMode;
  bankDir: string;
  language: Language;
}

function readOptions(argv: string[]): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        question: { type: 'string' },
        file: { type: 'string' },
        mode: { type: 'string', default: 'submit' },
        bank: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0] ?? 'bad flags'}; ${USAGE}`);
  }
  if (!values.question) throw new UsageError(`--question is required; ${USAGE}`);
  if (!values.file) throw new UsageError(`--file is required; ${USAGE}`);
  if (values.mode !== 'run' && values.mode !== 'submit') {
    throw new UsageError(`--mode must be run or submit, not "${values.mode}"`);
  }
  const language = LANGUAGE_BY_EXTENSION[path.extname(values.file).toLowerCase()];
  if (!language) throw new UsageError(`cannot tell the language of ${values.file}: use .js or .ts`);
  const bankDir = values.bank ?? (process.env.QUESTION_BANK_DIR || './question-bank');
  return { questionId: values.question, file: values.file, mode: values.mode, bankDir, language };
}

/** The architecture's output shape; `skipped` is added only for cases that never ran. */
function printable(result: RunResult) {
  return {
    verdict: result.verdict,
    passed: result.passed,
    total: result.total,
    tests: result.tests.map((t) => ({
      name: t.name,
      hidden: t.hidden,
      verdict: t.verdict,
      timeMs: t.timeMs,
      ...(t.message === undefined ? {} : { message: t.message }),
      ...(t.skipped ? { skipped: true } : {}),
    })),
  };
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  const code = await fs.readFile(options.file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new UsageError(`cannot read ${options.file}: ${error.code ?? error.message}`);
  });
  const bank = await loadBank(path.resolve(options.bankDir)).catch((error: Error) => {
    throw new UsageError(
      `cannot load the question bank at ${options.bankDir}: ${error.message.split('\n').join(' ')}`,
    );
  });
  const question = bank.coding(options.questionId);
  if (!question)
    throw new UsageError(`unknown coding question "${options.questionId}" in ${options.bankDir}`);

  const judge = createJudge({ concurrency: 1, queueLimit: 1 });
  try {
    const result = await judge.run({
      question,
      language: options.language,
      code,
      mode: options.mode,
    });
    process.stdout.write(`${JSON.stringify(printable(result))}\n`);
  } finally {
    await judge.close();
  }
}

main().then(
  () => {
    process.exitCode = 0;
  },
  (error: unknown) => {
    const reason = error instanceof UsageError ? error.message : `judge failed: ${String(error)}`;
    process.stderr.write(`${reason.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = 2;
  },
);
