'use client';

import { Area, AreaChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, chartStyle } from './chart-frame';

/** Labels and colours of the held-designations chart, in one place. */
export const designationsAreaChartConfig = {
  title: 'Designations held here, cumulative by listing date',
  series: {
    cumulative: { label: 'Designations listed by the end of the period', color: '#2b6cb0' },
  },
  height: 260,
} as const;

/** One period of the API's regime series: its label and the running total of listings. */
export interface DesignationsPoint {
  label: string;
  cumulative: number;
}

/** The running total of held designations, period by period. Presentational: data in, SVG out. */
export function DesignationsAreaChart({
  points,
  height = designationsAreaChartConfig.height,
}: {
  points: readonly DesignationsPoint[];
  height?: number;
}) {
  const { cumulative } = designationsAreaChartConfig.series;
  return (
    <ChartFrame height={height}>
      <AreaChart
        data={[...points]}
        margin={{ top: 8, right: 8, bottom: 0, left: -8 }}
        accessibilityLayer={false}
        title={designationsAreaChartConfig.title}
      >
        <CartesianGrid {...chartStyle.grid} />
        <XAxis {...chartStyle.labelAxis} minTickGap={16} />
        <YAxis {...chartStyle.countAxis} />
        <Tooltip {...chartStyle.tooltip} />
        <Legend {...chartStyle.legend} />
        <Area
          type="stepAfter"
          dataKey="cumulative"
          name={cumulative.label}
          stroke={cumulative.color}
          fill={cumulative.color}
          fillOpacity={0.2}
          isAnimationActive={false}
        />
      </AreaChart>
    </ChartFrame>
  );
}
