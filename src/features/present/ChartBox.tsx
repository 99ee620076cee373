import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

// The chart frame's legend and padding around the plot (its heading is hidden on slides: the
// slide's own title says it).
const CHROME = 96;

/** Measures the space a slide leaves for its chart and draws the chart to fit it. */
export function ChartBox({ children }: { children: (width: number, height: number) => ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ width: 0, height: 0 });
  useLayoutEffect(() => {
    const el = ref.current!;
    const measure = () => setSize({ width: Math.floor(el.clientWidth), height: Math.floor(el.clientHeight) });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const height = size.height - CHROME;
  return (
    <div ref={ref} className="slide-chart">
      {size.width > 0 && height > 120 && <div className="slide-chart-inner">{children(size.width, height)}</div>}
    </div>
  );
}
