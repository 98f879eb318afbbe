'use client';

import { STANCE_COLORS } from '@/app/components/format';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, chartStyle } from './chart-frame';

/** Stances from most hostile to most conciliatory, their labels and colours, in one place. */
export const stanceByMonthConfig = {
  stances: {
    HOSTILE: { label: 'Hostile', color: STANCE_COLORS.HOSTILE },
    CRITICAL: { label: 'Critical', color: STANCE_COLORS.CRITICAL },
    NEUTRAL: { label: 'Neutral', color: STANCE_COLORS.NEUTRAL },
    SUPPORTIVE: { label: 'Supportive', color: STANCE_COLORS.SUPPORTIVE },
    CONCILIATORY: { label: 'Conciliatory', color: STANCE_COLORS.CONCILIATORY },
  },
  height: 260,
} as const;

export type StanceKey = keyof typeof stanceByMonthConfig.stances;
export const STANCE_ORDER = Object.keys(stanceByMonthConfig.stances) as StanceKey[];

/** One month: how many statements took each stance. */
export type StanceMonth = { month: string; label: string } & Record<StanceKey, number>;

/** Statements per month, stacked by stance. Presentational: data in, SVG out. */
export function StanceByMonthChart({
  months,
  height = stanceByMonthConfig.height,
}: {
  months: readonly StanceMonth[];
  height?: number;
}) {
  return (
    <ChartFrame height={height}>
      {/* No keyboard stop: the chart offers nothing to do there; its table holds the numbers. */}
      <BarChart
        data={[...months]}
        margin={chartStyle.margin}
        title="Statements per month by stance"
        accessibilityLayer={false}
      >
        <CartesianGrid {...chartStyle.grid} />
        <XAxis {...chartStyle.labelAxis} minTickGap={16} />
        <YAxis {...chartStyle.countAxis} />
        <Tooltip {...chartStyle.tooltip} cursor={chartStyle.barCursor} />
        {/* Legend in stance order, hostile to conciliatory, not alphabetical. */}
        <Legend {...chartStyle.legend} itemSorter={null} />
        {STANCE_ORDER.map((stance) => (
          <Bar
            key={stance}
            dataKey={stance}
            stackId="stance"
            name={stanceByMonthConfig.stances[stance].label}
            fill={stanceByMonthConfig.stances[stance].color}
            maxBarSize={48}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ChartFrame>
  );
}
