/**
 * The baseline of the API benchmark: the smallest Fastify app, one `GET /hello` route, run as
 * a child process on PORT/HOST exactly like the app, so the ratio to it shows what mesa's own
 * work costs on top of Fastify and Node.
 */

import Fastify from 'fastify';
import { listenUntilStopped } from './listen-until-stopped.js';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));

await listenUntilStopped(app);
