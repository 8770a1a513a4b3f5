import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatMessage } from '@mockloop/shared';
import { RoomRequestError } from '../RoomController';
import { ChatPanel } from './ChatPanel';
import { SLOW_JSDOM_MS } from './renderRoom';
import { CANDIDATE, INTERVIEWER, ROUND_START, snapshotFor, testRoom } from './testRoom';

const CHAT: ChatMessage[] = [
  { seq: 3, at: ROUND_START, authorId: INTERVIEWER.userId, text: 'Ready when you are' },
  { seq: 5, at: ROUND_START + 1000, authorId: CANDIDATE.userId, text: 'Starting now' },
];

describe('ChatPanel', { timeout: SLOW_JSDOM_MS }, () => {
  it("names each message's author from the participants", () => {
    const { room } = testRoom(snapshotFor('candidate', { chat: CHAT }));
    render(<ChatPanel room={room} />);
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^Ivy Interviewer .*Ready when you are$/);
    expect(items[1]).toMatch(/^You .*Starting now$/);
  });

  it('shows the unread count only while collapsed, and marks read when opened', async () => {
    const { room, reads } = testRoom(snapshotFor('candidate', { chat: CHAT }), {
      controller: { unreadChat: 2 },
    });
    const { container } = render(<ChatPanel room={room} />);
    await waitFor(() => expect(reads.count).toBeGreaterThan(0));
    expect(screen.queryByTestId('chat-unread')).toBeNull();

    const details = container.querySelector('details')!;
    details.open = false;
    fireEvent(details, new Event('toggle'));
    const readsWhenClosed = reads.count;
    expect(screen.getByTestId('chat-unread').textContent).toBe('2 unread');

    details.open = true;
    fireEvent(details, new Event('toggle'));
    await waitFor(() => expect(reads.count).toBeGreaterThan(readsWhenClosed));
    expect(screen.queryByTestId('chat-unread')).toBeNull();
  });

  it('sends a trimmed message with a clientOpId and shows the server refusing it', async () => {
    const { room, sent } = testRoom(snapshotFor('interviewer'), {
      answer: () => {
        throw new RoomRequestError('interview_over', 'The interview is over.');
      },
    });
    render(<ChatPanel room={room} />);
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(screen.getByRole('alert').textContent).toBe('Write a message first.');
    expect(sent).toEqual([]);

    fireEvent.change(screen.getByLabelText('Message'), { target: { value: ' hello ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The interview is over.'),
    );
    expect(sent[0]?.event).toBe('chat:send');
    expect(sent[0]?.payload).toMatchObject({ text: 'hello' });
  });

  it('adds the acknowledged message once even when the snapshot also carries it', async () => {
    const mine: ChatMessage = {
      seq: 7,
      at: ROUND_START + 2000,
      authorId: CANDIDATE.userId,
      text: 'Done',
    };
    const { room } = testRoom(snapshotFor('candidate', { chat: CHAT }), { answer: () => mine });
    const view = render(<ChatPanel room={room} />);
    fireEvent.change(screen.getByLabelText('Message'), { target: { value: 'Done' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    await screen.findByText('Done');
    view.rerender(
      <ChatPanel room={{ ...room, snapshot: { ...room.snapshot, chat: [...CHAT, mine] } }} />,
    );
    expect(screen.getAllByText('Done')).toHaveLength(1);
  });
});
