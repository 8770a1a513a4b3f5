import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { INTERVIEW_FORMATS, type InterviewFormat, type Session } from '@mockloop/shared';
import { createInterview, listInterviews } from '../../api/interviews';
import { queryKeys } from '../../api/queryKeys';
import { useAuth } from '../../auth/AuthContext';
import { problemText } from './problemText';
import { FORMAT_LABELS } from './formatLabels';
import { InviteLink } from './InviteLink';
import './InterviewsPage.css';

/** `/interviews`: create a live interview with a peer, and find one's open and recent ones. */
export function InterviewsPage() {
  const queryClient = useQueryClient();
  const [format, setFormat] = useState<InterviewFormat>('coding');
  const create = useMutation({
    mutationFn: createInterview,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.interviews.list }),
  });

  function handleCreate(event: FormEvent) {
    event.preventDefault();
    create.mutate(format);
  }

  return (
    <div className="interviews-page">
      <h1>Live interviews</h1>
      <p>
        Interview a peer, or be interviewed: one shared editor, the interviewer&apos;s material and
        notes, a timer, chat and a scorecard. Create a room, send the link, swap roles after the
        round.
      </p>
      <section className="card" aria-labelledby="create-heading">
        <h2 id="create-heading">New interview</h2>
        <form onSubmit={handleCreate}>
          <fieldset>
            <legend>Format</legend>
            {INTERVIEW_FORMATS.map((value) => (
              <label key={value} className="interviews-format">
                <input
                  type="radio"
                  name="format"
                  value={value}
                  checked={format === value}
                  onChange={() => setFormat(value)}
                />{' '}
                {FORMAT_LABELS[value]}
              </label>
            ))}
          </fieldset>
          <button type="submit" disabled={create.isPending}>
            {create.isPending ? 'Creating…' : 'Create interview'}
          </button>
        </form>
        {create.error && (
          <p className="error-text" role="alert">
            {problemText(create.error)}
          </p>
        )}
        {create.data && (
          <div className="interviews-created">
            <p>
              <strong>{create.data.session.title}</strong> is ready; you are the interviewer.
            </p>
            <InviteLink url={create.data.inviteUrl} />
            <Link className="interviews-open" to={`/sessions/${create.data.session.id}`}>
              Open the room
            </Link>
          </div>
        )}
      </section>
      <InterviewList />
    </div>
  );
}

function InterviewList() {
  const auth = useAuth();
  const userId = auth.state.status === 'signed-in' ? auth.state.user.id : null;
  const list = useQuery({ queryKey: queryKeys.interviews.list, queryFn: listInterviews });
  const sessions = list.data?.sessions ?? [];
  const open = sessions.filter((s) => s.status === 'active');
  const recent = sessions.filter((s) => s.status !== 'active');
  return (
    <>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">Open interviews</h2>
        {list.isPending && <p role="status">Loading your interviews…</p>}
        {list.error && (
          <p className="error-text" role="alert">
            {problemText(list.error)}
          </p>
        )}
        {list.data && <SessionList sessions={open} userId={userId} empty="None open." />}
      </section>
      <section aria-labelledby="recent-heading">
        <h2 id="recent-heading">Recent interviews</h2>
        {list.data && <SessionList sessions={recent} userId={userId} empty="None yet." />}
      </section>
    </>
  );
}

function SessionList(props: { sessions: Session[]; userId: string | null; empty: string }) {
  if (props.sessions.length === 0) return <p className="muted">{props.empty}</p>;
  return (
    <ul className="interviews-list">
      {props.sessions.map((session) => {
        const role = session.participants.find((p) => p.userId === props.userId)?.role;
        const peers = session.participants.length > 1 ? 'with a peer' : 'waiting for a peer';
        return (
          <li key={session.id}>
            <Link to={`/sessions/${session.id}`}>{session.title}</Link>{' '}
            <span className="muted">
              {new Date(session.createdAt).toLocaleString()} · {role ?? 'participant'} · {peers}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
