import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useMutation, useQuery } from '@tanstack/react-query';
import { MeResponseSchema, type InvitePreview } from '@mockloop/shared';
import { apiFetch } from '../../api/http';
import { getInvitePreview, joinInterview } from '../../api/interviews';
import { queryKeys } from '../../api/queryKeys';
import { useAuth } from '../../auth/AuthContext';
import { FIELD_LIMITS } from '../auth/fieldLimits';
import { FORMAT_LABELS } from './formatLabels';
import { problemText } from './problemText';

const STATE_TEXT = {
  full: 'Someone else has already joined this interview as the candidate.',
  ended: 'This interview has ended.',
} as const;

/** `/join/:code`: who invites you and to what; join (as a guest if signed out), then the room. */
export function JoinPage() {
  const { code = '' } = useParams();
  const preview = useQuery({
    queryKey: queryKeys.invite(code),
    queryFn: () => getInvitePreview(code),
    retry: false,
  });

  if (preview.isPending) return <p role="status">Opening the invite…</p>;
  if (preview.error) {
    return (
      <section>
        <h1>Cannot join this interview</h1>
        <p className="error-text" role="alert">
          {problemText(preview.error)}
        </p>
        <p>
          <Link to="/interviews">Create your own interview</Link>
        </p>
      </section>
    );
  }
  return <JoinInvite code={code} invite={preview.data} />;
}

function JoinInvite({ code, invite }: { code: string; invite: InvitePreview }) {
  const navigate = useNavigate();
  const { state, signedIn } = useAuth();
  const [displayName, setDisplayName] = useState('');
  const join = useMutation({
    mutationFn: async () => {
      if (state.status !== 'signed-in') {
        const init = { method: 'POST', body: JSON.stringify({ displayName }) };
        signedIn(await apiFetch('/api/auth/guest', MeResponseSchema, init));
      }
      return joinInterview(code);
    },
    onSuccess: ({ sessionId }) => void navigate(`/sessions/${sessionId}`),
  });

  function handleJoin(event: FormEvent) {
    event.preventDefault();
    join.mutate();
  }

  const closed = invite.state === 'full' || invite.state === 'ended';
  return (
    <section className="card join-page">
      <h1>Join “{invite.title}”</h1>
      <p>
        <strong>{invite.invitedBy.displayName}</strong> invites you to a{' '}
        {FORMAT_LABELS[invite.format].toLowerCase()} interview. You will be the{' '}
        <strong>{invite.role}</strong>.
      </p>
      {closed ? (
        <p className="error-text" role="alert">
          {STATE_TEXT[invite.state as keyof typeof STATE_TEXT]}
        </p>
      ) : (
        <form onSubmit={handleJoin}>
          {state.status === 'signed-out' && (
            <label>
              Your name
              <input
                name="displayName"
                required
                {...FIELD_LIMITS.displayName}
                autoComplete="nickname"
                value={displayName}
                onChange={(e) => setDisplayName(e.target.value)}
              />
            </label>
          )}
          <button type="submit" disabled={join.isPending || state.status === 'loading'}>
            {invite.state === 'joined' ? 'Open the room' : 'Join the interview'}
          </button>
        </form>
      )}
      {join.error && (
        <p className="error-text" role="alert">
          {problemText(join.error)}
        </p>
      )}
    </section>
  );
}
