import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRelay, type RelayPeer } from './memoryRelay';
import { SocketYjsProvider } from './SocketYjsProvider';

const providers: SocketYjsProvider[] = [];

function join(peer: RelayPeer, name: string, docIndex = 0): SocketYjsProvider {
  const provider = new SocketYjsProvider(docIndex, peer.wire, { name, color: '#123456' });
  providers.push(provider);
  provider.connect();
  return provider;
}

const code = (provider: SocketYjsProvider) => provider.doc.getText('code').toJSON();
const names = (provider: SocketYjsProvider) =>
  [...provider.awareness.getStates().values()].map(
    (state) => (state.user as { name: string }).name,
  );

afterEach(() => {
  for (const provider of providers.splice(0)) provider.destroy();
});

describe('SocketYjsProvider through a relay that behaves like the room server', () => {
  it('syncs what was there before joining, then every edit both ways', () => {
    const relay = createMemoryRelay();
    relay.serverDoc(0).getText('code').insert(0, 'function f() {}');
    const ada = join(relay.addPeer(), 'Ada');
    expect(ada.synced).toBe(true);
    expect(code(ada)).toBe('function f() {}');

    const bob = join(relay.addPeer(), 'Bob');
    ada.doc.getText('code').insert(0, '// Ada\n');
    bob.doc.getText('code').insert(bob.doc.getText('code').length, '\n// Bob');
    expect(code(ada)).toBe('// Ada\nfunction f() {}\n// Bob');
    expect(code(bob)).toBe(code(ada));
    expect(relay.serverDoc(0).getText('code').toJSON()).toBe(code(ada));
  });

  it('keeps documents apart by docIndex', () => {
    const relay = createMemoryRelay();
    const first = join(relay.addPeer(), 'Ada', 0);
    const second = join(relay.addPeer(), 'Bob', 1);
    first.doc.getText('code').insert(0, 'only in 0');
    expect(code(second)).toBe('');
    expect(relay.serverDoc(1).getText('code').toJSON()).toBe('');
  });

  it('merges edits made on both sides while one was offline, once it reconnects', () => {
    const relay = createMemoryRelay();
    const adaPeer = relay.addPeer();
    const ada = join(adaPeer, 'Ada');
    const bob = join(relay.addPeer(), 'Bob');
    ada.doc.getText('code').insert(0, 'abc');

    adaPeer.drop();
    ada.disconnect();
    expect(ada.synced).toBe(false);
    ada.doc.getText('code').insert(3, ' offline');
    bob.doc.getText('code').insert(0, 'online ');
    expect(code(bob)).toBe('online abc');

    adaPeer.restore();
    ada.connect();
    expect(code(ada)).toBe('online abc offline');
    expect(code(bob)).toBe('online abc offline');
    expect(ada.synced).toBe(true);
  });

  it('shares who is here with their name, and removes a peer who drops or leaves', () => {
    const relay = createMemoryRelay();
    const adaPeer = relay.addPeer();
    const ada = join(adaPeer, 'Ada');
    const bob = join(relay.addPeer(), 'Bob');
    // Ada announced herself before Bob came: she is seen once she moves (or renews, every 15 s).
    ada.awareness.setLocalStateField('selection', { anchor: 1, head: 1 });
    expect(names(bob).sort()).toEqual(['Ada', 'Bob']);
    expect(names(ada).sort()).toEqual(['Ada', 'Bob']);

    adaPeer.drop();
    ada.disconnect();
    expect(names(bob)).toEqual(['Bob']);
    // Ada no longer shows a cursor the server cannot vouch for.
    expect(names(ada)).toEqual(['Ada']);

    adaPeer.restore();
    ada.connect();
    expect(names(bob).sort()).toEqual(['Ada', 'Bob']);

    bob.destroy();
    providers.splice(providers.indexOf(bob), 1);
    expect(names(ada)).toEqual(['Ada']);
  });

  it('sends nothing before it joins, and ignores frames it cannot read', () => {
    const relay = createMemoryRelay();
    const peer = relay.addPeer();
    const sent: Uint8Array[] = [];
    let deliverSync: (frame: Uint8Array) => void = () => {};
    const wire = {
      send: (channel: 'sync' | 'awareness', frame: Uint8Array) => {
        sent.push(frame);
        peer.wire.send(channel, frame);
      },
      listen: (channel: 'sync' | 'awareness', listener: (frame: Uint8Array) => void) => {
        if (channel === 'sync') deliverSync = listener;
        return peer.wire.listen(channel, listener);
      },
    };
    const provider = new SocketYjsProvider(0, wire, { name: 'Ada', color: '#123456' });
    providers.push(provider);
    provider.doc.getText('code').insert(0, 'before joining');
    expect(sent).toEqual([]);
    provider.connect();
    expect(relay.serverDoc(0).getText('code').toJSON()).toBe('before joining');
    expect(() => deliverSync(new Uint8Array([0, 0, 255, 255]))).not.toThrow();
    expect(() => deliverSync(new Uint8Array([0, 9, 1]))).not.toThrow();
    expect(code(provider)).toBe('before joining');
  });
});
