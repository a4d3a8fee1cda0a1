/**
 * FAQ Markdown to HTML, safely — the one place FAQ Markdown becomes HTML (the portal and the
 * admins' preview both show this): raw HTML in the source is escaped (`html: false`), links
 * may only be http(s) or mailto (issue 5: nothing a browser would run or resolve oddly), images
 * are off (no tracking pixels, no data: URLs), and links never hand the portal's window to the
 * page they open.
 */

import MarkdownIt from 'markdown-it';

const SAFE_LINK = /^(https?:\/\/|mailto:)/i;

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
markdown.disable('image');
markdown.validateLink = (url: string) => SAFE_LINK.test(url.trim());
markdown.renderer.rules.link_open = (tokens, index, options, _env, self) => {
  tokens[index]?.attrSet('rel', 'noopener noreferrer nofollow');
  return self.renderToken(tokens, index, options);
};

/** The HTML of an article's Markdown, with nothing the author could use to run a script. */
export function renderFaqMarkdown(source: string): string {
  return markdown.render(source);
}
