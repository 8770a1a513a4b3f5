interface ParsedTag {
  core: number[];
  pre: string[];
  index: number;
  tag: string;
}

function parseTag(tag: string, index: number): ParsedTag {
  const plus = tag.indexOf('+');
  const version = (plus === -1 ? tag : tag.slice(0, plus)).replace(/^v/, '');
  const dash = version.indexOf('-');
  const core = (dash === -1 ? version : version.slice(0, dash)).split('.').map(Number);
  const pre = dash === -1 ? [] : version.slice(dash + 1).split('.');
  return { core, pre, index, tag };
}

const NUMERIC = /^[0-9]+$/;

function compareIdentifiers(a: string, b: string): number {
  const aNum = NUMERIC.test(a);
  const bNum = NUMERIC.test(b);
  if (aNum && bNum) return Number(a) - Number(b);
  if (aNum !== bNum) return aNum ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function comparePrecedence(a: ParsedTag, b: ParsedTag): number {
  for (let i = 0; i < 3; i++) {
    const diff = (a.core[i] as number) - (b.core[i] as number);
    if (diff !== 0) return diff;
  }
  // A release ranks above any of its pre-releases.
  if (a.pre.length === 0 || b.pre.length === 0) return b.pre.length - a.pre.length;
  const shared = Math.min(a.pre.length, b.pre.length);
  for (let i = 0; i < shared; i++) {
    const diff = compareIdentifiers(a.pre[i] as string, b.pre[i] as string);
    if (diff !== 0) return diff;
  }
  return a.pre.length - b.pre.length;
}

/**
 * Parses every tag once, then sorts with a comparator that follows the ordering rules; ties keep
 * their input order. O(n log n) comparisons, each linear in the tag length.
 */
export function sortReleaseTags(tags: string[]): string[] {
  return tags
    .map(parseTag)
    .sort((a, b) => comparePrecedence(a, b) || a.index - b.index)
    .map((parsed) => parsed.tag);
}
