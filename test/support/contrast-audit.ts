import type { Page } from 'playwright-core';
import { inPage } from './in-page';
// A page's text against its background, as WCAG 2 measures it: every visible text on screen, its
// colour and the colour painted under it (the nearest ancestors' backgrounds, composited), each
// normalised by drawing it on a canvas, so any CSS colour syntax (color-mix, oklab) reads as sRGB.
// Text in SVG is read by its fill. Disabled controls are exempt, as in WCAG.

export interface ContrastMiss {
  text: string;
  /** A short path to the element: tag.class of it and its parent. */
  where: string;
  ratio: number;
  needed: number;
  fg: string;
  bg: string;
}

/** Runs in the page: the texts whose contrast is under 4.5:1 (3:1 for large text). */
export function contrastMisses(): ContrastMiss[] {
  const ctx = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  const rgba = (css: string): [number, number, number, number] => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = '#000';
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    const d = ctx.getImageData(0, 0, 1, 1).data;
    return [d[0]!, d[1]!, d[2]!, d[3]! / 255];
  };
  const over = (top: [number, number, number, number], under: [number, number, number]): [number, number, number] =>
    [0, 1, 2].map((i) => top[i]! * top[3] + under[i]! * (1 - top[3])) as [number, number, number];
  const lum = (c: [number, number, number]) => {
    const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const ratio = (a: [number, number, number], b: [number, number, number]) => {
    const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };
  const backdrop = (el: Element): [number, number, number] => {
    const layers: [number, number, number, number][] = [];
    for (let e: Element | null = el; e; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c[3] > 0) layers.push(c);
      if (c[3] >= 1) break;
    }
    let under: [number, number, number] = [255, 255, 255];
    for (let i = layers.length - 1; i >= 0; i--) under = over(layers[i]!, under);
    return under;
  };
  const hiddenOrDisabled = (el: Element): boolean => {
    for (let e: Element | null = el; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) < 1 || s.clipPath === 'inset(50%)') return true;
      if ((e as HTMLButtonElement).disabled || e.getAttribute('aria-disabled') === 'true') return true;
    }
    return false;
  };
  const misses: ContrastMiss[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set<Element>();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || seen.has(el) || !n.textContent?.trim()) continue;
    seen.add(el);
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2 || r.bottom < 0 || r.top > innerHeight || r.right < 0 || r.left > innerWidth) continue;
    if (['SCRIPT', 'STYLE', 'TITLE', 'DESC', 'OPTION'].includes(el.tagName.toUpperCase()) || hiddenOrDisabled(el)) continue;
    const s = getComputedStyle(el);
    const inSvg = el instanceof SVGElement;
    const fgRaw = rgba(inSvg ? s.fill : s.color);
    if (fgRaw[3] === 0) continue;
    const bg = backdrop(inSvg ? el.closest('svg')! : el);
    const fg = over(fgRaw, bg);
    const size = parseFloat(s.fontSize);
    const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
    const needed = large ? 3 : 4.5;
    const got = ratio(fg, bg);
    if (got < needed) {
      const tag = (e: Element) => `${e.tagName.toLowerCase()}${e.classList.length ? `.${[...e.classList].join('.')}` : ''}`;
      misses.push({ text: n.textContent.trim().slice(0, 40), where: `${el.parentElement ? `${tag(el.parentElement)} > ` : ''}${tag(el)}`, ratio: Math.round(got * 100) / 100, needed, fg: `rgb(${fg.map(Math.round).join(',')})`, bg: `rgb(${bg.map(Math.round).join(',')})` });
    }
  }
  return misses;
}

/** The page's contrast misses now (see contrastMisses). */
export function auditContrast(page: Page): Promise<ContrastMiss[]> {
  return inPage(page, contrastMisses);
}
