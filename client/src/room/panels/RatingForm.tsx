import { useId, useState, type FormEvent } from 'react';
import { InterviewerRatingSchema, MAX_SCORECARD_TEXT, type RoomRound } from '@mockloop/shared';
import type { RoomController } from '../RoomController';
import { RATING_POINTS } from './feedbackWords';
import { RequestError } from './RequestError';
import { useRoomRequest } from './useRoomRequest';

type Scale = 'clarity' | 'helpfulness';

const SCALES: { key: Scale; legend: string }[] = [
  { key: 'clarity', legend: 'Clarity' },
  { key: 'helpfulness', legend: 'Helpfulness' },
];

/** The candidate's rating of the round's interviewer: clarity and helpfulness 1 to 5, a comment. */
export function RatingForm({ room, round }: { room: RoomController; round: RoomRound }) {
  const { send, pending, error, setError } = useRoomRequest(room);
  const [points, setPoints] = useState<Partial<Record<Scale, number>>>({});
  const [comment, setComment] = useState('');
  const [sent, setSent] = useState(false);
  const id = useId();

  if (sent) return <p role="status">Rating submitted.</p>;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const missing = SCALES.find(({ key }) => points[key] === undefined);
    if (missing) {
      setError(`Rate ${missing.legend.toLowerCase()} from 1 to 5.`);
      return;
    }
    const parsed = InterviewerRatingSchema.safeParse({ ...points, comment: comment.trim() });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the form.');
      return;
    }
    const ack = await send('rating:submit', { round: round.index, rating: parsed.data });
    if (ack) setSent(true);
  }

  return (
    <form
      className="room-rating"
      aria-label="Rate your interviewer"
      onSubmit={(e) => void handleSubmit(e)}
    >
      <h3>Rate your interviewer</h3>
      {SCALES.map(({ key, legend }) => (
        <fieldset key={key} className="room-score-row">
          <legend>{legend}</legend>
          {RATING_POINTS.map(({ value, label }) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-${key}`}
                value={value}
                checked={points[key] === value}
                onChange={() => setPoints({ ...points, [key]: value })}
              />
              {value} · {label}
            </label>
          ))}
        </fieldset>
      ))}
      <label htmlFor={`${id}-comment`}>Comment</label>
      <textarea
        id={`${id}-comment`}
        rows={3}
        maxLength={MAX_SCORECARD_TEXT}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
      <button type="submit" disabled={pending}>
        Submit rating
      </button>
      <RequestError error={error} />
    </form>
  );
}
