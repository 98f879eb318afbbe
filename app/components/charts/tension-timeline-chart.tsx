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
  recordCount: { label: 'Records entering the index', axis: 'Records', color: '#7a8591' },
  selected: { color: '#1d4f91' },
  /** Dot radius of every point, and of the chosen one. */
  dot: 4,
  selectedDot: 7,
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
  selectedIndex: number;
  /** Describes a point for its accessible name: "Apr 2025: tension 84.3, 15 records". */
  describe: (point: TensionTimelinePoint) => string;
  height?: number;
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

/**
 * The tension index period by period (line and a point per period, left axis) with the records
 * that entered it in each period (bars, on their own right axis). Presentational: data in, SVG
 * out. Each point is a radio button of the caller's radio group (data-point-index); choosing by
 * pointer and keyboard is the caller's, so Recharts' own keyboard layer is off.
 */
export function TensionTimelineChart({
  points,
  selectedIndex,
  describe,
  height = tensionTimelineConfig.height,
}: TensionTimelineChartProps) {
  const selected = points[selectedIndex];
  const data = points.map((p) => ({ ...p, tension: Math.round(p.tension * 10) / 10 }));

  function renderDot({ cx, cy, index }: DotProps) {
    const point = index === undefined ? undefined : points[index];
    if (cx === undefined || cy === undefined || index === undefined || !point)
      return <g key={`dot-${index}`} />;
    const chosen = index === selectedIndex;
    return (
      <circle
        key={`dot-${index}`}
        cx={cx}
        cy={cy}
        r={chosen ? tensionTimelineConfig.selectedDot : tensionTimelineConfig.dot}
        className={chosen ? 'timeline-point selected' : 'timeline-point'}
        role="radio"
        aria-checked={chosen}
        aria-label={describe(point)}
        tabIndex={chosen ? 0 : -1}
        data-point-index={index}
        fill={chosen ? tensionTimelineConfig.selected.color : 'var(--surface)'}
        stroke={chosen ? tensionTimelineConfig.selected.color : tensionTimelineConfig.tension.color}
        strokeWidth={2}
      />
    );
  }

  return (
    <ChartFrame height={height}>
      {/* The index's axis is sized for "100": the shared negative left margin would cut it to "0". */}
      <ComposedChart data={data} margin={{ ...chartStyle.margin, left: 0 }} accessibilityLayer={false}>
        <CartesianGrid {...chartStyle.grid} />
        <XAxis {...chartStyle.labelAxis} minTickGap={24} />
        <YAxis
          yAxisId="tension"
          domain={[0, 100]}
          ticks={[0, 25, 50, 75, 100]}
          tick={chartStyle.tick}
          tickLine={false}
          axisLine={false}
          width={36}
        />
        <YAxis
          yAxisId="records"
          orientation="right"
          allowDecimals={false}
          domain={[0, (max: number) => Math.max(1, max)]}
          tick={chartStyle.tick}
          tickLine={false}
          axisLine={false}
          width={40}
          label={{
            value: tensionTimelineConfig.recordCount.axis,
            angle: 90,
            position: 'insideRight',
            fill: tensionTimelineConfig.recordCount.color,
            fontSize: 12,
          }}
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
        {selected && (
          <ReferenceLine
            yAxisId="tension"
            x={selected.label}
            stroke={tensionTimelineConfig.selected.color}
            strokeWidth={2}
          />
        )}
        <Line
          yAxisId="tension"
          type="monotone"
          dataKey="tension"
          name={tensionTimelineConfig.tension.label}
          stroke={tensionTimelineConfig.tension.color}
          strokeWidth={2}
          dot={renderDot}
          activeDot={false}
          isAnimationActive={false}
        />
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
