'use client';

import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame, chartStyle } from './chart-frame';

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
    <ChartFrame height={height}>
      <BarChart
        data={data}
        margin={chartStyle.margin}
        accessibilityLayer={false}
        title={packagesChartConfig.title}
      >
        <CartesianGrid {...chartStyle.grid} />
        <XAxis {...chartStyle.labelAxis} minTickGap={16} />
        <YAxis {...chartStyle.countAxis} />
        <Tooltip {...chartStyle.tooltip} cursor={chartStyle.barCursor} />
        <Legend {...chartStyle.legend} />
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
    </ChartFrame>
  );
}
