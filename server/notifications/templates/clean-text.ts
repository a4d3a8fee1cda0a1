/**
 * Control characters out of what an e-mail carries: a header must stay on one line (a CR or LF
 * in a subject would let user text add headers), and the body keeps only its line breaks and
 * tabs.
 */

// C0 and C1 controls, DEL, the Unicode line/paragraph separators, and the bidirectional
// overrides and isolates (they can make a subject read differently than it is written).
const HEADER_UNSAFE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;
const BODY_UNSAFE = /(?![\n\t])\p{Cc}/gu;
// With the u flag a surrogate matches only when it is not half of a pair.
const LONE_SURROGATE = /\p{Cs}/gu;

// Anything cleanHeaderText would change: a control or unsafe mark, a lone surrogate, any
// whitespace but a single inner space.
const HEADER_NEEDS_CLEANING =
  /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069]|\p{Cs}|[^\S ]| {2}|^ | $/u;

/** One header line: every control becomes a space, runs of spaces collapse, ends trimmed. */
export function cleanHeaderText(text: string): string {
  // Most texts are clean already; the four passes below cost ≈ 10 µs each e-mail block.
  if (!HEADER_NEEDS_CLEANING.test(text)) return text;
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(HEADER_UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Body text: line breaks normalised to \n, other controls removed, broken surrogates replaced. */
export function cleanBodyText(text: string): string {
  return text
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(BODY_UNSAFE, '');
}

/** At most `max` characters (whole code points), with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max
    ? text
    : `${points
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
