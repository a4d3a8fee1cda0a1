/**
 * Writing to stdout politely: whole texts for one-shot commands, and for streams a writer that
 * gathers small lines into chunks and waits while the reader is behind, so a fast producer
 * never piles an unbounded backlog in memory.
 */

import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Writes `text` and resolves once the stream has taken it (or has room again). */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/** Lines written as they come, in chunks, honouring the stream's backpressure. */
export class LineWriter {
  private parts: string[] = [];
  private size = 0;
  private scheduled: NodeJS.Immediate | undefined;

  constructor(
    private readonly stream: Writable,
    private readonly chunkSize = 64 * 1024,
  ) {}

  /** Queues `text`; resolves when the caller may go on producing (the reader has caught up). */
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.chunkSize) {
      this.flush();
    } else if (this.scheduled === undefined) {
      // Flush once the current burst of input lines is done, so an interactive or slow
      // producer sees each answer right away while a fast one still gets large writes.
      this.scheduled = setImmediate(() => this.flush());
    }
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  /** Writes whatever is queued and resolves when the stream has room again. */
  async end(): Promise<void> {
    this.flush();
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  private flush(): void {
    if (this.scheduled !== undefined) clearImmediate(this.scheduled);
    this.scheduled = undefined;
    if (this.size === 0) return;
    const chunk = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.stream.write(chunk);
  }
}
