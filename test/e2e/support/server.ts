/**
 * The real server for the journeys: the app built by buildApp over a migrated temporary SQLite
 * database and a test clock (Monday 16 March 2026, 10:00 Bogotá), serving the built web app,
 * loaded with the reference content and the demo, listening on a free port.
 */

import type { AddressInfo } from 'node:net';
import { loadDemoData } from '../../../server/demo/load-demo-data.js';
import { seedReferenceContent } from '../../../server/demo/seed-reference-content.js';
import { createHarness, type Harness } from '../../support/harness.js';
import { ensureWebBuild } from './web-build.js';

export interface WebServer {
  readonly harness: Harness;
  readonly url: string;
  close(): Promise<void>;
}

/** Builds the web app if needed and starts the server with the demo. */
export async function startWebServer(): Promise<WebServer> {
  const webRoot = ensureWebBuild();
  const harness = await createHarness({ app: { webRoot } });
  await seedReferenceContent(harness.db, harness.clock.now());
  await loadDemoData(harness.services);
  await harness.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = harness.app.server.address() as AddressInfo;
  return { harness, url: `http://127.0.0.1:${port}`, close: () => harness.close() };
}
