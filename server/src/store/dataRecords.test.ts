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
  it('writes binary as tagged base64, the form REST uses, and reads it back as bytes', () => {
    const line = toJsonLine({ type: 'event', event: event(Uint8Array.from([0, 0, 255])) });
    expect(line).toContain('"payloadKind":"binary","payload":"AAD/"');
    expect(fromJsonLine(line, 1)).toEqual({
      type: 'event',
      event: event(Uint8Array.from([0, 0, 255])),
    });
  });

  it('keeps a JSON payload that looks like a wrapper as JSON, and keeps clientOpId', () => {
    for (const lookalike of [{ base64: 'AAD/' }, { encoding: 'base64', data: 'AAD/' }]) {
      const stored = { ...event(lookalike), actorId: 'u1', clientOpId: 'op-1' };
      const line = toJsonLine({ type: 'event', event: stored });
      expect(line).toContain('"payloadKind":"json"');
      expect(fromJsonLine(line, 1)).toEqual({ type: 'event', event: stored });
    }
  });

  it('still reads version 1 files, whose payloads were wrapped', () => {
    expect(fromJsonLine('{"type":"header","format":"mockloop-export","version":1}', 1)).toBeNull();
    const { payload: _, ...fields } = event(null);
    const v1 = (payload: unknown) =>
      JSON.stringify({ type: 'event', event: { ...fields, payload } });
    expect(fromJsonLine(v1({ base64: 'AAD/' }), 2)).toEqual({
      type: 'event',
      event: event(Uint8Array.from([0, 0, 255])),
    });
    expect(fromJsonLine(v1({ json: { base64: 'x' } }), 3)).toEqual({
      type: 'event',
      event: event({ base64: 'x' }),
    });
  });

  it('names the line of a broken record and refuses other formats', () => {
    expect(fromJsonLine(toJsonLine(EXPORT_HEADER), 1)).toBeNull();
    expect(() => fromJsonLine('{"type":"header","format":"other","version":2}', 1)).toThrow(
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
