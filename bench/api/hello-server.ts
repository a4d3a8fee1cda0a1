/**
 * The baseline of the API benchmark: the smallest Fastify app, one `GET /hello` route, run as
 * a child process on PORT/HOST exactly like the app, so the ratio to it shows what mesa's own
 * work costs on top of Fastify and Node.
 */

import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
await app.listen({ port, host });

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
