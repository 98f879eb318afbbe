'use client';

import dynamic from 'next/dynamic';
import { useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { ChartPlaceholder } from '@/app/components/chart-placeholder';
import { ChartTable } from '@/app/components/chart-table';
import type { TensionTimelinePoint } from '@/app/components/charts/tension-timeline-chart';
import { formatPartialDate } from '@/app/components/format';
import { TensionPointDriversDocument } from '@/graphql/__generated__/client/graphql';
import { DriversList } from './drivers-list';
import { toDriverView, type DriverView } from './driver-view';
import type { PeriodName } from './periods';
import styles from './tension-explorer.module.css';

const CHART_HEIGHT = 280;

// Recharts draws only in the browser: its own chunk, a box of the same size until then.
const TensionTimelineChart = dynamic(
  () => import('@/app/components/charts/tension-timeline-chart').then((m) => m.TensionTimelineChart),
  { ssr: false, loading: () => <ChartPlaceholder height={CHART_HEIGHT} /> },
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
const records = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'record' : 'records'}`;
const describe = (p: TensionTimelinePoint) =>
  `${p.label}: tension ${p.tension.toFixed(1)}, ${records(p.recordCount)}`;

/**
 * The timeline chart and the records behind a chosen point. Every period has a point: a
 * click or a tap anywhere over a period chooses it, and the points are one radio group for the
 * keyboard (arrow keys, Home, End). The last point (read at asOf) is chosen first and its
 * drivers come from the server; another point's drivers are fetched through Apollo Client.
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
  const point = points[Math.min(selected, last)]!;
  const { data, loading, error } = useQuery(TensionPointDriversDocument, {
    variables: { a, b, period, at: point.period, asOf },
    skip: selected === last,
  });
  const drivers =
    selected === last ? initialDrivers : (data?.relation?.timeline[0]?.drivers ?? []).map(toDriverView);
  const shown = selected === last || (data !== undefined && !loading);

  // Keyboard moves focus with the choice; a pointer leaves focus where it is. The chart draws
  // its points anew on each render (the choice, then the drivers' arrival), which drops the
  // focus to the page: for a few frames after each, the chosen point takes it back, unless the
  // reader has moved on to something outside the chart.
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
  }, [selected, shown]);

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
    <div className="tension-explorer">
      <figure className="chart-figure">
        <figcaption>{caption}</figcaption>
        {/* Clicks and keys reach the points through this frame; the points carry the roles. */}
        <div
          ref={frame}
          className="chart-frame timeline-frame"
          role="radiogroup"
          aria-label="Timeline points: choose one to list the records that moved it (arrow keys to move)"
          onPointerUp={onPointerUp}
          onKeyDown={onKeyDown}
          style={{ minHeight: CHART_HEIGHT }}
        >
          <TensionTimelineChart points={points} selectedIndex={selected} describe={describe} />
        </div>
        <p className={styles.readout} aria-live="polite">
          <strong>{point.label}</strong>: tension {point.tension.toFixed(1)}, {readOn};{' '}
          {records(point.recordCount)} entered this {UNIT[period]}.{' '}
          <span className="muted">
            Click or tap a period, or use the arrow keys on its point, to choose another.
          </span>
        </p>
      </figure>

      <h3 className={styles.driversHeading}>What moved it at {point.label}</h3>
      <div aria-busy={!shown}>
        {error ? (
          <p className="error-state">
            The records of {point.label} could not be read: {error.message}
          </p>
        ) : !shown ? (
          <p className="note">Reading the records of {point.label}…</p>
        ) : drivers.length === 0 ? (
          <p className="empty-state">No record dated in {point.label} moves the index.</p>
        ) : (
          <>
            <p className="note">
              The strongest {Math.min(drivers.length, point.recordCount)} of the {records(point.recordCount)}{' '}
              dated in {point.label}, by weight at the point (−intensity × 0.5^(age in days / 180)).
            </p>
            <DriversList drivers={drivers} />
          </>
        )}
      </div>

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
