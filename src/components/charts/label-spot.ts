export interface LabelSpot { x: number; y: number; anchor: 'start' | 'middle' | 'end' }
export interface Box { x0: number; x1: number; y0: number; y1: number }

/** The box a one-line label of `text` takes at a spot (13 px above the baseline, 4 below). */
export function labelBox(spot: LabelSpot, text: string): Box {
  const w = text.length * 7.6;
  const x0 = spot.anchor === 'end' ? spot.x - w : spot.anchor === 'middle' ? spot.x - w / 2 : spot.x;
  return { x0, x1: x0 + w, y0: spot.y - 16, y1: spot.y + 7 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The first spot whose label covers none of the obstacles, else the one that covers fewest. */
export function freeSpot(candidates: readonly LabelSpot[], text: string, obstacles: readonly Box[]): LabelSpot {
  let best = candidates[0]!;
  let fewest = Infinity;
  for (const c of candidates) {
    const box = labelBox(c, text);
    let hits = 0;
    for (const o of obstacles) if (overlaps(box, o)) hits++;
    if (hits < fewest) { fewest = hits; best = c; }
    if (hits === 0) break;
  }
  return best;
}

/**
 * Where to write a reference line's label so it does not sit on a data line: at the right end,
 * the left end or the middle, above or below the line, whichever covers the fewest plotted points
 * (pixel coordinates); the first free spot wins.
 */
export function labelSpot(lineY: number, width: number, text: string, points: readonly { x: number; y: number }[]): LabelSpot {
  const candidates: LabelSpot[] = [];
  for (const [x, anchor] of [[width - 4, 'end'], [4, 'start'], [width / 2, 'middle']] as const) {
    candidates.push({ x, y: lineY - 7, anchor }, { x, y: lineY + 17, anchor });
  }
  return freeSpot(candidates, text, points.map((p) => ({ x0: p.x, x1: p.x, y0: p.y, y1: p.y })));
}
