'use client';

import dynamic from 'next/dynamic';
import { lazy, Suspense, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ChartPlaceholder } from '@/app/components/chart-placeholder';
import { ChartTable } from '@/app/components/chart-table';
import type { TensionTimelinePoint } from '@/app/components/charts/tension-timeline-chart';
import { useChartWanted } from '@/app/components/charts/use-chart-wanted';
import { formatPartialDate, plural } from '@/app/components/format';
import type { DriverView } from './driver-view';
import type { PeriodName } from './periods';
import { PointDrivers } from './point-drivers';
import styles from './tension-explorer.module.css';

const CHART_HEIGHT = 280;

// Recharts draws only in the browser, from its own chunk, loaded once the chart is wanted
// (near the screen, or reached for); a box of the same size holds its place until then.
const TensionTimelineChart = dynamic(
  () => import('@/app/components/charts/tension-timeline-chart').then((m) => m.TensionTimelineChart),
  { ssr: false, loading: () => <ChartPlaceholder height={CHART_HEIGHT} /> },
);

// Apollo Client comes with the first point whose drivers the server did not send.
const FetchedPointDrivers = lazy(() =>
  import('./fetched-point-drivers').then((m) => ({ default: m.FetchedPointDrivers })),
);

interface TensionExplorerProps {
  a: string;
  b: string;
  points: readonly TensionTimelinePoint[];
  period: PeriodName;
  asOf: string | null;
  /** The drivers of the last point, read on the server, so the first render lists them. */
  initialDrivers: readonly DriverView[];
  caption: string;
}

const UNIT: Record<PeriodName, string> = { MONTH: 'month', QUARTER: 'quarter', YEAR: 'year' };
const records = (n: number) => plural(n, 'record');
const describe = (p: TensionTimelinePoint) =>
  `${p.label}: tension ${p.tension.toFixed(1)}, ${records(p.recordCount)}`;

/**
 * The timeline chart and the records behind a chosen point. Every period has a point: a
 * click or a tap anywhere over a period chooses it, and the points are one radio group for the
 * keyboard (arrow keys, Home, End). The last point (read at asOf) is chosen first and its
 * drivers come from the server; another point's drivers are fetched through Apollo Client.
 * The chart is drawn once it is wanted (useChartWanted), not with the page.
 */
export function TensionExplorer({
  a,
  b,
  points,
  period,
  asOf,
  initialDrivers,
  caption,
}: TensionExplorerProps) {
  const last = points.length - 1;
  const [selected, setSelected] = useState(last);
  const moveFocus = useRef(false);
  const frame = useRef<HTMLDivElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const drawn = useChartWanted(root);
  const point = points[Math.min(selected, last)]!;

  // Keyboard moves focus with the choice; a pointer leaves focus where it is. The chart draws
  // its points anew on each choice, which drops the focus to the page: for a few frames after
  // it, the chosen point takes it back, unless the reader has moved on to something outside
  // the chart.
  useEffect(() => {
    if (!moveFocus.current) return;
    let frames = 0;
    let request = 0;
    const keepFocus = () => {
      const dot = frame.current?.querySelector<SVGElement>(`[data-point-index="${selected}"][tabindex="0"]`);
      const active = document.activeElement;
      const dropped = !active || active === document.body || !active.isConnected;
      if (dot && active !== dot && (dropped || frame.current?.contains(active))) dot.focus();
      if ((frames += 1) < 30) request = requestAnimationFrame(keepFocus);
    };
    keepFocus();
    return () => cancelAnimationFrame(request);
  }, [selected]);

  function choose(index: number, byKeyboard = false) {
    moveFocus.current = byKeyboard;
    setSelected(Math.max(0, Math.min(last, index)));
  }

  // The period under the pointer, from where the plot area lies: every period owns an equal
  // slice of it, so a first click or a tap chooses the right one without a prior hover.
  // Pointer events, not clicks: the chart's touch handling swallows the click a tap makes.
  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    const plot = frame.current?.querySelector('.recharts-cartesian-grid')?.getBoundingClientRect();
    if (!plot || plot.width <= 0) return;
    const slice = plot.width / points.length;
    choose(Math.floor((event.clientX - plot.left) / slice));
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = {
      ArrowLeft: selected - 1,
      ArrowDown: selected - 1,
      ArrowRight: selected + 1,
      ArrowUp: selected + 1,
      PageDown: selected - 4,
      PageUp: selected + 4,
      Home: 0,
      End: last,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    choose(target, true);
  }

  const readOn =
    selected === last && asOf
      ? `read on ${formatPartialDate(asOf)}`
      : `read at the end of the ${UNIT[period]}`;

  return (
    <div ref={root} className="tension-explorer">
      <figure className="chart-figure">
        <figcaption>{caption}</figcaption>
        {/* Clicks and keys reach the points through this frame; the points carry the roles. It is
            a radio group only once it is drawn: the box before that holds no point to choose. */}
        <div
          ref={frame}
          className="chart-frame timeline-frame"
          role={drawn ? 'radiogroup' : undefined}
          aria-label={
            drawn
              ? 'Timeline points: choose one to list the records that moved it (arrow keys to move)'
              : undefined
          }
          onPointerUp={onPointerUp}
          onKeyDown={onKeyDown}
          style={{ minHeight: CHART_HEIGHT }}
        >
          {drawn ? (
            <TensionTimelineChart points={points} selectedIndex={selected} describe={describe} />
          ) : (
            <ChartPlaceholder height={CHART_HEIGHT} />
          )}
        </div>
        <p className={styles.readout} aria-live="polite">
          <strong>{point.label}</strong>: tension {point.tension.toFixed(1)}, {readOn};{' '}
          {records(point.recordCount)} dated this {UNIT[period]}.{' '}
          {/* Said only once the chart is drawn: without it there is no point to click or key through. */}
          {drawn && (
            <span className="muted">
              Click or tap a period, or use the arrow keys on its point, to choose another.
            </span>
          )}
        </p>
      </figure>

      <h3 className={styles.driversHeading}>What moved it at {point.label}</h3>
      {selected === last ? (
        <PointDrivers point={point} drivers={initialDrivers} />
      ) : (
        <Suspense fallback={<PointDrivers point={point} />}>
          <FetchedPointDrivers a={a} b={b} period={period} asOf={asOf} point={point} />
        </Suspense>
      )}

      <ChartTable caption={caption}>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Tension</th>
            <th scope="col">Records</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.period}>
              <th scope="row">{p.label}</th>
              <td>{p.tension.toFixed(1)}</td>
              <td>{p.recordCount}</td>
            </tr>
          ))}
        </tbody>
      </ChartTable>
    </div>
  );
}
