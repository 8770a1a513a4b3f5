import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foreignRequests, launchBrowser, usePage, type BrowserSession } from './helpers/browser';
import { collectConsoleNoise } from './helpers/consoleMessages';
import { SMALL_BANK, useBrowserApp } from './helpers/useBrowserApp';
import { signInAsGuest } from './sessions/practiceDriver';

/*
 * A call between two Chromium profiles with Chromium's fake camera and microphone: both join,
 * each decodes the other's video (read from the peer connection's own stats), mute shows on the
 * other side, and a reload on one side reconnects. No STUN server: host candidates only, and no
 * request leaves the origin. It also prints join-to-first-remote-frame times (not asserted).
 */

const app = useBrowserApp({ QUESTION_BANK_DIR: SMALL_BANK }, { fakeMedia: true });
let candidateBrowser: BrowserSession | undefined;

/** Keeps every RTCPeerConnection the page makes, so the test can read its stats. */
function recordPeerConnections(): void {
  const Native = window.RTCPeerConnection;
  const made: RTCPeerConnection[] = [];
  const log: string[] = [];
  Reflect.set(window, '__peerConnections', made);
  Reflect.set(window, '__callLog', log);
  window.RTCPeerConnection = class extends Native {
    constructor(config?: RTCConfiguration) {
      super(config);
      made.push(this);
      // A timeline of each connection, printed when the test fails.
      const n = made.length;
      const started = performance.now();
      const note = (what: string) =>
        log.push(`connection ${n} +${Math.round(performance.now() - started)} ms: ${what}`);
      this.addEventListener('signalingstatechange', () => note(`signaling ${this.signalingState}`));
      this.addEventListener('iceconnectionstatechange', () =>
        note(`ice ${this.iceConnectionState}`),
      );
      this.addEventListener('icecandidate', (e) =>
        note(`candidate ${e.candidate?.candidate ?? 'end'}`),
      );
      this.addEventListener('track', (e) => note(`track ${e.track.kind}`));
    }
  };
}

beforeAll(async () => {
  candidateBrowser = await launchBrowser({ fakeMedia: true });
  for (const browser of [app.browser(), candidateBrowser]) {
    await browser.context.addInitScript(recordPeerConnections);
  }
});
afterAll(async () => {
  await candidateBrowser?.close();
});
const candidatePage = usePage(() => {
  if (!candidateBrowser) throw new Error('no candidate browser');
  return candidateBrowser;
});

/** Video frames the page's newest peer connection has decoded, and how many it made. */
async function remoteFrames(page: Page): Promise<{ connections: number; frames: number }> {
  return page.evaluate(async () => {
    const made = Reflect.get(window, '__peerConnections') as RTCPeerConnection[];
    const newest = made.at(-1);
    let frames = 0;
    if (newest && newest.connectionState !== 'closed') {
      (await newest.getStats()).forEach(
        (report: { type: string; kind?: string; framesDecoded?: number }) => {
          if (report.type === 'inbound-rtp' && report.kind === 'video')
            frames += report.framesDecoded ?? 0;
        },
      );
    }
    return { connections: made.length, frames };
  });
}

/** The other person's video element is playing a picture. */
async function remoteVideoPlays(page: Page, name: string): Promise<boolean> {
  return page.getByLabel(`${name}'s video`).evaluate((video: HTMLVideoElement) => {
    return !video.paused && video.readyState >= 2 && video.videoWidth > 0;
  });
}

/** Resolves once both pages decode each other's video on a connection made after `since`. */
async function bothSeeVideo(pages: [Page, Page], since: [number, number] = [0, 0]): Promise<void> {
  await expect
    .poll(
      async () => {
        const [a, b] = await Promise.all(pages.map(remoteFrames));
        return (
          a!.connections > since[0] && b!.connections > since[1] && a!.frames > 0 && b!.frames > 0
        );
      },
      { timeout: 30_000, interval: 50 },
    )
    .toBe(true)
    .catch(async (error: unknown) => {
      for (const [index, page] of pages.entries()) {
        const log = await page.evaluate(() => Reflect.get(window, '__callLog') as string[]);
        console.log(`page ${index + 1}:\n${log.join('\n')}`);
      }
      throw error;
    });
}

function median(values: number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

describe('a call in a live interview', () => {
  it(
    'connects both ways, shows mute on the other side and comes back after a reload',
    { timeout: 180_000 },
    async () => {
      const interviewer = app.page();
      const candidate = candidatePage();
      const noise = [...collectConsoleNoise(interviewer), ...collectConsoleNoise(candidate)];
      const url = app.server().url;

      await signInAsGuest(interviewer, url, 'Ada');
      await interviewer.goto(`${url}/interviews`);
      await interviewer.getByRole('radio', { name: 'Coding', exact: true }).check();
      await interviewer.getByRole('button', { name: 'Create interview' }).click();
      const inviteUrl = await interviewer.getByLabel('Invite link').inputValue();
      await interviewer.getByRole('link', { name: 'Open the room' }).click();
      await candidate.goto(inviteUrl.replace(/^https?:\/\/[^/]+/, url));
      await candidate.getByLabel('Your name').fill('Bob');
      await candidate.getByRole('button', { name: 'Join the interview' }).click();
      await interviewer
        .getByRole('list', { name: 'Who is here' })
        .getByText(/Bob, candidate, here/)
        .waitFor();

      // Both join; the time runs from the second click to both pictures decoding.
      await interviewer.getByRole('button', { name: 'Join call' }).click();
      await interviewer.getByText('Waiting for Bob to join the call').waitFor();
      const joinTimes: number[] = [];
      let started = Date.now();
      await candidate.getByRole('button', { name: 'Join call' }).click();
      await bothSeeVideo([interviewer, candidate]);
      joinTimes.push(Date.now() - started);
      expect(await remoteVideoPlays(interviewer, 'Bob')).toBe(true);
      expect(await remoteVideoPlays(candidate, 'Ada')).toBe(true);

      // Mute is a toggle the other side sees.
      const mute = candidate.getByRole('button', { name: 'Mute' });
      await mute.click();
      expect(await mute.getAttribute('aria-pressed')).toBe('true');
      await interviewer.getByText('Bob is muted').waitFor();
      await mute.click();
      await expect.poll(() => interviewer.getByText('Bob is muted').count()).toBe(0);

      // A reload of one side: the page joins the call again by itself and both see video again.
      const before = await remoteFrames(interviewer);
      await candidate.reload();
      await bothSeeVideo([interviewer, candidate], [before.connections, 0]);
      expect(await remoteVideoPlays(interviewer, 'Bob')).toBe(true);

      // More joins for the timing: leave and join again.
      for (let run = 0; run < 4; run++) {
        await candidate.getByRole('button', { name: 'Leave call' }).click();
        await interviewer.getByText('Waiting for Bob to join the call').waitFor();
        const connections = [
          (await remoteFrames(interviewer)).connections,
          (await remoteFrames(candidate)).connections,
        ] as [number, number];
        started = Date.now();
        await candidate.getByRole('button', { name: 'Join call' }).click();
        await bothSeeVideo([interviewer, candidate], connections);
        joinTimes.push(Date.now() - started);
      }
      console.log(
        `call: join to first remote frame on both sides, ms: ${joinTimes.join(', ')}; p50 ${median(joinTimes)}`,
      );

      for (const browser of [app.browser(), candidateBrowser!]) {
        expect(foreignRequests(browser.requests, url)).toEqual([]);
      }
      expect(noise.filter((line) => !/favicon|ResizeObserver/.test(line))).toEqual([]);
    },
  );
});
