import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { stateAfterConnectError } from './socket';
import { UpdateNotice } from './UpdateNotice';

describe('an outdated client', () => {
  it('is what a protocol_mismatch refusal means; other failures only mean offline', () => {
    const refusal = Object.assign(new Error('MockLoop was updated'), {
      data: { code: 'protocol_mismatch', message: 'MockLoop was updated; reload the page.' },
    });
    expect(stateAfterConnectError(refusal)).toBe('outdated');
    const unauthorized = Object.assign(new Error('x'), { data: { code: 'unauthorized' } });
    expect(stateAfterConnectError(unauthorized)).toBe('disconnected');
    expect(stateAfterConnectError(new Error('websocket error'))).toBe('disconnected');
  });

  it('says MockLoop was updated and reloads from its button', () => {
    let reloads = 0;
    render(<UpdateNotice onReload={() => (reloads += 1)} />);
    expect(screen.getByRole('alert').textContent).toMatch(/MockLoop was updated/);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(reloads).toBe(1);
  });
});
