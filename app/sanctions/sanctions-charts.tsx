'use client';

/**
 * The sanctions charts, each loaded as its own chunk after hydration (Recharts draws only in the
 * browser). The panels render the same numbers as tables in the server HTML, and reserve the
 * chart's height so nothing shifts when it arrives.
 */
import dynamic from 'next/dynamic';

function Drawing() {
  return <p className="chart-loading">Drawing the chart…</p>;
}

export const PackagesChart = dynamic(
  () => import('@/app/components/charts/packages-chart').then((m) => m.PackagesChart),
  { ssr: false, loading: Drawing },
);

export const DesignationsAreaChart = dynamic(
  () => import('@/app/components/charts/designations-area-chart').then((m) => m.DesignationsAreaChart),
  { ssr: false, loading: Drawing },
);
