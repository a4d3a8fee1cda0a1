import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, escapeHtmlLines } from './escape-html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it('leaves other text alone, accents and emoji included', () => {
    expect(escapeHtml('Configuración — café ☕ 100 %')).toBe('Configuración — café ☕ 100 %');
  });

  it('never lets a markup character through, for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
        // Every & starts one of our entities.
        expect(escapeHtml(s).replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });
});

describe('escapeHtmlLines', () => {
  it('escapes first, then turns each kind of line break into <br>', () => {
    expect(escapeHtmlLines('a<b\r\nc\rd\ne')).toBe('a&lt;b<br>\nc<br>\nd<br>\ne');
  });
});
