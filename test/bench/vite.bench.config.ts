// Builds the benchmark page (test/bench/page) into test/bench/out/site. Not part of the app build.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('./page'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: { outDir: here('./out/site'), emptyOutDir: true, target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 4000 },
  worker: { format: 'es' },
});
