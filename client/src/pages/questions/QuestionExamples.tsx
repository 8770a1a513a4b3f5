import type { PublicCodingDetails, TestCase } from '@mockloop/shared';

function json(value: unknown): string {
  return JSON.stringify(value);
}

/** How the judge will call the submission for this case, written as code. */
function callText(testCase: TestCase, entry: string): string {
  if ('args' in testCase) return `${entry}(${testCase.args.map(json).join(', ')})`;
  // Class style: one line per call, each with the result it must give (the constructor's is null).
  return testCase.calls
    .map(([method, ...args], index) => {
      const list = args.map(json).join(', ');
      if (index === 0) return `const obj = new ${method}(${list});`;
      return `obj.${method}(${list}); // -> ${json(testCase.expected[index] ?? null)}`;
    })
    .join('\n');
}

/** The example cases of a coding question: each call and the result it must give. */
export function QuestionExamples({ coding }: { coding: PublicCodingDetails }) {
  return (
    <section aria-labelledby="examples-heading">
      <h2 id="examples-heading">Examples</h2>
      <ol className="examples">
        {coding.examples.map((testCase) => (
          <li key={testCase.name} className="card example">
            <h3>{testCase.name}</h3>
            <pre tabIndex={0}>
              <code>{callText(testCase, coding.entry)}</code>
            </pre>
            {'args' in testCase && (
              <p>
                Expected: <code>{json(testCase.expected)}</code>
              </p>
            )}
          </li>
        ))}
      </ol>
      <p className="muted">
        {coding.hiddenCount} hidden tests run when you submit
        {coding.compare === 'unordered' ? '; any order of the top-level array is accepted' : ''}
        {coding.compare === 'float' ? '; numbers are compared within a small tolerance' : ''}.
        Limit: {coding.cpuTimeLimitMs} ms per test, {coding.memoryLimitMb} MB.
      </p>
    </section>
  );
}
