import { Link } from 'react-router-dom';

/** A page whose feature is planned but not built yet: says so plainly and offers what exists. */
export function PlannedPage({ title, text }: { title: string; text: string }) {
  return (
    <section>
      <h1>{title}</h1>
      <p>{text}</p>
      <p>
        Meanwhile, <Link to="/questions">practise a question on your own</Link>.
      </p>
    </section>
  );
}
