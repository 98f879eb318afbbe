import { Suspense, type ReactNode } from 'react';
import { ScrollRegion } from '@/app/components/scroll-region';

/**
 * A chart's numbers as a captioned table, folded under the chart: readers without the chart
 * (screen readers, no JavaScript) get every number. `children` are the table's head and body.
 *
 * The table comes complete with the server's HTML, inside a Suspense boundary of its own: React
 * then hydrates it after the rest of the page, in short interruptible steps, instead of in the
 * page's first long task (a timeline's table can be a third of a page's elements).
 */
export function ChartTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <details className="chart-table">
      <summary>Table</summary>
      <Suspense>
        <ScrollRegion className="table-scroll" label={caption}>
          <table>
            <caption>{caption}</caption>
            {children}
          </table>
        </ScrollRegion>
      </Suspense>
    </details>
  );
}
