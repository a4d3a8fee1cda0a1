/** hoodiecrow-imap ships no types: the part of its in-memory IMAP server the tests use. */
declare module 'hoodiecrow-imap' {
  import type { Server } from 'node:net';

  interface HoodiecrowOptions {
    readonly plugins?: readonly string[];
    readonly storage?: Record<string, unknown>;
    readonly users?: Record<string, { readonly password: string }>;
  }

  interface HoodiecrowServer {
    readonly server: Server;
    listen(port: number, host: string, callback: () => void): void;
    close(callback?: () => void): void;
  }

  export default function hoodiecrow(options?: HoodiecrowOptions): HoodiecrowServer;
}
