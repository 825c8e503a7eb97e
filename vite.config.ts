/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { cspPlugin } from './build/csp-plugin.ts';
import { offlinePlugin } from './build/offline-plugin.ts';

export default defineConfig({
  plugins: [react(), cspPlugin(), offlinePlugin()],
  // Relative base so the built app also opens from a sub-path or a file copy.
  base: './',
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/setup.ts'],
    // Tests assert behaviour, not speed (that is the benchmark's job); on a loaded 2-core CI machine
    // a whole-import test can take several times its usual 1–2 s.
    testTimeout: 30_000,
  },
});
