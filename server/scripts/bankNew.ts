import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as prettier from 'prettier';
import { QuestionIdSchema } from '@mockloop/shared';
import { questionTemplate, type ScaffoldKind } from '../src/bank/scaffold/questionTemplates';

const USAGE = `Usage: npm run bank:new -- <coding|behavioral|system-design> <id> [--style function|class] [--bank <dir>]

Creates a question skeleton that loads, with TODOs; then fill it in and run
npm run bank:check -- --only <id>`;

const KINDS: ScaffoldKind[] = ['coding', 'behavioral', 'system-design'];

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    style: { type: 'string', default: 'function' },
    bank: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [kind, id, ...rest] = positionals;
if (!kind || !id || rest.length > 0) fail('Give a kind and an id.');
if (!KINDS.includes(kind as ScaffoldKind)) fail(`Unknown kind "${kind}".`);
const parsedId = QuestionIdSchema.safeParse(id);
if (!parsedId.success) fail(`Bad id "${id}": ${parsedId.error.issues[0]?.message ?? 'invalid'}.`);
if (values.style !== 'function' && values.style !== 'class')
  fail(`Unknown style "${values.style}".`);

const bankDir = path.resolve(values.bank ?? process.env.QUESTION_BANK_DIR ?? 'question-bank');
const taken = KINDS.map((k) =>
  path.join(bankDir, k === 'coding' ? `coding/${id}` : `${k}/${id}.md`),
);
const clash = taken.find((p) => fs.existsSync(p));
if (clash) fail(`The id "${id}" is taken: ${path.relative(process.cwd(), clash)} exists.`);

const files = questionTemplate(kind as ScaffoldKind, id, values.style);
for (const [relative, text] of Object.entries(files)) {
  const full = path.join(bankDir, relative);
  fs.mkdirSync(path.dirname(full), { recursive: true });
  // Written as the repository's formatter would (question-bank Markdown is not formatted).
  const options = (await prettier.resolveConfig(full)) ?? {};
  const formatted = full.endsWith('.md')
    ? text
    : await prettier.format(text, { ...options, filepath: full });
  fs.writeFileSync(full, formatted, { flag: 'wx' });
  console.log(`created ${path.relative(process.cwd(), full)}`);
}
console.log(
  `\nNext: fill in the TODOs (see question-bank/README.md), then run\n  npm run bank:check -- --only ${id}`,
);
