import type { MediaKind } from './PeerCall';

/** The camera and microphone this page got, and in plain words what it could not get. */
export interface LocalMedia {
  tracks: Record<MediaKind, MediaStreamTrack | null>;
  /** Shown as it is; null when both devices opened. */
  problem: string | null;
}

const TEXT_GOES_ON = 'The interview goes on in text and code as before.';

/** What a failed `getUserMedia` means for the person, in one sentence or two. */
export function describeMediaError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return `Camera and microphone access was refused. ${TEXT_GOES_ON} To talk, allow them in your browser's site settings and join the call again.`;
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return `No camera or microphone was found. ${TEXT_GOES_ON} You can still see and hear the other person.`;
  }
  if (name === 'NotReadableError' || name === 'AbortError') {
    return `Your camera or microphone is in use by another program. ${TEXT_GOES_ON}`;
  }
  return `Your camera and microphone could not be opened. ${TEXT_GOES_ON}`;
}

function constraint(deviceId: string | undefined): MediaTrackConstraints | boolean {
  return deviceId ? { deviceId: { exact: deviceId } } : true;
}

async function open(
  kinds: MediaKind[],
  devices: Partial<Record<MediaKind, string>>,
): Promise<LocalMedia['tracks']> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: kinds.includes('audio') && constraint(devices.audio),
    video: kinds.includes('video') && constraint(devices.video),
  });
  return {
    audio: stream.getAudioTracks()[0] ?? null,
    video: stream.getVideoTracks()[0] ?? null,
  };
}

/**
 * Opens the microphone and camera (the chosen devices, else the defaults). Without a camera it
 * falls back to the microphone alone and the other way round; a refusal is not asked again.
 */
export async function openLocalMedia(
  devices: Partial<Record<MediaKind, string>> = {},
): Promise<LocalMedia> {
  const none = { audio: null, video: null };
  if (!navigator.mediaDevices?.getUserMedia) {
    return {
      tracks: none,
      problem: `This browser offers no camera or microphone on this page (it needs HTTPS). ${TEXT_GOES_ON}`,
    };
  }
  try {
    return { tracks: await open(['audio', 'video'], devices), problem: null };
  } catch (error) {
    const refused = error instanceof DOMException && error.name === 'NotAllowedError';
    if (!refused) {
      for (const kind of ['audio', 'video'] as const) {
        try {
          return { tracks: await open([kind], devices), problem: describeMediaError(error) };
        } catch {
          // Try the other device alone.
        }
      }
    }
    return { tracks: none, problem: describeMediaError(error) };
  }
}

/** Opens one device for `kind` (a device chosen in the tile). */
export async function openDevice(kind: MediaKind, deviceId: string): Promise<MediaStreamTrack> {
  const tracks = await open([kind], { [kind]: deviceId });
  const track = tracks[kind];
  if (!track) throw new DOMException('no track', 'NotFoundError');
  return track;
}

/** The microphones and cameras the browser lists (names once access was granted). */
export async function listDevices(): Promise<Record<MediaKind, MediaDeviceInfo[]>> {
  const all = (await navigator.mediaDevices?.enumerateDevices()) ?? [];
  return {
    audio: all.filter((d) => d.kind === 'audioinput'),
    video: all.filter((d) => d.kind === 'videoinput'),
  };
}
