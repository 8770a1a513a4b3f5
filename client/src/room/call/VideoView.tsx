import { useEffect, useRef } from 'react';

interface VideoViewProps {
  stream: MediaStream | null;
  label: string;
  className: string;
  /** Our own picture: never plays our own sound back, and is mirrored like a mirror. */
  self?: boolean;
  /** The browser refused to play sound without a click: the picture plays muted meanwhile. */
  onSoundBlocked?: () => void;
}

/** A `<video>` showing a MediaStream (set as `srcObject`, which no attribute can do). */
export function VideoView({
  stream,
  label,
  className,
  self = false,
  onSoundBlocked,
}: VideoViewProps) {
  const ref = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const video = ref.current;
    if (!video) return;
    video.srcObject = stream;
    if (!stream) return;
    video.muted = self;
    video.play().catch((error: unknown) => {
      // Autoplay with sound needs a click on the page first (a reload rejoins without one).
      if (self || !(error instanceof DOMException) || error.name !== 'NotAllowedError') return;
      video.muted = true;
      void video.play().catch(() => {});
      onSoundBlocked?.();
    });
  }, [stream, self, onSoundBlocked]);
  return (
    <video ref={ref} className={className} aria-label={label} autoPlay playsInline muted={self} />
  );
}
