const OPENER_OF: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/**
 * A stack of the positions of unclosed openers. A closer must match the opener on top; at the
 * end, the top of the stack is the innermost bracket left open. O(n) time, O(n) space.
 */
export function findBracketError(template: string): number {
  const open: number[] = [];
  for (let i = 0; i < template.length; i++) {
    const ch = template[i] as string;
    if (ch === '(' || ch === '[' || ch === '{') {
      open.push(i);
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const top = open.pop();
      if (top === undefined || template[top] !== OPENER_OF[ch]) return i;
    }
  }
  return open.length === 0 ? -1 : (open[open.length - 1] as number);
}
