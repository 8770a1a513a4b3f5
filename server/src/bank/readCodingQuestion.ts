import fs from 'node:fs/promises';
import path from 'node:path';
import {
  CodingFrontMatterSchema,
  TestsFileSchema,
  VERDICTS,
  type CodingFrontMatter,
  type Language,
  type TestCase,
} from '@mockloop/shared';
import { ProblemList } from './BankError';
import { ClassCaseShape, FunctionCaseShape } from './caseShapes';
import { hashContents, listFiles } from './hashFiles';
import { parseQuestionMarkdown } from './parseQuestionMarkdown';
import { buildViews, type LoadedQuestion } from './questionViews';
import type { CodingQuestion } from './types';

const EXTENSIONS: Record<string, Language> = { ts: 'typescript', js: 'javascript' };
const FIXTURE_NAME = new RegExp(
  `^fixtures/[a-z0-9][a-z0-9-]*\\.(${VERDICTS.join('|')})\\.(ts|js)$`,
);
const KNOWN_FILES = new Set([
  'question.md',
  'tests.json',
  'solution.ts',
  'solution.js',
  'starter.ts',
  'starter.js',
]);

/** Reads and checks `coding/<folder>/`; returns undefined (with problems recorded) if invalid. */
export async function readCodingQuestion(
  dir: string,
  sink: ProblemList,
): Promise<LoadedQuestion | undefined> {
  // Questions load concurrently: count this question's problems apart from the others'.
  const problems = new ProblemList(sink.bankDir);
  try {
    return await readChecked(dir, problems);
  } finally {
    sink.items.push(...problems.items);
  }
}

async function readChecked(
  dir: string,
  problems: ProblemList,
): Promise<LoadedQuestion | undefined> {
  const folder = path.basename(dir);
  const files = await listFiles(dir);
  for (const name of files) {
    if (!KNOWN_FILES.has(name) && !FIXTURE_NAME.test(name)) {
      problems.add(
        path.join(dir, name),
        'file name',
        'unexpected file; a coding folder holds question.md, tests.json, solution.(ts|js), ' +
          'starter.(ts|js) and fixtures/<name>.<verdict>.(ts|js)',
      );
    }
  }
  const contents = await Promise.all(
    files.map(async (name) => ({ name, content: await fs.readFile(path.join(dir, name)) })),
  );
  const text = (name: string) => contents.find((f) => f.name === name)?.content.toString('utf8');

  const questionFile = path.join(dir, 'question.md');
  const questionText = text('question.md');
  if (questionText === undefined) {
    problems.add(questionFile, 'file', 'missing');
    return undefined;
  }
  const parsed = parseQuestionMarkdown(questionText);
  if (!parsed.ok) {
    for (const p of parsed.problems) problems.add(questionFile, p.field, p.message);
    return undefined;
  }
  const fm = CodingFrontMatterSchema.safeParse(parsed.value.frontMatter);
  if (!fm.success) {
    problems.addZod(questionFile, 'front matter', fm.error);
    return undefined;
  }
  const frontMatter = fm.data;
  if (frontMatter.id !== folder) {
    problems.add(
      questionFile,
      'front matter.id',
      `"${frontMatter.id}" must equal the folder name "${folder}"`,
    );
  }
  if (!parsed.value.prompt)
    problems.add(questionFile, 'prompt', 'the prompt before the first ## heading is empty');

  const cases = readTests(path.join(dir, 'tests.json'), text('tests.json'), frontMatter, problems);
  const solutions = byLanguage('solution', text);
  const starters = byLanguage('starter', text);
  if (Object.keys(solutions).length === 0) {
    problems.add(
      path.join(dir, 'solution.ts'),
      'file',
      'missing: a reference solution is required',
    );
  }
  if (!cases || problems.items.length > 0) return undefined;

  const contentHash = hashContents(contents);
  const coding: CodingQuestion = {
    id: frontMatter.id,
    frontMatter,
    examples: cases.examples,
    hidden: cases.hidden,
    solutions,
    starters,
    dir,
    contentHash,
  };
  return buildViews(frontMatter, parsed.value, contentHash, coding);
}

function byLanguage(
  base: string,
  text: (name: string) => string | undefined,
): Partial<Record<Language, string>> {
  const result: Partial<Record<Language, string>> = {};
  for (const [ext, language] of Object.entries(EXTENSIONS)) {
    const source = text(`${base}.${ext}`);
    if (source !== undefined) result[language] = source;
  }
  return result;
}

function readTests(
  file: string,
  source: string | undefined,
  frontMatter: CodingFrontMatter,
  problems: ProblemList,
): { examples: TestCase[]; hidden: TestCase[] } | undefined {
  if (source === undefined) {
    problems.add(file, 'file', 'missing');
    return undefined;
  }
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    problems.add(
      file,
      '(root)',
      `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
  const shape = TestsFileSchema.safeParse(json);
  if (!shape.success) {
    problems.addZod(file, '', shape.error);
    return undefined;
  }
  const schema = frontMatter.style === 'class' ? ClassCaseShape : FunctionCaseShape;
  const names = new Set<string>();
  const check = (group: 'examples' | 'hidden', raw: unknown[]): TestCase[] =>
    raw.flatMap((candidate, index) => {
      const result = schema.safeParse(candidate);
      if (!result.success) {
        problems.addZod(file, `${group}.${index}`, result.error);
        return [];
      }
      const testCase: TestCase = result.data;
      if (names.has(testCase.name)) {
        problems.add(file, `${group}.${index}.name`, `"${testCase.name}" is used by another case`);
      }
      names.add(testCase.name);
      if ('calls' in testCase && testCase.calls[0]?.[0] !== frontMatter.entry) {
        problems.add(
          file,
          `${group}.${index}.calls.0.0`,
          `the first call must construct "${frontMatter.entry}"`,
        );
      }
      return [testCase];
    });
  return {
    examples: check('examples', shape.data.examples),
    hidden: check('hidden', shape.data.hidden),
  };
}
