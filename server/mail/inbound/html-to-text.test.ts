import { describe, expect, it } from 'vitest';
import { decodeHtmlEntities } from './html-entities.js';
import { htmlToText } from './html-to-text.js';
import { extractReplyText } from './reply-text.js';

describe('htmlToText', () => {
  it.each<[string, string, string]>([
    ['paragraphs with a blank line between', '<p>Hola</p><p>Mundo</p>', 'Hola\n\nMundo'],
    ['line breaks', 'uno<br>dos<br/>tres<BR />cuatro', 'uno\ndos\ntres\ncuatro'],
    ['two line breaks as a blank line', 'uno<br><br>dos', 'uno\n\ndos'],
    ['divs as lines', '<div>uno</div><div>dos</div>', 'uno\ndos'],
    [
      'an empty div with a br (Gmail’s blank line)',
      '<div>uno</div><div><br></div><div>dos</div>',
      'uno\n\ndos',
    ],
    [
      'list items with dashes',
      '<ul><li>Encender</li><li>Probar ping</li></ul>',
      '- Encender\n- Probar ping',
    ],
    ['source whitespace collapsed', '<p>  Hola\n   mundo \t !</p>', 'Hola mundo !'],
    ['inline elements joined with their spaces', '<b>Hola</b> <i>mundo</i>', 'Hola mundo'],
    ['inline elements without spaces stay joined', 'Oct<b>ubre</b>', 'Octubre'],
    ['preformatted text kept', '<pre>a   b\n  c</pre>', 'a   b\n  c'],
    [
      'table cells apart, rows on lines',
      '<table><tr><td>IP</td><td>10.0.0.1</td></tr><tr><td>DNS</td><td>8.8.8.8</td></tr></table>',
      'IP 10.0.0.1\nDNS 8.8.8.8',
    ],
    ['headings as paragraphs', '<h1>Falla</h1>Texto', 'Falla\n\nTexto'],
    [
      'Spanish named entities',
      'Informaci&oacute;n t&eacute;cnica: se&ntilde;al &iquest;ok?',
      'Información técnica: señal ¿ok?',
    ],
    ['numeric entities, decimal and hex', 'caf&#233; &#xE9;&#X00E9; &#8364;', 'café éé €'],
    ['windows-1252 numeric references', '&#147;hola&#148; &#150; fin', '“hola” – fin'],
    ['non-breaking spaces as spaces', 'a&nbsp;&nbsp;b', 'a  b'],
    [
      'escaped markup as the text it shows',
      '&lt;script&gt;alert(1)&lt;/script&gt;',
      '<script>alert(1)</script>',
    ],
    [
      'a link with its address',
      '<a href="https://mesa.example/t/1">ver caso</a>',
      'ver caso (https://mesa.example/t/1)',
    ],
    [
      'a link whose text is the address',
      '<a href="https://mesa.example">https://mesa.example</a>',
      'https://mesa.example',
    ],
    ['a mailto link', '<a href="mailto:ana@x.co">Ana</a>', 'Ana (ana@x.co)'],
    ['a javascript: link without its address', '<a href="javascript:alert(1)">clic</a>', 'clic'],
    ['an attribute holding ">"', '<p title="a > b">texto</p>', 'texto'],
    [
      'a blockquote marked as a quote',
      '<p>Sí</p><blockquote><p>¿Enciende?</p><p>Gracias</p></blockquote>',
      'Sí\n\n> ¿Enciende?\n\n> Gracias',
    ],
    ['nested blockquotes', '<blockquote>a<blockquote>b</blockquote></blockquote>', '> a\n> > b'],
    ['a lone "<" in text', 'a < b y c<d', 'a < b y c<d'],
    ['images dropped', 'antes<img src="cid:logo" alt="Logo">después', 'antesdespués'],
  ])('keeps %s', (_case, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['script', '<p>a</p><script>alert("x")</script><p>b</p>', 'a\n\nb'],
    ['style', '<style type="text/css">p { color: red }</style>Hola', 'Hola'],
    [
      'head and title',
      '<html><head><title>T</title><meta charset="utf-8"></head><body>Cuerpo</body></html>',
      'Cuerpo',
    ],
    [
      'comments and Outlook conditionals',
      'a<!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]-->b<!-- c -->',
      'ab',
    ],
    ['a doctype', '<!DOCTYPE html><p>x</p>', 'x'],
    ['an unclosed script, to the end', 'visible<script>var a = "<p>no</p>";', 'visible'],
    ['an unclosed comment, to the end', 'visible<!-- oculto <p>no</p>', 'visible'],
    ['an unclosed title, only its tag', '<title>Asunto<p>Cuerpo</p>', 'Asunto\n\nCuerpo'],
    ['a script tag written in capitals', '<SCRIPT>x()</SCRIPT>ok', 'ok'],
    ['control characters', 'a\u0000b\u001bc\u007fd', 'abcd'],
  ])('drops %s', (_case, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });

  it('leaves no tag of the source in the text', () => {
    const html =
      '<html><body style="x"><div class="a"><span>Uno</span> <font face="Arial">dos</font></div>' +
      '<o:p></o:p><table><tbody><tr><td><img src=x onerror=alert(1)>tres</td></tr></tbody></table>' +
      '<iframe src="https://evil.example"></iframe><svg><script>x</script></svg></body></html>';
    const text = htmlToText(html);
    expect(text).toBe('Uno dos\n\ntres');
    expect(text).not.toMatch(/<|>/);
  });

  it('turns a Gmail HTML reply into text whose quote extractReplyText trims', () => {
    const html =
      '<div dir="ltr">Ya quedó funcionando, gracias.</div><br><div class="gmail_quote">' +
      '<div dir="ltr" class="gmail_attr">El lun, 16 mar 2026 a las 10:00, Mesa de Servicios &lt;' +
      '<a href="mailto:soporte@mesa.example">soporte@mesa.example</a>&gt; escribió:<br></div>' +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex"><div>Por favor reinicie ' +
      'el equipo.</div></blockquote></div>';
    const text = htmlToText(html);
    expect(text).toContain('> Por favor reinicie el equipo.');
    expect(extractReplyText(text)).toBe('Ya quedó funcionando, gracias.');
  });

  it('turns an Outlook HTML reply into text whose header block extractReplyText trims', () => {
    const html =
      '<html><head><style>p.MsoNormal{margin:0}</style></head><body lang="ES-CO">' +
      '<div class="WordSection1"><p class="MsoNormal">Recibido, gracias.<o:p></o:p></p>' +
      '<div style="border:none;border-top:solid #E1E1E1 1.0pt"><p class="MsoNormal"><b>De:</b> ' +
      'Mesa de Servicios &lt;soporte@mesa.example&gt; <br><b>Enviado:</b> lunes, 16 de marzo de ' +
      '2026 10:00<br><b>Para:</b> Carlos &lt;carlos@cliente.example&gt;<br><b>Asunto:</b> ' +
      '[OG-2026-000123] Visita</p></div><p class="MsoNormal">El técnico irá mañana.</p></div>' +
      '</body></html>';
    expect(extractReplyText(htmlToText(html))).toBe('Recibido, gracias.');
  });

  it('reads a flood of unclosed tags in linear time', () => {
    const started = performance.now();
    htmlToText(`${'<a '.repeat(100_000)}${'<title>'.repeat(100_000)}${'<a x="'.repeat(50_000)}`);
    // Quadratic scanning takes minutes here; linear takes well under a second.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('decodeHtmlEntities', () => {
  it.each<[string, string]>([
    ['&amp;&lt;&gt;&quot;&apos;', '&<>"\''],
    ['&amp sin punto y coma', '& sin punto y coma'],
    ['&aacute sin punto y coma', '&aacute sin punto y coma'],
    ['&desconocida;', '&desconocida;'],
    ['&#0;&#xD800;&#x110000;', '\ufffd\ufffd\ufffd'],
    ['&#128512;', '😀'],
    ['&shy;', ''],
  ])('decodes %j', (text, expected) => {
    expect(decodeHtmlEntities(text)).toBe(expected);
  });
});
