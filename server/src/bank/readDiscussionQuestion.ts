import fs from 'node:fs/promises';
import path from 'node:path';
import { DiscussionFrontMatterSchema } from '@mockloop/shared';
import type { ProblemList } from './BankError';
import { hashContents } from './hashFiles';
import { parseQuestionMarkdown } from './parseQuestionMarkdown';
import { buildViews, type LoadedQuestion } from './questionViews';

/** Reads and checks `behavioral/<id>.md` or `system-design/<id>.md`. */
export async function readDiscussionQuestion(
  file: string,
  kind: 'behavioral' | 'system-design',
  problems: ProblemList,
): Promise<LoadedQuestion | undefined> {
  const content = await fs.readFile(file);
  const parsed = parseQuestionMarkdown(content.toString('utf8'));
  if (!parsed.ok) {
    for (const p of parsed.problems) problems.add(file, p.field, p.message);
    return undefined;
  }
  const fm = DiscussionFrontMatterSchema.safeParse(parsed.value.frontMatter);
  if (!fm.success) {
    problems.addZod(file, 'front matter', fm.error);
    return undefined;
  }
  const before = problems.items.length;
  const expectedId = path.basename(file, '.md');
  if (fm.data.id !== expectedId) {
    problems.add(
      file,
      'front matter.id',
      `"${fm.data.id}" must equal the file name "${expectedId}"`,
    );
  }
  if (fm.data.kind !== kind) {
    problems.add(
      file,
      'front matter.kind',
      `"${fm.data.kind}" must be "${kind}" in the ${kind}/ folder`,
    );
  }
  if (!parsed.value.prompt)
    problems.add(file, 'prompt', 'the prompt before the first ## heading is empty');
  if (problems.items.length > before) return undefined;
  const contentHash = hashContents([{ name: path.basename(file), content }]);
  return buildViews(fm.data, parsed.value, contentHash);
}
