import type { InterviewerMaterial as Material, Language, TestCase } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';

const LANGUAGE_LABELS: Record<Language, string> = {
  javascript: 'JavaScript',
  typescript: 'TypeScript',
};

function json(value: unknown): string {
  return JSON.stringify(value);
}

function HiddenCase({ testCase }: { testCase: TestCase }) {
  const input = 'args' in testCase ? testCase.args : testCase.calls;
  return (
    <li>
      <strong>{testCase.name}</strong>
      <dl>
        <dt>{'args' in testCase ? 'Arguments' : 'Calls'}</dt>
        <dd>
          <code>{json(input)}</code>
        </dd>
        <dt>Expected</dt>
        <dd>
          <code>{json(testCase.expected)}</code>
        </dd>
      </dl>
    </li>
  );
}

/**
 * What only the interviewer has: rubric, follow-ups and common mistakes, the hidden cases and
 * the reference solution, each a section that opens and closes. The solution is plain text in a
 * `<pre>`: selectable and copyable, nothing drawn over it.
 */
export function InterviewerMaterial({ material }: { material: Material }) {
  const solutions = Object.entries(material.solutions ?? {}) as [Language, string][];
  return (
    <div className="room-material">
      {material.interviewerSections.map((section, index) => (
        <details key={index} open={index === 0}>
          <summary>{section.heading}</summary>
          <Markdown source={section.markdown} />
        </details>
      ))}
      {material.hidden && (
        <details>
          <summary>Hidden cases ({material.hidden.length})</summary>
          <ol className="room-hidden-cases">
            {material.hidden.map((testCase) => (
              <HiddenCase key={testCase.name} testCase={testCase} />
            ))}
          </ol>
        </details>
      )}
      {solutions.length > 0 && (
        <details>
          <summary>Reference solution</summary>
          {solutions.map(([language, code]) => (
            <section
              key={language}
              aria-label={`Reference solution in ${LANGUAGE_LABELS[language]}`}
            >
              <h3>{LANGUAGE_LABELS[language]}</h3>
              <pre tabIndex={0}>
                <code>{code}</code>
              </pre>
            </section>
          ))}
        </details>
      )}
    </div>
  );
}
