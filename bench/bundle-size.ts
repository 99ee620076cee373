// The size of the built app (dist/): the JavaScript loaded at start, and every lazy chunk.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** Gzipped KB of the entry script and every chunk it imports statically; null without dist/. */
  initialJsKbGzip: number | null;
  chunks: { file: string; kbGzip: number; initial: boolean }[];
}

/** Reads dist/: follows the entry's static imports to tell initial chunks from lazy ones. */
export function bundleSizes(dist = 'dist'): BundleSizes {
  if (!existsSync(join(dist, 'index.html'))) return { initialJsKbGzip: null, chunks: [] };
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const initial = new Set<string>();
  for (const m of html.matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+\.js)"/g)) initial.add(m[1]!);
  const queue = [...initial];
  while (queue.length) {
    const file = queue.pop()!;
    const code = readFileSync(join(dist, file), 'utf8');
    // Static imports only (`import{a}from"./x.js"`); dynamic `import("./x.js")` chunks stay lazy.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w${},*\s]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = `assets/${m[1]}`;
      if (!initial.has(dep)) { initial.add(dep); queue.push(dep); }
    }
  }
  const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js')).map((f) => {
    const file = `assets/${f}`;
    return { file, kbGzip: gzipSync(readFileSync(join(dist, file))).length / 1024, initial: initial.has(file) };
  });
  return { initialJsKbGzip: chunks.filter((c) => c.initial).reduce((s, c) => s + c.kbGzip, 0), chunks };
}
