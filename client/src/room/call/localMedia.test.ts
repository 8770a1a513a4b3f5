import { afterEach, describe, expect, it } from 'vitest';
import { describeMediaError, openLocalMedia } from './localMedia';

/*
 * jsdom has no camera: `getUserMedia` here is a stand-in that refuses the way browsers do, to
 * check what the person is told and what the page falls back to. Real devices: the e2e.
 */

const real = Object.getOwnPropertyDescriptor(navigator, 'mediaDevices');
afterEach(() => {
  if (real) Object.defineProperty(navigator, 'mediaDevices', real);
  else Reflect.deleteProperty(navigator, 'mediaDevices');
});

function devices(answer: (constraints: MediaStreamConstraints) => MediaStream): void {
  Object.defineProperty(navigator, 'mediaDevices', {
    configurable: true,
    value: { getUserMedia: (c: MediaStreamConstraints) => Promise.resolve().then(() => answer(c)) },
  });
}

describe('opening the camera and microphone', () => {
  it('says plainly that access was refused, asks no second time, and the interview goes on', async () => {
    const asked: MediaStreamConstraints[] = [];
    devices((constraints) => {
      asked.push(constraints);
      throw new DOMException('denied', 'NotAllowedError');
    });
    const media = await openLocalMedia();
    expect(media.tracks).toEqual({ audio: null, video: null });
    expect(media.problem).toMatch(/access was refused/);
    expect(media.problem).toMatch(/goes on in text/);
    expect(asked).toHaveLength(1);
  });

  it('falls back to the microphone alone when there is no camera', async () => {
    const microphone = { kind: 'audio' } as MediaStreamTrack;
    devices((constraints) => {
      if (constraints.video) throw new DOMException('none', 'NotFoundError');
      return {
        getAudioTracks: () => [microphone],
        getVideoTracks: () => [],
      } as unknown as MediaStream;
    });
    const media = await openLocalMedia();
    expect(media.tracks).toEqual({ audio: microphone, video: null });
    expect(media.problem).toMatch(/No camera or microphone was found/);
  });

  it('explains a device in use and an unknown failure too', () => {
    expect(describeMediaError(new DOMException('busy', 'NotReadableError'))).toMatch(/in use/);
    expect(describeMediaError(new Error('odd'))).toMatch(/could not be opened/);
  });
});
