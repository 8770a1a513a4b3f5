/**
 * The code that runs inside every fresh sandbox context before the submission does.
 *
 * It captures the built-ins it needs first, so a submission that replaces `JSON.stringify`,
 * `Array.isArray` or `Array.prototype.every` changes nothing here. It calls the entry, awaits a
 * returned promise, and turns the result into JSON text with its own strict walker: only plain
 * arrays, plain objects, finite numbers, strings, booleans and null pass (`undefined` counts as
 * null); a function, a `toJSON`, a Map, a cycle or a huge value is reported, never trusted. The
 * host parses that text with its own, untouched `JSON.parse` and compares there.
 *
 * The result travels back as one string: `ok:<json>`, `np:<why it is not plain data>` or
 * `er:<error message>`. Timeouts and memory exhaustion cannot be caught in here and surface in
 * the host instead.
 */
const HARNESS = String.raw`(function (userModule, ENTRY, STYLE) {
  'use strict';
  const isArray = Array.isArray;
  const keys = Object.keys;
  const getPrototypeOf = Object.getPrototypeOf;
  const defineProperty = Object.defineProperty;
  const objectProto = Object.prototype;
  const quote = JSON.stringify;
  const apply = Reflect.apply;
  const construct = Reflect.construct;
  const toStr = String;
  const objectToString = Object.prototype.toString;
  const stringSlice = String.prototype.slice;
  const MAX_DEPTH = 256;
  const MAX_LENGTH = 8 * 1024 * 1024;
  const STOP = {};
  let notPlainReason = '';
  let sink = null;
  let logBudget = 0;

  function notPlain(reason) {
    notPlainReason = reason;
    throw STOP;
  }
  function kindOf(value) {
    try { return apply(objectToString, value, []); } catch (_) { return 'an unknown object'; }
  }
  function toJson(value, depth) {
    if (value === null || value === undefined) return 'null';
    switch (typeof value) {
      case 'boolean': return value ? 'true' : 'false';
      case 'number':
        if (value !== value || value === 1 / 0 || value === -1 / 0) notPlain('the number ' + toStr(value) + ' is not valid JSON');
        return quote(value);
      case 'string': return quote(value);
      case 'bigint': return notPlain('a BigInt is not valid JSON');
      case 'symbol': return notPlain('a Symbol is not valid JSON');
      case 'function': return notPlain('a function (or toJSON) is not valid JSON');
    }
    if (depth > MAX_DEPTH) notPlain('the value is nested too deeply or is circular');
    let out;
    if (isArray(value)) {
      out = '[';
      const length = value.length;
      // Every item takes at least two characters ("0,"), so some arrays are too large unread.
      if (length > MAX_LENGTH / 2) notPlain('the value is larger than 8 MiB of JSON');
      for (let i = 0; i < length; i++) {
        if (i > 0) out += ',';
        out += toJson(value[i], depth + 1);
        if (out.length > MAX_LENGTH) notPlain('the value is larger than 8 MiB of JSON');
      }
      return out + ']';
    }
    const proto = getPrototypeOf(value);
    if (proto !== objectProto && proto !== null) notPlain(kindOf(value) + ' is not a plain JSON object');
    const names = keys(value);
    out = '{';
    for (let i = 0; i < names.length; i++) {
      if (i > 0) out += ',';
      out += quote(names[i]) + ':' + toJson(value[names[i]], depth + 1);
      if (out.length > MAX_LENGTH) notPlain('the value is larger than 8 MiB of JSON');
    }
    return out + '}';
  }
  function describeError(error) {
    try {
      if (error !== null && typeof error === 'object') {
        const name = error.name;
        const message = error.message;
        if (typeof message === 'string') {
          return (typeof name === 'string' && name !== '' ? name + ': ' : '') + message;
        }
      }
      if (typeof error === 'string') return 'Uncaught ' + error;
      return 'Uncaught ' + toJson(error, 0);
    } catch (_) {
      return 'An exception was thrown.';
    }
  }
  function formatArg(value) {
    if (typeof value === 'string') return value;
    try { return toJson(value, 0); } catch (_) {
      return typeof value === 'function' ? '[Function]' : kindOf(value);
    }
  }
  let cutReported = false;
  function emit(args) {
    if (sink === null) return;
    if (logBudget <= 0) {
      // Output past the cap is dropped; the host hears once that some was.
      if (!cutReported) apply(sink, undefined, ['', true]);
      cutReported = true;
      return;
    }
    let line = '';
    for (let i = 0; i < args.length && line.length <= logBudget; i++) {
      if (i > 0) line += ' ';
      line += formatArg(args[i]);
    }
    line += '\n';
    const cut = line.length > logBudget;
    if (cut) line = apply(stringSlice, line, [0, logBudget]);
    logBudget = cut ? 0 : logBudget - line.length;
    cutReported = cut;
    apply(sink, undefined, [line, cut]);
  }
  const log = (...args) => emit(args);
  defineProperty(globalThis, 'console', {
    value: { log, info: log, debug: log, warn: log, error: log, trace: log },
    writable: true,
    configurable: true,
  });
  function isThenable(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function') &&
      typeof value.then === 'function';
  }

  function failure(error) {
    if (error === STOP) return 'np:' + notPlainReason;
    return 'er:' + describeError(error);
  }
  // Results are awaited only when they are thenables: a synchronous answer returns at once,
  // without a trip through the microtask queue and back to the host.
  async function awaitValue(pending) {
    try {
      return 'ok:' + toJson(await pending, 0);
    } catch (error) {
      return failure(error);
    }
  }
  function callsFrom(instance, calls, start, out) {
    for (let i = start; i < calls.length; i++) {
      const name = calls[i][0];
      const method = instance[name];
      if (typeof method !== 'function') return 'er:TypeError: ' + name + ' is not a method of ' + ENTRY + '.';
      const result = apply(method, instance, calls[i][1]);
      if (isThenable(result)) return awaitCall(instance, calls, i, out, result);
      out += ',' + toJson(result, 0);
    }
    return 'ok:' + out + ']';
  }
  async function awaitCall(instance, calls, i, out, pending) {
    try {
      const value = await pending;
      return await callsFrom(instance, calls, i + 1, out + ',' + toJson(value, 0));
    } catch (error) {
      return failure(error);
    }
  }

  return function run(logSink, budget, payload) {
    sink = logSink;
    logBudget = budget;
    try {
      const module = { exports: {} };
      let entry = userModule(module, module.exports);
      const exported = module.exports;
      if (entry === undefined && exported !== null && (typeof exported === 'object' || typeof exported === 'function')) {
        entry = exported[ENTRY];
        if (entry === undefined) entry = exported.default;
      }
      if (typeof entry !== 'function') {
        return 'er:The submission must declare a top-level ' + (STYLE === 'class' ? 'class' : 'function') + ' named ' + ENTRY + '.';
      }
      if (STYLE === 'function') {
        const result = apply(entry, undefined, payload.args);
        if (isThenable(result)) return awaitValue(result);
        return 'ok:' + toJson(result, 0);
      }
      return callsFrom(construct(entry, payload.ctorArgs), payload.calls, 0, '[null');
    } catch (error) {
      return failure(error);
    }
  };
})`;

const HARNESS_LINES = HARNESS.split('\n').length;

export interface SandboxScript {
  source: string;
  /** Makes stack traces count lines from the start of the submission. */
  lineOffset: number;
}

/**
 * The one script compiled per submission and run in each case's fresh context. Its completion
 * value is the harness's `run` function, closed over the submission wrapped as a function body
 * (given `module` and `exports`, returning the entry if the code declared it).
 */
export function buildSandboxScript(
  userCode: string,
  entry: string,
  style: 'function' | 'class',
): SandboxScript {
  // `entry` is a checked identifier (front matter schema), so it is safe to splice in.
  // The inner block lets the submission declare its own `module` or `exports` (shadowing, not
  // redeclaring, the parameters), and the return inside it sees the block's declarations.
  const wrapper = `function (module, exports) {{\n${userCode}\n;return typeof ${entry} === 'undefined' ? undefined : ${entry};\n}}`;
  return {
    source: `${HARNESS}(${wrapper}, ${JSON.stringify(entry)}, ${JSON.stringify(style)})`,
    lineOffset: -HARNESS_LINES,
  };
}
