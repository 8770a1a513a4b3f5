import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { historySessions } from './historyFixture';
import { HistoryTable } from './HistoryTable';

describe('HistoryTable', () => {
  it('links the rows of a question met more than once to its attempts, and only those', () => {
    const sessions = historySessions(4, 'me');
    render(
      <MemoryRouter>
        <HistoryTable sessions={sessions} userId="me" repeated={new Set(['running-total'])} />
      </MemoryRouter>,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows).toHaveLength(4);
    const links = screen.getAllByRole('link', { name: 'Compare attempts' });
    expect(links.map((l) => l.getAttribute('href'))).toEqual(['/attempts/running-total']);
    expect(within(rows[1]!).getByRole('link', { name: 'Compare attempts' })).toBeDefined();
  });
});
