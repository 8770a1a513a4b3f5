import { describe, expect, it } from 'vitest';
import {
  isPolite,
  mayOfferFirst,
  onPeerCallId,
  onSignal,
  recipient,
  startNegotiation,
  type IncomingSignal,
  type LiveSignaling,
} from './negotiation';

const STABLE: LiveSignaling = {
  signalingState: 'stable',
  makingOffer: false,
  applyingAnswer: false,
};
const OFFERING: LiveSignaling = {
  signalingState: 'have-local-offer',
  makingOffer: false,
  applyingAnswer: false,
};

const offer = (callId: string, to: string): IncomingSignal => ({
  callId,
  to,
  description: { type: 'offer' },
});
const answer = (callId: string, to: string): IncomingSignal => ({
  callId,
  to,
  description: { type: 'answer' },
});
const candidate = (callId: string, to: string): IncomingSignal => ({ callId, to, candidate: {} });

describe('politeness', () => {
  it('is decided the same way on both sides, so exactly one side gives way', () => {
    expect(isPolite('user-a', 'user-b')).toBe(true);
    expect(isPolite('user-b', 'user-a')).toBe(false);
  });

  it('lets only the impolite side make the first offer of a fresh connection', () => {
    expect(mayOfferFirst(startNegotiation('ada-1', false, 'bob-1'))).toBe(true);
    expect(mayOfferFirst(startNegotiation('bob-1', true, 'ada-1'))).toBe(false);
  });
});

describe('glare: both sides offer at once', () => {
  const polite = startNegotiation('ada-1', true, 'bob-1');
  const impolite = startNegotiation('bob-1', false, 'ada-1');

  it('the impolite side ignores the colliding offer and keeps its own', () => {
    for (const live of [OFFERING, { ...STABLE, makingOffer: true }]) {
      const { next, step } = onSignal(impolite, offer('ada-1', 'bob-1'), live);
      expect(step).toEqual({ kind: 'ignore', reason: 'glare' });
      // Candidates of the ignored offer will fail to add; that is expected, not an error.
      expect(onSignal(next, candidate('ada-1', 'bob-1'), live).step).toEqual({
        kind: 'add-candidate',
        ignoreErrors: true,
      });
    }
  });

  it('the polite side rolls back and accepts, then the impolite side takes the answer', () => {
    const { next, step } = onSignal(polite, offer('bob-1', 'ada-1'), OFFERING);
    expect(step).toEqual({ kind: 'accept-offer' });
    expect(next.ignoringOffer).toBe(false);
    expect(onSignal(impolite, answer('ada-1', 'bob-1'), OFFERING).step).toEqual({
      kind: 'accept-answer',
    });
  });

  it('an offer arriving while an answer is being applied is not a collision', () => {
    const applying = {
      signalingState: 'have-local-offer',
      makingOffer: false,
      applyingAnswer: true,
    };
    expect(onSignal(impolite, offer('ada-1', 'bob-1'), applying).step).toEqual({
      kind: 'accept-offer',
    });
  });
});

describe('a peer leaving mid-offer', () => {
  it('restarts clean, sends nothing, and drops the late answer and candidates of that peer', () => {
    const offering = startNegotiation('ada-1', true, 'bob-1');
    const { next: alone, step } = onPeerCallId(offering, null);
    expect(step).toEqual({ kind: 'restart' });
    expect(recipient(alone)).toBeNull();
    expect(onSignal(alone, answer('bob-1', 'ada-1'), OFFERING).step).toEqual({
      kind: 'ignore',
      reason: 'stale',
    });
    expect(onSignal(alone, candidate('bob-1', 'ada-1'), OFFERING).step).toEqual({
      kind: 'ignore',
      reason: 'stale',
    });
  });

  it('takes the offer of the page that comes back (a reload) on a fresh connection', () => {
    const talking = startNegotiation('ada-1', false, 'bob-1');
    // Even the impolite side, mid-offer: the old offer was to a page that is gone.
    const { next, step } = onSignal(talking, offer('bob-2', 'ada-1'), OFFERING);
    expect(step).toEqual({ kind: 'restart-then-accept-offer' });
    expect(recipient(next)).toBe('bob-2');
    // The old page's stragglers no longer count.
    expect(onSignal(next, candidate('bob-1', 'ada-1'), STABLE).step.kind).toBe('ignore');
    // Hearing of that page through `call:peer` afterwards changes nothing.
    expect(onPeerCallId(next, 'bob-2').step).toEqual({ kind: 'none' });
  });

  it('restarts when told of a new page before its offer arrives', () => {
    const talking = startNegotiation('ada-1', true, 'bob-1');
    const { next, step } = onPeerCallId(talking, 'bob-2');
    expect(step).toEqual({ kind: 'restart' });
    // Its offer then is an ordinary one between two known pages.
    expect(onSignal(next, offer('bob-2', 'ada-1'), STABLE).step).toEqual({ kind: 'accept-offer' });
  });
});

describe('renegotiation between the same two pages', () => {
  const talking = startNegotiation('ada-1', false, 'bob-1');

  it('accepts a new offer in a stable call (an ICE restart, a device change) without restarting', () => {
    const { next, step } = onSignal(talking, offer('bob-1', 'ada-1'), STABLE);
    expect(step).toEqual({ kind: 'accept-offer' });
    expect(next).toEqual(talking);
  });

  it('ignores an answer it did not ask for', () => {
    expect(onSignal(talking, answer('bob-1', 'ada-1'), STABLE).step).toEqual({
      kind: 'ignore',
      reason: 'unexpected-answer',
    });
  });

  it('adds candidates normally once no offer was ignored', () => {
    expect(onSignal(talking, candidate('bob-1', 'ada-1'), STABLE).step).toEqual({
      kind: 'add-candidate',
      ignoreErrors: false,
    });
  });

  it('ignores signals meant for another page of ours (an earlier one, another tab)', () => {
    for (const signal of [
      offer('bob-1', 'ada-0'),
      answer('bob-1', 'ada-0'),
      candidate('bob-1', 'ada-0'),
    ]) {
      expect(onSignal(talking, signal, STABLE).step).toEqual({
        kind: 'ignore',
        reason: 'not-for-us',
      });
    }
  });
});
