/*
 * The call's signalling decisions, as a pure state machine: "perfect negotiation" (both sides
 * may offer at any time; on a collision the polite side gives way) plus call ids, so signals
 * from a page that has since reloaded, or meant for an earlier page of ours, are told apart.
 * `PeerCall` carries the decisions out on a real RTCPeerConnection.
 */

/** What this side knows of the negotiation between two signals. */
export interface Negotiation {
  /** Gives way on a collision of offers. Decided the same way on both sides (by user id). */
  polite: boolean;
  /** This page's call id, sent with every signal. */
  callId: string;
  /** The call id of the peer's page we talk to; null while they are not in the call. */
  peerCallId: string | null;
  /** An offer was dropped in a collision: errors adding its candidates are expected. */
  ignoringOffer: boolean;
}

/** The peer connection's state when a signal arrives (`RTCPeerConnection` and our flags). */
export interface LiveSignaling {
  signalingState: string;
  /** Between `setLocalDescription()` for an offer and sending it. */
  makingOffer: boolean;
  /** An answer is being applied; the connection is about to be stable again. */
  applyingAnswer: boolean;
}

/** An incoming signal, as far as the decision needs it. */
export type IncomingSignal =
  | { callId: string; to: string; description: { type: 'offer' | 'answer' } }
  | { callId: string; to: string; candidate: unknown };

/** What to do with one incoming signal. */
export type SignalStep =
  /** `not-for-us`: another page's; `stale`: from a page we no longer talk to; `glare`: we are impolite. */
  | { kind: 'ignore'; reason: 'not-for-us' | 'stale' | 'glare' | 'unexpected-answer' }
  /** A new page of the peer offers: start a fresh connection, then accept the offer. */
  | { kind: 'restart-then-accept-offer' }
  /** Apply the offer (rolling back ours if we had one), answer, send the answer. */
  | { kind: 'accept-offer' }
  | { kind: 'accept-answer' }
  | { kind: 'add-candidate'; ignoreErrors: boolean };

/** What to do when the peer's side of the call changes. */
export type PeerStep = { kind: 'none' } | { kind: 'restart' };

export function startNegotiation(
  callId: string,
  polite: boolean,
  peerCallId: string | null,
): Negotiation {
  return { polite, callId, peerCallId, ignoringOffer: false };
}

/** The polite side: the one with the smaller user id, the same answer on both sides. */
export function isPolite(myUserId: string, peerUserId: string): boolean {
  return myUserId < peerUserId;
}

/**
 * Whether a fresh connection may make the first offer: only the impolite side does, and the
 * polite side answers it. Joining and reloading then never collide (Chromium may stop gathering
 * candidates after rolling back an offer); later offers (an ICE restart, a new device) may come
 * from either side, and collisions between them are what `onSignal` settles.
 */
export function mayOfferFirst(n: Negotiation): boolean {
  return !n.polite;
}

/** Where our signals go now: the peer's call id, or null to send none (nobody listens). */
export function recipient(n: Negotiation): string | null {
  return n.peerCallId;
}

/** Decides what to do with `signal`, given the connection's state right now. */
export function onSignal(
  n: Negotiation,
  signal: IncomingSignal,
  live: LiveSignaling,
): { next: Negotiation; step: SignalStep } {
  if (signal.to !== n.callId) return { next: n, step: { kind: 'ignore', reason: 'not-for-us' } };
  const fromPeer = signal.callId === n.peerCallId;
  if ('candidate' in signal) {
    return fromPeer
      ? { next: n, step: { kind: 'add-candidate', ignoreErrors: n.ignoringOffer } }
      : { next: n, step: { kind: 'ignore', reason: 'stale' } };
  }
  if (signal.description.type === 'answer') {
    if (!fromPeer) return { next: n, step: { kind: 'ignore', reason: 'stale' } };
    return live.signalingState === 'have-local-offer'
      ? { next: n, step: { kind: 'accept-answer' } }
      : { next: n, step: { kind: 'ignore', reason: 'unexpected-answer' } };
  }
  // An offer from a page we have not talked to: the peer joined or reloaded. Whatever we had
  // was with an earlier page, so start clean rather than negotiate on top of it.
  if (!fromPeer) {
    return {
      next: { ...n, peerCallId: signal.callId, ignoringOffer: false },
      step: { kind: 'restart-then-accept-offer' },
    };
  }
  const readyForOffer =
    !live.makingOffer && (live.signalingState === 'stable' || live.applyingAnswer);
  const collision = !readyForOffer;
  if (collision && !n.polite) {
    return { next: { ...n, ignoringOffer: true }, step: { kind: 'ignore', reason: 'glare' } };
  }
  return { next: { ...n, ignoringOffer: false }, step: { kind: 'accept-offer' } };
}

/**
 * The peer's call id changed (`call:peer`, or the peer already in the call when we join):
 * leaving or a new page means a fresh connection, so the next offer starts from nothing.
 */
export function onPeerCallId(
  n: Negotiation,
  peerCallId: string | null,
): { next: Negotiation; step: PeerStep } {
  if (peerCallId === n.peerCallId) return { next: n, step: { kind: 'none' } };
  return {
    next: { ...n, peerCallId, ignoringOffer: false },
    step: { kind: 'restart' },
  };
}
