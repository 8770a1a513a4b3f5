/**
 * Runs a script's `main`, which resolves to its exit code; a thrown error prints its message
 * alone on stderr and exits with `failureCode`.
 */
export function runScript(main: () => Promise<number>, failureCode: number): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = failureCode;
    },
  );
}
