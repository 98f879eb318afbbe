'use client';

import dynamic from 'next/dynamic';
import { ChartPlaceholder } from '@/app/components/chart-placeholder';
import type { StanceMonth } from '@/app/components/charts/stance-by-month-chart';

const HEIGHT = 260;

// Recharts draws only in the browser: its own chunk, a box of the same size until then.
const StanceByMonthChart = dynamic(
  () => import('@/app/components/charts/stance-by-month-chart').then((m) => m.StanceByMonthChart),
  { ssr: false, loading: () => <ChartPlaceholder height={HEIGHT} /> },
);

/** The stance-by-month chart, loaded on its own once the page is interactive. */
export function StanceChart({ months }: { months: StanceMonth[] }) {
  return (
    <div className="chart-frame" style={{ minHeight: HEIGHT }}>
      <StanceByMonthChart months={months} height={HEIGHT} />
    </div>
  );
}
