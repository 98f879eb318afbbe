'use client';

import type { ReactElement } from 'react';
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
 */
export function ChartFrame({ height, children }: { height: number; children: ReactElement }) {
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      {children}
    </ResponsiveContainer>
  );
}
