/** Starting files for `npm run bank:new`: valid, loadable, and full of TODOs that bank:check flags. */

export type ScaffoldKind = 'coding' | 'behavioral' | 'system-design';
export type ScaffoldStyle = 'function' | 'class';

function titleOf(id: string): string {
  const words = id.split('-');
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(' ');
}

/** `two-sum` -> `twoSum` (function) or `TwoSum` (class). */
export function entryOf(id: string, style: ScaffoldStyle): string {
  const camel = id.replace(/-([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  const name = /^[0-9]/.test(camel) ? `q${camel}` : camel;
  return style === 'class' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
}

function frontMatter(id: string, kind: ScaffoldKind, extra: string[] = []): string {
  return [
    '---',
    `id: ${id}`,
    `kind: ${kind}`,
    `title: ${titleOf(id)}`,
    'difficulty: medium',
    'tags: []',
    'competencies: [problem-solving] # ids from shared/src/competencies.ts',
    `timeLimitMinutes: ${kind === 'system-design' ? 45 : kind === 'coding' ? 30 : 10}`,
    ...extra,
    '---',
  ].join('\n');
}

function codingFiles(id: string, style: ScaffoldStyle): Record<string, string> {
  const entry = entryOf(id, style);
  const fm = frontMatter(id, 'coding', [`style: ${style}`, `entry: ${entry}`, 'compare: exact']);
  const question = `${fm}

TODO: the prompt. Say what \`${entry}\` receives and what it returns.

## Constraints {public}

- TODO

## Hint 1 {hint}

TODO: a gentle nudge.

## Hint 2 {hint}

TODO: nearly the answer.

## Follow-ups {interviewer}

- TODO

## Rubric {interviewer}

- TODO
`;
  const example =
    style === 'function'
      ? { name: 'TODO first example', args: [1], expected: 1 }
      : { name: 'TODO first example', calls: [[entry], ['method', 1]], expected: [null, 1] };
  const tests = `${JSON.stringify({ examples: [example], hidden: [] }, null, 2)}\n`;
  const body =
    style === 'function'
      ? (ts: boolean) =>
          `${ts ? 'export ' : ''}function ${entry}(input${ts ? ': unknown' : ''})${ts ? ': unknown' : ''} {\n  // TODO\n  return input;\n}\n`
      : (ts: boolean) =>
          `${ts ? 'export ' : ''}class ${entry} {\n  method(x${ts ? ': unknown' : ''})${ts ? ': unknown' : ''} {\n    // TODO\n    return x;\n  }\n}\n`;
  const starter =
    style === 'function'
      ? (ts: boolean) =>
          `${ts ? 'export ' : ''}function ${entry}(input${ts ? ': unknown' : ''})${ts ? ': unknown' : ''} {\n  // Your code here.\n  return null;\n}\n`
      : (ts: boolean) =>
          `${ts ? 'export ' : ''}class ${entry} {\n  method(x${ts ? ': unknown' : ''})${ts ? ': unknown' : ''} {\n    // Your code here.\n    return null;\n  }\n}\n`;
  return {
    'question.md': question,
    'tests.json': tests,
    'solution.ts': body(true),
    'starter.ts': starter(true),
    'starter.js': starter(false),
  };
}

const BEHAVIORAL_BODY = `TODO: the question, as the interviewer would ask it.

## Hint: TODO {hint}

TODO: how to pick a good story.

## What a strong answer shows {interviewer}

TODO: Situation, Task, Action, Result (STAR): what each part should contain.

## Follow-ups {interviewer}

- TODO

## Red flags {interviewer}

- TODO
`;

const SYSTEM_DESIGN_BODY = `TODO: what to design, in two or three sentences.

## Functional requirements {public}

- TODO

## Scale requirements {public}

- TODO

## Hint: TODO {hint}

TODO: where to start.

## Follow-ups {interviewer}

- TODO

## Rubric {interviewer}

- TODO

## Reference outline {interviewer}

TODO

## Red flags {interviewer}

- TODO
`;

/** The files of a new question, by path relative to the bank folder. */
export function questionTemplate(
  kind: ScaffoldKind,
  id: string,
  style: ScaffoldStyle = 'function',
): Record<string, string> {
  if (kind === 'coding') {
    return Object.fromEntries(
      Object.entries(codingFiles(id, style)).map(([name, text]) => [`coding/${id}/${name}`, text]),
    );
  }
  const body = kind === 'behavioral' ? BEHAVIORAL_BODY : SYSTEM_DESIGN_BODY;
  const competency = kind === 'behavioral' ? 'communication' : 'system-architecture';
  const fm = frontMatter(id, kind).replace('[problem-solving]', `[${competency}]`);
  return { [`${kind}/${id}.md`]: `${fm}\n\n${body}` };
}
