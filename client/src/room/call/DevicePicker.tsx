import { useEffect, useState } from 'react';
import { listDevices } from './localMedia';
import type { MediaKind } from './PeerCall';

interface DevicePickerProps {
  /** The tracks in use, to show which device is chosen. */
  current: Record<MediaKind, MediaStreamTrack | null>;
  onChoose: (kind: MediaKind, deviceId: string) => void;
}

const LABELS: Record<MediaKind, string> = { audio: 'Microphone', video: 'Camera' };

/** Lists microphones and cameras; choosing one swaps it into the call without a pause. */
export function DevicePicker({ current, onChoose }: DevicePickerProps) {
  const [devices, setDevices] = useState<Record<MediaKind, MediaDeviceInfo[]>>({
    audio: [],
    video: [],
  });
  useEffect(() => {
    let active = true;
    const load = () =>
      void listDevices()
        .then((found) => active && setDevices(found))
        .catch(() => {});
    load();
    navigator.mediaDevices?.addEventListener('devicechange', load);
    return () => {
      active = false;
      navigator.mediaDevices?.removeEventListener('devicechange', load);
    };
  }, []);
  return (
    <details className="call-devices">
      <summary>Devices</summary>
      {(['audio', 'video'] as const).map((kind) => (
        <label key={kind}>
          {LABELS[kind]}
          <select
            value={current[kind]?.getSettings().deviceId ?? ''}
            disabled={devices[kind].length === 0}
            onChange={(event) => onChoose(kind, event.target.value)}
          >
            {devices[kind].length === 0 && <option value="">None found</option>}
            {devices[kind].map((device, index) => (
              <option key={device.deviceId || index} value={device.deviceId}>
                {device.label || `${LABELS[kind]} ${index + 1}`}
              </option>
            ))}
          </select>
        </label>
      ))}
    </details>
  );
}
