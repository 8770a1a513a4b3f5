import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DocTimeline, replayFromStart, type TimedUpdate } from './docTimeline';

/** A small seeded generator (mulberry32), so a failing history can be replayed by its seed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Two people editing one text at random, their updates exchanged as a room would, logged with
 * the text as it was after each one and a stored snapshot now and then.
 */
function randomHistory(seed: number, edits: number) {
  const rand = random(seed);
  const peers = [new Y.Doc(), new Y.Doc()];
  const log: TimedUpdate[] = [];
  const texts: string[] = [];
  let at = 1_000;
  peers.forEach((doc, i) => {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === 'remote') return;
      Y.applyUpdate(peers[1 - i]!, update, 'remote');
      at += Math.floor(rand() * 3); // several edits may share a millisecond
      log.push({ at, snapshot: false, update });
      texts.push(doc.getText('code').toJSON());
    });
  });
  for (let n = 0; n < edits; n += 1) {
    const text = peers[n % 2]!.getText('code');
    if (text.length > 0 && rand() < 0.3) {
      const from = Math.floor(rand() * text.length);
      text.delete(from, Math.min(text.length - from, 1 + Math.floor(rand() * 3)));
    } else {
      text.insert(Math.floor(rand() * (text.length + 1)), String.fromCharCode(97 + (n % 26)));
    }
    if (rand() < 0.01) {
      log.push({ at, snapshot: true, update: Y.encodeStateAsUpdate(peers[0]!) });
      texts.push(peers[0]!.getText('code').toJSON());
    }
  }
  return { log, texts, final: peers[0]!.getText('code').toJSON() };
}

describe('DocTimeline', () => {
  it.each([1, 2, 3])(
    'gives the text as it was at every instant (seed %i)',
    (seed) => {
      const { log, texts, final } = randomHistory(seed, 1_500);
      const timeline = new DocTimeline(log, 'code', 30);
      // Several entries may share an instant: the state at that instant is after the last of them.
      for (let i = 0; i < log.length; i += 1) {
        if (log[i + 1]?.at === log[i]!.at) continue;
        expect(timeline.textAt(log[i]!.at)).toBe(texts[i]);
      }
      expect(timeline.textAt(timeline.end)).toBe(final);
      expect(timeline.textAt(timeline.start - 1)).toBe('');
      expect(replayFromStart(log, timeline.end, 'code')).toBe(final);
      // Hundreds of seeks: correctness, not speed (that is `npm run bench:replay`), on a busy machine.
    },
    60_000,
  );
});
