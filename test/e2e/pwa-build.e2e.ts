// Reads dist/, so it runs with the browser tests after their build (`npm run test:unit` needs none).
// The service worker precaches every built file (issue 21): after one visit, no view, worker or
// export needs the network. Reads dist/ as `vite build` wrote it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

function builtFiles(folder = DIST): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? builtFiles(path) : [relative(DIST, path).split('\\').join('/')];
  });
}

/** The URLs of the precache list in sw.js (Workbox writes `{url:"…",revision:…}` entries). */
function precached(): string[] {
  if (!existsSync(join(DIST, 'sw.js'))) throw new Error('dist/sw.js is missing: `npm test` builds it first (or run `npx vite build`)');
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/\{url:"([^"]+)",revision:(?:null|"[^"]*")\}/g)].map((m) => m[1]!);
}

/** A PNG's size from its IHDR chunk (bytes 16-23: width, height). */
function pngSize(file: string): string {
  const bytes = readFileSync(file);
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

describe('the built app as the service worker sees it', () => {
  it('precaches every built file but the source maps and the service worker itself', () => {
    const list = precached();
    const expected = builtFiles().filter((f) => !f.endsWith('.map') && f !== 'sw.js' && !/^workbox-[\w-]+\.js$/.test(f));
    expect([...list].sort()).toEqual(expected.sort());
    // The ones named in the issue, each a separate file that loads only on use.
    expect(list.some((f) => /^assets\/monte-carlo\.worker-[\w-]+\.js$/.test(f))).toBe(true);
    expect(list.some((f) => /^assets\/exceljs[\w.-]*\.js$/.test(f))).toBe(true);
    expect(list.some((f) => /^assets\/SensitivityView-[\w-]+\.js$/.test(f))).toBe(true);
    expect(list).toContain('index.html');
    expect(list).toContain('manifest.webmanifest');
  });

  it('declares icons that exist at their declared sizes, and a file handler for scenario files', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8')) as {
      name: string; start_url: string; icons: { src: string; sizes: string; type: string }[];
      file_handlers: { action: string; accept: Record<string, string[]> }[];
    };
    expect(manifest.name).toMatch(/^Trajectory/);
    // Relative: the app installs from whatever folder it is served from.
    expect(manifest.start_url).toBe('./');
    for (const icon of manifest.icons.filter((i) => i.type === 'image/png')) {
      expect(pngSize(join(DIST, icon.src)), icon.src).toBe(icon.sizes);
    }
    expect(manifest.file_handlers).toEqual([{ action: './', accept: { 'application/json': ['.json'] } }]);
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const apple = /<link rel="apple-touch-icon" href="\.\/([^"]+)"/.exec(html)?.[1];
    expect(apple && pngSize(join(DIST, apple))).toBe('180x180');
  });
});
