import type { RunResult } from '@mockloop/shared';

/**
 * The judge marks every case of code that does not compile with the same message; a judge's
 * page shows it once, with its line and column, instead of one identical card per case.
 */
export function compileErrorOf(result: RunResult): string | undefined {
  if (result.verdict !== 'compile_error') return undefined;
  return result.tests.find((test) => test.message)?.message ?? 'The code could not be compiled.';
}

export function CompileErrorNote({ message, total }: { message: string; total: number }) {
  return (
    <div className="compile-error">
      {/* Focusable: a long line scrolls sideways, and a keyboard must be able to scroll it. */}
      <pre tabIndex={0} data-testid="compile-error">
        {message}
      </pre>
      <p className="compile-error-note">
        None of the {total} {total === 1 ? 'test' : 'tests'} ran: fix the code and run again.
      </p>
    </div>
  );
}
