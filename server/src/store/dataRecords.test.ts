import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '@mockloop/shared';
import { EXPORT_HEADER, fromJsonLine, toJsonLine } from './dataRecords';
import { importData } from './dataTransfer';
import type { Store } from './port';

const event = (payload: SessionEvent['payload']): SessionEvent => ({
  sessionId: 's1',
  seq: 3,
  at: 1_700_000_000_000,
  actorId: null,
  type: 'code:yjs',
  payload,
  visibility: 'everyone',
});

describe('export lines', () => {
  it('writes binary as base64 and reads it back as bytes', () => {
    const line = toJsonLine({ type: 'event', event: event(Uint8Array.from([0, 0, 255])) });
    expect(line).toContain('"payload":{"base64":"AAD/"}');
    expect(fromJsonLine(line, 1)).toEqual({
      type: 'event',
      event: event(Uint8Array.from([0, 0, 255])),
    });
  });

  it('keeps a JSON payload that looks like a wrapper as JSON', () => {
    const lookalike = { base64: 'AAD/' };
    const line = toJsonLine({ type: 'event', event: event(lookalike) });
    expect(fromJsonLine(line, 1)).toEqual({ type: 'event', event: event(lookalike) });
  });

  it('names the line of a broken record and refuses other formats', () => {
    expect(fromJsonLine(toJsonLine(EXPORT_HEADER), 1)).toBeNull();
    expect(() => fromJsonLine('{"type":"header","format":"other","version":1}', 1)).toThrow(
      /line 1: not a mockloop-export/,
    );
    expect(() => fromJsonLine('{oops', 7)).toThrow(/line 7: not JSON/);
    expect(() => fromJsonLine('{"type":"user","user":{"id":"u"}}', 9)).toThrow(
      /record on line 9: user\./,
    );
  });
});

describe('importData', () => {
  const emptyStore = {
    isEmpty: () => Promise.resolve(true),
    importRecords: () => Promise.resolve(),
  };
  const lines = (...text: string[]) => Readable.from(text);

  it('wants the header first', async () => {
    const user = '{"type":"user","user":{}}';
    await expect(importData(emptyStore as unknown as Store, lines(user))).rejects.toThrow(
      /line 1: expected the export header/,
    );
    await expect(importData(emptyStore as unknown as Store, lines())).rejects.toThrow(/empty/);
  });
});
