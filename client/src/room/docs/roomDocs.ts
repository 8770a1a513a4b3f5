import type { DocWire, AwarenessUser } from './SocketYjsProvider';
import { SocketYjsProvider } from './SocketYjsProvider';

/**
 * The room's shared documents for one socket: a provider per `docIndex`, made when first needed
 * and kept while the page is open, so an earlier question's document is never synced twice.
 */
export class RoomDocs {
  private readonly providers = new Map<number, SocketYjsProvider>();
  private joined = false;
  private destroyed = false;

  constructor(
    private readonly wire: DocWire,
    private readonly user: () => AwarenessUser,
  ) {}

  /** The provider of `docIndex`, connected if the room is joined. */
  get(docIndex: number): SocketYjsProvider {
    let provider = this.providers.get(docIndex);
    if (this.destroyed) {
      // A last render after the page left: hand out a document that holds on to nothing.
      const detached = provider ?? new SocketYjsProvider(docIndex, this.wire, this.user());
      detached.destroy();
      return detached;
    }
    if (!provider) {
      provider = new SocketYjsProvider(docIndex, this.wire, this.user());
      this.providers.set(docIndex, provider);
      if (this.joined) provider.connect();
    }
    return provider;
  }

  /** The room was (re)joined: every document reruns its state-vector exchange. */
  joinedRoom(): void {
    this.joined = true;
    for (const provider of this.providers.values()) provider.connect();
  }

  /** The socket dropped. */
  lostConnection(): void {
    this.joined = false;
    for (const provider of this.providers.values()) provider.disconnect();
  }

  destroy(): void {
    for (const provider of this.providers.values()) provider.destroy();
    this.providers.clear();
    this.joined = false;
    this.destroyed = true;
  }
}
