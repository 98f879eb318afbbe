'use client';

import { useEffect, useRef, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

/**
 * The look every chart shares (grid, axes, tooltip, legend), so the charts read as one family.
 * Each chart keeps its own labels and colours in its config object and spreads these props.
 */
const tick = { fontSize: 12, fill: 'var(--muted)' } as const;

export const chartStyle = {
  /** The left margin is negative to take back the room Recharts keeps for wide tick labels. */
  margin: { top: 8, right: 4, bottom: 0, left: -20 },
  grid: { stroke: 'var(--border)', vertical: false },
  /** A category axis of period labels, keeping the first and last. */
  labelAxis: {
    dataKey: 'label',
    tick,
    tickLine: false,
    interval: 'preserveStartEnd',
  },
  /** A value axis of whole counts. */
  countAxis: {
    allowDecimals: false,
    tick,
    tickLine: false,
    axisLine: false,
  },
  tick,
  tooltip: {
    contentStyle: { background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 },
    labelStyle: { color: 'var(--text)', fontWeight: 600 },
  },
  /** Highlights the hovered bar's period. */
  barCursor: { fill: 'var(--border)', fillOpacity: 0.4 },
  legend: { wrapperStyle: { fontSize: 12 } },
} as const;

/**
 * Full width at a fixed height. The initial size lets the server render a chart before the
 * browser has measured its container.
 *
 * Recharts draws its layers into groups that React listens on, and Chromium makes an SVG
 * element with focus listeners a Tab stop: each empty layer would take a Tab press before the
 * chart's own controls. The frame takes them out of the Tab order as they are drawn.
 */
export function ChartFrame({ height, children }: { height: number; children: ReactElement }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const untab = () =>
      element
        .querySelectorAll('g[class*="recharts-zIndex-layer"]:not([tabindex])')
        .forEach((layer) => layer.setAttribute('tabindex', '-1'));
    untab();
    const observer = new MutationObserver(untab);
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={box}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}
