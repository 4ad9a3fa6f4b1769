import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const workspaceRoot = resolve(import.meta.dirname, '../..');
const outDir = resolve(workspaceRoot, 'dist/apps/backoffice');

/**
 * Writes brotli (quality 11) and gzip (level 9) siblings of every text asset once the bundle is written, so
 * the API serves them precompressed (`@fastify/static` `preCompressed`) at no CPU cost per request. Node's
 * own zlib does the work; files under 1 kB or that do not shrink are left alone.
 */
function precompress(): Plugin {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return {
    name: 'ct-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of walk(outDir)) {
        if (!/\.(js|css|html|svg|json|txt)$/.test(file)) continue;
        const raw = readFileSync(file);
        if (raw.length < 1024) continue;
        const br = brotliCompressSync(raw, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
        });
        const gz = gzipSync(raw, { level: 9 });
        if (br.length < raw.length) writeFileSync(`${file}.br`, br);
        if (gz.length < raw.length) writeFileSync(`${file}.gz`, gz);
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Served by the API at `/`, so asset URLs stay absolute from the origin root.
  base: '/',
  plugins: [react(), precompress()],
  resolve: {
    // The back office may import only the shared contracts among workspace libraries.
    alias: {
      '@ct/contracts': resolve(workspaceRoot, 'libs/shared/contracts/src/index.ts'),
    },
  },
  build: {
    outDir,
    emptyOutDir: true,
    sourcemap: false,
    // react-admin + MUI + React make an entry of ~870 kB raw (~280 kB gzip) even with every resource
    // lazy-loaded; warn when it grows past that baseline.
    chunkSizeWarningLimit: 900,
  },
  server: {
    port: 4200,
    strictPort: true,
    // In development the API runs separately (`node dist/apps/api/main.js`); same-origin `/api` in both modes.
    proxy: {
      '/api': { target: 'http://localhost:3000', changeOrigin: false },
    },
  },
  preview: { port: 4300 },
});
