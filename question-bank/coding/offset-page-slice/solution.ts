interface PageView {
  page: number;
  perPage: number;
  totalPages: number;
  offset: number;
  count: number;
  bar: (number | '...')[];
}

const DIGITS = /^[0-9]+$/;

/** The first occurrence of each parameter, as raw strings. */
function readParams(query: string): Map<string, string> {
  const params = new Map<string, string>();
  const body = query.startsWith('?') ? query.slice(1) : query;
  for (const part of body.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq === -1 ? part : part.slice(0, eq);
    const value = eq === -1 ? '' : part.slice(eq + 1);
    if (!params.has(name)) params.set(name, value);
  }
  return params;
}

/** A positive integer, or null; a digit string too long for a double is still >= 1 and clamps. */
function positive(value: string | undefined): number | null {
  if (value === undefined || !DIGITS.test(value)) return null;
  const n = Number(value);
  return n >= 1 ? n : null;
}

function buildBar(page: number, totalPages: number): (number | '...')[] {
  const shown = new Set([1, totalPages]);
  for (let p = Math.max(1, page - 2); p <= Math.min(totalPages, page + 2); p++) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const bar: (number | '...')[] = [];
  for (const p of sorted) {
    const prev = bar.length === 0 ? null : (bar[bar.length - 1] as number);
    if (prev !== null && p - prev === 2) bar.push(p - 1);
    else if (prev !== null && p - prev > 2) bar.push('...');
    bar.push(p);
  }
  return bar;
}

export function pageView(total: number, query: string): PageView {
  const params = readParams(query);
  const perPage = Math.min(100, positive(params.get('per_page')) ?? 20);
  const totalPages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(totalPages, positive(params.get('page')) ?? 1);
  const offset = (page - 1) * perPage;
  const count = Math.max(0, Math.min(perPage, total - offset));
  return { page, perPage, totalPages, offset, count, bar: buildBar(page, totalPages) };
}
