import fs from 'node:fs';

/** How often the supervisor samples a busy worker's resident memory. */
export const RSS_SAMPLE_MS = 25;

/**
 * A process's resident set size in MB (MiB), as the kernel counts it in `/proc/<pid>/status`;
 * undefined where there is no /proc (not Linux) or the process is gone.
 */
export function residentMb(pid: number): number | undefined {
  let status: string;
  try {
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return undefined;
  }
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  return match ? Number(match[1]) / 1024 : undefined;
}

/**
 * Samples `pid`'s resident memory every RSS_SAMPLE_MS and calls `onExceeded` once, the first time
 * it is above `ceilingMb`. Measured from outside because a worker stuck in a busy isolate cannot
 * report anything itself. Returns a function that stops the sampling.
 */
export function watchResidentMemory(
  pid: number,
  ceilingMb: number,
  onExceeded: (rssMb: number) => void,
): () => void {
  const timer = setInterval(() => {
    const rssMb = residentMb(pid);
    if (rssMb === undefined || rssMb <= ceilingMb) return;
    clearInterval(timer);
    onExceeded(rssMb);
  }, RSS_SAMPLE_MS);
  return () => clearInterval(timer);
}
