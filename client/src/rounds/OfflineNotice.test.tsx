import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { OfflineNotice } from './OfflineNotice';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

describe('OfflineNotice', { timeout: SLOW_JSDOM_MS }, () => {
  it('announces being offline and failed saves, but not routine saving', () => {
    const { rerender } = render(<OfflineNotice status="saving" />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByText('Saving…')).toBeTruthy();
    rerender(<OfflineNotice status="offline" />);
    expect(screen.getByRole('status').textContent).toMatch(/You are offline/);
    rerender(<OfflineNotice status="error" />);
    expect(screen.getByRole('status').textContent).toMatch(/could not be saved/);
    rerender(<OfflineNotice status="saved" />);
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });
});
