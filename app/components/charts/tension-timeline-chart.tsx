'use client';

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { ChartFrame, chartStyle } from './chart-frame';

/** Labels and colours of the tension timeline, in one place. */
export const tensionTimelineConfig = {
  tension: { label: 'Tension (0 calm – 100 rupture)', color: '#a2361f' },
  recordCount: { label: 'Records entering the index', color: '#7a8591' },
  selected: { color: '#1d4f91' },
  height: 280,
} as const;

export interface TensionTimelinePoint {
  /** First day of the period, "2025-04-01". */
  period: string;
  /** The period as readers name it: "Apr 2025", "Q2 2025", "2025". */
  label: string;
  tension: number;
  recordCount: number;
}

interface TensionTimelineChartProps {
  points: readonly TensionTimelinePoint[];
  /** Index of the point whose drivers are shown; marked on the chart. */
  selectedIndex?: number;
  /** Called with a point's index when the reader clicks it. */
  onSelect?: (index: number) => void;
  height?: number;
}

/**
 * The tension index period by period (line, left axis) with the records that entered it in
 * each period (bars, right axis). Presentational: data in, SVG out. Keyboard selection is
 * the caller's (it wraps the chart), so Recharts' own keyboard layer is off.
 */
export function TensionTimelineChart({
  points,
  selectedIndex,
  onSelect,
  height = tensionTimelineConfig.height,
}: TensionTimelineChartProps) {
  const selected = selectedIndex === undefined ? undefined : points[selectedIndex];
  const data = points.map((p) => ({ ...p, tension: Math.round(p.tension * 10) / 10 }));
  return (
    <ChartFrame height={height}>
      <ComposedChart
        data={data}
        margin={chartStyle.margin}
        accessibilityLayer={false}
        onClick={(state) => {
          const index = Number(state?.activeTooltipIndex);
          if (onSelect && Number.isInteger(index) && index >= 0) onSelect(index);
        }}
        style={{ cursor: onSelect ? 'pointer' : undefined }}
      >
        <CartesianGrid {...chartStyle.grid} />
        <XAxis {...chartStyle.labelAxis} minTickGap={24} />
        <YAxis
          yAxisId="tension"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={chartStyle.tick}
          tickLine={false}
          axisLine={false}
        />
        {/* Bars stay in the lower part of the plot, under the line they explain. */}
        <YAxis
          yAxisId="records"
          orientation="right"
          hide
          allowDecimals={false}
          domain={[0, (max: number) => Math.max(1, max) * 2.5]}
        />
        <Tooltip content={TimelineTooltip} cursor={{ stroke: 'var(--muted)', strokeDasharray: '3 3' }} />
        <Bar
          yAxisId="records"
          dataKey="recordCount"
          name={tensionTimelineConfig.recordCount.label}
          fill={tensionTimelineConfig.recordCount.color}
          fillOpacity={0.35}
          isAnimationActive={false}
          maxBarSize={18}
        />
        <Line
          yAxisId="tension"
          type="monotone"
          dataKey="tension"
          name={tensionTimelineConfig.tension.label}
          stroke={tensionTimelineConfig.tension.color}
          strokeWidth={2}
          dot={points.length <= 24 ? { r: 3 } : false}
          activeDot={{ r: 5 }}
          isAnimationActive={false}
        />
        {selected && (
          <ReferenceLine
            yAxisId="tension"
            x={selected.label}
            stroke={tensionTimelineConfig.selected.color}
            strokeWidth={2}
          />
        )}
      </ComposedChart>
    </ChartFrame>
  );
}

function TimelineTooltip({ active, payload }: TooltipContentProps) {
  const point = payload?.[0]?.payload as TensionTimelinePoint | undefined;
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <strong>{point.label}</strong>
      <br />
      Tension {point.tension.toFixed(1)}
      <br />
      {point.recordCount} {point.recordCount === 1 ? 'record' : 'records'}
    </div>
  );
}
