import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { chartPngBlob, chartSvgBlob } from '../../components/charts/export-chart';
import type { ChartFileId } from './chart-list';
import { renderChart, type ChartData } from './charts';

// Images are drawn at a fixed width, whatever the view on screen, so every export looks the same.
const IMAGE_WIDTH = 1000;

/**
 * Draws one chart off screen, in the current theme, and returns it as a PNG (2x) or SVG file.
 * The stage sits in the page (off to the side) so that CSS, fonts and the theme apply.
 */
export async function chartFile(id: ChartFileId, format: 'png' | 'svg', data: ChartData): Promise<Blob> {
  const stage = document.createElement('div');
  stage.className = 'chart-export-stage';
  stage.setAttribute('aria-hidden', 'true');
  stage.style.cssText = `position:fixed;left:-20000px;top:0;width:${IMAGE_WIDTH}px;`;
  document.body.append(stage);
  const root = createRoot(stage);
  try {
    flushSync(() => root.render(renderChart(id, IMAGE_WIDTH, data)));
    const figure = stage.querySelector('figure.chart');
    if (!figure) throw new Error(`chart export: ${id} did not draw`);
    return format === 'png' ? await chartPngBlob(figure) : chartSvgBlob(figure);
  } finally {
    root.unmount();
    stage.remove();
  }
}
