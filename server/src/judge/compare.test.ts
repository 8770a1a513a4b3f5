import { describe, expect, it } from 'vitest';
import { canonicalJson, compareResult } from './compare';

describe('compareResult', () => {
  it('exact: deep equality, key order ignored, -0 equals 0', () => {
    expect(compareResult({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 }, { mode: 'exact' })).toBe(true);
    expect(compareResult(-0, 0, { mode: 'exact' })).toBe(true);
    expect(compareResult([1, 2], [2, 1], { mode: 'exact' })).toBe(false);
    expect(compareResult({ a: 1 }, { a: 1, b: null }, { mode: 'exact' })).toBe(false);
    expect(compareResult('1', 1, { mode: 'exact' })).toBe(false);
    expect(compareResult(null, {}, { mode: 'exact' })).toBe(false);
    expect(compareResult([], {}, { mode: 'exact' })).toBe(false);
    expect(compareResult(0.1 + 0.2, 0.3, { mode: 'exact' })).toBe(false);
  });

  it('unordered: a top-level array in any order, as a multiset; nested arrays stay ordered', () => {
    expect(compareResult([3, 1, 2], [1, 2, 3], { mode: 'unordered' })).toBe(true);
    expect(compareResult([1, 1, 2], [1, 2, 2], { mode: 'unordered' })).toBe(false);
    expect(
      compareResult([[1, 2], { b: 1, a: 2 }], [{ a: 2, b: 1 }, [1, 2]], { mode: 'unordered' }),
    ).toBe(true);
    expect(compareResult([[2, 1]], [[1, 2]], { mode: 'unordered' })).toBe(false);
    expect(compareResult([1, 2], [1, 2, 3], { mode: 'unordered' })).toBe(false);
    expect(compareResult(5, 5, { mode: 'unordered' })).toBe(true);
  });

  it('float: |actual - expected| <= tolerance * max(1, |expected|), recursively', () => {
    const float = { mode: 'float', tolerance: 1e-6 } as const;
    expect(compareResult(0.1 + 0.2, 0.3, float)).toBe(true);
    expect(compareResult([1.0000001, { x: 2 }], [1, { x: 2.0000001 }], float)).toBe(true);
    expect(compareResult(1.00001, 1, float)).toBe(false);
    // Relative for large numbers: 1e9 * 1e-6 = 1000.
    expect(compareResult(1_000_000_500, 1_000_000_000, float)).toBe(true);
    expect(compareResult(1_000_002_000, 1_000_000_000, float)).toBe(false);
    expect(compareResult('1', 1, float)).toBe(false);
  });

  it('canonicalJson sorts keys so equal values have equal text', () => {
    expect(canonicalJson({ b: [1, { d: 1, c: 2 }], a: null })).toBe(
      '{"a":null,"b":[1,{"c":2,"d":1}]}',
    );
  });
});
