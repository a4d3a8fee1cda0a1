/**
 * The new part of an e-mail reply: what the customer wrote, without the quoted history and the
 * signature their mail program added, so a ticket reads as a conversation and not as the same
 * thread pasted again with every answer. Spanish (es-CO) and English mail programs.
 */

const QUOTED = /^[ \t]*>/;

// RFC 3676 §4.3 "-- "; many programs drop the trailing space, so a bare "--" counts too.
const SIGNATURE_DELIMITER = /^--[ \t]*$/;
const SIGNATURE_LINES: readonly RegExp[] = [
  // "Enviado desde mi iPhone", "Sent from my Samsung Galaxy smartphone."
  /^(?:enviado desde mi|sent from my)\s+(?:iphone|ipad|android|samsung|galaxy|huawei|xiaomi|motorola|blackberry|smartphone|tel[eé]fono|m[oó]vil|celular|dispositivo|tablet|mobile|phone|device|cell)\b.{0,60}$/i,
  // "Enviado desde Outlook", "Sent from Mail for Windows", "Enviado desde Yahoo Mail para Android"
  /^(?:enviado desde|sent from|sent with|enviado con)\s+(?:outlook|correo para windows|mail for windows|yahoo mail|gmail|proton ?mail|samsung email|aol)\b.{0,60}$/i,
  // "Get Outlook for iOS", "Obtener Outlook para Android"
  /^(?:get|obtener|descargar|download)\s+outlook\s+(?:for|para)\s+\S.{0,40}$/i,
];

// A line where forwarded or quoted history starts, with nothing of the reply after it.
const SEPARATORS: readonly RegExp[] = [
  /^[ \t]*-{3,}[ \t]*(?:original message|mensaje original|forwarded message|mensaje reenviado)[ \t]*-{3,}[ \t]*$/i,
  /^[ \t]*(?:begin forwarded message|inicio del mensaje reenviado):[ \t]*$/i,
];
const UNDERSCORE_RULE = /^[ \t]*_{10,}[ \t]*$/;

// Outlook's header block: "De: …" then within a few lines "Enviado: …" and "Para:"/"Asunto:".
// The '*' around the label is Outlook HTML's bold turned into text by some converters.
const HEADER_FROM = /^[ \t]*\*?(?:from|de)\*?[ \t]*:/i;
const HEADER_SENT = /^[ \t]*\*?(?:sent|date|enviado(?: el)?|fecha)\*?[ \t]*:/i;
const HEADER_TO = /^[ \t]*\*?(?:to|para|subject|asunto|cc)\*?[ \t]*:/i;
const HEADER_BLOCK_SPAN = 6;

// "On Mon, Mar 16, 2026 at 10:00 AM Ana <ana@x.co> wrote:" / "El lun, 16 mar 2026 a las
// 10:00, Ana (<ana@x.co>) escribió:" — with a digit somewhere (a date), so that prose that
// merely starts with "On" or "El" is not taken for one. Gmail wraps long ones over lines.
const ATTRIBUTION_START = /^[ \t]*(?:on|el)\s/i;
const ATTRIBUTION_END = /\s(?:wrote|escribi[oó]):[ \t]*$/i;
const ATTRIBUTION_MAX_LINES = 3;
// Older Gmail: "2026-03-16 10:00 GMT-05:00 Ana Pérez <ana@x.co>:"
const ISO_ATTRIBUTION = /^[ \t]*\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}.*<[^<>\s]+@[^<>\s]+>:[ \t]*$/;

/** Line endings as \n, no trailing whitespace on any line. */
export function normalizeMailText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n');
}

/**
 * The reply a customer wrote, with quoted history (`>` lines, attributions, Outlook headers and
 * separators) and signatures trimmed. When nothing would remain — a message of quoted text only,
 * or a signature alone — the whole text is returned trimmed, so nothing is lost.
 */
export function extractReplyText(text: string): string {
  const lines = normalizeMailText(text).split('\n');
  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (endsTheReply(lines, i)) break;
    const attribution = attributionLength(lines, i);
    if (attribution > 0) {
      // Bottom-posting: the attribution introduces a quote the reply goes on after; without
      // '>' marks what follows is unmarked history (converted HTML) and the reply ends here.
      if (QUOTED.test(lines[nextNonBlank(lines, i + attribution)] ?? '')) {
        i += attribution - 1;
        continue;
      }
      break;
    }
    if (QUOTED.test(line)) continue;
    kept.push(line);
  }
  const reply = tidy(kept.join('\n'));
  return reply === '' ? tidy(lines.join('\n')) : reply;
}

function endsTheReply(lines: readonly string[], i: number): boolean {
  const line = lines[i] ?? '';
  if (SIGNATURE_DELIMITER.test(line)) return true;
  const trimmed = line.trim();
  if (trimmed.length <= 100 && SIGNATURE_LINES.some((pattern) => pattern.test(trimmed)))
    return true;
  if (SEPARATORS.some((pattern) => pattern.test(line))) return true;
  if (UNDERSCORE_RULE.test(line)) return isHeaderBlock(lines, nextNonBlank(lines, i + 1));
  return isHeaderBlock(lines, i);
}

function isHeaderBlock(lines: readonly string[], i: number): boolean {
  if (!HEADER_FROM.test(lines[i] ?? '')) return false;
  const following = lines.slice(i + 1, i + 1 + HEADER_BLOCK_SPAN);
  return (
    following.some((line) => HEADER_SENT.test(line)) &&
    following.some((line) => HEADER_TO.test(line))
  );
}

/** How many lines (1–3) the attribution starting at line i spans, or 0 when there is none. */
function attributionLength(lines: readonly string[], i: number): number {
  const first = lines[i] ?? '';
  if (ISO_ATTRIBUTION.test(first)) return 1;
  if (!ATTRIBUTION_START.test(first)) return 0;
  let joined = '';
  for (let n = 0; n < ATTRIBUTION_MAX_LINES && i + n < lines.length; n++) {
    const line = lines[i + n] ?? '';
    if (line.trim() === '' || (n > 0 && QUOTED.test(line))) return 0;
    joined = n === 0 ? line : `${joined} ${line.trim()}`;
    if (ATTRIBUTION_END.test(joined)) return /\d/.test(joined) ? n + 1 : 0;
  }
  return 0;
}

function nextNonBlank(lines: readonly string[], from: number): number {
  let i = from;
  while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  return i;
}

// Blank lines left where quotes were removed collapse to one; none at either end.
function tidy(text: string): string {
  return text.replace(/\n{3,}/g, '\n\n').replace(/^\n+|\n+$/g, '');
}
