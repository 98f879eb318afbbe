import type { ReactNode } from 'react';

/**
 * A chart's numbers as a captioned table, folded under the chart: readers without the chart
 * (screen readers, no JavaScript) get every number. `children` are the table's head and body.
 */
export function ChartTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <details className="chart-table">
      <summary>Table</summary>
      <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
        <table>
          <caption>{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
