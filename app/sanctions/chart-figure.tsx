import type { ReactNode } from 'react';
import { ScrollRegion } from '@/app/components/scroll-region';

/**
 * A chart with its caption, an accessible name, and its numbers as a table in the server HTML
 * (the chart itself is drawn only after hydration). The chart box keeps its height while the
 * chart's chunk loads, so the page does not shift.
 */
export function ChartFigure(props: {
  id: string;
  title: string;
  /** What the chart shows in one sentence, for screen readers (the table has every number). */
  description: string;
  height: number;
  chart: ReactNode;
  table: ReactNode;
}) {
  const { id, title, description, height, chart, table } = props;
  return (
    <figure className="chart-figure" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{title}</figcaption>
      <div className="chart-box" role="img" aria-label={`${title}. ${description}`} style={{ height }}>
        {chart}
      </div>
      <details className="chart-table">
        <summary>Table</summary>
        <ScrollRegion className="scroll-region" label={`${title}, table`}>
          {table}
        </ScrollRegion>
      </details>
    </figure>
  );
}
