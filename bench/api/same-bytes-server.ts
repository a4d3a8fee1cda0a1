/**
 * The transport floor of the API benchmark: a Fastify app that answers `GET /same-bytes/:name`
 * with a response body the app gave earlier in the run (read once from BODIES_FILE, a JSON
 * object of name → body), doing nothing else. Measured like the app, it shows what sending
 * those bytes to 50 connections costs on this machine before mesa does any work at all.
 */

import { readFileSync } from 'node:fs';
import Fastify from 'fastify';
import { listenUntilStopped } from './listen-until-stopped.js';

const bodiesFile = process.env.BODIES_FILE;
if (bodiesFile === undefined) throw new Error('BODIES_FILE is required');
const bodies = new Map(
  Object.entries(JSON.parse(readFileSync(bodiesFile, 'utf8')) as Record<string, string>),
);

const app = Fastify({ logger: false });
app.get<{ Params: { name: string } }>('/same-bytes/:name', async (request, reply) => {
  const body = bodies.get(request.params.name);
  if (body === undefined) return reply.code(404).send();
  return reply.type('application/json; charset=utf-8').send(body);
});
app.get('/ready', async () => ({ ready: true }));

await listenUntilStopped(app);
