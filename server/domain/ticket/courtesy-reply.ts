/**
 * SPEC §5 decision: a mere courtesy reply to a closed ticket ("gracias", "ok, muchas gracias",
 * an auto-reply) is recorded on it and opens nothing; when in doubt, a new ticket is opened.
 * So this recognises only short texts made entirely of courtesy words.
 */

const COURTESY_WORDS = new Set([
  'ok',
  'okay',
  'okey',
  'vale',
  'listo',
  'perfecto',
  'excelente',
  'genial',
  'bien',
  'muy',
  'muchas',
  'mil',
  'gracias',
  'muchisimas',
  'agradezco',
  'agradecemos',
  'le',
  'les',
  'te',
  'quedo',
  'quedamos',
  'atento',
  'atenta',
  'atentos',
  'saludos',
  'cordial',
  'cordiales',
  'un',
  'saludo',
  'buen',
  'buena',
  'buenas',
  'dia',
  'tarde',
  'noche',
  'entendido',
  'recibido',
  'de',
  'acuerdo',
  'super',
  'thanks',
  'thank',
  'you',
  'a',
  'lot',
  'many',
  'great',
  'received',
  'noted',
  'regards',
  'best',
  'kind',
  'cheers',
]);

/** Lowercase, without accents or punctuation. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/** True when the text only thanks or acknowledges (at most a dozen courtesy words). */
export function isCourtesyReply(text: string): boolean {
  const list = words(text);
  return list.length > 0 && list.length <= 12 && list.every((w) => COURTESY_WORDS.has(w));
}
