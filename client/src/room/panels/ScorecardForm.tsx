import { useId, useState, type FormEvent } from 'react';
import {
  COMPETENCIES,
  COMPETENCY_IDS,
  MAX_EVIDENCE_LENGTH,
  MAX_SCORECARD_TEXT,
  RECOMMENDATIONS,
  type CompetencyId,
  type RoomRound,
} from '@mockloop/shared';
import type { RoomController } from '../RoomController';
import { RECOMMENDATION_LABELS, SCORE_SCALE } from './feedbackWords';
import { RequestError } from './RequestError';
import { emptyScorecardDraft, scorecardFromDraft, type ScorecardDraft } from './scorecardDraft';
import { useRoomRequest } from './useRoomRequest';
import { useRoundCompetencies } from './useRoundCompetencies';

/**
 * The interviewer's scorecard of an ended round: 1 to 4 with evidence per competency of the
 * questions asked (and any other they add), strengths, areas to improve, a recommendation.
 */
export function ScorecardForm({ room, round }: { room: RoomController; round: RoomRound }) {
  const { send, pending, error, setError } = useRoomRequest(room);
  const fromQuestions = useRoundCompetencies(room.snapshot, round);
  const [added, setAdded] = useState<CompetencyId[]>([]);
  const [draft, setDraft] = useState<ScorecardDraft>(emptyScorecardDraft);
  const [sent, setSent] = useState(false);
  const id = useId();
  const competencies = [...new Set([...fromQuestions, ...added])];
  const addable = COMPETENCY_IDS.filter((c) => !competencies.includes(c));
  const [toAdd, setToAdd] = useState<CompetencyId | ''>('');

  if (sent) return <p role="status">Scorecard submitted.</p>;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const checked = scorecardFromDraft({ ...draft, competencies });
    if ('problem' in checked) {
      setError(checked.problem);
      return;
    }
    const ack = await send('scorecard:submit', {
      round: round.index,
      scorecard: checked.scorecard,
    });
    if (ack) setSent(true);
  }

  function handleAdd() {
    if (!toAdd) return;
    setAdded((list) => [...list, toAdd]);
    setToAdd('');
  }

  return (
    <form className="room-scorecard" aria-label="Scorecard" onSubmit={(e) => void handleSubmit(e)}>
      <h3>Scorecard for round {round.index + 1}</h3>
      {competencies.map((competency) => (
        <fieldset key={competency} className="room-score-row">
          <legend>{COMPETENCIES[competency].label}</legend>
          {SCORE_SCALE.map(({ value, label }) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-${competency}`}
                value={value}
                checked={draft.scores[competency] === value}
                onChange={() =>
                  setDraft({ ...draft, scores: { ...draft.scores, [competency]: value } })
                }
              />
              {value} · {label}
            </label>
          ))}
          <label htmlFor={`${id}-${competency}-evidence`}>
            Evidence for {COMPETENCIES[competency].label}
          </label>
          <textarea
            id={`${id}-${competency}-evidence`}
            rows={2}
            maxLength={MAX_EVIDENCE_LENGTH}
            value={draft.evidence[competency] ?? ''}
            onChange={(e) =>
              setDraft({ ...draft, evidence: { ...draft.evidence, [competency]: e.target.value } })
            }
          />
        </fieldset>
      ))}
      {addable.length > 0 && (
        <div className="room-add-competency">
          <label htmlFor={`${id}-add`}>Another competency</label>
          <select
            id={`${id}-add`}
            value={toAdd}
            onChange={(e) => setToAdd(addable.find((c) => c === e.target.value) ?? '')}
          >
            <option value="">Choose…</option>
            {addable.map((c) => (
              <option key={c} value={c}>
                {COMPETENCIES[c].label}
              </option>
            ))}
          </select>
          <button type="button" className="secondary" disabled={!toAdd} onClick={handleAdd}>
            Add competency
          </button>
        </div>
      )}
      <label htmlFor={`${id}-strengths`}>Strengths</label>
      <textarea
        id={`${id}-strengths`}
        rows={3}
        maxLength={MAX_SCORECARD_TEXT}
        value={draft.strengths}
        onChange={(e) => setDraft({ ...draft, strengths: e.target.value })}
      />
      <label htmlFor={`${id}-improvements`}>Areas to improve</label>
      <textarea
        id={`${id}-improvements`}
        rows={3}
        maxLength={MAX_SCORECARD_TEXT}
        value={draft.improvements}
        onChange={(e) => setDraft({ ...draft, improvements: e.target.value })}
      />
      <fieldset className="room-score-row">
        <legend>Recommendation</legend>
        {RECOMMENDATIONS.map((value) => (
          <label key={value}>
            <input
              type="radio"
              name={`${id}-recommendation`}
              value={value}
              checked={draft.recommendation === value}
              onChange={() => setDraft({ ...draft, recommendation: value })}
            />
            {RECOMMENDATION_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <button type="submit" disabled={pending}>
        Submit scorecard
      </button>
      <RequestError error={error} />
    </form>
  );
}
