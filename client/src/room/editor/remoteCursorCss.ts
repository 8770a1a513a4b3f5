/** What an awareness state says about its person, as far as drawing their cursor goes. */
export interface CursorOwner {
  clientId: number;
  name: string;
  color: string;
}

const HEX_COLOR = /^#[0-9a-f]{6}$/i;

/** A CSS string literal; a peer's name can hold anything, so every risky character is escaped. */
function cssString(text: string): string {
  const escaped = [...text.slice(0, 40)]
    .map((char) => (/[\w .,'-]/.test(char) ? char : `\\${char.codePointAt(0)?.toString(16)} `))
    .join('');
  return `"${escaped}"`;
}

/** The people in awareness `states` other than `self` who have a name and a colour. */
export function cursorOwners(states: Map<number, Record<string, unknown>>, self: number) {
  const owners: CursorOwner[] = [];
  for (const [clientId, state] of states) {
    const user = state.user as { name?: unknown; color?: unknown } | undefined;
    if (clientId === self || typeof user?.name !== 'string') continue;
    const color =
      typeof user.color === 'string' && HEX_COLOR.test(user.color) ? user.color : '#5b6470';
    owners.push({ clientId, name: user.name, color });
  }
  return owners;
}

/**
 * Per-person rules for y-monaco's `yRemoteSelection-<clientId>` (the selection) and
 * `yRemoteSelectionHead-<clientId>` (the caret, labelled with the name). Colours from peers are
 * used only when they are plain hex colours, so no peer can inject CSS.
 */
export function remoteCursorCss(owners: CursorOwner[]): string {
  return owners
    .map(({ clientId, name, color }) =>
      [
        `.yRemoteSelection-${clientId} { background-color: ${color}40; }`,
        `.yRemoteSelectionHead-${clientId} { border-color: ${color}; }`,
        `.yRemoteSelectionHead-${clientId}::after { content: ${cssString(name)}; background: ${color}; }`,
      ].join('\n'),
    )
    .join('\n');
}
