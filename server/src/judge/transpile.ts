import { transform, type Message } from 'esbuild';
import type { Language } from '@mockloop/shared';

export type TranspileResult = { ok: true; code: string } | { ok: false; message: string };

/**
 * Turns a submission into plain JavaScript the sandbox can run as the body of a function.
 * esbuild parses both languages, so a syntax error is reported the same way for each, with its
 * line and column in the candidate's own source. TypeScript types are stripped, never checked.
 * `export` is rewritten to CommonJS, which is how `export function twoSum` stays accepted.
 */
export async function transpile(source: string, language: Language): Promise<TranspileResult> {
  try {
    const result = await transform(source, {
      loader: language === 'typescript' ? 'ts' : 'js',
      format: 'cjs',
      target: 'esnext',
      logLevel: 'silent',
      sourcefile: language === 'typescript' ? 'solution.ts' : 'solution.js',
    });
    return { ok: true, code: result.code };
  } catch (error) {
    return { ok: false, message: describeBuildFailure(error) };
  }
}

function describeBuildFailure(error: unknown): string {
  const errors = (error as { errors?: Message[] } | null)?.errors;
  const first = Array.isArray(errors) ? errors[0] : undefined;
  if (!first) return 'The code could not be compiled.';
  const where = first.location
    ? `Line ${first.location.line}, column ${first.location.column + 1}: `
    : '';
  return `${where}${first.text}`;
}
