// The model as the app runs it: bundled into one module (esbuild, the same single-scope output
// that Vite gives the app and its worker), then imported. Timing the model through tsx instead
// measures tsx's per-module wrappers too (live import bindings, keepNames helpers): ~20-35 %
// slower than the shipped code on this machine.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export type Model = typeof import('./model-entry');

let loaded: Promise<Model> | null = null;

/** Bundles bench/model-entry.ts into node_modules/.tmp and imports it (once per process). */
export function bundledModel(): Promise<Model> {
  loaded ??= (async () => {
    const dir = resolve('node_modules/.tmp');
    mkdirSync(dir, { recursive: true });
    const outfile = resolve(dir, 'bench-model.mjs');
    await build({ entryPoints: ['bench/model-entry.ts'], bundle: true, format: 'esm', platform: 'neutral', target: 'es2022', mainFields: ['module', 'main'], outfile, logLevel: 'warning' });
    return (await import(`${pathToFileURL(outfile).href}?t=${Date.now()}`)) as Model;
  })();
  return loaded;
}
