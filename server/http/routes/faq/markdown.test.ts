/** renderFaqMarkdown: what an article's author cannot get through to the portal's page. */

import { describe, expect, it } from 'vitest';
import { renderFaqMarkdown } from './markdown.js';

describe('renderFaqMarkdown', () => {
  it('shows raw HTML, script and event handlers as text', () => {
    const html = renderFaqMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n<a href="https://x.example" onclick="alert(1)">x</a>\n\n<iframe src="https://x.example"></iframe>',
    );
    expect(html).not.toMatch(/<script|<img|<iframe|<a href="https:\/\/x\.example" onclick/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // onerror= survives only as escaped text, never as an attribute of an element.
    expect(html).not.toMatch(/<[^>]+\sonerror=/i);
    expect(html).not.toMatch(/<[^>]+\sonclick=/i);
  });

  it('links only to http, https and mailto', () => {
    const cases = [
      '[a](javascript:alert(1))',
      '[a](JaVaScRiPt:alert(1))',
      '[a](  javascript:alert(1))',
      '[a](java&#x09;script:alert(1))',
      '[a](vbscript:msgbox(1))',
      '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[a](file:///etc/passwd)',
      '[a](tel:+5724868080)',
      '[a](//evil.example/x)',
      '<javascript:alert(1)>',
    ];
    for (const source of cases) {
      expect(renderFaqMarkdown(source), source).not.toMatch(/<a\s/);
    }
    expect(renderFaqMarkdown('[web](https://opengroupsa.com)')).toContain(
      '<a href="https://opengroupsa.com" rel="noopener noreferrer nofollow">web</a>',
    );
    expect(renderFaqMarkdown('[correo](mailto:soporte@example.com)')).toContain(
      'href="mailto:soporte@example.com"',
    );
  });

  it('escapes quotes in link targets and shows no images', () => {
    const html = renderFaqMarkdown(
      '[x](https://a.example/"onmouseover="alert(1)) ![p](https://t.example/p.png)',
    );
    expect(html).not.toMatch(/<a[^>]+\sonmouseover=/i);
    expect(html).not.toMatch(/<img/i);
  });

  it('keeps the Markdown an article needs: emphasis, lists, code, tables', () => {
    const html = renderFaqMarkdown(
      '**Paso 1**\n\n- uno\n- dos\n\n`ping 192.168.1.1`\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<strong>Paso 1</strong>');
    expect(html).toContain('<li>uno</li>');
    expect(html).toContain('<code>ping 192.168.1.1</code>');
    expect(html).toContain('<table>');
  });
});
