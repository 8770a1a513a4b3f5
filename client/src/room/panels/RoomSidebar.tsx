import type { RoomController } from '../RoomController';
import { ChatPanel } from './ChatPanel';
import { InterviewerSidebar } from './InterviewerSidebar';
import { NotesPanel } from './NotesPanel';
import { QuestionView, WaitingForQuestion } from './QuestionView';
import { roundIsOver } from './roomView';
import { TimerClock } from './TimerClock';
import { TimerControls } from './TimerControls';
import './RoomPanels.css';

/** The timer's start length when no question suggests one. */
const DEFAULT_MINUTES = 45;

/**
 * The room's side column, by role: the question (the candidate's view, or the interviewer's
 * material with hint reveal and the question picker), timer controls, notes and chat.
 */
export function RoomSidebar({ room }: { room: RoomController }) {
  const { question } = room.snapshot;
  return (
    <aside aria-label="Interview tools" className="room-sidebar">
      <section className="room-section" aria-label="Timer">
        <TimerClock timer={room.timer} />
        {room.isInterviewer && (
          <TimerControls
            key={question?.docIndex ?? 'none'}
            room={room}
            defaultMinutes={question?.view.timeLimitMinutes ?? DEFAULT_MINUTES}
            disabled={roundIsOver(room.snapshot)}
          />
        )}
      </section>
      {room.isInterviewer ? (
        <InterviewerSidebar room={room} />
      ) : question ? (
        <QuestionView question={question.view} showHints />
      ) : (
        <WaitingForQuestion />
      )}
      <NotesPanel room={room} />
      <ChatPanel room={room} />
    </aside>
  );
}
