/** Starts listening: the only place the app touches a port (tests use `inject()` instead). */

import type { FastifyInstance } from 'fastify';

export interface ListenOptions {
  readonly host: string;
  readonly port: number;
}

/** Listens on host:port; resolves to the address the server is reachable at. */
export async function listen(app: FastifyInstance, options: ListenOptions): Promise<string> {
  return app.listen({ host: options.host, port: options.port });
}
