import { Link } from 'react-router-dom';
import { ContinueSessions } from './ContinueSessions';
import './HomePage.css';

const ROUNDS = [
  {
    title: 'Coding assessment',
    text: 'Timed problems in a real editor. Run against the examples, submit against hidden tests judged in a sandbox, and read a verdict per test.',
    to: '/questions?kind=coding',
    action: 'Browse coding questions',
  },
  {
    title: 'Behavioral interview',
    text: 'Questions on leadership, conflict, ownership and delivery, with hints on how to pick and tell a story.',
    to: '/questions?kind=behavioral',
    action: 'Browse behavioral questions',
  },
  {
    title: 'System design',
    text: 'Open-ended designs with functional and scale requirements, the way senior backend loops ask them.',
    to: '/questions?kind=system-design',
    action: 'Browse system-design questions',
  },
] as const;

export function HomePage() {
  return (
    <div className="home">
      <section className="home-intro">
        <h1>Practise the interview loop you are about to face</h1>
        <p>
          MockLoop is a self-hosted practice room for senior backend interviews: coding rounds
          judged in isolated sandboxes, behavioral and system-design questions, and live mock
          interviews with a peer.
        </p>
        <p>
          <Link className="home-start" to="/practice">
            Start a timed practice round or a whole interview loop
          </Link>
        </p>
      </section>
      <ContinueSessions />
      <section className="home-rounds" aria-label="Rounds">
        {ROUNDS.map((round) => (
          <article key={round.title} className="card">
            <h2>{round.title}</h2>
            <p>{round.text}</p>
            <Link to={round.to}>{round.action}</Link>
          </article>
        ))}
      </section>
    </div>
  );
}
