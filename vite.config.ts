import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The app is static files: no server, no network at run time. `base: './'` lets the built
// folder be opened from any path (a file share, a USB stick behind a local server).
export default defineConfig({
  base: './',
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
