// A chart as a file: its SVG with every colour and font written out, so the file looks the same
// outside the app (the CSS variables of the theme and the classes of charts.css do not travel),
// and the chart's heading, notices and legend (HTML around the SVG) drawn in as SVG text.

const SVG_NS = 'http://www.w3.org/2000/svg';

// Presentation properties a chart's elements get from CSS (classes, var(--chart-*)).
const PROPS = [
  'fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-opacity', 'stroke-linecap', 'stroke-linejoin',
  'opacity', 'overflow', 'font-family', 'font-size', 'font-weight', 'paint-order', 'text-anchor', 'dominant-baseline', 'visibility',
] as const;

/** Escapes text for an XML text node or attribute. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Writes each element's computed presentation into a style attribute of its copy. */
function inlineStyles(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  const declarations = PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
  copy.setAttribute('style', declarations);
  // The style now holds the resolved values; attributes like fill="var(--chart-1)" mean nothing outside the app.
  for (const p of PROPS) if (copy.getAttribute(p)?.includes('var(')) copy.removeAttribute(p);
  // Interaction aids are not part of the picture.
  copy.removeAttribute('tabindex');
  copy.removeAttribute('class');
  const kids = source.children;
  const copies = copy.children;
  for (let i = 0; i < kids.length; i++) inlineStyles(kids[i]!, copies[i]!);
}

/** One line of HTML text (a heading, a notice, a legend label) as an SVG <text> at the same place. */
function textAt(el: Element, origin: DOMRect, text: string, range?: DOMRect): string {
  const box = range ?? el.getBoundingClientRect();
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize) || 14;
  const x = box.left - origin.left;
  // Baseline: a line box holds the ascent of about 0.8 of the font size below its half-leading.
  const y = box.top - origin.top + (box.height - size) / 2 + size * 0.82;
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" style="fill:${style.color};font-family:${escapeXml(style.fontFamily)};font-size:${size}px;font-weight:${style.fontWeight}">${escapeXml(text)}</text>`;
}

/** A self-contained SVG of a chart figure (the `<figure class="chart">` the shared charts render). */
export function chartSvgMarkup(figure: Element): { markup: string; width: number; height: number } {
  const plot = figure.querySelector('.chart-plot > svg');
  if (!plot) throw new Error('chart export: the figure has no plot');
  const origin = figure.getBoundingClientRect();
  const width = Math.ceil(origin.width);
  const height = Math.ceil(origin.height);
  const parts: string[] = [];
  const background = getComputedStyle(figure).backgroundColor;
  parts.push(`<rect width="${width}" height="${height}" fill="${background}"/>`);
  for (const el of figure.querySelectorAll('.chart-title, .chart-warning')) parts.push(textAt(el, origin, el.textContent ?? ''));
  for (const li of figure.querySelectorAll('.chart-legend li')) {
    const swatch = li.querySelector('svg');
    if (swatch) {
      const copy = swatch.cloneNode(true) as SVGSVGElement;
      inlineStyles(swatch, copy);
      const r = swatch.getBoundingClientRect();
      copy.setAttribute('x', String(r.left - origin.left));
      copy.setAttribute('y', String(r.top - origin.top));
      parts.push(new XMLSerializer().serializeToString(copy));
    }
    const label = [...li.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('');
    const textNode = [...li.childNodes].find((n) => n.nodeType === Node.TEXT_NODE);
    if (textNode) {
      const range = document.createRange();
      range.selectNode(textNode);
      parts.push(textAt(li, origin, label, range.getBoundingClientRect()));
    }
  }
  const copy = plot.cloneNode(true) as SVGSVGElement;
  inlineStyles(plot, copy);
  const r = plot.getBoundingClientRect();
  copy.setAttribute('x', String(r.left - origin.left));
  copy.setAttribute('y', String(r.top - origin.top));
  copy.removeAttribute('role');
  copy.removeAttribute('aria-labelledby');
  parts.push(new XMLSerializer().serializeToString(copy));
  const markup = `<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
  return { markup, width, height };
}

/** The chart as an SVG file. */
export function chartSvgBlob(figure: Element): Blob {
  return new Blob([`<?xml version="1.0" encoding="UTF-8"?>\n${chartSvgMarkup(figure).markup}`], { type: 'image/svg+xml' });
}

/** The chart as a PNG at `scale` times its size on screen (2x: sharp on slides and in documents). */
export async function chartPngBlob(figure: Element, scale = 2): Promise<Blob> {
  const { markup, width, height } = chartSvgMarkup(figure);
  const image = new Image();
  // A data: URL is within the page's CSP (img-src 'self' data: blob:) and never taints the canvas.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('chart export: no 2D canvas');
  ctx.scale(scale, scale);
  ctx.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('chart export: the PNG could not be encoded'))), 'image/png');
  });
}
