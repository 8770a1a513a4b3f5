import type { JsonValue } from '@mockloop/shared';

export type CompareMode = 'exact' | 'unordered' | 'float';

export interface CompareOptions {
  mode: CompareMode;
  /** Only with `float`: equal when `|actual - expected| <= tolerance * max(1, |expected|)`. */
  tolerance?: number;
}

/**
 * Compares a submission's result with the expected value. Runs in the host on plain data that
 * was parsed there, so nothing the submission did to its own built-ins can reach it.
 */
export function compareResult(
  actual: JsonValue,
  expected: JsonValue,
  options: CompareOptions,
): boolean {
  switch (options.mode) {
    case 'exact':
      return jsonEqual(actual, expected, exactNumbers);
    case 'float':
      return jsonEqual(actual, expected, floatNumbers(options.tolerance ?? 1e-9));
    case 'unordered':
      if (Array.isArray(actual) && Array.isArray(expected)) {
        return unorderedEqual(actual, expected);
      }
      return jsonEqual(actual, expected, exactNumbers);
  }
}

type NumberEqual = (actual: number, expected: number) => boolean;

// `-0` equals `0` under `===`, which is what the architecture asks for.
const exactNumbers: NumberEqual = (a, b) => a === b;

function floatNumbers(tolerance: number): NumberEqual {
  return (a, b) => a === b || Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(b));
}

function jsonEqual(a: JsonValue, b: JsonValue, numbersEqual: NumberEqual): boolean {
  if (a === null || b === null) return a === b;
  if (typeof a === 'number' && typeof b === 'number') return numbersEqual(a, b);
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => jsonEqual(item, b[i] as JsonValue, numbersEqual));
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => {
    if (!Object.hasOwn(b, key)) return false;
    return jsonEqual(a[key] as JsonValue, b[key] as JsonValue, numbersEqual);
  });
}

/** Multiset equality of two arrays: each expected item is matched by exactly one actual item. */
function unorderedEqual(actual: JsonValue[], expected: JsonValue[]): boolean {
  if (actual.length !== expected.length) return false;
  const counts = new Map<string, number>();
  for (const item of expected) {
    const key = canonicalJson(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const item of actual) {
    const key = canonicalJson(item);
    const left = counts.get(key);
    if (!left) return false;
    counts.set(key, left - 1);
  }
  return true;
}

/** JSON with object keys sorted, so equal values have equal text. */
export function canonicalJson(value: JsonValue): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as JsonValue)}`).join(',')}}`;
}
