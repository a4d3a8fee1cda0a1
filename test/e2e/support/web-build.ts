/**
 * The e2e journeys drive the built web app: build it (vite, once) when dist/web is missing or
 * older than any file under web/, so `npm test` on a fresh clone needs no separate step.
 */

import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { WEB_BUILD_DIR } from '../../../server/http/web-static.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const WEB_SOURCE = join(ROOT, 'web');

function newestUnder(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    newest = Math.max(newest, stat.isDirectory() ? newestUnder(path) : stat.mtimeMs);
  }
  return newest;
}

/** Builds dist/web unless it is newer than every source file; returns its folder. */
export function ensureWebBuild(): string {
  const index = join(WEB_BUILD_DIR, 'index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestUnder(WEB_SOURCE)) {
    return WEB_BUILD_DIR;
  }
  const result = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'web/vite.config.ts',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (result.status !== 0) {
    throw new Error(`vite build failed:\n${result.stdout}\n${result.stderr}`);
  }
  return WEB_BUILD_DIR;
}
