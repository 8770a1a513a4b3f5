import { CallSchema, JsonValueSchema, type JsonValue } from '@mockloop/shared';

/** One call of a class-style run: `[methodName, ...args]`, the first naming the class. */
export type CustomCall = [string, ...JsonValue[]];

/** The person's own input, ready to run against their code (judged against nothing). */
export type CustomInput =
  { style: 'function'; args: JsonValue[] } | { style: 'class'; calls: CustomCall[] };

export type ParsedCustomInput = { ok: true; input: CustomInput } | { ok: false; message: string };

/** Longer input is surely pasted by mistake; the server has its own, firmer limit. */
export const MAX_CUSTOM_INPUT_CHARS = 100_000;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `This is not valid JSON: ${(error as Error).message}` };
  }
}

/**
 * Reads custom input for a question. Function style: a JSON array of arguments, e.g.
 * `[[2, 7, 11], 9]`. Class style: a JSON array of calls, the first constructing `entry`, e.g.
 * `[["LRUCache", 2], ["put", 1, 1], ["get", 1]]`.
 */
export function parseCustomInput(
  text: string,
  style: 'function' | 'class',
  entry: string,
): ParsedCustomInput {
  if (!text.trim()) return { ok: false, message: 'Write your input first.' };
  if (text.length > MAX_CUSTOM_INPUT_CHARS) {
    return { ok: false, message: `Keep the input under ${MAX_CUSTOM_INPUT_CHARS} characters.` };
  }
  const json = parseJson(text);
  if (!json.ok) return json;
  if (style === 'function') {
    const args = JsonValueSchema.array().safeParse(json.value);
    if (!args.success) {
      return { ok: false, message: 'Write the arguments as a JSON array, e.g. [[1, 2, 3], 2].' };
    }
    return { ok: true, input: { style, args: args.data } };
  }
  const calls = CallSchema.array().min(1).safeParse(json.value);
  if (!calls.success) {
    return {
      ok: false,
      message: `Write a JSON array of calls, each ["method", ...args], e.g. [["${entry}"], ["method", 1]].`,
    };
  }
  if (calls.data[0]?.[0] !== entry) {
    return {
      ok: false,
      message: `The first call constructs the class: start with ["${entry}", ...].`,
    };
  }
  return { ok: true, input: { style, calls: calls.data } };
}
