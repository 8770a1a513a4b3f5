import type { PublicQuestion } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';

/** A question's public text: the prompt, then each public section under its heading. */
export function QuestionProse({ question }: { question: PublicQuestion }) {
  return (
    <>
      <Markdown source={question.prompt} className="prompt" />
      {question.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          <Markdown source={section.markdown} />
        </section>
      ))}
    </>
  );
}
