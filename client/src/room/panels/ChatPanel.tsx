import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { MAX_CHAT_LENGTH, type ChatMessage } from '@mockloop/shared';
import type { RoomController } from '../RoomController';
import { RequestError } from './RequestError';
import { mergeBySeq, nameOf } from './roomView';
import { useOnScreen } from './useOnScreen';
import { useOpText } from './useOpText';
import { useRoomRequest } from './useRoomRequest';

function clockTime(at: number): string {
  return new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/**
 * The room's chat, in a section that opens and closes. Messages count as read only while the
 * list is open and on screen; otherwise the heading carries the unread count.
 */
export function ChatPanel({ room }: { room: RoomController }) {
  const { snapshot, unreadChat } = room;
  const { send, pending, error, setError } = useRoomRequest(room);
  const { text, setText, currentOpId } = useOpText();
  const [sent, setSent] = useState<ChatMessage[]>([]);
  const [open, setOpen] = useState(true);
  const listRef = useRef<HTMLDivElement>(null);
  const onScreen = useOnScreen(listRef);
  const reading = open && onScreen;
  const messages = mergeBySeq(snapshot.chat, sent);
  const id = useId();

  useEffect(() => {
    if (reading && unreadChat > 0) room.markChatRead();
  }, [reading, unreadChat, room]);

  async function handleSend(event: FormEvent) {
    event.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write a message first.');
      return;
    }
    const message = await send('chat:send', { text: trimmed, clientOpId: currentOpId() });
    if (!message) return;
    setSent((list) => [...list, message]);
    setText('');
  }

  return (
    <details
      className="room-chat"
      open={open}
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        Chat
        {unreadChat > 0 && !reading && (
          <span className="badge room-unread" data-testid="chat-unread">
            {unreadChat} unread
          </span>
        )}
      </summary>
      <div ref={listRef}>
        {messages.length === 0 ? (
          <p className="muted">No messages yet.</p>
        ) : (
          <ol className="room-chat-list" aria-label="Chat messages">
            {messages.map((message) => (
              <li key={message.seq}>
                <span className="room-chat-author">{nameOf(snapshot, message.authorId)}</span>{' '}
                <time className="muted" dateTime={new Date(message.at).toISOString()}>
                  {clockTime(message.at)}
                </time>
                <p>{message.text}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
      <form className="room-chat-form" onSubmit={(event) => void handleSend(event)}>
        <label htmlFor={id}>Message</label>
        <input
          id={id}
          type="text"
          autoComplete="off"
          maxLength={MAX_CHAT_LENGTH}
          value={text}
          onChange={(event) => setText(event.target.value)}
        />
        <button type="submit" disabled={pending}>
          Send message
        </button>
      </form>
      <RequestError error={error} />
    </details>
  );
}
