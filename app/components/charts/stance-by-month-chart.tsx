'use client';

import { STANCE_COLORS } from '@/app/components/format';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

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
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart
        data={[...months]}
        margin={{ top: 8, right: 4, bottom: 0, left: -20 }}
        title="Statements per month by stance"
      >
        <CartesianGrid stroke="var(--border)" vertical={false} />
        <XAxis
          dataKey="label"
          tick={{ fontSize: 12, fill: 'var(--muted)' }}
          tickLine={false}
          interval="preserveStartEnd"
          minTickGap={16}
        />
        <YAxis
          allowDecimals={false}
          tick={{ fontSize: 12, fill: 'var(--muted)' }}
          tickLine={false}
          axisLine={false}
        />
        <Tooltip
          cursor={{ fill: 'var(--border)', fillOpacity: 0.4 }}
          contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)', borderRadius: 6 }}
          labelStyle={{ color: 'var(--text)', fontWeight: 600 }}
        />
        {/* Legend in stance order, hostile to conciliatory, not alphabetical. */}
        <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={null} />
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
    </ResponsiveContainer>
  );
}
