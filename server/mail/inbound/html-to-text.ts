/**
 * HTML mail as plain text, for messages that come without a text/plain part. Small and strict
 * on purpose: nothing of the markup survives (mesa never renders user text as HTML anyway),
 * paragraphs, line breaks and list items keep their shape, quoted history in <blockquote>
 * gets "> " marks so extractReplyText can trim it like a plain-text quote.
 */

import { decodeHtmlEntities } from './html-entities.js';

// Elements whose content is never text the reader saw. An unclosed <script> or <style> runs to
// the end of the document, as in a browser; another unclosed one is only its tag.
const HIDDEN = new Set([
  'script',
  'style',
  'head',
  'title',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'xml',
]);
const RAW_TEXT = new Set(['script', 'style']);
// Comments (Outlook's conditional ones included; an unclosed one runs to the end), doctype,
// CDATA and processing instructions.
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const DECLARATION = /<[!?][^>]*>/g;
// A tag: its name, then attributes where a quoted value may hold '>'. An unquoted '<' ends the
// attempt, so a flood of unclosed tags is read in linear time.
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']|"[^"]*"|'[^']*')*)>/;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

// One blank line around these, a line break around those.
const PARAGRAPH = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'dl',
  'table',
  'pre',
  'hr',
  'figure',
]);
const LINE = new Set([
  'div',
  'li',
  'tr',
  'dt',
  'dd',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'address',
  'form',
  'fieldset',
  'legend',
  'caption',
  'center',
  'details',
  'summary',
  'blockquote',
  'body',
  'html',
  'option',
]);
const CELL = new Set(['td', 'th']);
// Controls that are not line structure; a NUL or an escape code has no business in a ticket.
const CONTROL = /(?![\t\n])\p{Cc}/gu;

/** The text a reader of `html` sees, with paragraphs and line breaks, decoded and tag-free. */
export function htmlToText(html: string): string {
  const source = html.replace(COMMENT, '').replace(DECLARATION, '');
  const out = new TextOutput();
  const closings = new ClosingTags(source);
  const tag = new RegExp(TAG.source, 'g');
  let last = 0;
  for (let match = tag.exec(source); match !== null; match = tag.exec(source)) {
    out.text(source.slice(last, match.index));
    last = tag.lastIndex;
    const closing = match[1] === '/';
    const name = (match[2] ?? '').toLowerCase();
    if (HIDDEN.has(name)) {
      if (closing) continue;
      const end = closings.after(name, last);
      if (end !== null) last = tag.lastIndex = end;
      else if (RAW_TEXT.has(name)) return out.finish();
      continue;
    }
    if (name === 'br') out.lineBreak();
    else if (PARAGRAPH.has(name)) out.blockBreak(2, name, closing);
    else if (LINE.has(name)) out.blockBreak(1, name, closing);
    else if (CELL.has(name) && !closing) out.cellBreak();
    else if (name === 'a') {
      if (closing) out.closeLink();
      else out.openLink(hrefOf(match[3] ?? ''));
    }
    if (name === 'li' && !closing) out.text('- ', true);
  }
  out.text(source.slice(last));
  return out.finish();
}

/**
 * Where the closing tag of a hidden element ends. Remembers the last search per name, so many
 * unclosed `<title>`s do not rescan the rest of the document each (linear, not quadratic).
 */
class ClosingTags {
  private readonly found = new Map<string, { from: number; end: number | null }>();

  constructor(private readonly source: string) {}

  after(name: string, from: number): number | null {
    const known = this.found.get(name);
    if (known !== undefined && known.from <= from && (known.end === null || known.end > from)) {
      return known.end;
    }
    const pattern = new RegExp(`</${name}\\s*>`, 'gi');
    pattern.lastIndex = from;
    const match = pattern.exec(this.source);
    const end = match === null ? null : match.index + match[0].length;
    this.found.set(name, { from, end });
    return end;
  }
}

function hrefOf(attributes: string): string | null {
  const match = HREF.exec(attributes);
  if (match === null) return null;
  const href = decodeHtmlEntities(match[1] ?? match[2] ?? match[3] ?? '').trim();
  // Only addresses a reader can follow by hand; javascript:, data: and cid: links say nothing.
  return /^(?:https?:\/\/|mailto:)\S+$/i.test(href) ? href : null;
}

/** Text accumulated with HTML's whitespace rules and the breaks the block elements ask for. */
class TextOutput {
  private readonly parts: string[] = [];
  private pendingBreaks = 0;
  private newlinesAtEnd = 0;
  private spaceAtEnd = true;
  private hasText = false;
  private preDepth = 0;
  private quoteDepth = 0;
  private readonly links: { href: string | null; firstPart: number }[] = [];

  text(raw: string, verbatim = false): void {
    if (raw === '') return;
    let text = raw.includes('&') ? decodeHtmlEntities(raw) : raw;
    if (!verbatim && this.preDepth === 0) text = text.replace(/[ \t\n\r\f]+/g, ' ');
    text = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ');
    if (text.trim() === '' && this.preDepth === 0 && !verbatim) {
      if (text !== '' && !this.spaceAtEnd && this.pendingBreaks === 0) this.push(' ');
      return;
    }
    this.flushBreaks();
    if (this.preDepth === 0 && this.spaceAtEnd) text = text.replace(/^ +/, '');
    this.push(text);
    this.hasText = true;
  }

  lineBreak(): void {
    this.flushBreaks();
    this.push('\n');
  }

  blockBreak(newlines: number, name: string, closing: boolean): void {
    this.pendingBreaks = Math.max(this.pendingBreaks, newlines);
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth + (closing ? -1 : 1));
    if (name === 'blockquote') this.quoteDepth = Math.max(0, this.quoteDepth + (closing ? -1 : 1));
  }

  cellBreak(): void {
    if (!this.spaceAtEnd && this.pendingBreaks === 0) this.push(' ');
  }

  openLink(href: string | null): void {
    this.links.push({ href, firstPart: this.parts.length });
  }

  // "texto (https://…)" unless the text already shows the address.
  closeLink(): void {
    const link = this.links.pop();
    if (link === undefined || link.href === null) return;
    const shown = this.parts.slice(link.firstPart).join('');
    const bare = link.href.replace(/^mailto:/i, '');
    if (shown.trim() === '' || shown.includes(bare)) return;
    this.push(` (${bare})`);
  }

  finish(): string {
    return this.parts
      .join('')
      .replace(CONTROL, '')
      .split('\n')
      .map((line) => line.trimEnd())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .replace(/^\n+|\n+$/g, '');
  }

  private flushBreaks(): void {
    if (this.pendingBreaks > 0 && this.hasText) {
      const missing = this.pendingBreaks - this.newlinesAtEnd;
      if (missing > 0) this.push('\n'.repeat(missing));
    }
    this.pendingBreaks = 0;
  }

  private push(text: string): void {
    if (text === '') return;
    // Each new line inside a <blockquote> starts with its quote marks.
    const marked =
      this.quoteDepth > 0
        ? text.replace(/(^|\n)(?=[^\n])/g, (_m, start: string) =>
            start === '' && this.newlinesAtEnd === 0 && this.parts.length > 0
              ? ''
              : `${start}${'> '.repeat(this.quoteDepth)}`,
          )
        : text;
    this.parts.push(marked);
    let trailing = 0;
    while (trailing < marked.length && marked[marked.length - 1 - trailing] === '\n') trailing++;
    this.newlinesAtEnd = trailing === marked.length ? this.newlinesAtEnd + trailing : trailing;
    const lastChar = marked[marked.length - 1];
    this.spaceAtEnd = lastChar === ' ' || lastChar === '\n';
  }
}
