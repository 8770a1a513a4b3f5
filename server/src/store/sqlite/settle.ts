/**
 * better-sqlite3 is synchronous; the port is asynchronous. `settle` runs the work now and turns
 * a throw into a rejected promise, so callers see one error path.
 */
export function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

export function nullOr<R, T>(row: R | undefined, map: (row: R) => T): T | null {
  return row === undefined ? null : map(row);
}
