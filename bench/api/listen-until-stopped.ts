/**
 * How the benchmark's own servers (the hello baseline, the same-bytes floor) run as child
 * processes: on PORT/HOST like the app, closed on SIGTERM or SIGINT (child-server.ts stops them
 * so).
 */

import type { FastifyInstance } from 'fastify';

/** Listens on PORT/HOST (default 127.0.0.1:3000) and exits cleanly when told to stop. */
export async function listenUntilStopped(app: FastifyInstance): Promise<void> {
  const port = Number(process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  await app.listen({ port, host });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      void app.close().then(() => process.exit(0));
    });
  }
}
