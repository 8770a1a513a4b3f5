import { describe, expect, it } from 'vitest';
import { parseCustomInput } from './parseCustomInput';

describe('parseCustomInput, function style', () => {
  it('accepts a JSON array of arguments', () => {
    expect(parseCustomInput('[[1, 2, 3], 2, {"a": null}]', 'function', 'solve')).toEqual({
      ok: true,
      input: { style: 'function', args: [[1, 2, 3], 2, { a: null }] },
    });
    expect(parseCustomInput('[]', 'function', 'solve').ok).toBe(true);
  });

  it('explains what is wrong', () => {
    expect(parseCustomInput('', 'function', 'solve')).toEqual({
      ok: false,
      message: 'Write your input first.',
    });
    const broken = parseCustomInput('[1, 2', 'function', 'solve');
    expect(broken.ok === false && broken.message).toMatch(/^This is not valid JSON/);
    const notArray = parseCustomInput('{"n": 1}', 'function', 'solve');
    expect(notArray.ok === false && notArray.message).toMatch(/JSON array/);
  });
});

describe('parseCustomInput, class style', () => {
  it('accepts calls that start by constructing the entry class', () => {
    expect(
      parseCustomInput('[["LRUCache", 2], ["put", 1, 1], ["get", 1]]', 'class', 'LRUCache'),
    ).toEqual({
      ok: true,
      input: {
        style: 'class',
        calls: [
          ['LRUCache', 2],
          ['put', 1, 1],
          ['get', 1],
        ],
      },
    });
  });

  it('refuses calls without a method name, an empty list, or another class first', () => {
    for (const text of ['[]', '[[1, 2]]', '["get"]', '[[""]]']) {
      const parsed = parseCustomInput(text, 'class', 'LRUCache');
      expect(parsed.ok === false && parsed.message, text).toMatch(/array of calls/);
    }
    const other = parseCustomInput('[["Cache"], ["get", 1]]', 'class', 'LRUCache');
    expect(other.ok === false && other.message).toBe(
      'The first call constructs the class: start with ["LRUCache", ...].',
    );
  });
});
