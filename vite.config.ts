import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

// The app is static files: no server, no network at run time. `base: './'` lets the built
// folder be opened from any path (a file share, a USB stick behind a local server).

/** The header's blue (the favicon's square): the installed app's title bar and splash. */
const THEME_COLOR = '#1f4e79';

// An installable app whose service worker precaches every built file, so after one visit it
// loads and computes with the network off. Updates wait for the user ('prompt'): the app says
// a new version is ready and reloads only when asked, after saving the working scenario.
const pwa = VitePWA({
  registerType: 'prompt',
  // Registered from src/app/offline/register.ts (loaded after the first render): no inline script,
  // which the Content-Security-Policy forbids, and nothing added to the first screen's JavaScript.
  injectRegister: false,
  // The icons are in the glob below with every other file; listed twice they would be cached twice.
  includeManifestIcons: false,
  manifest: {
    id: './',
    name: 'Trajectory: SaaS financial model',
    short_name: 'Trajectory',
    description: 'A browser-only financial model simulator for subscription businesses. Your numbers never leave your machine.',
    // Relative to the manifest, so the app installs from whatever folder it is served from.
    start_url: './',
    scope: './',
    display: 'standalone',
    theme_color: THEME_COLOR,
    background_color: '#ffffff',
    icons: [
      { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
    // An installed Trajectory opens a double-clicked scenario file (src/app/offline/launch-files.ts).
    file_handlers: [{ action: './', accept: { 'application/json': ['.json'] } }],
    // A file opened while the app is open goes to that window, where unsaved work is kept.
    launch_handler: { client_mode: 'focus-existing' },
  },
  workbox: {
    // Every built file: the lazy views, the Monte Carlo worker, the exceljs chunk, icons, fonts.
    // Source maps stay on the network (only developer tools ask for them); the plugin adds the
    // manifest itself.
    globPatterns: ['**/*.{js,mjs,css,html,svg,png,ico,webp,woff,woff2,ttf,json,wasm}'],
    // The exceljs chunk is about 1 MB: above Workbox's default 2 MiB limit it would be skipped silently.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    // `?example=…` and any other address in the app's folder open the app offline.
    navigateFallback: 'index.html',
    // The first visit's page is controlled at once, so its later lazy chunks come from the cache.
    // Updates still wait for the user: skipWaiting stays off in 'prompt' mode.
    clientsClaim: true,
    cleanupOutdatedCaches: true,
  },
});

export default defineConfig({
  base: './',
  plugins: [react(), pwa],
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
