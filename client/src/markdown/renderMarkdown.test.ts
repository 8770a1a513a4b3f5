import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './renderMarkdown';

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('renderMarkdown', () => {
  it('renders ordinary Markdown: emphasis, code, lists, tables', () => {
    const html = renderMarkdown(
      'Return **the sum** of `nums`.\n\n- one\n- two\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\n```ts\nconst x = 1 < 2;\n```',
    );
    const root = dom(html);
    expect(root.querySelector('strong')?.textContent).toBe('the sum');
    expect(root.querySelectorAll('li')).toHaveLength(2);
    expect(root.querySelector('td')?.textContent).toBe('1');
    expect(root.querySelector('pre code')?.textContent).toBe('const x = 1 < 2;\n');
  });

  it('shows raw HTML blocks and inline tags as text, never as elements', () => {
    const source =
      '<script>alert(1)</script>\n\nInline <img src=x onerror="alert(2)"> and <b>bold</b>.\n\n' +
      '<div onclick="alert(3)">\n\n**still markdown**\n\n</div>\n\n<iframe src="https://evil.test"></iframe>';
    const root = dom(renderMarkdown(source));
    for (const tag of ['script', 'img', 'b', 'div', 'iframe']) {
      expect(root.querySelector(tag)).toBeNull();
    }
    expect(root.textContent).toContain('<script>alert(1)</script>');
    expect(root.textContent).toContain('<b>bold</b>');
    expect(root.innerHTML).not.toMatch(/<(script|img|iframe|div)\b/);
    expect(root.querySelector('[onclick], [onerror]')).toBeNull();
  });

  it('drops dangerous link schemes and makes external links open safely', () => {
    const root = dom(
      renderMarkdown(
        '[a](javascript:alert(1)) [b](data:text/html,x) [c](https://example.com) [d](/questions)',
      ),
    );
    const links = [...root.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      null,
      null,
      'https://example.com',
      '/questions',
    ]);
    expect(links[2]?.getAttribute('rel')).toContain('noopener');
  });

  it('renders an image as its alt text, fetching nothing', () => {
    const root = dom(renderMarkdown('![a diagram](https://tracker.test/pixel.png)'));
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('a diagram');
  });

  it('makes code blocks focusable, so a keyboard can scroll a long line', () => {
    const root = dom(renderMarkdown('```\nconst x = 1;\n```'));
    expect(root.querySelector('pre')?.getAttribute('tabindex')).toBe('0');
  });
});
