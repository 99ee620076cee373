// Draws the app icons (public/*.png) from the favicon's shapes in the project's own Chromium, so
// they ship as files and need no image library. Run once after changing the favicon:
//   npx tsx scripts/make-icons.ts
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../test/support/browser';

const BLUE = '#1f4e79';
const favicon = readFileSync('public/favicon.svg', 'utf8');
// The favicon's line, drawn in a 32-unit box like the favicon.
const line = favicon.match(/<path[^>]*\/>/)![0];

/**
 * Full-bleed square icons (maskable, apple-touch): the blue fills the square, and the line sits
 * within the middle, so a platform's circle or rounded mask never cuts it (maskable icons keep
 * their content inside the central circle of 80% diameter).
 */
const fullBleed = (margin: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${-margin} ${-margin} ${32 + 2 * margin} ${32 + 2 * margin}"><rect x="${-margin}" y="${-margin}" width="${32 + 2 * margin}" height="${32 + 2 * margin}" fill="${BLUE}"/>${line}</svg>`;

const ICONS: { file: string; size: number; svg: string }[] = [
  { file: 'public/pwa-192x192.png', size: 192, svg: favicon },
  { file: 'public/pwa-512x512.png', size: 512, svg: favicon },
  { file: 'public/maskable-icon-512x512.png', size: 512, svg: fullBleed(8) },
  { file: 'public/apple-touch-icon-180x180.png', size: 180, svg: fullBleed(4) },
];

const browser = await launchBrowser();
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    await page.setViewportSize({ width: icon.size, height: icon.size });
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    await page.locator('svg').screenshot({ path: icon.file, omitBackground: true });
    console.log(`wrote ${icon.file} (${icon.size}x${icon.size})`);
  }
} finally {
  await browser.close();
}
