import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Copies of the built app (dist/) for service worker tests: served under a sub-folder (the app
// uses `base: './'` and must work from any path), and a "next deploy" that differs in one file.

export const APP_FOLDER = 'apps/trajectory/';

/** A folder whose `apps/trajectory/` holds a copy of dist/; returns the folder to serve. */
export function copyOfBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'trajectory-build-'));
  cpSync('dist', join(root, APP_FOLDER), { recursive: true });
  return root;
}

/**
 * A copy of the build as the next deploy would be: index.html changed (it carries
 * `<meta name="trajectory-build" content="next">`), and sw.js lists the new revision of it, as
 * vite-plugin-pwa writes when a file changes. The service worker's bytes differ, so the browser
 * installs it as an update.
 */
export function nextDeploy(): string {
  const root = copyOfBuild();
  const app = join(root, APP_FOLDER);
  const html = readFileSync(join(app, 'index.html'), 'utf8');
  writeFileSync(join(app, 'index.html'), html.replace('<head>', '<head>\n    <meta name="trajectory-build" content="next" />'));
  const sw = readFileSync(join(app, 'sw.js'), 'utf8');
  const updated = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+(")/, '$1next-deploy$2');
  if (updated === sw) throw new Error('sw.js does not list index.html with a revision: has the service worker build changed?');
  writeFileSync(join(app, 'sw.js'), updated);
  return root;
}
