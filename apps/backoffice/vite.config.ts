import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const workspaceRoot = resolve(import.meta.dirname, '../..');

export default defineConfig({
  root: import.meta.dirname,
  // Served by the API at `/`, so asset URLs stay absolute from the origin root.
  base: '/',
  plugins: [react()],
  resolve: {
    // The back office may import only the shared contracts among workspace libraries.
    alias: {
      '@ct/contracts': resolve(workspaceRoot, 'libs/shared/contracts/src/index.ts'),
    },
  },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/backoffice'),
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
