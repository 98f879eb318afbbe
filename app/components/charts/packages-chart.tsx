'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

/** Labels and colours of the packages chart, in one place. Series take the colours in order. */
export const packagesChartConfig = {
  title: 'Sanctions packages per quarter',
  yLabel: 'Packages',
  colors: ['#a2361f', '#2b6cb0', '#3d8c6e', '#d9822b', '#6b4fa1'],
  height: 260,
} as const;

/** One series: a regime, by key, and how the legend names it ("Japan → Russia"). */
export interface PackagesSeries {
  key: string;
  label: string;
}

/** One period (a quarter): its label and how many packages each series adopted in it. */
export interface PackagesPeriod {
  period: string;
  label: string;
  counts: Record<string, number>;
}

/** Packages per period, one bar per series side by side. Presentational: data in, SVG out. */
export function PackagesChart({
  periods,
  series,
  height = packagesChartConfig.height,
}: {
  periods: readonly PackagesPeriod[];
  series: readonly PackagesSeries[];
  height?: number;
}) {
  const data = periods.map((p) => ({ label: p.label, ...p.counts }));
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <BarChart
        data={data}
        margin={{ top: 8, right: 4, bottom: 0, left: -20 }}
        accessibilityLayer={false}
        title={packagesChartConfig.title}
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
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {series.map((s, i) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={packagesChartConfig.colors[i % packagesChartConfig.colors.length]}
            maxBarSize={32}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
