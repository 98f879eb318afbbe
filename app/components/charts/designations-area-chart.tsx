'use client';

import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, chartStyle } from './chart-frame';

/** Labels and colours of the cumulative designations chart, in one place. */
export const designationsAreaChartConfig = {
  title: 'Designated individuals and entities, cumulative from package counts',
  series: {
    individuals: { label: 'Individuals (cumulative)', color: '#2b6cb0' },
    entities: { label: 'Entities (cumulative)', color: '#a2361f' },
  },
  height: 260,
} as const;

/** One package date and the running totals of designations its and earlier packages state. */
export interface DesignationsPoint {
  /** The package's first day, in milliseconds since 1970 (UTC): the position on the time axis. */
  time: number;
  label: string;
  individuals: number;
  entities: number;
}

type SeriesKey = keyof typeof designationsAreaChartConfig.series;
const SERIES = Object.keys(designationsAreaChartConfig.series) as SeriesKey[];

/** 1 January of each year the points span, for the time axis. */
function yearTicks(points: readonly DesignationsPoint[]): number[] {
  if (points.length === 0) return [];
  const first = new Date(points[0]!.time).getUTCFullYear();
  const last = new Date(points.at(-1)!.time).getUTCFullYear();
  const ticks: number[] = [];
  for (let y = first; y <= last + 1; y += 1) ticks.push(Date.UTC(y, 0, 1));
  return ticks;
}

/**
 * Running totals as stepped areas over a true time axis (packages months apart stay months
 * apart). Presentational: data in, SVG out.
 */
export function DesignationsAreaChart({
  points,
  height = designationsAreaChartConfig.height,
}: {
  points: readonly DesignationsPoint[];
  height?: number;
}) {
  return (
    <ChartFrame height={height}>
      <AreaChart
        data={[...points]}
        margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
        accessibilityLayer={false}
        title={designationsAreaChartConfig.title}
      >
        <CartesianGrid {...chartStyle.grid} />
        <XAxis
          dataKey="time"
          type="number"
          scale="time"
          domain={['dataMin', 'dataMax']}
          ticks={yearTicks(points).filter((t) => t >= points[0]!.time && t <= points.at(-1)!.time)}
          tickFormatter={(t: number) => String(new Date(t).getUTCFullYear())}
          tick={chartStyle.tick}
          tickLine={false}
        />
        <YAxis {...chartStyle.countAxis} />
        <Tooltip
          {...chartStyle.tooltip}
          labelFormatter={(_, payload) =>
            (payload?.[0]?.payload as DesignationsPoint | undefined)?.label ?? ''
          }
        />
        <Legend {...chartStyle.legend} />
        {SERIES.map((key) => (
          <Area
            key={key}
            type="stepAfter"
            dataKey={key}
            name={designationsAreaChartConfig.series[key].label}
            stroke={designationsAreaChartConfig.series[key].color}
            fill={designationsAreaChartConfig.series[key].color}
            fillOpacity={0.2}
            isAnimationActive={false}
          />
        ))}
      </AreaChart>
    </ChartFrame>
  );
}
