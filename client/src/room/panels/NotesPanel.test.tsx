import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PrivateNote } from '@mockloop/shared';
import { RoomRequestError } from '../RoomController';
import { NotesPanel } from './NotesPanel';
import { SLOW_JSDOM_MS } from './renderRoom';
import { ROUND_START, snapshotFor, testRoom } from './testRoom';

describe('NotesPanel', { timeout: SLOW_JSDOM_MS }, () => {
  it('lists notes with the time since their round started', () => {
    const notes: PrivateNote[] = [
      { seq: 4, at: ROUND_START + 125_000, text: 'Asked about duplicates', round: 0 },
    ];
    const { room } = testRoom(snapshotFor('interviewer', { notes }));
    render(<NotesPanel room={room} />);
    const item = within(screen.getByRole('list', { name: 'Your notes' })).getByRole('listitem');
    expect(item.textContent).toBe('2:05 Asked about duplicates');
  });

  it('adds a note on Enter with a clientOpId, then shows the acknowledged note', async () => {
    const ack: PrivateNote = {
      seq: 9,
      at: ROUND_START + 61_000,
      text: 'Good test cases',
      round: 0,
    };
    const { room, sent } = testRoom(snapshotFor('candidate'), { answer: () => ack });
    render(<NotesPanel room={room} />);
    const box = screen.getByLabelText('New note');
    fireEvent.change(box, { target: { value: '  Good test cases ' } });
    fireEvent.keyDown(box, { key: 'Enter' });

    await screen.findByText('Good test cases');
    expect(sent).toHaveLength(1);
    const payload = sent[0]?.payload as { text: string; clientOpId: string };
    expect(sent[0]?.event).toBe('note:add');
    expect(payload.text).toBe('Good test cases');
    expect(payload.clientOpId).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
    expect((box as HTMLTextAreaElement).value).toBe('');
  });

  it('refuses an empty note without sending, and keeps the text when the server refuses', async () => {
    const { room, sent } = testRoom(snapshotFor('candidate'), {
      answer: () => {
        throw new RoomRequestError('interview_over', 'The interview is over.');
      },
    });
    render(<NotesPanel room={room} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByRole('alert').textContent).toBe('Write something first.');
    expect(sent).toEqual([]);

    const box = screen.getByLabelText('New note');
    fireEvent.change(box, { target: { value: 'keep me' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe('The interview is over.'),
    );
    expect((box as HTMLTextAreaElement).value).toBe('keep me');

    // A retry of the same text is the same operation: the server keeps it once.
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    const ids = sent.map((s) => (s.payload as { clientOpId: string }).clientOpId);
    expect(ids[0]).toBe(ids[1]);
  });

  it('keeps Shift+Enter as a new line', () => {
    const { room, sent } = testRoom(snapshotFor('candidate'));
    render(<NotesPanel room={room} />);
    const box = screen.getByLabelText('New note');
    fireEvent.change(box, { target: { value: 'line one' } });
    fireEvent.keyDown(box, { key: 'Enter', shiftKey: true });
    expect(sent).toEqual([]);
  });
});
