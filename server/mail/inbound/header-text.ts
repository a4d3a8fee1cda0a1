/**
 * Header text from the outside world made safe to store and to reuse in our own headers: a
 * decoded subject or display name may carry CR/LF (an encoded word can hide them), other
 * control characters, or bidirectional overrides that make a name read differently on screen.
 */

// Line breaks and tabs become a space so that words on either side stay apart.
const BREAKS = /[\r\n\t\v\f\u0085\u2028\u2029]+/g;
// C0 and C1 controls and DEL (\p{Cc}); bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069);
// the byte order mark. Plain right-to-left text keeps its letters; only the controls go.
const INVISIBLE = /[\p{Cc}\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** One line of printable text: no control characters, whitespace runs as one space, trimmed. */
export function cleanHeaderText(text: string): string {
  return text.replace(BREAKS, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
