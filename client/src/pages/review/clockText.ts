/** Milliseconds as words for a screen reader: "2 minutes 5 seconds". */
export function spokenDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [
    minutes > 0 ? `${minutes} minute${minutes === 1 ? '' : 's'}` : '',
    `${seconds} second${seconds === 1 ? '' : 's'}`,
  ];
  return parts.filter(Boolean).join(' ');
}
