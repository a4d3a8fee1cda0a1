/**
 * How deadlines and their explanations are printed: plain JSON objects with every instant as
 * ISO 8601 in Bogotá time (e.g. `2026-03-24T08:30:00-05:00`), labels in the user's language.
 */

import type { Explanation, SkippedSpan } from '../domain/calendar/explain.js';
import { skipReasonLabels } from '../domain/calendar/explain.js';
import type { Language } from '../domain/errors.js';
import { BOGOTA } from '../domain/sla/contract-calendars.js';
import type {
  TicketDeadlineExplanations,
  TicketDeadlines,
} from '../domain/sla/ticket-deadlines.js';
import { formatInstant, type Instant } from '../domain/time/instant.js';
import { callTheCenterNotice } from './cli-messages.js';

// formatInstant asks Intl for the zone offset each time (~5 µs), the bulk of a batch line's
// cost; deadlines cluster on the same instants (openings, whole hours), so a bounded memo pays.
const formatted = new Map<Instant, string>();
const MAX_MEMO = 100_000;

/** An instant as the CLI prints it: ISO 8601 with Bogotá's offset. */
export function formatBogota(instant: Instant): string {
  let text = formatted.get(instant);
  if (text === undefined) {
    text = formatInstant(instant, BOGOTA);
    if (formatted.size >= MAX_MEMO) formatted.clear();
    formatted.set(instant, text);
  }
  return text;
}

/** The deadline instants, in the key order both `sla deadline` and `sla batch` print. */
export function deadlineInstantsJson(deadlines: TicketDeadlines) {
  return {
    clockStartsAt: formatBogota(deadlines.clockStartsAt),
    firstResponseDueAt: formatBogota(deadlines.firstResponseDueAt),
    notificationsDueAt: deadlines.notificationsDueAt.map(formatBogota),
    ...(deadlines.warningAt !== undefined && { warningAt: formatBogota(deadlines.warningAt) }),
    ...(deadlines.autoCloseAt !== undefined && {
      autoCloseAt: formatBogota(deadlines.autoCloseAt),
    }),
  };
}

/** `sla deadline`'s object: the instants, the calendar, and whether the user must call. */
export function deadlinesJson(deadlines: TicketDeadlines, lang: Language) {
  return {
    ...deadlineInstantsJson(deadlines),
    calendar: deadlines.calendarId,
    callTheCenter: deadlines.callTheCenter,
    ...(deadlines.callTheCenter && { notice: callTheCenterNotice[lang] }),
  };
}

/** `--explain`'s object: one explanation per deadline. */
export function explanationsJson(explanations: TicketDeadlineExplanations, lang: Language) {
  return {
    firstResponse: explanationJson(explanations.firstResponse, lang),
    notifications: explanations.notifications.map((e) => explanationJson(e, lang)),
    ...(explanations.warning !== undefined && {
      warning: explanationJson(explanations.warning, lang),
    }),
    ...(explanations.autoClose !== undefined && {
      autoClose: explanationJson(explanations.autoClose, lang),
    }),
  };
}

function explanationJson(explanation: Explanation, lang: Language) {
  return {
    from: formatBogota(explanation.from),
    to: formatBogota(explanation.to),
    countedMinutes: explanation.countedMinutes,
    counted: explanation.counted.map((c) => ({
      start: formatBogota(c.start),
      end: formatBogota(c.end),
      minutes: c.minutes,
    })),
    skipped: explanation.skipped.map((s) => skippedJson(s, lang)),
  };
}

function skippedJson(span: SkippedSpan, lang: Language) {
  const name = lang === 'en' ? (span.nameEn ?? span.name) : span.name;
  return {
    start: formatBogota(span.start),
    end: formatBogota(span.end),
    reason: span.reason,
    label: skipReasonLabels[span.reason][lang],
    ...(name !== undefined && { name }),
  };
}
