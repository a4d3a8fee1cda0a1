/**
 * Builds the portal and console (web/) into dist/web, served by the API's own Fastify app
 * (server/http/web-static.ts). After the bundle is written, every text asset also gets
 * `.br` and `.gz` siblings (node:zlib, no plugin), which @fastify/static serves to clients
 * that accept them. `npm run dev:web` proxies /api to a running `npm start`.
 */

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../dist/web', import.meta.url));

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes `.br` (quality 11) and `.gz` (level 9) beside each text file of the build. */
function precompress(): Plugin {
  return {
    name: 'mesa-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of filesUnder(outDir)) {
        if (!COMPRESSIBLE.test(file)) continue;
        const content = readFileSync(file);
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
        writeFileSync(
          `${file}.br`,
          brotliCompressSync(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 11,
              [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
            },
          }),
        );
      }
    },
  };
}

export default defineConfig({
  // Production React whatever NODE_ENV the caller has (vitest sets "test", which would make
  // the build ship React's development code).
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  root,
  base: '/',
  plugins: [react(), precompress()],
  mode: 'production',
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    // Small enough to read in the browser's tools; the server never serves maps.
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
