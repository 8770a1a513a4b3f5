import type { RoomController } from '../../room/RoomController';
import { SharedAnswer } from '../../room/editor/SharedAnswer';
import { SharedCodeEditor } from '../../room/editor/SharedCodeEditor';
import { SharedWhiteboard } from '../../room/whiteboard/SharedWhiteboard';

/** The shared work of the current question: code, an answer, or a whiteboard and notes. */
export function RoomWorkArea({ room }: { room: RoomController }) {
  const { question } = room.snapshot;
  if (!question || !room.doc) {
    return (
      <section className="room-work room-waiting" aria-label="Shared work">
        <p role="status">
          {room.isInterviewer
            ? 'Choose a question from the bank and present it: the shared editor opens for both of you.'
            : 'The shared editor opens here once the interviewer presents a question.'}
        </p>
      </section>
    );
  }
  const { title, kind } = question.view;
  // Keyed by document: a new question gets fresh editors bound to its own document.
  if (kind === 'coding') {
    return <SharedCodeEditor key={room.doc.docIndex} shared={room.doc} title={title} />;
  }
  if (kind === 'behavioral') {
    return <SharedAnswer key={room.doc.docIndex} shared={room.doc} title={title} />;
  }
  return (
    <div className="room-design" key={room.doc.docIndex}>
      <SharedWhiteboard shared={room.doc} />
      <SharedAnswer shared={room.doc} title={title} />
    </div>
  );
}
