import type { RoomController } from '../RoomController';
import { HintReveal } from './HintReveal';
import { InterviewerMaterial } from './InterviewerMaterial';
import { QuestionPicker } from './QuestionPicker';
import { QuestionView } from './QuestionView';
import { roundIsOver } from './roomView';

/** The interviewer's column: the bank, the question with its hidden material, and hints. */
export function InterviewerSidebar({ room }: { room: RoomController }) {
  const { question } = room.snapshot;
  const over = roundIsOver(room.snapshot);
  return (
    <>
      <details className="room-section" open={question === null}>
        <summary>{question ? 'Change question' : 'Choose a question'}</summary>
        <QuestionPicker room={room} />
      </details>
      {question && (
        <>
          <details className="room-section" open>
            <summary>The candidate sees</summary>
            <QuestionView question={question.view} showHints={false} />
          </details>
          {question.interviewer && (
            <section className="room-section" aria-label="Interviewer material">
              <h2>For you only</h2>
              <InterviewerMaterial material={question.interviewer} />
            </section>
          )}
          <HintReveal room={room} question={question} disabled={over} />
        </>
      )}
    </>
  );
}
