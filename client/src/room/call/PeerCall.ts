import type { CallSignal, IceCandidate, IceServer, SessionDescription } from '@mockloop/shared';
import {
  mayOfferFirst,
  onPeerCallId,
  onSignal,
  recipient,
  startNegotiation,
  type Negotiation,
} from './negotiation';

/** How the media link to the peer stands, for the tile. */
export type CallLink = 'waiting' | 'connecting' | 'connected' | 'reconnecting';

export type MediaKind = 'audio' | 'video';

/** A signal to send: an offer, answer or candidate, addressed to the peer's page. */
export type OutgoingSignal =
  | { callId: string; to: string; description: SessionDescription }
  | { callId: string; to: string; candidate: IceCandidate };

export interface PeerCallOptions {
  callId: string;
  polite: boolean;
  iceServers: IceServer[];
  send(signal: OutgoingSignal): void;
  onRemote(stream: MediaStream | null): void;
  onLink(link: CallLink): void;
}

function toRtcIceServer({ urls, username, credential }: IceServer): RTCIceServer {
  return {
    urls,
    ...(username === undefined ? {} : { username }),
    ...(credential === undefined ? {} : { credential }),
  };
}

/** How long ICE may stay disconnected (a network change) before we restart it ourselves. */
const RESTART_AFTER_MS = 2_500;

/**
 * One side of the call on a real RTCPeerConnection, carrying out `negotiation.ts`'s decisions.
 * A fresh connection is opened whenever the peer's page changes (join, reload, leave); ICE is
 * restarted when the network drops. Media flows browser to browser; only signals use the socket.
 */
export class PeerCall {
  private negotiation: Negotiation;
  private pc: RTCPeerConnection | null = null;
  private senders = new Map<MediaKind, RTCRtpSender>();
  private tracks = new Map<MediaKind, MediaStreamTrack | null>();
  private makingOffer = false;
  private applyingAnswer = false;
  /** This connection has been through one offer and answer (either way). */
  private negotiated = false;
  private queue: Promise<void> = Promise.resolve();
  private restartTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly options: PeerCallOptions,
    peerCallId: string | null,
  ) {
    this.negotiation = startNegotiation(options.callId, options.polite, peerCallId);
  }

  /** Opens the first connection with these tracks (either may be null: receive only). */
  start(tracks: Record<MediaKind, MediaStreamTrack | null>): void {
    this.tracks = new Map(Object.entries(tracks) as [MediaKind, MediaStreamTrack | null][]);
    this.open();
  }

  /** The peer's page changed (`call:peer`): a fresh connection for the next negotiation. */
  setPeer(peerCallId: string | null): void {
    const { next, step } = onPeerCallId(this.negotiation, peerCallId);
    this.negotiation = next;
    if (step.kind === 'restart') {
      this.queue = this.queue.then(() => {
        this.open();
      });
    }
  }

  /** A signal from the peer, handled one at a time in arrival order. */
  receive(signal: CallSignal): void {
    this.queue = this.queue
      .then(() => this.handle(signal))
      .catch((error: unknown) => console.warn('call signal not applied', error));
  }

  /** Swaps the track sent for `kind` (another device) without renegotiating. */
  async replaceTrack(kind: MediaKind, track: MediaStreamTrack | null): Promise<void> {
    this.tracks.set(kind, track);
    await this.senders.get(kind)?.replaceTrack(track);
  }

  close(): void {
    clearTimeout(this.restartTimer);
    this.pc?.close();
    this.pc = null;
  }

  private async handle(signal: CallSignal): Promise<void> {
    const pc = this.pc;
    if (!pc) return;
    const { next, step } = onSignal(this.negotiation, signal, {
      signalingState: pc.signalingState,
      makingOffer: this.makingOffer,
      applyingAnswer: this.applyingAnswer,
    });
    this.negotiation = next;
    if (step.kind === 'restart-then-accept-offer' || step.kind === 'accept-offer') {
      if (!('description' in signal)) return;
      const current = step.kind === 'restart-then-accept-offer' ? this.open() : pc;
      // Applying an offer over our own rolls ours back (the polite side's way of giving in).
      await current.setRemoteDescription(signal.description);
      this.negotiated = true;
      await current.setLocalDescription();
      this.sendDescription(current);
    } else if (step.kind === 'accept-answer' && 'description' in signal) {
      this.applyingAnswer = true;
      try {
        await pc.setRemoteDescription(signal.description);
        this.negotiated = true;
      } finally {
        this.applyingAnswer = false;
      }
    } else if (step.kind === 'add-candidate' && 'candidate' in signal) {
      try {
        await pc.addIceCandidate(signal.candidate);
      } catch (error) {
        if (!step.ignoreErrors) throw error;
      }
    }
  }

  /** Closes any connection and opens a fresh one with the current tracks. */
  private open(): RTCPeerConnection {
    this.close();
    this.options.onRemote(null);
    this.options.onLink(recipient(this.negotiation) === null ? 'waiting' : 'connecting');
    this.negotiated = false;
    const pc = new RTCPeerConnection({ iceServers: this.options.iceServers.map(toRtcIceServer) });
    this.pc = pc;
    this.senders.clear();
    const stream = new MediaStream();
    for (const kind of ['audio', 'video'] as const) {
      const track = this.tracks.get(kind) ?? null;
      // `addTrack`'s transceivers are the ones a remote offer reuses (one m-line each way);
      // without a device we still ask to receive.
      if (track) this.senders.set(kind, pc.addTrack(track, stream));
      else pc.addTransceiver(kind, { direction: 'recvonly' });
    }
    let remote = new MediaStream();
    pc.ontrack = ({ track }) => {
      remote = new MediaStream([...remote.getTracks(), track]);
      this.options.onRemote(remote);
    };
    pc.onnegotiationneeded = () => void this.offer(pc);
    pc.onicecandidate = ({ candidate }) => {
      if (candidate && pc === this.pc) {
        this.sendSignal({
          candidate: {
            candidate: candidate.candidate,
            sdpMid: candidate.sdpMid,
            sdpMLineIndex: candidate.sdpMLineIndex,
            usernameFragment: candidate.usernameFragment,
          },
        });
      }
    };
    pc.oniceconnectionstatechange = () => this.iceChanged(pc);
    return pc;
  }

  private async offer(pc: RTCPeerConnection): Promise<void> {
    // Skipped here, the browser asks again once the peer's offer is answered, if still needed.
    if (!this.negotiated && !mayOfferFirst(this.negotiation)) return;
    try {
      this.makingOffer = true;
      await pc.setLocalDescription();
      this.sendDescription(pc);
    } catch (error) {
      console.warn('call offer failed', error);
    } finally {
      this.makingOffer = false;
    }
  }

  private iceChanged(pc: RTCPeerConnection): void {
    if (pc !== this.pc) return;
    const state = pc.iceConnectionState;
    clearTimeout(this.restartTimer);
    if (state === 'connected' || state === 'completed') this.options.onLink('connected');
    else if (state === 'failed') {
      this.options.onLink('reconnecting');
      pc.restartIce();
    } else if (state === 'disconnected') {
      this.options.onLink('reconnecting');
      // A network change: new candidates are needed, and waiting for `failed` takes long.
      this.restartTimer = setTimeout(() => {
        if (pc === this.pc && pc.iceConnectionState === 'disconnected') pc.restartIce();
      }, RESTART_AFTER_MS);
    }
  }

  private sendDescription(pc: RTCPeerConnection): void {
    const description = pc.localDescription;
    if (pc !== this.pc || !description) return;
    if (description.type === 'offer' || description.type === 'answer') {
      this.sendSignal({ description: { type: description.type, sdp: description.sdp } });
    }
  }

  private sendSignal(
    body: { description: SessionDescription } | { candidate: IceCandidate },
  ): void {
    const to = recipient(this.negotiation);
    // Nobody listens until the peer's page is in the call; joining restarts anyway.
    if (to === null) return;
    this.options.send({ callId: this.options.callId, to, ...body });
  }
}
