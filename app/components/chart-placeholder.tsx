/** The chart's box until Recharts has drawn in it (after hydration), or for good without scripts. */
export function ChartPlaceholder({ height }: { height: number }) {
  return (
    <div className="chart-placeholder" style={{ height }}>
      <p>The chart draws once the page's scripts run; the table below holds its numbers.</p>
    </div>
  );
}
