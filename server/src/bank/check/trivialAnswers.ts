import type { CodingQuestion } from '../types';

/** A wrong answer every coding question's cases must reject, written in JavaScript. */
export interface TrivialAnswer {
  label: string;
  code: string;
}

const RETURNS = [
  { label: 'returns null', body: 'return null;' },
  { label: 'returns its first argument', body: 'return args[0];' },
  { label: 'returns []', body: 'return [];' },
  { label: 'returns 0', body: 'return 0;' },
];

/** Every method name the cases call on an instance, so the stub class answers all of them. */
function methodNames(question: CodingQuestion): string[] {
  const names = new Set<string>();
  for (const testCase of [...question.examples, ...question.hidden]) {
    if ('calls' in testCase) for (const [method] of testCase.calls.slice(1)) names.add(method);
  }
  return [...names].filter(
    (name) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) && name !== 'constructor',
  );
}

/**
 * Trivial submissions for a question: a function (or a class whose every called method) returning
 * `null`, its first argument, `[]` or `0`. If one is accepted, the cases prove nothing.
 */
export function trivialAnswers(question: CodingQuestion): TrivialAnswer[] {
  const { entry, style } = question.frontMatter;
  if (style === 'function') {
    return RETURNS.map(({ label, body }) => ({
      label: `a function that ${label}`,
      code: `function ${entry}(...args) { ${body} }\n`,
    }));
  }
  const methods = methodNames(question);
  return RETURNS.map(({ label, body }) => ({
    label: `a class whose methods each ${label.replace('returns', 'return')}`,
    code:
      `class ${entry} {\n  constructor(...args) {}\n` +
      methods.map((m) => `  ${m}(...args) { ${body} }\n`).join('') +
      '}\n',
  }));
}
