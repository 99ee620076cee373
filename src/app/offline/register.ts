/// <reference types="vite-plugin-pwa/vanillajs" />
import { registerSW } from 'virtual:pwa-register';
import { createUpdateFlow } from './update-flow';

// Loaded after the first render (see main.tsx), so workbox-window is not part of the first
// screen's JavaScript. Without service workers (an insecure http address, a private mode that
// has none) the app works as before, online.

/** How often an open app asks whether a new version was deployed (the browser also asks on each load). */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/** Registers the service worker (./sw.js) and wires its update events to the prompt. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const flow = createUpdateFlow({
    activateWaiting: () => updateSW(),
    reload: () => { location.reload(); },
  });
  // A new version took control of this page (this tab's Reload, or another tab's). workbox-window
  // says so only to pages that had a controller when they registered, so a first visit's page
  // (controlled later, through clientsClaim) would never hear it: watch the controller instead.
  let controller = navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    const previous = controller;
    controller = navigator.serviceWorker.controller;
    if (previous) flow.onNeedReload();
  });
  const updateSW = registerSW({
    onNeedRefresh: flow.onNeedRefresh,
    // Without this the plugin reloads the page by itself; the controllerchange above decides.
    onNeedReload: () => undefined,
    onRegisteredSW: (_url, registration) => {
      if (!registration) return;
      setInterval(() => {
        if (navigator.onLine) registration.update().catch(() => { /* offline or the server is away: ask again next time */ });
      }, UPDATE_CHECK_MS);
    },
    onRegisterError: (error: unknown) => {
      // Not the user's to fix, and the app works online without it: a developer's message.
      console.warn('Trajectory: the service worker could not be registered; the app will not work offline.', error);
    },
  });
}
