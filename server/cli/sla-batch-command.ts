/**
 * `mesa sla batch`: JSON Lines in on stdin, one answer line out per non-blank input line, in
 * order, streamed — line by line in, chunked out with backpressure — so a million lines run in
 * bounded memory. A bad line gets an error answer and the batch goes on.
 */

import { createInterface } from 'node:readline';
import { parseFlags, wantsHelp } from './args.js';
import { CliError, EXIT_FAILURE } from './cli-error.js';
import { commonOptionsHelp } from './cli-messages.js';
import type { Command, Localized } from './command.js';
import { LineWriter, writeText } from './output.js';
import { processBatchLine } from './sla-batch-line.js';

const help: Localized = {
  es: `Uso: mesa sla batch [--lang es|en] < casos.jsonl

Lee JSON Lines por la entrada estándar (un caso por línea) y escribe, a medida que avanza,
una línea de respuesta por cada línea de entrada, en el mismo orden.

Campos de cada línea:
  id                         Texto o número (obligatorio); se repite en la respuesta.
  modality, impact, channel  Como en «mesa sla deadline» (obligatorios).
  createdAt                  Fecha ISO 8601 con desfase (obligatorio).
  waitingSince               Fecha ISO 8601 con desfase (opcional): agrega warningAt y autoCloseAt.
  services                   Lista de servicios (opcional; por defecto ["support"]).
  Un campo opcional en null cuenta como ausente; los campos desconocidos se ignoran.

Respuesta:
  {"id":…,"clockStartsAt":…,"firstResponseDueAt":…,"notificationsDueAt":[…,…,…],
   "warningAt":…,"autoCloseAt":…}   (warningAt y autoCloseAt solo con waitingSince)
Una línea inválida responde {"id":…,"error":{"code":…,"message":…}} (id null si no se puede
leer) y el lote sigue. Las líneas en blanco (vacías o solo espacios) se omiten: no producen
respuesta. El estado de salida es 0 aunque haya líneas inválidas; 1 si no se puede leer la
entrada.

Opciones:
${commonOptionsHelp.es}

Ejemplo:
  echo '{"id":"c1","modality":"5x8","impact":"high","channel":"web","createdAt":"2026-03-20T17:30:00-05:00"}' | mesa sla batch`,
  en: `Usage: mesa sla batch [--lang es|en] < tickets.jsonl

Reads JSON Lines on standard input (one ticket per line) and writes, as it goes, one answer
line per input line, in the same order.

Fields of each line:
  id                         A string or a number (required); echoed in the answer.
  modality, impact, channel  As in "mesa sla deadline" (required).
  createdAt                  ISO 8601 date with an offset (required).
  waitingSince               ISO 8601 date with an offset (optional): adds warningAt and autoCloseAt.
  services                   List of services (optional; default ["support"]).
  An optional field set to null counts as absent; unknown fields are ignored.

Answer:
  {"id":…,"clockStartsAt":…,"firstResponseDueAt":…,"notificationsDueAt":[…,…,…],
   "warningAt":…,"autoCloseAt":…}   (warningAt and autoCloseAt only with waitingSince)
A bad line is answered {"id":…,"error":{"code":…,"message":…}} (id null when it cannot be
read) and the batch goes on. Blank lines (empty or only spaces) are skipped: they get no
answer. The exit status is 0 even with bad lines; 1 when the input cannot be read.

Options:
${commonOptionsHelp.en}

Example:
  echo '{"id":"c1","modality":"5x8","impact":"high","channel":"web","createdAt":"2026-03-20T17:30:00-05:00"}' | mesa sla batch`,
};

/** `mesa sla batch`. */
export const slaBatchCommand: Command = {
  name: 'batch',
  summary: {
    es: 'Calcula vencimientos de muchos casos (JSON Lines por la entrada estándar).',
    en: 'Computes the deadlines of many tickets (JSON Lines on standard input).',
  },
  help: (lang) => `${help[lang]}\n`,
  async run(args, ctx) {
    if (wantsHelp(args)) return writeText(ctx.stdout, slaBatchCommand.help(ctx.lang, ctx.path));
    parseFlags(args, {}, ctx.path);
    // crlfDelay: a \r\n split across two reads is still one line break (Windows-made files).
    const lines = createInterface({ input: ctx.stdin, crlfDelay: Infinity });
    const out = new LineWriter(ctx.stdout);
    let first = true;
    try {
      // readline's async iterator pauses stdin while its queue is full, and `out.write`
      // waits for stdout to drain, so memory stays bounded however long the input.
      for await (const raw of lines) {
        // A byte-order mark some editors put first would make the first line invalid JSON.
        const line = first && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
        first = false;
        const answer = processBatchLine(line, ctx.lang);
        if (answer !== undefined) await out.write(`${answer}\n`);
      }
    } catch (error) {
      // Only reading can fail here (processBatchLine never throws); answers so far are kept.
      await out.end();
      const detail = error instanceof Error ? error.message : String(error);
      throw new CliError('STDIN_UNREADABLE', { detail }, EXIT_FAILURE);
    }
    await out.end();
  },
};
