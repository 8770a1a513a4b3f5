import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { QuestionPicker } from './QuestionPicker';
import { renderWithQueries, SLOW_JSDOM_MS, stubQuestionList } from './renderRoom';
import { snapshotFor, testRoom } from './testRoom';

afterEach(() => {
  vi.unstubAllGlobals();
});

const BANK = [
  { id: 'two-sum', title: 'Two Sum' },
  { id: 'lru-cache', title: 'LRU Cache' },
];

describe('QuestionPicker', { timeout: SLOW_JSDOM_MS }, () => {
  it("searches the bank filtered by the room's format and presents the chosen question", async () => {
    const fetch = stubQuestionList(BANK);
    const { room, sent } = testRoom(snapshotFor('interviewer', { question: null }));
    renderWithQueries(<QuestionPicker room={room} />);

    fireEvent.click(await screen.findByRole('radio', { name: /LRU Cache/ }));
    expect(fetch.mock.calls[0]?.[0]).toContain('kind=coding');
    fireEvent.click(screen.getByRole('button', { name: 'Present question' }));
    await waitFor(() =>
      expect(sent).toEqual([{ event: 'room:present', payload: { questionId: 'lru-cache' } }]),
    );

    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Search questions'), { target: { value: 'cache' } });
    await waitFor(() => {
      const url = String(fetch.mock.calls.at(-1)?.[0]);
      expect(url).toContain('q=cache');
      expect(url).not.toContain('kind=');
    });
  });

  it('asks before replacing a question in progress, and sends nothing when cancelled', async () => {
    stubQuestionList(BANK);
    const { room, sent } = testRoom(snapshotFor('interviewer'));
    renderWithQueries(<QuestionPicker room={room} />);

    fireEvent.click(await screen.findByRole('radio', { name: /LRU Cache/ }));
    expect(screen.getByRole('radio', { name: /Two Sum/ }).parentElement?.textContent).toContain(
      'asked this round',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Present question' }));
    expect(screen.getByText(/Replace "Two Sum" with "LRU Cache"\?/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(sent).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Present question' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, replace the question' }));
    await waitFor(() =>
      expect(sent).toEqual([{ event: 'room:present', payload: { questionId: 'lru-cache' } }]),
    );
  });

  it('keeps Present disabled until a question is chosen', async () => {
    stubQuestionList(BANK);
    const { room } = testRoom(snapshotFor('interviewer', { question: null }));
    renderWithQueries(<QuestionPicker room={room} />);
    await screen.findByRole('radio', { name: /Two Sum/ });
    const present = screen.getByRole<HTMLButtonElement>('button', { name: 'Present question' });
    expect(present.disabled).toBe(true);
  });
});
