import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/http';
import { describeProblem } from './roundErrors';
import { BusyError } from '../../api/http';

describe('round problems, said plainly', () => {
  it('retries a busy judge after its Retry-After', () => {
    expect(describeProblem(new BusyError('busy', 3))).toEqual({
      message: 'The judge is busy. Trying again in 3 s…',
      retryAfterS: 3,
    });
  });

  it('tells offline, round over and question gone apart', () => {
    expect(describeProblem(new ApiError(0, 'network', 'x')).message).toMatch(/^You are offline/);
    expect(describeProblem(new ApiError(409, 'round_over', 'x'))).toEqual({
      message: 'Time is up for this round: it is over.',
      roundOver: true,
    });
    expect(describeProblem(new ApiError(410, 'question_not_in_bank', 'x')).message).toMatch(
      /no longer in the bank/,
    );
    expect(
      describeProblem(new ApiError(400, 'validation_failed', 'code is too long')).message,
    ).toBe('code is too long');
  });
});
