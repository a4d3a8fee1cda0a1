/**
 * One description of an e-mail (heading, blocks) rendered twice, as plain text and as HTML, so
 * both parts always carry the same information. The HTML is a small inline-styled layout (mail
 * clients drop <style> and block external assets): no scripts, no images, one column, real
 * table headers for facts, a language attribute, and colours with at least 4.5:1 contrast.
 * Every string that reaches the HTML goes through escapeHtml.
 */

import { PHONE_DIRECTORY } from '../../demo/phone-directory.js';
import type { Language } from '../../domain/coded-error.js';
import { cleanBodyText, cleanHeaderText, truncate } from './clean-text.js';
import { escapeHtml, escapeHtmlLines } from './escape-html.js';

/** A row of facts: a label and its value, optionally linked. */
export interface Fact {
  readonly label: string;
  readonly value: string;
  readonly href?: string;
}

export interface Choice {
  readonly label: string;
  readonly href: string;
}

export type Block =
  /** A sentence or two of our own words (user text inside is fine: it is escaped). */
  | { readonly type: 'paragraph'; readonly text: string }
  /** A rule the customer must know (closure, phone reporting), set apart. */
  | { readonly type: 'notice'; readonly text: string }
  /** A message written on the ticket, quoted with its line breaks. */
  | { readonly type: 'message'; readonly label: string; readonly body: string }
  | { readonly type: 'facts'; readonly rows: readonly Fact[] }
  | { readonly type: 'list'; readonly label: string; readonly items: readonly string[] }
  /** The main call to action: a button, with its address written out under it. */
  | { readonly type: 'action'; readonly label: string; readonly href: string }
  /** One-click choices (the ratings). */
  | { readonly type: 'choices'; readonly items: readonly Choice[] };

/** Customers get the center's contact line; staff get a short automatic-notice footer. */
export type Audience = 'customer' | 'staff';

export interface EmailContent {
  readonly audience: Audience;
  readonly subject: string;
  readonly heading: string;
  readonly blocks: readonly Block[];
}

/** How customers reach the center, printed in every customer e-mail's footer. */
export interface CenterContact {
  readonly nationalLine: { readonly number: string; readonly option: number };
}

/** The guide's national line, (+57) 2 486 8080 option 2 (an admin may edit the directory). */
export const GUIDE_CONTACT: CenterContact = {
  nationalLine: {
    number: PHONE_DIRECTORY.nationalLine.number,
    option: PHONE_DIRECTORY.nationalLine.option,
  },
};

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

interface Letter {
  readonly language: Language;
  readonly recipientName: string;
  readonly contact: CenterContact;
}

const CENTER_NAME: Readonly<Record<Language, string>> = {
  es: 'Centro de Servicios Open Group S.A.S.',
  en: 'Open Group S.A.S. Service Center',
};

const HTML_LANG: Readonly<Record<Language, string>> = { es: 'es-CO', en: 'en' };

/** The longest subject we send; longer ticket subjects are cut inside it. */
export const MAX_SUBJECT_LENGTH = 200;

function greeting(audience: Audience, name: string, language: Language): string {
  if (language === 'en') return name ? `Hello ${name},` : 'Hello,';
  if (audience === 'staff') return name ? `Hola, ${name}:` : 'Hola:';
  return name ? `Cordial saludo, ${name}.` : 'Cordial saludo.';
}

function closing(audience: Audience, language: Language): readonly string[] {
  if (audience === 'staff') return [];
  return language === 'es' ? ['Atentamente,', CENTER_NAME.es] : ['Kind regards,', CENTER_NAME.en];
}

function footer(audience: Audience, letter: Letter): readonly string[] {
  const { language, contact } = letter;
  const { number, option } = contact.nationalLine;
  if (audience === 'staff') {
    return language === 'es'
      ? ['Aviso automático de mesa para el personal del Centro de Servicios.']
      : ['Automatic notice from mesa for Service Center staff.'];
  }
  return language === 'es'
    ? [`Atención telefónica: línea nacional ${number}, opción ${option}.`]
    : [`Phone support: national line ${number}, option ${option}.`];
}

function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'notice':
      return cleanHeaderText(block.text);
    case 'message':
      return `${cleanHeaderText(block.label)}:\n${cleanBodyText(block.body).trim()}`;
    case 'facts':
      return block.rows
        .map((row) => {
          const value = cleanHeaderText(row.value);
          const shown = row.href && row.href !== value ? `${value} (${row.href})` : value;
          return `${cleanHeaderText(row.label)}: ${shown}`;
        })
        .join('\n');
    case 'list':
      return [
        `${cleanHeaderText(block.label)}:`,
        ...block.items.map((item) => `- ${cleanHeaderText(item)}`),
      ].join('\n');
    case 'action':
      return `${cleanHeaderText(block.label)}: ${block.href}`;
    case 'choices':
      return block.items.map((c) => `${cleanHeaderText(c.label)}: ${c.href}`).join('\n');
  }
}

const INK = '#1f2933';
const BRAND = '#0b4f8a';
const MUTED = '#4a5561';
const PAGE = '#f3f4f6';

function link(href: string, text: string, style = `color:${BRAND};`): string {
  return `<a href="${escapeHtml(href)}" style="${style}">${text}</a>`;
}

function blockHtml(block: Block): string {
  switch (block.type) {
    case 'paragraph':
      return `<p style="margin:0 0 16px;">${escapeHtml(cleanHeaderText(block.text))}</p>`;
    case 'notice':
      return `<p style="margin:0 0 16px;padding:12px 16px;background-color:#fff7e6;border-left:4px solid #9a4d00;">${escapeHtml(cleanHeaderText(block.text))}</p>`;
    case 'message':
      return [
        `<p style="margin:0 0 6px;font-weight:bold;">${escapeHtml(cleanHeaderText(block.label))}</p>`,
        `<blockquote style="margin:0 0 16px;padding:12px 16px;background-color:${PAGE};border-left:4px solid ${BRAND};">${escapeHtmlLines(cleanBodyText(block.body).trim())}</blockquote>`,
      ].join('\n');
    case 'facts': {
      const rows = block.rows.map((row) => {
        const value = escapeHtml(cleanHeaderText(row.value));
        return `<tr><th scope="row" style="text-align:left;vertical-align:top;padding:6px 12px 6px 0;font-weight:bold;">${escapeHtml(cleanHeaderText(row.label))}</th><td style="vertical-align:top;padding:6px 0;">${row.href ? link(row.href, value) : value}</td></tr>`;
      });
      return `<table style="border-collapse:collapse;margin:0 0 16px;width:100%;font-size:15px;">\n${rows.join('\n')}\n</table>`;
    }
    case 'list':
      return [
        `<p style="margin:0 0 6px;font-weight:bold;">${escapeHtml(cleanHeaderText(block.label))}</p>`,
        `<ul style="margin:0 0 16px;padding-left:24px;">${block.items.map((item) => `<li>${escapeHtml(cleanHeaderText(item))}</li>`).join('')}</ul>`,
      ].join('\n');
    case 'action':
      return [
        `<p style="margin:24px 0 8px;">${link(block.href, escapeHtml(cleanHeaderText(block.label)), `display:inline-block;padding:12px 20px;background-color:${BRAND};color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold;`)}</p>`,
        `<p style="margin:0 0 16px;font-size:13px;color:${MUTED};word-break:break-all;">${link(block.href, escapeHtml(block.href))}</p>`,
      ].join('\n');
    case 'choices':
      return `<p style="margin:0 0 16px;">${block.items
        .map((c) =>
          link(
            c.href,
            escapeHtml(cleanHeaderText(c.label)),
            `display:inline-block;margin:0 8px 8px 0;padding:10px 14px;border:2px solid ${BRAND};border-radius:4px;color:${BRAND};text-decoration:none;font-weight:bold;`,
          ),
        )
        .join('\n')}</p>`;
  }
}

/** The final subject: one line, no controls, at most MAX_SUBJECT_LENGTH characters. */
export function cleanSubject(subject: string): string {
  return truncate(cleanHeaderText(subject), MAX_SUBJECT_LENGTH);
}

/** Both parts of an e-mail from its description. */
export function composeEmail(content: EmailContent, letter: Letter): RenderedEmail {
  const { audience } = content;
  const { language } = letter;
  const subject = cleanSubject(content.subject);
  const heading = cleanHeaderText(content.heading);
  const hello = greeting(audience, cleanHeaderText(letter.recipientName), language);
  const bye = closing(audience, language);
  const foot = footer(audience, letter);

  const text = [
    `${CENTER_NAME[language]}\n${heading}`,
    hello,
    ...content.blocks.map(blockText),
    ...(bye.length > 0 ? [bye.join('\n')] : []),
    `-- \n${foot.join('\n')}`,
  ].join('\n\n');

  const html = `<!DOCTYPE html>
<html lang="${HTML_LANG[language]}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${escapeHtml(subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:${PAGE};">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background-color:${PAGE};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;background-color:#ffffff;border:1px solid #d5d9de;border-radius:6px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:${INK};">
<tr><td style="padding:20px 24px 16px;border-bottom:3px solid ${BRAND};">
<p style="margin:0 0 4px;font-size:14px;font-weight:bold;color:${BRAND};">${escapeHtml(CENTER_NAME[language])}</p>
<h1 style="margin:0;font-size:22px;line-height:1.3;color:${INK};">${escapeHtml(heading)}</h1>
</td></tr>
<tr><td style="padding:24px;">
<p style="margin:0 0 16px;">${escapeHtml(hello)}</p>
${content.blocks.map(blockHtml).join('\n')}
${bye.length > 0 ? `<p style="margin:24px 0 0;">${bye.map(escapeHtml).join('<br>\n')}</p>` : ''}
</td></tr>
<tr><td style="padding:16px 24px;background-color:${PAGE};font-size:13px;color:${MUTED};border-radius:0 0 6px 6px;">
<p style="margin:0;">${foot.map(escapeHtml).join('<br>\n')}</p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

  return { subject, text: `${text}\n`, html };
}
