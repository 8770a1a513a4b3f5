import { describe, expect, it } from 'vitest';
import { cursorOwners, remoteCursorCss } from './remoteCursorCss';

describe('remote cursor CSS', () => {
  it("colours each other person's selection and labels their caret with their name", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: { name: 'Me', color: '#000000' } }],
      [42, { user: { name: 'Ada L.', color: '#2a9d8f' } }],
      [7, {}],
    ]);
    const css = remoteCursorCss(cursorOwners(states, 1));
    expect(css).toContain('.yRemoteSelection-42 { background-color: #2a9d8f40; }');
    expect(css).toContain(
      '.yRemoteSelectionHead-42::after { content: "Ada L."; background: #2a9d8f; }',
    );
    expect(css).not.toContain('-1 ');
    expect(css).not.toContain('-7');
  });

  it('lets no peer inject CSS through a name or a colour', () => {
    const states = new Map<number, Record<string, unknown>>([
      [5, { user: { name: '"; } body { display: none } x { content: "', color: 'red; } *{x:y' } }],
    ]);
    const css = remoteCursorCss(cursorOwners(states, 1));
    expect(css).not.toContain('red;');
    expect(css).not.toMatch(/content: "[^"]*";[^}]*}[^.]/);
    expect(css.split('{').length).toBe(4);
  });
});
